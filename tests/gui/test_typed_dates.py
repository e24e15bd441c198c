"""Dates typed the way people write them: separators after a part Qt completed by itself, four-digit years."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import ui_catalogue
from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QToolTip, QVBoxLayout, QWidget

from fieldscreen.gui.views.person_page import DATE_OF_BIRTH, PersonPage
from fieldscreen.gui.widgets.typed_dates import TypedDateTimeEdit, four_digit_year, widen_year


@pytest.fixture
def locale():
    """Set the default locale for one test, then put the previous one back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def page(qtbot):
    def make() -> PersonPage:
        made = PersonPage()
        qtbot.addWidget(made)
        made.age_kind_combo.setCurrentIndex(made.age_kind_combo.findData(DATE_OF_BIRTH))
        made.show()
        with qtbot.waitActive(made):
            made.activateWindow()
        return made

    return make


def _type_birth(qtbot, page: PersonPage, text: str) -> date | None:
    page.age_kind_combo.setFocus()
    qtbot.keyClick(page.age_kind_combo, Qt.Key.Key_Tab)  # as a screener arrives: the first part selected
    assert page.birth_edit.hasFocus()
    qtbot.keyClicks(page.birth_edit, text)
    qtbot.keyClick(page.birth_edit, Qt.Key.Key_Tab)
    return page.person().date_of_birth


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("3/14/2009", date(2009, 3, 14)),
        ("03/14/2009", date(2009, 3, 14)),
        ("12/31/1990", date(1990, 12, 31)),
        ("1/5/2010", date(2010, 1, 5)),
        ("12/31/90", date(1990, 12, 31)),
        ("3/4/09", date(2009, 3, 4)),
    ],
)
def test_a_us_date_of_birth_is_taken_as_typed(qtbot, locale, page, typed, meant):
    locale("en_US")
    person_page = page()
    assert person_page.birth_edit.displayFormat() == "M/d/yyyy"
    assert _type_birth(qtbot, person_page, typed) == meant


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_a_digit_that_fits_no_date_in_this_order_beeps_and_shows_the_order(qtbot, qapp, locale, page):
    with ui_catalogue(qapp, "en"):
        locale("es")  # the Spanish app: day first
        person_page = page()
        hint = "Type it as day/month/year, for example 14/3/2011."
        assert person_page.birth_age_label.text() == hint
        assert person_page.birth_age_label.accessibleName() == "How to type the date"
        assert person_page.birth_edit.toolTip() == hint
        person_page.age_kind_combo.setFocus()
        qtbot.keyClick(person_page.age_kind_combo, Qt.Key.Key_Tab)
        qtbot.keyClicks(person_page.birth_edit, "3/1")
        assert not QToolTip.isVisible()
        qtbot.keyClicks(person_page.birth_edit, "4")  # a 14th month: Qt drops the digit
        assert QToolTip.isVisible() and QToolTip.text() == hint
        QToolTip.hideText()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
@pytest.mark.parametrize("typed", ["2/30/2009", "2/31/2009", "13/1/2009", "2/29/2009", "2/29/09", "4/31/2010"])
def test_a_date_of_birth_that_is_no_date_is_left_blank_and_still_needed(qtbot, locale, page, typed):
    locale("en_US")
    person_page = page()
    assert _type_birth(qtbot, person_page, typed) is None, "never the placeholder's year or a part Qt dropped"
    assert person_page.missing() == ["the date of birth"]
    assert QToolTip.text() == "Type it as month/day/year, for example 3/14/2011."
    QToolTip.hideText()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_a_day_the_month_typed_after_it_cannot_have_is_no_date(qtbot, locale, page):
    locale("es_MX")  # day first: Qt made "31/2/2009" the 28th of February
    person_page = page()  # kept: the tooltip goes with its field
    assert _type_birth(qtbot, person_page, "31/2/2009") is None
    assert QToolTip.text() == "Type it as day/month/year, for example 14/03/2011."
    QToolTip.hideText()


def test_february_29_of_a_leap_year_is_taken_as_typed(qtbot, locale, page):
    locale("en_US")
    assert _type_birth(qtbot, page(), "2/29/2008") == date(2008, 2, 29)


def test_a_day_first_locale_takes_the_day_first_and_the_age_shows_beside_the_date(qtbot, qapp, locale, page):
    with ui_catalogue(qapp, "en"):
        locale("es_MX")  # English words, dates written day first
        person_page = page()
        person_page.discovered_edit.setDate(QDate(2026, 11, 1))
        assert _type_birth(qtbot, person_page, "14/3/2009") == date(2009, 3, 14)
        assert person_page.birth_age_label.isVisible()
        assert person_page.birth_age_label.text() == "17 years old at discovery"
        assert person_page.birth_age_label.accessibleName() == "Age at discovery"


@pytest.fixture
def discovery_field(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    before, field = QLineEdit(holder), TypedDateTimeEdit(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(field)
    holder.show()
    with qtbot.waitActive(holder):
        holder.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    yield field  # the holder lives as long as the test


@pytest.mark.parametrize("typed", ["2026-11-05 9:30", "26-11-05 9:30"])
def test_the_time_of_discovery_takes_a_typed_date_and_time(qtbot, discovery_field, typed):
    qtbot.keyClicks(discovery_field, typed)
    assert discovery_field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-05 09:30"


def test_the_date_and_time_says_its_order_with_its_own_separators(discovery_field):
    assert discovery_field.toolTip() == "Type it as year-month-day hour:minute, for example 2011-03-14 09:30."


def test_tab_leaves_the_date_and_time_at_once_and_shift_tab_goes_back(qtbot, discovery_field):
    holder = discovery_field.parentWidget()
    after = QLineEdit(holder)
    holder.layout().addWidget(after)
    after.show()
    assert discovery_field.hasFocus() and discovery_field.currentSectionIndex() == 0
    qtbot.keyClick(discovery_field, Qt.Key.Key_Tab)
    assert after.hasFocus(), "one Tab, not one per part of the date and time"
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert discovery_field.hasFocus()
    qtbot.keyClick(discovery_field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not discovery_field.hasFocus() and not after.hasFocus()


def test_a_two_digit_year_ends_with_enter(qtbot, discovery_field):
    discovery_field.setCurrentSection(TypedDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(discovery_field, "25")
    qtbot.keyClick(discovery_field, Qt.Key.Key_Return)
    assert discovery_field.date().year() == 2025


def test_a_two_digit_year_is_the_latest_not_in_the_future():
    assert [widen_year(n, 2026) for n in (90, 9, 26, 27, 0)] == [1990, 2009, 2026, 1927, 2000]


def test_two_digit_years_widen_to_four():
    assert four_digit_year("M/d/yy") == "M/d/yyyy"
    assert four_digit_year("dd.MM.yyyy") == "dd.MM.yyyy"


def _focus_elsewhere(field) -> None:
    """Give the focus to the field before ``field`` (so that a click into ``field`` brings it)."""
    field.parentWidget().findChild(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly).setFocus()
    assert not field.hasFocus()


def _click_into_text(qtbot, field, share: float) -> None:
    """Click into ``field``'s text at ``share`` of its width (0 the left edge, 1 the end of the text)."""
    edit = field.lineEdit()
    x = 2 + round(share * edit.fontMetrics().horizontalAdvance(edit.text()))
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(x, edit.height() // 2))
    assert field.hasFocus()


@pytest.mark.parametrize("share", [0.0, 0.5, 1.0])
def test_a_date_of_birth_typed_after_a_click_into_the_blank_field_is_taken_as_typed(qtbot, locale, page, share):
    locale("en_US")
    person_page = page()
    person_page.name_edit.setFocus()
    _click_into_text(qtbot, person_page.birth_edit, share)
    qtbot.keyClicks(person_page.birth_edit, "3/14/10")
    qtbot.keyClick(person_page.birth_edit, Qt.Key.Key_Tab)
    assert person_page.person().date_of_birth == date(2010, 3, 14)
    assert person_page.missing() == []


@pytest.mark.parametrize("share", [0.0, 0.5, 1.0])
def test_a_date_typed_after_a_click_into_a_field_showing_a_date_replaces_it_from_the_first_part(
    qtbot, discovery_field, share
):
    discovery_field.setDateTime(QDateTime(QDate(2026, 11, 29), QTime(5, 0)))
    _focus_elsewhere(discovery_field)
    _click_into_text(qtbot, discovery_field, share)
    qtbot.keyClicks(discovery_field, "2026-11-05 9:30")
    assert discovery_field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-05 09:30"


def test_a_click_into_a_field_that_has_the_focus_places_the_cursor(qtbot, discovery_field):
    _click_into_text(qtbot, discovery_field, 0.1)  # the focus comes with this click
    _click_into_text(qtbot, discovery_field, 0.95)
    assert discovery_field.currentSection() == TypedDateTimeEdit.Section.MinuteSection


def _open_calendar(qtbot, field):
    """Click the drop-down button of ``field``; its calendar, open."""
    box = field.rect()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(box.right() - 4, box.center().y()))
    calendar = field.calendarWidget()
    assert calendar.isVisible()
    return calendar


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # the offscreen popup
def test_a_click_on_the_drop_down_button_opens_the_calendar(qtbot, discovery_field):
    _focus_elsewhere(discovery_field)
    _open_calendar(qtbot, discovery_field).window().close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_calendar_of_a_blank_date_of_birth_opens_at_this_month(qtbot, page):
    person_page = page()
    calendar = _open_calendar(qtbot, person_page.birth_edit)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().close()


def test_choosing_date_of_birth_leaves_it_blank_and_still_needed(qtbot, locale, page):
    locale("en_US")
    person_page = page()
    assert person_page.birth_edit.text().strip() == ""
    assert person_page.birth_age_label.text() == "Type it as month/day/year, for example 3/14/2011."
    assert person_page.person().date_of_birth is None
    assert person_page.missing() == ["the date of birth"]
    assert _type_birth(qtbot, person_page, "3/14/2009") == date(2009, 3, 14)
    assert person_page.missing() == []
    person_page.reset("")
    person_page.age_kind_combo.setCurrentIndex(person_page.age_kind_combo.findData(DATE_OF_BIRTH))
    assert person_page.missing() == ["the date of birth"], "a new person starts blank again"


def test_a_date_of_birth_left_without_a_year_goes_blank_instead_of_taking_the_placeholders(qtbot, locale, page):
    locale("en_US")
    person_page = page()
    assert _type_birth(qtbot, person_page, "3/14/") is None, "no year typed: no date of birth"
    assert person_page.birth_edit.text().strip() == "" and person_page.missing() == ["the date of birth"]
    assert person_page.birth_age_label.text().startswith("Type it as month/day/year")
    assert _type_birth(qtbot, person_page, "3/14/10") == date(2010, 3, 14), "typed whole, it is taken"
