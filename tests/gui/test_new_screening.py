"""Starting a screening: every screening starts blank, age and instrument are checked, Enter continues."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from gui_helpers import by_name, open_main_window, press_enter, ui_catalogue, wait_idle
from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from fieldscreen.core.person import Tri
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.views.begin_page import BeginPage
from fieldscreen.gui.views.new_screening_view import BEGIN, PERSON
from fieldscreen.gui.views.person_page import AGE_UNKNOWN, DATE_OF_BIRTH, ESTIMATED_AGE, PersonPage
from fieldscreen.services.screening_models import DRAFT


def _grab(widget, path: Path) -> None:
    """Save a picture of ``widget`` (to look at what the test checked)."""
    assert widget.grab().save(str(path))


@pytest.fixture
def main(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    window = open_main_window(qtbot, installation, ops, monitor, size=(1366, 768))
    yield window
    window.close()
    wait_idle(qtbot, ops)


def _new(qtbot, main, ops):
    """The new-screening view, opened from the list and idle."""
    place = main.screenings_place
    place.list_view.new_button.click()
    wait_idle(qtbot, ops)
    return place.new_view


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _fill_begin(view, instrument: str = "adult_full") -> None:
    page = view.begin_page
    _choose(page.instrument_combo, instrument)
    page.setting_combo.setCurrentIndex(1)
    page.private_combo.setCurrentIndex(1)
    page.alone_combo.setCurrentIndex(1)


def _form(view) -> dict:
    """What every field of both steps shows (the time of discovery apart)."""
    begin, person = view.begin_page, view.person_page
    combos = ("setting", "private", "alone", "gender", "interpreter_kind", "relationship")
    shown = {name: getattr(begin, f"{name}_combo").currentIndex() for name in combos}
    shown |= {name: getattr(person, f"{name}_combo").currentIndex() for name in ("age_kind", "citizenship", "under18")}
    return shown | {
        "interpreter": begin.interpreter_check.isChecked(),
        "interpreter_language": begin.interpreter_language_edit.text(),
        "interpreter_id": begin.interpreter_id_edit.text(),
        "disclosure_given_at": begin.disclosure_given_at,
        "disclosure_label": begin.disclosure_label.text(),
        "name": person.name_edit.text(),
        "aliases": person.aliases_edit.text(),
        "age": person.age_spin.value(),
        "born": person.birth_edit.date(),
        "unaccompanied": person.unaccompanied_combo.currentData(),
        "exploitation_age": person.exploitation_age_spin.value(),
    }


def test_a_second_screening_starts_blank(qtbot, main, ops, tmp_path):
    view = _new(qtbot, main, ops)
    first = _form(view)
    assert first["disclosure_given_at"] is None

    _fill_begin(view)
    begin = view.begin_page
    _choose(begin.gender_combo, "woman")
    begin.interpreter_check.setChecked(True)
    begin.interpreter_kind_combo.setCurrentIndex(1)
    begin.interpreter_language_edit.setText("Spanish")
    _choose(begin.relationship_combo, "professional")
    begin.interpreter_id_edit.setText("INT-0042")
    begin.disclosure_button.click()
    view.next_button.click()
    person = view.person_page
    person.name_edit.setText("Maria Test")
    person.aliases_edit.setText("Mari")
    _choose(person.age_kind_combo, DATE_OF_BIRTH)
    person.birth_edit.setDate(QDate(1990, 5, 17))
    person.age_spin.setValue(40)
    person.citizenship_combo.setCurrentIndex(3)
    person.discovered_edit.setDateTime(person.discovered_edit.dateTime().addDays(-3))
    _choose(person.unaccompanied_combo, Tri.YES)
    person.under18_combo.setCurrentIndex(1)
    person.exploitation_age_spin.setValue(15)
    changed = _form(view)
    assert [key for key in first if changed[key] == first[key]] == [], "the test fills in every field"
    view.start_button.click()
    wait_idle(qtbot, ops)
    assert main.screenings_place.interview.screening.status == DRAFT
    main.screenings_place.show_list()

    view = _new(qtbot, main, ops)
    assert view.steps.currentIndex() == BEGIN
    assert _form(view) == first
    assert view.person_page.age_kind_combo.currentData() == AGE_UNKNOWN, "no age is assumed"
    assert not begin.warnings.text(), "no warning about a setting not yet chosen"
    assert set(begin.missing()) >= {begin.tr("the setting"), begin.tr("the disclosure")}
    discovered = view.person_page.person().discovered_at
    assert abs(discovered - datetime.now(UTC)) < timedelta(minutes=2), "discovery starts at now again"
    _grab(view, tmp_path / "second_screening_begin.png")


def _to_person(qtbot, main, ops):
    """A new screening of the adult instrument, past Before you begin, on the person page."""
    view = _new(qtbot, main, ops)
    _fill_begin(view, "adult_full")
    view.begin_page.disclosure_button.click()
    view.next_button.click()
    return view


def test_the_person_page_warns_when_the_age_does_not_fit_the_instrument(qtbot, main, ops, tmp_path):
    view = _to_person(qtbot, main, ops)
    person = view.person_page
    warning = person.population_warning
    assert warning.isHidden(), "an unknown age fits any instrument"
    _choose(person.age_kind_combo, ESTIMATED_AGE)
    person.age_spin.setValue(16)
    assert warning.isVisible()
    assert by_name(view, "Instrument and age") is warning.label
    assert "16, under 18" in warning.text()
    assert "Youth screen: where you stay, work and safety" in warning.text(), "the instrument that fits is named"
    _grab(view, tmp_path / "adult_instrument_for_16.png")
    person.age_spin.setValue(18)
    assert warning.isHidden()

    view.back_button.click()
    _choose(view.begin_page.instrument_combo, "youth")
    view.begin_page.disclosure_button.click()  # the youth screen's disclosure is another text: read it again
    view.next_button.click()
    assert "18, 18 or over" in warning.text(), "the warning follows the instrument chosen"
    person.age_spin.setValue(16)
    assert warning.isHidden(), "16 at discovery: the youth screen fits"
    _choose(person.age_kind_combo, DATE_OF_BIRTH)
    discovered = person.discovered_edit.date()
    person.birth_edit.setDate(discovered.addYears(-18))
    assert "18, 18 or over" in warning.text(), "counted from the date of birth to the time of discovery"
    assert "Adult screen: work, living situation and safety" in warning.text()
    person.birth_edit.setDate(discovered.addYears(-18).addDays(1))
    assert warning.isHidden(), "one day short of 18 at discovery"
    _grab(view, tmp_path / "youth_instrument_for_17.png")

    view.back_button.click()
    _choose(view.begin_page.instrument_combo, "brief")
    view.begin_page.disclosure_button.click()
    view.next_button.click()
    person.birth_edit.setDate(discovered.addYears(-40))
    assert warning.isHidden(), "the brief screen is written for everyone"


def test_a_date_of_birth_is_still_needed_until_entered_and_no_age_is_assumed(qtbot, main, ops, tmp_path):
    view = _to_person(qtbot, main, ops)
    person = view.person_page
    assert view.start_button.isEnabled() and not view.missing_label.text(), "an age not known is an answer"
    _choose(person.age_kind_combo, DATE_OF_BIRTH)
    assert person.birth_edit.text().strip() == "" and "years old" not in person.birth_age_label.text(), "no age"
    assert view.missing_label.text() == "Still needed: the date of birth."
    assert not view.start_button.isEnabled()
    _grab(view, tmp_path / "date_of_birth_still_needed.png")
    edit = person.birth_edit.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() // 2, edit.height() // 2))
    shown = QDate(1990, 3, 14).toString(person.birth_edit.displayFormat())
    qtbot.keyClicks(person.birth_edit, "".join(filter(str.isdigit, shown)))  # each part ends by itself, any locale
    qtbot.keyClick(person.birth_edit, Qt.Key.Key_Tab)
    assert not view.missing_label.text() and view.start_button.isEnabled()
    _grab(view, tmp_path / "date_of_birth_entered.png")
    view.start_button.click()
    wait_idle(qtbot, ops)
    assert main.screenings_place.interview.screening.person.date_of_birth == date(1990, 3, 14)


def test_an_estimated_age_is_still_needed_until_typed(qtbot, main, ops, tmp_path):
    view = _to_person(qtbot, main, ops)
    person = view.person_page
    _choose(person.age_kind_combo, ESTIMATED_AGE)
    assert person.age_spin.text() == "Type the age", "no age is shown by default: 18 passed for an adult"
    assert view.missing_label.text() == "Still needed: the estimated age."
    assert not view.start_button.isEnabled()
    person.age_kind_combo.setFocus()
    qtbot.keyClick(person.age_kind_combo, Qt.Key.Key_Tab)  # as a screener reaches it: its text all selected
    assert person.age_spin.hasFocus()
    qtbot.keyClicks(person.age_spin, "16")
    assert not view.missing_label.text() and view.start_button.isEnabled()
    view.start_button.click()
    wait_idle(qtbot, ops)
    assert main.screenings_place.interview.screening.person.estimated_age == 16


def test_enter_continues_from_a_complete_before_you_begin(qtbot, main, ops, tmp_path):
    view = _new(qtbot, main, ops)
    begin = view.begin_page
    _fill_begin(view)
    begin.interpreter_check.setChecked(True)
    press_enter(qtbot, begin.setting_combo)
    assert view.steps.currentIndex() == BEGIN, "incomplete: Enter does not continue"
    assert not view.next_button.isDefault()
    begin.interpreter_language_edit.setText("Spanish")
    _choose(begin.relationship_combo, "professional")
    begin.disclosure_button.setFocus()
    press_enter(qtbot, begin.disclosure_button)
    assert begin.disclosure_given_at is not None, "Enter presses the button with the focus"
    assert view.steps.currentIndex() == BEGIN
    _grab(view, tmp_path / "begin_complete.png")
    begin.interpreter_id_edit.setFocus()
    press_enter(qtbot, begin.interpreter_id_edit)
    assert view.steps.currentIndex() == PERSON
    assert view.next_button.isDefault(), "drawn as the button Enter presses"
    view.back_button.click()
    begin.alone_combo.setFocus()
    press_enter(qtbot, begin.alone_combo)
    assert view.steps.currentIndex() == PERSON


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_disclosure_box_shows_no_text_of_another_language_before_the_setting(qtbot, main, ops, tmp_path, language):
    place = main.screenings_place
    with ui_catalogue(QApplication.instance(), language):
        page = BeginPage()
        qtbot.addWidget(page)
        page.set_instruments(place._instruments, place._disclosures, language)
        page.resize(1000, 600)
        page.show()
        hint = QCoreApplication.translate("BeginPage", "Choose the setting to see the disclosure for it.")
        if language == "es":
            assert hint != "Choose the setting to see the disclosure for it.", "the hint is translated"
        assert page.interview_disclosure.toPlainText() == "", "nothing that could be read aloud by mistake"
        assert page.interview_disclosure.placeholderText() == hint
        assert page.interview_heading.text() == QCoreApplication.translate("BeginPage", "Read aloud")
        assert page.screener_disclosure.isHidden()
        _grab(page, tmp_path / f"disclosure_before_setting_{language}.png")
        page.setting_combo.setCurrentIndex(1)
        assert page.interview_disclosure.toPlainText()
        assert page.screener_disclosure.isVisible()
        assert "(" in page.interview_heading.text(), "the heading names the language once there is text"


def test_another_setting_after_the_disclosure_asks_for_it_again(qtbot, main, ops):
    """The person heard the text of one setting; choosing another means reading that one."""
    view = _new(qtbot, main, ops)
    begin = view.begin_page
    _fill_begin(view)
    begin.disclosure_button.click()
    heard = begin.interview_disclosure.toPlainText()
    assert begin.disclosure_given_at is not None and heard
    begin.private_combo.setCurrentIndex(2)  # other answers keep it
    assert begin.disclosure_given_at is not None
    begin.setting_combo.setCurrentIndex(2)
    assert begin.interview_disclosure.toPlainText() != heard
    assert begin.disclosure_given_at is None
    assert begin.disclosure_label.text() == "Not given yet."


def test_the_custody_answer_is_not_known_until_chosen_and_is_reached_by_its_accelerator(qtbot):
    page = PersonPage()
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    combo = by_name(page, "Unaccompanied child in federal custody (UAC)")
    assert combo.currentText() == "Not known" and page.person().unaccompanied is Tri.UNKNOWN
    page.focus_first()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # fe&deral
    assert combo.hasFocus()
    for key, meant in ((Qt.Key.Key_Down, Tri.YES), (Qt.Key.Key_Down, Tri.NO), (Qt.Key.Key_Home, Tri.UNKNOWN)):
        qtbot.keyClick(combo, key)
        assert page.person().unaccompanied is meant


def test_a_warning_that_appears_below_the_fold_is_scrolled_into_view(qtbot, qapp, set_up, ops, monitor, look, tmp_path):
    Appearance(qapp).set_scale(2.0)  # the page scrolls: the interpreter's box ends at the bottom of the window
    main = open_main_window(qtbot, set_up[0], ops, monitor, size=(1366, 768))
    view = _new(qtbot, main, ops)
    _fill_begin(view, "youth")
    page, area = view.begin_page, view.begin_area
    page.interpreter_check.setChecked(True)
    area.ensureWidgetVisible(page.relationship_combo, 0, 0)  # as when the screener reached it with Tab
    _choose(page.relationship_combo, "relative")
    qtbot.waitUntil(lambda: "relative" in page.warnings.text().lower())
    qtbot.wait(20)  # the scroll waits for the warning to be laid out

    top_left = page.warnings.mapTo(area.viewport(), QPoint(0, 0))
    shown = area.viewport().rect()
    _grab(main, tmp_path / "warning_scrolled_into_view.png")
    assert shown.contains(top_left) and top_left.y() + page.warnings.height() <= shown.height(), (top_left, shown)
    main.close()
    wait_idle(qtbot, ops)
