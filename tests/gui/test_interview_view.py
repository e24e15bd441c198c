"""The interview screen: neutral wording, indicators only on request, saved only once committed, resume, navigation."""

from __future__ import annotations

import sys
import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import by_name, finalized_with_deadline, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QTextBrowser, QWidget

from fieldscreen.core.models import Answer, AnswerStatus, QuestionType
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui.legibility import contrast
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.views.interview_view import InterviewView
from fieldscreen.gui.widgets.sections_list import NAME_ROLE
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput

NO = Answer(AnswerStatus.ANSWERED, "no")


def _draft(session, instrument="youth"):
    person = PersonInput(estimated_age=16, citizenship=Citizenship.UNKNOWN, discovered_at=datetime.now(UTC))
    intake = Intake(instrument, "es", "en", InterviewContext("health", Tri.YES, Tri.YES), person)
    return session.screenings.start(intake).id


@pytest.fixture
def interview(qtbot, ops, session):
    view = InterviewView(ops)
    qtbot.addWidget(view)
    view.set_session(session)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


def _open(qtbot, ops, interview, session, screening_id):
    interview.open(session.screenings.open(screening_id))
    wait_idle(qtbot, ops)


def _texts(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            found.append(widget.toPlainText())
        found.append(widget.toolTip())
    return found


def test_the_screen_never_names_what_is_screened_and_shows_indicators_only_on_request(qtbot, ops, interview, session):
    _open(qtbot, ops, interview, session, _draft(session))
    for question in interview.state.loaded.questions:
        if not interview.state.is_visible(question):
            continue
        interview.show_question(question)
        assert interview.indicator_panel.isHidden()
        for text in _texts(interview):
            assert "traffick" not in text.lower(), f"{question}: {text!r}"
    interview.show_question("sex_trade")
    qtbot.keyClick(interview.indicators_button, Qt.Key.Key_Space)
    assert interview.indicator_panel.isVisible()
    assert "D07" in interview.indicator_panel.label.text()
    interview.show_question("sex_for_others")
    assert interview.indicator_panel.isHidden(), "hidden again on the next question"
    wait_idle(qtbot, ops)


def test_the_guidance_hides_by_keyboard_and_stays_hidden_on_later_questions(qtbot, ops, interview, session):
    """The guidance speaks of sex for things and reports: the screener hides it while the person can read it."""
    _open(qtbot, ops, interview, session, _draft(session))
    interview.show_question("sex_trade")
    assert interview.guidance.isVisible() and "sex" in interview.guidance.toPlainText()
    button = by_name(interview, "Hide guidance")  # named as it reads, for voice control
    assert button.isChecked() and button.text() == "&Hide guidance"  # Alt+H (mnemonics do not fire offscreen)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not interview.guidance.isVisible()
    assert not button.isChecked() and button.text() == "S&how guidance"
    assert button.accessibleName() == "Show guidance"
    interview.show_question("sex_for_others")
    assert not interview.guidance.isVisible(), "still hidden on the next question"
    assert interview.guidance.isHidden(), "nothing of it is shown"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert interview.guidance.isVisible()


def test_an_answer_shows_as_saved_only_after_the_service_committed_it(qtbot, ops, interview, session):
    screening_id = _draft(session)
    _open(qtbot, ops, interview, session, screening_id)
    assert interview.current == "ran_away"
    with qtbot.waitSignal(interview.answer_saved, timeout=15_000) as saved:
        qtbot.keyClick(interview.panel, Qt.Key.Key_Y)
        assert interview.save_label.text() == "Saving..."
    assert saved.args[0] == "ran_away"
    assert interview.save_label.text().startswith("Saved at ")
    assert session.screenings.open(screening_id).state.answer_of("ran_away").value == "yes"
    assert interview.current == "no_home", "on to the next question"
    wait_idle(qtbot, ops)

    session.lock()
    with qtbot.assertNotEmitted(interview.answer_saved, wait=300):
        qtbot.keyClick(interview.panel, Qt.Key.Key_N)
        wait_idle(qtbot, ops)
    assert interview.save_label.text() == "Not saved"
    assert "The answer was not saved" in interview.save_error.text()
    assert interview.current == "no_home" and interview.state.answer_of("no_home") is None


def test_reopening_lands_on_the_stored_question_with_every_answer(qtbot, ops, interview, session):
    screening_id = _draft(session)
    for question in ("ran_away", "no_home", "child_welfare"):
        session.screenings.answer(screening_id, question, NO)
    session.screenings.set_position(screening_id, "no_home")
    _open(qtbot, ops, interview, session, screening_id)
    assert interview.current == "no_home"
    assert {n: a.value for n, a in interview.state.answers().items()} == dict.fromkeys(
        ("ran_away", "no_home", "child_welfare"), "no"
    )
    assert "Current answer: No" in interview.current_label.text()
    assert interview.position_label.text() == "Question 2 of 14, 3 answered"


def test_next_on_a_required_question_says_what_is_needed_once_then_moves_on(qtbot, ops, interview, session):
    _open(qtbot, ops, interview, session, _draft(session))
    interview.show_question("did_work")
    assert interview.message.isHidden()
    interview.panel.focus_first()
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageDown)
    assert interview.current == "did_work"
    assert interview.message.text().startswith("Needed: Record an answer")
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageDown)
    assert interview.current == "papers_kept"
    wait_idle(qtbot, ops)


def test_back_and_jumping_to_a_section_move_and_record_the_place_to_resume(qtbot, ops, interview, session):
    screening_id = _draft(session)
    _open(qtbot, ops, interview, session, screening_id)
    sections = interview.sections
    personal = next(r for r in range(sections.count()) if "Personal questions" in sections.item(r).text())
    sections.setCurrentRow(personal)
    qtbot.keyClick(sections, Qt.Key.Key_Return)
    assert interview.current == "sex_trade"
    assert "> Personal questions" in sections.item(personal).text()
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageUp)
    assert interview.current == "hurt_anyone"
    wait_idle(qtbot, ops)
    assert session.screenings.open(screening_id).current_question == "hurt_anyone"


def _arabic_instrument(session) -> str:
    """Import the small test XLSForm with Arabic as its second language; return its id."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from xlsform_cases.sheets import load_sheets, workbook_bytes

    sheets = load_sheets("base")
    for rows in sheets.values():
        rows[0] = [str(h).replace("Español (es)", "العربية (ar)") if h else h for h in rows[0]]
    age = next(row for row in sheets["survey"] if row[1] == "age")
    age[3] = "كم عمرك؟ 30 سنة مثلاً"
    return session.instruments.import_xlsform(workbook_bytes(sheets), "example.xlsx").loaded.instrument.id


def test_a_question_in_a_right_to_left_language_reads_from_the_right(qtbot, ops, interview, session):
    person = PersonInput(estimated_age=30, citizenship=Citizenship.UNKNOWN, discovered_at=datetime.now(UTC))
    intake = Intake(_arabic_instrument(session), "ar", "en", InterviewContext("health", Tri.YES, Tri.YES), person)
    _open(qtbot, ops, interview, session, session.screenings.start(intake).id)
    interview.show_question("age")
    assert interview.question_label.text() == "كم عمرك؟ 30 سنة مثلاً"
    assert interview.question_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert interview.secondary_label.text() == "How old are you?"
    assert interview.secondary_label.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _visible_texts(root: QWidget) -> str:
    return "\n".join(_texts(root)).lower()


def test_the_person_may_stop_the_interview_and_the_rest_is_saved_as_declined(qtbot, ops, interview, session):
    screening_id = _draft(session)
    _open(qtbot, ops, interview, session, screening_id)
    qtbot.keyClick(interview.panel, Qt.Key.Key_N)
    wait_idle(qtbot, ops)
    left = interview.state.unanswered()
    stop = by_name(interview, "Stop the interview")
    stop.setFocus()
    qtbot.keyClick(stop, Qt.Key.Key_Space)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert f"The {len(left)} question" in box.informativeText() and "saved as declined" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    wait_idle(qtbot, ops)
    assert session.screenings.open(screening_id).state.unanswered() == left, "Escape changes nothing"

    qtbot.keyClick(stop, Qt.Key.Key_Space)
    box = QApplication.activeModalWidget()
    stop_here = next(b for b in box.buttons() if b.text() == "Stop here")
    stop_here.setFocus()
    with qtbot.assertNotEmitted(interview.review_requested, wait=300):
        qtbot.keyClick(stop_here, Qt.Key.Key_Space)
        wait_idle(qtbot, ops)
    stored = session.screenings.open(screening_id).state
    assert stored.unanswered() == ()
    assert {stored.answer_of(name).status for name in left} == {AnswerStatus.DECLINED}
    assert interview.finished.isVisible() and "The interview is stopped." in interview.finished_label.text()
    assert "traffick" not in _visible_texts(interview)
    assert interview.focusWidget() is by_name(interview, "Open the review"), "focused once the box is gone"
    assert not stop.isEnabled()


def test_after_a_jump_past_questions_the_end_says_how_many_are_left_and_goes_to_the_first(
    qtbot, ops, interview, session, tmp_path
):
    _open(qtbot, ops, interview, session, _draft(session))
    last = interview.state.visible_questions()[-1].name
    assert last == "needs"
    interview.show_question(last)  # as after jumping to the last section
    with qtbot.assertNotEmitted(interview.review_requested, wait=300):
        qtbot.keyClick(interview.panel, Qt.Key.Key_1)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        wait_idle(qtbot, ops)
    assert interview.finished.isVisible() and interview.panel.isHidden()
    left = interview.state.unanswered()
    said = by_name(interview, "Interview finished").text()
    assert said.startswith(f"{len(left)} questions have no answer yet.") and "All questions are done" not in said
    assert "Thank" not in said and "traffick" not in _visible_texts(interview)
    first = by_name(interview, "Go to the first unanswered question")
    assert first.hasFocus(), "reachable at once by keyboard"
    assert interview.grab().save(str(tmp_path / "end_with_questions_left.png"))
    qtbot.keyClick(interview, Qt.Key.Key_PageUp)
    assert interview.current == last and interview.panel.isVisible() and interview.finished.isHidden()
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageDown)
    assert interview.finished.isVisible(), "Next on the answered last question comes back to the end state"
    with qtbot.waitSignal(interview.review_requested, timeout=2000):
        qtbot.keyClick(by_name(interview, "Open the review"), Qt.Key.Key_Return)  # Enter goes on, as Space does
    qtbot.keyClick(by_name(interview, "Go to the first unanswered question"), Qt.Key.Key_Return)
    assert interview.current == left[0] and interview.panel.isVisible() and interview.finished.isHidden()
    wait_idle(qtbot, ops)


def test_filling_the_gaps_goes_from_one_left_open_to_the_next_never_into_answered_ones(qtbot, ops, interview, session):
    screening_id = _draft(session)
    state = session.screenings.open(screening_id).state
    gaps = [q.name for q in state.visible_questions() if q.type is QuestionType.YES_NO][0:3:2]
    declined = Answer(AnswerStatus.DECLINED, None)
    while left := [n for n in session.screenings.open(screening_id).state.unanswered() if n not in gaps]:
        session.screenings.answer(screening_id, left[0], declined)
    _open(qtbot, ops, interview, session, screening_id)
    interview.show_question(interview.state.visible_questions()[-1].name)
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageDown)  # to the end: two questions left open
    qtbot.keyClick(by_name(interview, "Go to the first unanswered question"), Qt.Key.Key_Space)
    assert interview.current == gaps[0]
    after_first = interview.state.next_question(gaps[0]).name
    assert after_first != gaps[1], "an answered question lies between the gaps"

    qtbot.keyClick(interview.panel, Qt.Key.Key_N)
    wait_idle(qtbot, ops)
    assert interview.current == gaps[1], "the next question left open, not the answered one after it"
    qtbot.keyClick(interview.panel, Qt.Key.Key_N)
    wait_idle(qtbot, ops)
    assert interview.finished.isVisible(), "no gap left: the end"
    assert session.screenings.open(screening_id).state.answer_of(after_first).status is AnswerStatus.DECLINED


def test_when_every_shown_question_has_an_answer_the_end_thanks_the_person(qtbot, ops, interview, session, tmp_path):
    screening_id = _draft(session)
    declined = Answer(AnswerStatus.DECLINED, None)
    while left := [n for n in session.screenings.open(screening_id).state.unanswered() if n != "needs"]:
        session.screenings.answer(screening_id, left[0], declined)
    _open(qtbot, ops, interview, session, screening_id)
    assert interview.current == "needs"
    qtbot.keyClick(interview.panel, Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_idle(qtbot, ops)
    said = by_name(interview, "Interview finished").text()
    assert said == "All questions are done. Thank the person. Open the review when the screen is turned away."
    shown = [b.accessibleName() for b in interview.findChildren(QAbstractButton) if b.isVisible()]
    assert "Go to the first unanswered question" not in shown
    assert by_name(interview, "Open the review").hasFocus()
    assert interview.grab().save(str(tmp_path / "end_state.png"))


def test_a_single_click_on_a_section_jumps_and_enter_or_space_do_by_keyboard(qtbot, ops, interview, session, tmp_path):
    _open(qtbot, ops, interview, session, _draft(session))
    sections = by_name(interview, "Sections")
    personal = next(r for r in range(sections.count()) if "Personal questions" in sections.item(r).text())
    where = sections.visualItemRect(sections.item(personal)).center()
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert interview.current == "sex_trade", "one click goes, as in any navigation list"
    assert interview.grab().save(str(tmp_path / "section_clicked.png"))
    wait_idle(qtbot, ops)
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_Up)
    assert interview.current == "sex_trade", "the arrows only move the highlight"
    chosen = sections.currentItem().data(NAME_ROLE)
    state = interview.state
    expected = next(q.name for q in state.loaded.sections[chosen].section.questions if state.is_visible(q.name))
    qtbot.keyClick(sections, Qt.Key.Key_Space)
    assert interview.current == expected != "sex_trade"
    assert "Click a section" in sections.accessibleDescription(), "said to screen reader users too"
    wait_idle(qtbot, ops)


def test_a_supervisor_comment_stays_collapsed_until_the_screener_opens_it(qtbot, ops, interview, session, tmp_path):
    finalized = finalized_with_deadline(session, discovered=datetime.now(UTC))
    comment = "Ask again about the trafficking indicators in the work section"
    session.screenings.return_to_screener(finalized.id, comment)
    _open(qtbot, ops, interview, session, finalized.id)
    assert "traffick" not in _visible_texts(interview)
    toggle = by_name(interview, "Show the supervisor's comment")
    assert "press to show" in toggle.text()
    assert interview.grab().save(str(tmp_path / "comment_folded.png"))
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert comment in interview.returned.text()
    interview.show_question(interview.state.next_question(interview.current).name)
    assert interview.returned.text() == "", "collapsed again on the next question"
    wait_idle(qtbot, ops)


def test_sections_flag_only_what_the_interview_has_passed(qtbot, ops, interview, session):
    _open(qtbot, ops, interview, session, _draft(session))
    sections = interview.sections
    texts = [sections.item(r).text() for r in range(sections.count())]
    assert not any("needs attention" in t for t in texts), texts
    interview.show_question("did_work")
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageDown)
    qtbot.keyClick(interview.panel, Qt.Key.Key_PageDown)
    assert interview.current == "papers_kept"
    work = next(r for r in range(sections.count()) if sections.item(r).text().startswith("Work and jobs"))
    flagged = [r for r in range(sections.count()) if "needs attention" in sections.item(r).text()]
    assert flagged == [work], "the required question passed over is flagged, the ones ahead are not"
    wait_idle(qtbot, ops)


def test_declined_and_dont_know_work_from_a_typed_answer_field(qtbot, ops, interview, session):
    screening_id = _draft(session, "adult_full")
    for question in ("did_work",):
        session.screenings.answer(screening_id, question, Answer(AnswerStatus.ANSWERED, "yes"))
    _open(qtbot, ops, interview, session, screening_id)
    interview.show_question("hours_per_day")
    field = by_name(interview, "Answer")
    assert field.hasFocus()
    qtbot.keyClicks(field, "1d")
    assert field.text() == "1", "a plain D is typing (the field takes digits only)"
    assert "[Alt+D]" in interview.panel.declined_button.text().replace("&", "")
    assert "[Alt+K]" in interview.panel.dont_know_button.text().replace("&", "")
    with qtbot.waitSignal(interview.answer_saved, timeout=15_000) as saved:
        qtbot.keyClick(field, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert saved.args[0] == "hours_per_day"
    assert interview.state.answer_of("hours_per_day").status is AnswerStatus.DECLINED
    interview.show_question("days_per_week")
    with qtbot.waitSignal(interview.answer_saved, timeout=15_000):
        qtbot.keyClick(by_name(interview, "Answer"), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert interview.state.answer_of("days_per_week").status is AnswerStatus.DONT_KNOW
    interview.show_question("did_work")
    assert "[D]" in interview.panel.declined_button.text().replace("&", ""), "a plain key where nothing is typed"
    wait_idle(qtbot, ops)


def _adult_at_work(session) -> int:
    screening_id = _draft(session, "adult_full")
    session.screenings.answer(screening_id, "did_work", Answer(AnswerStatus.ANSWERED, "yes"))
    return screening_id


def test_a_tenth_choice_has_the_key_0_and_no_empty_bracket(qtbot, ops, interview, session):
    _open(qtbot, ops, interview, session, _adult_at_work(session))
    interview.show_question("work_type")
    texts = [b.text() for b in interview.panel.controls.findChildren(QAbstractButton)]
    assert not any("[]" in t for t in texts), texts
    tenth = next(b for b in interview.panel.controls.findChildren(QAbstractButton) if b.property("choice") == "other")
    assert tenth.text().startswith("[0]")
    qtbot.keyClick(interview.panel, Qt.Key.Key_0)
    assert tenth.isChecked()
    wait_idle(qtbot, ops)


@pytest.fixture
def app_look(qapp, look):
    """The application's style sheet (larger answer buttons) for one test, then the test default again."""
    Appearance(qapp).apply()


def test_long_choices_wrap_and_leave_the_side_panes_usable_on_a_1366_by_768_screen(
    qtbot, ops, app_look, interview, session, tmp_path
):
    _open(qtbot, ops, interview, session, _adult_at_work(session))
    interview.resize(1366, 768)
    interview.show_question("job_promise")
    qtbot.wait(50)
    assert interview.minimumSizeHint().width() <= 1366
    assert interview.width() == 1366
    assert interview.sections.width() >= 250 and interview.guidance.width() >= 250
    buttons = [b for b in interview.panel.controls.findChildren(QAbstractButton) if b.property("choice")]
    for button in buttons:
        assert button.geometry().right() <= interview.panel.width(), button.text()
    longest = max(buttons, key=lambda b: len(b.text()))
    assert longest.height() > min(b.height() for b in buttons), "the longest label wraps onto a second line"
    assert interview.grab().save(str(tmp_path / "long_choices.png"))
    wait_idle(qtbot, ops)


def test_at_double_size_long_check_boxes_wrap_inside_a_1366_px_window(
    qtbot, ops, qapp, app_look, interview, session, tmp_path
):
    Appearance(qapp).set_scale(2.0)
    _open(qtbot, ops, interview, session, _adult_at_work(session))
    interview.resize(1366, 768)
    interview.show_question("work_type")
    qtbot.wait(50)
    assert interview.minimumSizeHint().width() <= 1366
    boxes = [b for b in interview.panel.controls.findChildren(QAbstractButton) if b.property("choice")]
    assert len(boxes) == 10
    for box in boxes:
        assert box.geometry().right() <= interview.panel.width(), box.text()
        assert box.height() >= box.heightForWidth(box.width()), f"{box.text()} is cut off"
    longest = max(boxes, key=lambda b: len(b.text()))
    assert longest.height() > min(b.height() for b in boxes), "the longest label wraps onto a second line"
    qtbot.keyClick(interview.panel, Qt.Key.Key_6)
    assert longest.isChecked(), "its key still ticks it"
    assert interview.grab().save(str(tmp_path / "long_checks_200.png"))
    wait_idle(qtbot, ops)


def test_at_double_size_a_long_question_shrinks_to_be_read_whole_and_a_short_one_keeps_its_size(
    qtbot, ops, qapp, app_look, interview, session, tmp_path
):
    """At 200 % in a laptop window the long Spanish sex_trade question was cut off mid-sentence in its scroll area."""
    Appearance(qapp).set_scale(2.0)
    _open(qtbot, ops, interview, session, _draft(session))
    interview.resize(1366, 768)
    interview.show_question("ran_away")
    qtbot.wait(50)
    full = interview.question_fit.points()
    interview.show_question("sex_trade")
    qtbot.wait(50)
    assert interview.question_scroll.verticalScrollBar().maximum() == 0, "the whole question shows"
    assert qapp.font().pointSizeF() * 1.2 <= interview.question_fit.points() < full
    assert interview.grab().save(str(tmp_path / "long_question_200.png"))
    interview.show_question("ran_away")
    qtbot.wait(50)
    assert interview.question_fit.points() == full, "a question that fits keeps the theme's size"
    wait_idle(qtbot, ops)


def test_a_question_shown_before_the_text_is_made_double_size_fits_after(
    qtbot, ops, qapp, app_look, interview, session
):
    """The font scale changed on a question already shown: it is fitted again (English question, Spanish beside)."""
    look = Appearance(qapp)
    person = PersonInput(estimated_age=16, citizenship=Citizenship.UNKNOWN, discovered_at=datetime.now(UTC))
    intake = Intake("youth", "en", "es", InterviewContext("health", Tri.YES, Tri.YES), person)
    _open(qtbot, ops, interview, session, session.screenings.start(intake).id)
    interview.resize(1366, 768)
    for name in ("did_work", "sex_trade", "ran_away"):
        look.set_scale(1.0)
        interview.show_question(name)
        qtbot.wait(50)
        look.set_scale(2.0)  # on the question already shown
        qtbot.wait(150)
        assert interview.question_scroll.verticalScrollBar().maximum() == 0, name
    wait_idle(qtbot, ops)


def test_a_question_shown_while_the_interview_is_hidden_is_fitted_when_it_shows(
    qtbot, ops, qapp, app_look, interview, session
):
    Appearance(qapp).set_scale(2.0)
    _open(qtbot, ops, interview, session, _draft(session))
    interview.resize(1366, 768)
    interview.show_question("ran_away")
    qtbot.wait(50)
    full = interview.question_fit.points()
    interview.hide()
    interview.show_question("sex_trade")
    interview.show()
    qtbot.waitUntil(lambda: interview.question_fit.points() < full)
    qtbot.waitUntil(lambda: interview.question_scroll.verticalScrollBar().maximum() == 0)
    wait_idle(qtbot, ops)


def _legible_pixels(button) -> int:
    """How many pixels inside ``button``'s frame contrast with its background by at least 4.5:1 (its text)."""
    image = button.grab().toImage()
    inner = [image.pixelColor(x, y) for x in range(4, image.width() - 4) for y in range(4, image.height() - 4)]
    background = Counter(c.rgb() for c in inner).most_common(1)[0][0]
    return sum(1 for c in inner if contrast(c, QColor.fromRgb(background)) >= 4.5)


def test_at_double_size_in_high_contrast_the_chosen_answer_is_large_and_legible(
    qtbot, ops, qapp, app_look, interview, session, tmp_path
):
    look = Appearance(qapp)
    look.set_high_contrast(True)
    look.set_scale(2.0)
    _open(qtbot, ops, interview, session, _draft(session))
    interview.resize(1366, 768)
    interview.show_question("sex_trade")
    qtbot.keyClick(interview.panel, Qt.Key.Key_Y)
    wait_idle(qtbot, ops)
    interview.show_question("sex_trade")
    qtbot.wait(50)
    chosen = next(b for b in interview.panel.controls.findChildren(QAbstractButton) if b.isChecked())
    declined = by_name(interview, "Declined")
    assert chosen.fontInfo().pixelSize() >= declined.fontInfo().pixelSize(), "as large as the other buttons"
    assert _legible_pixels(chosen) >= 100, "its words stand out from the highlight"
    assert interview.grab().save(str(tmp_path / "high_contrast_200.png"))


def test_a_key_pressed_while_an_answer_saves_is_ignored_and_the_screen_says_so(
    qtbot, ops, interview, session, monkeypatch
):
    screening_id = _draft(session)
    _open(qtbot, ops, interview, session, screening_id)
    release = threading.Event()
    real = session.screenings.answer

    def held(*args, **kwargs):
        release.wait(timeout=30)
        return real(*args, **kwargs)

    monkeypatch.setattr(session.screenings, "answer", held)
    try:
        qtbot.keyClick(interview.panel, Qt.Key.Key_Y)
        assert interview.save_label.text() == "Saving..."
        qtbot.keyClick(interview.panel, Qt.Key.Key_N)  # meant for a question not on the screen yet
        by_name(interview, "Pause interview").click()
        assert interview.save_label.text() == "Saving... wait for the next question"
        assert interview.current == "ran_away"
    finally:
        release.set()
    qtbot.waitUntil(lambda: interview.current == "no_home", timeout=15_000)
    wait_idle(qtbot, ops)
    assert interview.save_label.text().startswith("Saved at ")
    stored = session.screenings.open(screening_id).state
    assert stored.answer_of("ran_away").value == "yes" and stored.answer_of("no_home") is None


def test_tab_goes_from_the_answers_to_declined_and_dont_know_on_every_question(qtbot, ops, interview, session):
    _open(qtbot, ops, interview, session, _draft(session))
    for _question in range(2):  # the first question's controls, then those built for the next one
        answers = [b for b in interview.panel.controls.findChildren(QAbstractButton) if b.property("choice")]
        answers[-1].setFocus()
        qtbot.keyClick(answers[-1], Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is by_name(interview, "Declined")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is by_name(interview, "Don't know")
        qtbot.keyClick(interview.panel, Qt.Key.Key_N)
        wait_idle(qtbot, ops)
