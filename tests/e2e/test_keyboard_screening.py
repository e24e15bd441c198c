"""A youth and an adult screening done end to end with the keyboard alone, from sign-in to finalize and deadlines.

The real window flow runs on a real encrypted installation; widgets are found by their accessible names. The results,
actions, due times and audit entries are then read back through the services.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import shiboken6
from drivers.screening_keys import (
    activate,
    by_name,
    choose,
    choose_own_password,
    focus,
    press,
    press_enter,
    sign_in,
    type_into,
    wait_until,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldscreen.core.assessment import ResultCategory
from fieldscreen.core.models import Role
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.core.routing import ActionKind
from fieldscreen.gui.activity import ActivityMonitor
from fieldscreen.gui.error_presenter import ErrorPresenter
from fieldscreen.gui.flow import AppFlow
from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.ops import OpRunner
from fieldscreen.gui.views.amend_dialog import AmendDialog
from fieldscreen.gui.views.mark_done_dialog import MarkDoneDialog
from fieldscreen.gui.views.review_view import NAME_ROLE
from fieldscreen.services.installation import Installation
from fieldscreen.store.kdf import KdfParams

pytestmark = pytest.mark.e2e

CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
ADMIN_PASSWORD = "a long administrator passphrase"
SAM_PASSWORD = "sam has a long passphrase too"
SAM_FIRST_PASSWORD = "the administrator chose this for sam"


@pytest.fixture
def running(qtbot, qapp, tmp_path):
    """The real window flow on an installation with an administrator and the screener "sam", showing sign-in."""
    installation = Installation(tmp_path / "data", kdf=CHEAP)
    installation.set_up(agency="Agency", office="Office", admin_username="admin", admin_password=ADMIN_PASSWORD)
    admin = installation.sign_in("admin", ADMIN_PASSWORD)
    admin.accounts.add("sam", Role.SCREENER, SAM_FIRST_PASSWORD, display_name="Sam Field")
    admin.lock()
    ops = OpRunner(ErrorPresenter())
    monitor = ActivityMonitor(qapp)
    flow = AppFlow(installation, ops, monitor)
    window = flow.start(True)
    qtbot.waitExposed(window)
    sign_in(window, "sam", SAM_FIRST_PASSWORD)
    choose_own_password(window, SAM_FIRST_PASSWORD, SAM_PASSWORD)
    wait_until(lambda: isinstance(flow.window, MainWindow) and not ops.running)
    main = flow.window
    qtbot.waitExposed(main)
    wait_until(lambda: main.screenings_place.list_view.instrument_combo.count() > 1 and not ops.running)
    yield main, ops, installation
    flow.close()
    wait_until(lambda: not ops.running)
    ops.shutdown()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    shiboken6.delete(monitor)
    shiboken6.delete(ops)


def _begin(main, instrument, setting, *, interpreter=None):
    """From the list: New screening (Ctrl+N), then fill "Before you begin" and give the disclosure."""
    press(focus(by_name(main, "Search screenings")), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = main.screenings_place.new_view
    wait_until(lambda: page.isVisible() and page.person_page.case_code_label.text())
    choose(main, "Instrument", instrument)
    choose(main, "Interview language", "es")
    choose(main, "Screener language", "en")
    choose(main, "Setting", setting)
    choose(main, "Private setting", Tri.YES)
    choose(main, "Person alone", Tri.YES)
    if interpreter:
        activate(main, "Interpreter used")
        choose(main, "Interpreter kind", "phone")
        type_into(main, "Interpreter language", "Spanish")
        choose(main, "Interpreter relationship to the person", interpreter)
    assert not by_name(main, "Continue to the person").isEnabled(), "the disclosure comes first"
    assert "the disclosure" in by_name(main, "Still needed").text()
    activate(main, "Disclosure given")
    assert "Given at" in by_name(main, "Disclosure time").text()
    spanish = by_name(main, "Disclosure in the interview language").toPlainText()
    english = by_name(main, "Disclosure in the screener language").toPlainText()
    assert spanish.startswith("Antes de") and english.startswith("Before"), "both languages side by side"
    return page


def _person(main, *, age, citizenship):
    activate(main, "Continue to the person")
    code = by_name(main, "Case code").text()
    assert code.startswith("FS-")
    choose(main, "How the age is known", "estimate")
    type_into(main, "Estimated age in years", str(age))
    choose(main, "Citizenship status", citizenship)
    activate(main, "Start interview")
    interview = main.screenings_place.interview
    wait_until(lambda: interview.isVisible() and interview.current)
    return code, interview


def _key_for(interview, name, value):
    choices = interview.state.loaded.questions[name].question.choices
    return str([c.value for c in choices].index(value) + 1)


def _interview(qtbot, interview, script, default="N"):
    """Answer every question shown with the keys the script names (default "N"), then open the review from the end.

    A key is a letter or digit of the interview, "Return", or "text:..." to type words into the focused field. After
    the last answer the interview stays on a neutral end that names no result; the review opens on request.
    """
    review = interview.parentWidget().parentWidget().review
    asked = []
    while not interview.is_finished():
        name = interview.current
        assert "traffick" not in interview.question_label.text().lower()
        keys = script.get(name, default)
        with qtbot.waitSignal(interview.answer_saved, timeout=15_000) as saved:
            for key in keys:
                target = QApplication.focusWidget()
                if key == "Return":
                    press(target, Qt.Key.Key_Return)
                elif key.startswith("text:"):
                    QTest.keyClicks(target, key.removeprefix("text:"))
                else:
                    press(target, key)
        assert saved.args[0] == name
        assert interview.save_label.text().startswith("Saved at")
        asked.append(name)
    assert not review.isVisible() and "traffick" not in interview.finished_label.text().lower()
    assert "All questions are done" in by_name(interview, "Interview finished").text()
    press(QApplication.focusWidget(), Qt.Key.Key_Space)  # the focus is on "Open the review"
    wait_until(review.isVisible)
    return asked


def _finalize(main, review):
    wait_until(lambda: "Working out" not in review.result.summary_label.text())
    activate(main, "Finalize")
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    press_enter(box)
    wait_until(lambda: review.screening.status == "finalized")
    wait_until(lambda: "Working out" not in review.result.summary_label.text())


def _audit(installation):
    """The audit actions, newest first, as an administrator reads them."""
    admin = installation.sign_in("admin", ADMIN_PASSWORD)
    try:
        return [entry.action for entry in admin.audit.recent(1000)]
    finally:
        admin.lock()


def _deadlines(main, ops):
    activate(main, "Back to the list")
    nav = focus(by_name(main, "Places"))
    press(nav, Qt.Key.Key_Down)
    place = main.deadlines_place
    wait_until(lambda: place.isVisible() and not ops.running and place.model.rowCount())
    return place


def test_youth_screening_by_keyboard_finds_possible_sex_trafficking_and_hhs_deadline(qtbot, running):
    main, ops, installation = running
    _begin(main, "youth", "social_service", interpreter="professional")
    assert main.screenings_place.new_view.begin_page.warnings.isHidden(), "no warning: private, alone, professional"
    code, interview = _person(main, age=16, citizenship=Citizenship.FOREIGN_NATIONAL)
    assert main.nav.isHidden(), "the interview gets the whole width"
    assert interview.question_label.text().startswith("¿"), "asked in Spanish"
    assert interview.secondary_label.text().startswith("Have you"), "with the screener's English beside it"
    script = {
        "born_abroad": "Y",
        "did_work": "N",
        "sex_trade": "Y",
        "sex_arranged": "D",
        "unsafe_tonight": "K",
        "needs": ["1", "Return"],
    }
    asked = _interview(qtbot, interview, script)
    assert asked[0] == "ran_away" and "sex_trade" in asked and asked[-1] == "needs"
    review = main.screenings_place.review
    _finalize(main, review)
    assert "Indicators of possible sex trafficking present" in by_name(main, "Result").text()
    assert any("Due" in text and "h" in text for text in review.result.actions.due_texts())

    session = main.session
    view = session.screenings.open(review.screening.id)
    assert view.case_code == code and view.status == "finalized"
    assert view.context.interpreter_relationship == "professional" and view.context.disclosure_given_at
    assert view.person.estimated_age == 16 and view.person.citizenship is Citizenship.FOREIGN_NATIONAL
    assert view.state.answer_of("sex_arranged").status.value == "declined"
    result = session.screenings.result(view.id)
    assert result.assessment.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    due = {a.kind: a.due_at for a in result.actions}
    discovered = view.person.discovered_at
    assert due[ActionKind.HHS_RFA] == discovered + timedelta(hours=24)
    assert due[ActionKind.CHILD_WELFARE] == discovered + timedelta(hours=24)
    assert ActionKind.HOTLINE in due

    place = _deadlines(main, ops)
    rows = [place.model.item(r) for r in range(place.model.rowCount())]
    rfa = next(r for r in rows if r.kind == ActionKind.HHS_RFA)
    assert rfa.case_code == code and rfa.due_at == discovered + timedelta(hours=24)
    table = focus(by_name(main, "Deadlines"))
    place.table.selectRow(rows.index(rfa))
    press(table, Qt.Key.Key_Return)
    dialog = main.findChild(MarkDoneDialog)
    qtbot.waitExposed(dialog)
    type_into(dialog, "Reference number", "HHS-2026-0042")
    press_enter(by_name(dialog, "Reference number"))
    wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    wait_until(lambda: not ops.running)
    done = next(i for i in session.screenings.deadlines(include_done=True) if i.action_id == rfa.action_id)
    assert done.status == "done" and done.reference == "HHS-2026-0042" and done.done_by == "sam"

    actions = _audit(installation)
    assert actions.count("screening_answer") == len(asked)
    for wanted in ("screening_start", "screening_finalize", "screening_view"):
        assert wanted in actions


def test_adult_screening_by_keyboard_finds_possible_labor_trafficking_and_amends_with_a_reason(qtbot, running):
    main, ops, installation = running
    _begin(main, "adult_full", "law_enforcement", interpreter="relative")
    assert "relative or companion" in by_name(main, "Warnings").text()
    _code, interview = _person(main, age=34, citizenship=Citizenship.FOREIGN_NATIONAL)
    script = {
        "did_work": "Y",
        "work_type": ["1", "Return"],
        "hours_per_day": ["1", "4", "Return"],
        "days_per_week": ["7", "Return"],
        "excessive_hours": "Y",
        "job_promise": _key_for(interview, "job_promise", "different_job"),
        "contract_changed": "Y",
        "pay_problem": _key_for(interview, "pay_problem", "not_paid"),
        "owe_debt": "Y",
        "debt_must_stay": "Y",
        "docs_held": "Y",
        "docs_refused": "Y",
        "cannot_leave": "Y",
        "threats": ["S", "text:Did not want to say", "Return"],
        "fear_leave": "K",
        "hurt_physically": "D",
        "born_abroad": "Y",
        "needs": [_key_for(interview, "needs", "immigration_legal"), "Return"],
    }
    _interview(qtbot, interview, script)
    review = main.screenings_place.review
    _finalize(main, review)
    assert "Indicators of possible labor trafficking present" in by_name(main, "Result").text()
    session = main.session
    screening_id = review.screening.id
    result = session.screenings.result(screening_id)
    assert result.assessment.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    kinds = {a.kind: a.due_at for a in result.actions}
    for wanted in (ActionKind.FEDERAL_LAW_ENFORCEMENT, ActionKind.IMMIGRATION_LEGAL, ActionKind.HOTLINE):
        assert wanted in kinds and kinds[wanted] is None
    assert ActionKind.HHS_RFA not in kinds

    tree = focus(by_name(main, "Answers"))
    while tree.currentIndex().data(NAME_ROLE) != "fear_leave":
        press(tree, Qt.Key.Key_Down)
    press(tree, Qt.Key.Key_Return)
    dialog = main.findChild(AmendDialog)
    qtbot.waitExposed(dialog)
    assert "Don't know" in by_name(dialog, "Original answer").text()
    activate(dialog, "Yes")
    type_into(dialog, "Reason for the change", "The person answered at the second meeting")
    activate(dialog, "Save amendment")
    wait_until(lambda: review.screening.amendments)
    [amendment] = review.screening.amendments
    assert amendment["question"] == "fear_leave" and amendment["before"]["status"] == "dont_know"
    assert amendment["after"]["value"] == "yes" and amendment["reason"].startswith("The person answered")
    assert session.screenings.open(screening_id).state.answer_of("fear_leave").value == "yes"
    tree = focus(by_name(main, "Answers"))
    while tree.currentIndex().data(NAME_ROLE) != "fear_leave":
        press(tree, Qt.Key.Key_Down)
    assert "Original answer (kept): Don't know" in by_name(main, "Selected answer").text()
    assert "screening_amend" in _audit(installation)
