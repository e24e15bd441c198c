"""A draft's person and interview details corrected from the review by keyboard; a foreign minor's HHS countdown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from gui_helpers import by_name, press_enter, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.places.deadlines import DeadlinesPlace
from fieldscreen.gui.timefmt import local_time
from fieldscreen.gui.views.edit_details_dialog import EditContextDialog, EditPersonDialog
from fieldscreen.gui.views.person_page import DATE_OF_BIRTH, ESTIMATED_AGE
from fieldscreen.gui.views.review_view import ReviewView
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput

DISCOVERED = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)


@pytest.fixture
def draft(session):
    """A draft for a foreign-national 15-year-old discovered three hours ago; nothing answered yet."""
    person = PersonInput(estimated_age=15, citizenship=Citizenship.FOREIGN_NATIONAL, discovered_at=DISCOVERED)
    context = InterviewContext("health", Tri.YES, Tri.YES, disclosure_given_at=DISCOVERED)
    return session.screenings.start(Intake("youth", "es", "en", context, person))


@pytest.fixture
def review(qtbot, ops, session, draft):
    made = ReviewView(ops)
    qtbot.addWidget(made)
    made.set_session(session)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    made.open(session.screenings.open(draft.id))
    wait_idle(qtbot, ops)
    return made


def _dialog(qtbot, review, button_name, kind):
    button = by_name(review, button_name)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None and dialog.focusWidget().hasFocus())
    return dialog


def test_the_review_of_a_foreign_minors_draft_counts_down_the_hhs_notice_from_discovery(review):
    due = local_time(DISCOVERED + timedelta(hours=24))
    assert any(due in text for text in review.result.actions.due_texts())
    assert any("HHS" in title and "Request for Assistance" in title for title in _action_titles(review))


def test_the_review_shows_the_hhs_notice_done_once_marked_in_deadlines(qtbot, ops, session, draft, review):
    """No second request from the result screen: the done mark replaces the countdown."""
    counting = len(review.result.actions.due_texts())
    assert review.result.actions.done_texts() == []
    [rfa] = [item for item in session.screenings.deadlines() if item.screening_id == draft.id]
    session.screenings.mark_action_done(rfa.action_id, reference="OTIP-2026-004512")
    review.open(session.screenings.open(draft.id))
    wait_idle(qtbot, ops)
    [done] = review.result.actions.done_texts()
    assert done.startswith("Done ") and done.endswith(", reference OTIP-2026-004512")
    assert len(review.result.actions.due_texts()) == counting - 1, "the child reports still count down"


def test_the_deadlines_place_lists_the_drafts_hhs_notice(qtbot, ops, session, draft):
    place = DeadlinesPlace(ops)
    qtbot.addWidget(place)
    place.set_session(session)
    place.show()
    wait_idle(qtbot, ops)
    (item,) = [place.model.item(r) for r in range(place.model.rowCount())]
    assert (item.screening_id, item.kind, item.due_at) == (draft.id, "hhs_rfa", DISCOVERED + timedelta(hours=24))


def test_the_person_is_corrected_by_keyboard_and_the_change_is_audited(qtbot, ops, session, draft, review):
    dialog = _dialog(qtbot, review, "Edit person", EditPersonDialog)
    assert dialog.page.name_edit.hasFocus()
    qtbot.keyClicks(dialog.page.name_edit, "Corrected Name")
    qtbot.keyClicks(by_name(dialog, "Nationality"), "Guatemala")
    combo = by_name(dialog, "Citizenship status")
    combo.setFocus()
    while combo.currentData() != Citizenship.US_CITIZEN:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    press_enter(qtbot, combo)
    wait_idle(qtbot, ops)
    assert QApplication.activeModalWidget() is None, "saved and closed"

    stored = session.screenings.open(draft.id).person
    assert (stored.name, stored.citizenship, stored.estimated_age) == ("Corrected Name", Citizenship.US_CITIZEN, 15)
    assert stored.nationality == "Guatemala"
    assert stored.discovered_at == DISCOVERED and stored.case_code == draft.case_code
    assert session.audit.recent(limit=1, action="person_update")[0].subject == str(draft.id)
    assert session.screenings.deadlines() == []
    qtbot.waitUntil(lambda: not any("Request for Assistance" in t for t in _action_titles(review)))
    assert _action_titles(review), "the result shows the citizen child's actions instead"


def test_the_interview_details_are_corrected_by_keyboard_and_the_change_is_audited(qtbot, ops, session, draft, review):
    dialog = _dialog(qtbot, review, "Edit interview details", EditContextDialog)
    page = dialog.page
    assert page.setting_combo.hasFocus() and not page.instrument_combo.isEnabled()
    assert page.disclosure_given_at == DISCOVERED and dialog.save_button.isEnabled()
    qtbot.keyClick(page.setting_combo, Qt.Key.Key_Down)
    setting = page.setting_combo.currentData()
    page.interpreter_check.setFocus()
    qtbot.keyClick(page.interpreter_check, Qt.Key.Key_Space)
    assert not dialog.save_button.isEnabled(), "the interpreter's language and relationship are still missing"
    qtbot.keyClicks(by_name(dialog, "Interpreter language"), "Mam")
    relationship = by_name(dialog, "Interpreter relationship to the person")
    relationship.setFocus()
    while relationship.currentData() != "relative":
        qtbot.keyClick(relationship, Qt.Key.Key_Down)
    assert dialog.save_button.isEnabled()
    press_enter(qtbot, relationship)
    wait_idle(qtbot, ops)
    assert QApplication.activeModalWidget() is None, "saved and closed"

    context = session.screenings.open(draft.id).context
    assert setting != "health" and context.setting == setting
    assert (context.interpreter_language, context.interpreter_relationship) == ("Mam", "relative")
    assert context.disclosure_given_at == DISCOVERED
    assert session.audit.recent(limit=1, action="context_update")[0].subject == str(draft.id)


def _action_titles(review):
    return [w.text() for w in review.result.actions.findChildren(QLabel) if w.accessibleName() == "Action"]


def test_correcting_the_age_warns_when_it_no_longer_fits_the_instrument(qtbot, ops, session, draft, review):
    dialog = _dialog(qtbot, review, "Edit person", EditPersonDialog)
    page = dialog.page
    warning = page.population_warning
    assert warning.isHidden(), "15 fits the youth screen"
    page.age_spin.setValue(19)
    assert warning.isVisible()
    assert "19, 18 or over" in warning.text() and "written for young people under 18" in warning.text()
    assert "start a new screening" in warning.text(), "the instrument of a started screening cannot change"
    assert "Go back" not in warning.text()
    page.age_spin.setValue(17)
    assert warning.isHidden()
    dialog.reject()


def test_an_estimated_age_near_18_says_the_child_duties_depend_on_it(qtbot, ops, session, draft, review):
    """An estimate of 19 routes as an adult: the screener is told, since an estimate may be a few years off."""
    dialog = _dialog(qtbot, review, "Edit person", EditPersonDialog)
    page = dialog.page
    assert page.estimate_warning.isHidden(), "15: a child either way"
    for age, shown in ((18, True), (20, True), (21, False), (17, False)):
        page.age_spin.setValue(age)
        assert page.estimate_warning.isVisible() is shown, age
    page.age_spin.setValue(19)
    assert "24-hour HHS request" in page.estimate_warning.text()
    page.age_kind_combo.setCurrentIndex(page.age_kind_combo.findData(DATE_OF_BIRTH))
    assert page.estimate_warning.isHidden(), "a date of birth is not an estimate"
    dialog.reject()


def test_at_double_text_size_edit_person_opens_larger_within_the_screen(qtbot, qapp, look, review):
    """760 x 600 pixels squeezed the form at 200 %: the dialog opens in proportion to the text, on the screen."""
    Appearance(qapp).set_scale(2.0)
    dialog = _dialog(qtbot, review, "Edit person", EditPersonDialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() > 600, "taller than the old fixed size (the offscreen screen is 800 x 800)"
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.reject()


def test_the_custody_answer_names_the_legal_status_as_the_packet_does(qtbot, review):
    dialog = _dialog(qtbot, review, "Edit person", EditPersonDialog)
    combo = by_name(dialog, "Unaccompanied child in federal custody (UAC)")
    label = dialog.page.findChild(QFormLayout).labelForField(combo)
    assert label.text().replace("&", "") == "Unaccompanied child in federal custody (UAC)" and label.buddy() is combo
    assert "does not say whether the child travelled alone" in combo.toolTip()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Not known", "Yes", "No"]
    assert combo.currentData() == Tri.UNKNOWN, "the draft was started without saying"
    dialog.reject()


def test_a_date_of_birth_chosen_but_not_entered_keeps_the_person_from_being_saved(qtbot, review):
    dialog = _dialog(qtbot, review, "Edit person", EditPersonDialog)
    page = dialog.page
    assert dialog.save_button.isEnabled()
    page.age_kind_combo.setCurrentIndex(page.age_kind_combo.findData(DATE_OF_BIRTH))
    assert not dialog.save_button.isEnabled()
    assert dialog.problem.text() == "Still needed: the date of birth."
    page.age_kind_combo.setCurrentIndex(page.age_kind_combo.findData(ESTIMATED_AGE))
    assert dialog.save_button.isEnabled() and not dialog.problem.text()
    dialog.reject()
