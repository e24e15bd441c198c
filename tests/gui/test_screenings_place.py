"""The Screenings place: pausing returns to the list with the paused screening selected; opening; finalizing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from gui_helpers import by_name, open_main_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui.places.screenings import INTERVIEW, LIST, REVIEW
from fieldscreen.gui.views.review_view import NAME_ROLE
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput
from fieldscreen.sync.office_keys import export_public_key, generate_office_key


def _draft(session, instrument: str = "brief") -> int:
    person = PersonInput(estimated_age=30, citizenship=Citizenship.UNKNOWN, discovered_at=datetime.now(UTC))
    intake = Intake(instrument, "en", "en", InterviewContext("health", Tri.YES, Tri.YES), person)
    return session.screenings.start(intake).id


def _to_review(qtbot, ops, place, screening_id: int) -> None:
    """Open a draft (at the interview) and go to its review."""
    place.open_screening(screening_id)
    wait_idle(qtbot, ops)
    qtbot.keyClick(by_name(place.interview, "Review answers"), Qt.Key.Key_Space)
    wait_idle(qtbot, ops)


def test_pause_selects_and_focuses_the_paused_screening_so_enter_opens_it_again(qtbot, set_up, ops, monitor):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    oldest, *_ = [_draft(window.session) for _ in range(3)]
    place = window.screenings_place
    place.show_list()
    wait_idle(qtbot, ops)
    place.open_screening(oldest)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == INTERVIEW
    qtbot.keyClick(place.interview.pause_button, Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    table = place.list_view.table
    assert place.pages.currentIndex() == LIST
    assert table.hasFocus()
    assert place.list_view.model.summary(table.currentIndex().row()).id == oldest
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == INTERVIEW and place.interview.screening.id == oldest
    window.close()
    wait_idle(qtbot, ops)


def test_another_screeners_draft_opens_read_only_at_the_review(qtbot, set_up, ops, monitor):
    installation = set_up[0]
    admin = installation.sign_in("admin", "a long administrator passphrase")
    admin.accounts.add("alice", "screener", "alice has a long passphrase")
    admin.lock()
    alice = installation.sign_in("alice", "alice has a long passphrase")
    theirs = _draft(alice)
    alice.lock()

    window = open_main_window(qtbot, installation, ops, monitor)
    mine = _draft(window.session)
    place = window.screenings_place
    place.open_screening(theirs)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == REVIEW, "not the interview: only alice answers her draft"
    review = place.review
    assert "only alice, who started this screening, can answer" in by_name(review, "Finalized").text()
    for name in ("Change selected answer", "Finalize", "Edit person", "Edit interview details"):
        assert not [
            w for w in review.findChildren(type(review.finalize_button)) if w.accessibleName() == name and w.isVisible()
        ], name
    qtbot.keyClick(review.answers, Qt.Key.Key_Return)  # activating an answer changes nothing either
    assert place.pages.currentIndex() == REVIEW

    qtbot.keyClick(by_name(review, "Back to the list"), Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    place.open_screening(mine)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == INTERVIEW, "the administrator's own draft resumes as before"
    window.close()
    wait_idle(qtbot, ops)


def test_finalize_with_required_answers_missing_offers_the_first_one_not_a_finalize_that_fails(
    qtbot, set_up, ops, monitor, tmp_path
):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    screening_id = _draft(window.session)
    place = window.screenings_place
    _to_review(qtbot, ops, place, screening_id)
    review = place.review
    needing = review.state.missing_required()
    assert len(needing) == 2
    qtbot.keyClick(by_name(review, "Finalize"), Qt.Key.Key_Space)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.accessibleName() == "Not ready to finalize"
    assert box.windowTitle() == "Not ready to finalize"
    assert box.text() == "2 questions need attention before this screening can be finalized."
    assert "?." not in box.informativeText() and "Declined" in box.informativeText()
    assert [b.text() for b in box.buttons() if "Finalize" in b.text()] == [], "no Finalize that would be refused"
    assert box.grab().save(str(tmp_path / "finalize_not_ready.png"))
    go = box.defaultButton()
    assert go.text() == "&Go to the first one"
    qtbot.keyClick(go, Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == INTERVIEW and place.interview.current == needing[0]
    assert window.session.screenings.open(screening_id).status == "draft"
    focused = window.focusWidget()  # the window's, once the box is gone (offscreen, the box keeps the application's)
    assert place.interview.isAncestorOf(focused), "the answer keys work at once"
    place.interview.panel.trigger("N")  # the key's shortcut: offscreen, shortcuts follow the box's lost focus
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == INTERVIEW and place.interview.current == needing[1], "the next one needed"
    place.interview.panel.trigger("N")
    wait_idle(qtbot, ops)
    assert place.interview.is_finished(), "none needed any more: the end screen, from which the review opens"
    window.close()
    wait_idle(qtbot, ops)


def _select(review, name: str) -> None:
    """Select the answer to question ``name`` in the review's tree."""
    model = review.answers_model
    for section in (model.index(row, 0) for row in range(model.rowCount())):
        for index in (model.index(row, 0, section) for row in range(model.rowCount(section))):
            if index.data(NAME_ROLE) == name:
                review.answers.setCurrentIndex(index)
                return
    raise AssertionError(name)


def _all_declined(session, screening_id: int) -> None:
    while (question := session.screenings.open(screening_id).state.first_unanswered()) is not None:
        session.screenings.answer(screening_id, question.name, Answer(AnswerStatus.DECLINED))


def test_an_answer_changed_from_the_review_asks_what_it_opens_then_ends_on_the_neutral_screen(
    qtbot, set_up, ops, monitor
):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    session, place = window.session, window.screenings_place
    screening_id = _draft(session, "adult_full")
    session.screenings.answer(screening_id, "did_work", Answer(AnswerStatus.ANSWERED, "no"))
    _all_declined(session, screening_id)
    person = session.screenings.open(screening_id).person
    _to_review(qtbot, ops, place, screening_id)
    review = place.review
    edited = session.screenings.update_person(screening_id, replace(person, estimated_age=16))
    review._on_changed(edited)  # as the Edit person dialog's save does
    _select(review, "did_work")

    qtbot.keyClick(by_name(review, "Change selected answer"), Qt.Key.Key_Space)
    assert place.pages.currentIndex() == INTERVIEW and place.interview.current == "did_work"
    place.interview.panel.trigger("Y")  # opens follow-ups, some past questions already answered
    wait_idle(qtbot, ops)
    asked = []
    while not place.interview.is_finished() and place.pages.currentIndex() == INTERVIEW and len(asked) < 40:
        asked.append(place.interview.current)
        place.interview.panel.trigger("D")
        wait_idle(qtbot, ops)

    state = place.interview.state
    assert asked and state.unanswered() == (), "every follow-up the new answer opened was asked, and nothing else"
    assert {"housing_controlled", "sex_at_job"} <= set(asked)
    assert place.pages.currentIndex() == INTERVIEW, "the neutral end screen: the person may still see it"
    qtbot.keyClick(by_name(place.interview, "Open the review"), Qt.Key.Key_Return)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == REVIEW
    assert review._selected_question() == asked[-1], "the last answer asked stays selected"
    assert review.screening.person.estimated_age == 16, "the review keeps the details changed there"
    window.close()
    wait_idle(qtbot, ops)


def test_the_answers_a_refused_finalize_needs_are_asked_with_the_follow_ups_they_open(qtbot, set_up, ops, monitor):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    session, place = window.session, window.screenings_place
    screening_id = _draft(session, "adult_full")
    while left := [n for n in session.screenings.open(screening_id).state.unanswered() if n != "owe_debt"]:
        session.screenings.answer(screening_id, left[0], Answer(AnswerStatus.DECLINED))
    _to_review(qtbot, ops, place, screening_id)
    qtbot.keyClick(by_name(place.review, "Finalize"), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.activeModalWidget().defaultButton(), Qt.Key.Key_Space)  # go to the first one
    wait_idle(qtbot, ops)
    assert place.interview.current == "owe_debt"

    place.interview.panel.trigger("Y")
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == INTERVIEW and place.interview.current == "debt_grows", "its follow-up next"
    window.close()
    wait_idle(qtbot, ops)


def _finalize_through_the_review(qtbot, ops, place, screening_id: int) -> str:
    """Open the screening, go to its review, finalize; return the last line the review then says."""
    _to_review(qtbot, ops, place, screening_id)
    qtbot.keyClick(by_name(place.review, "Finalize"), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.activeModalWidget().defaultButton(), Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    return by_name(place.review, "Finalized").text().splitlines()[-1]


def test_finalizing_says_whether_the_packet_waits_for_the_office_key_or_goes_at_the_next_sync(
    qtbot, set_up, ops, monitor, tmp_path
):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    session, place = window.session, window.screenings_place
    said = []
    for imported in (False, True):
        if imported:
            office = generate_office_key("Intake office", datetime.now(UTC).date())
            session.office_keys.import_key(export_public_key(office.public).encode())
        screening_id = _draft(session)
        view = session.screenings.open(screening_id)
        while (question := view.state.first_unanswered()) is not None:
            session.screenings.answer(screening_id, question.name, Answer(AnswerStatus.DECLINED))
            view = session.screenings.open(screening_id)
        said.append(_finalize_through_the_review(qtbot, ops, place, screening_id))
    session.screenings.return_to_screener(screening_id, "Ask the last question again.")
    said.append(_finalize_through_the_review(qtbot, ops, place, screening_id))
    assert said == [
        "Nothing is sent yet: the referral packet waits in the Outbox until an administrator imports the receiving "
        "office's key.",
        "The referral packet is in the Outbox and goes to the receiving office at the next sync.",
        "A new version of the referral packet, saying what changed after the return, is in the Outbox and goes to the "
        "receiving office at the next sync; it replaces the version sent before.",
    ]
    window.close()
    wait_idle(qtbot, ops)
