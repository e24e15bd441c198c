"""Date and date-time fields that take a date typed the way people write it, with the year always in four digits.

Qt's date field moves on to the next part (day, year) by itself once a part can take no more digits, so the "/" a
screener types after "3" in "3/14/2009" then skipped the day: "3/14/2009" became March 28 2008, and the locale's
two-digit year turned "12/31/90" into a date in 2003. Here a separator typed right after such a move is taken as the
move already made, and the year shows in four digits. Qt cannot take a year typed in two digits at all (the date's
range refuses "9" as the start of a year), so the field counts the digits typed into the year itself and, when the year
is left in two digits, makes it the latest such year not in the future ("90" is 1990, "09" is 2009).

A click into the text of a field that did not have the focus starts typing at the first part, as Tab does: Qt put the
cursor in the part clicked, so "3/14/10" typed after a click into the year became 11/29/2010. A date field can also be
blank (``clear_date``) until a date is typed or picked, so that no date is assumed.

The order of the parts follows the app's language (day first in Spanish). Qt drops a digit that cannot fit without a
sound, so "3/14/2011" typed in day/month order became 3 January; here a refused digit beeps and shows the order with
an example (``format_hint``), which is also the field's tooltip. So does a part Qt changes after it was typed: a day
the month or year typed next cannot have ("2/29/2009" became February 28, "31/2/2009" in Spanish too).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QObject, QPoint, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QToolTip, QWidget

from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, fill


def four_digit_year(display_format: str) -> str:
    """``display_format`` with a two-digit year (``yy``) widened to four (``yyyy``)."""
    return display_format if "yyyy" in display_format else display_format.replace("yy", "yyyy")


def widen_year(two_digits: int, this_year: int) -> int:
    """The latest year ending in ``two_digits`` (0-99) that is not after ``this_year``."""
    return this_year - (this_year - two_digits) % 100


_ENDS_A_PART = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PART_WORDS = {
    "d": QT_TRANSLATE_NOOP("TypedDates", "day"),
    "M": QT_TRANSLATE_NOOP("TypedDates", "month"),
    "y": QT_TRANSLATE_NOOP("TypedDates", "year"),
    "H": QT_TRANSLATE_NOOP("TypedDates", "hour"),
    "m": QT_TRANSLATE_NOOP("TypedDates", "minute"),
}
_PARTS = re.compile(r"d+|M+|y+|H+|m+")
"""The parts of a display format, each named by its first letter in :data:`_PART_WORDS`."""
_EXAMPLE = QDateTime(QDate(2011, 3, 14), QTime(9, 30))


class _TypesLikeWriting:
    """Swallows a separator typed just after the field moved on to the next part by itself; widens two-digit years.

    Typing after a click that brought the focus starts at the first part; the field can be blank (``clear_date``).
    A subclass, this mix-in first and then a Qt date-time field class.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the Qt field class after this mix-in
        self._moved_on = False
        self._year_digits = ""
        self._clicked_in = False
        self._year_assumed = False
        self._typed_wrong = False  # a digit was refused since the field took the focus
        self._typed: dict[QDateTimeEdit.Section, str] = {}  # the digits typed into each part (not the year)
        self._typing_in: QDateTimeEdit.Section | None = None  # the part the last key typed a digit into
        self.setCalendarPopup(True)
        self.lineEdit().installEventFilter(self)
        self.calendarWidget().installEventFilter(self)
        self.calendarWidget().clicked.connect(self._on_picked)

    def clear_date(self) -> None:
        """Show no date until one is typed or picked (``has_date`` is False till then).

        The blank is the earliest date of the range, so the range should start a day before the earliest real date.
        """
        self.setSpecialValueText(" ")  # Qt shows this text, not a date, at the minimum
        self.setDateTime(self.minimumDateTime())

    def format_hint(self) -> str:
        """The order of the parts in words, with an example: "Type it as month/day/year, for example 3/14/2011"."""
        fmt = self.displayFormat()
        order = _PARTS.sub(lambda part: QCoreApplication.translate("TypedDates", _PART_WORDS[part[0][0]]), fmt)
        example = _EXAMPLE.toString(fmt)
        return fill(QCoreApplication.translate("TypedDates", "Type it as %1, for example %2."), order, example)

    def setDisplayFormat(self, display_format: str) -> None:  # noqa: N802 - Qt override
        """Show dates as ``display_format``; the tooltip says the order to type them in (:meth:`format_hint`)."""
        super().setDisplayFormat(display_format)
        self.setToolTip(self.format_hint())

    def has_date(self) -> bool:
        """Whether the field shows a date (not blank)."""
        return not self.specialValueText() or self.dateTime() != self.minimumDateTime()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits as Qt takes them; a separator right after Qt moved on by itself is the move already made.

        A digit typed into a blank field starts a date at its first part: January 1 of a leap year in the middle of
        the range, from which any month and day can be typed (from today, Qt refused "12" as a month in the future,
        and in a common year it refused February 29).
        """
        text = event.text()
        if text.isdigit() and not self.has_date():
            first, last = self.minimumDate(), self.maximumDate()
            year = first.addDays(first.daysTo(last) // 2).year()
            while not QDate.isLeapYear(year) and year > first.year():
                year -= 1
            self.setDate(QDate(year, 1, 1))
            self._select_first_part()
            self._year_assumed = True  # until a year is typed: left so, the field goes blank again
        separator = bool(text) and not text.isdigit() and not text.isspace()
        if separator or event.key() in _ENDS_A_PART:
            self._widen_typed_year()
        if separator and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before, shown = self.currentSectionIndex(), self._typing_state()
        section = self.currentSection()
        in_year = section == QDateTimeEdit.Section.YearSection
        super().keyPressEvent(event)
        self._note_typed(section, event)
        dropped = not in_year and self._typing_state() == shown  # a year's digits are counted and widened above
        if text.isdigit() and (dropped or self._typed_changed()):
            self._refused()
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before
        self._year_digits = self._year_digits + text if in_year and text.isdigit() else ""
        self._year_assumed = self._year_assumed and not self._year_digits

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        """A year stepped with the arrow keys or the wheel is a year given."""
        if self.currentSection() == QDateTimeEdit.Section.YearSection:
            self._year_assumed = False
        self._typed.pop(self.currentSection(), None)
        super().stepBy(steps)

    def event(self, event: QEvent) -> bool:
        """Tab leaves the field, as it leaves every other field.

        Qt stepped through the date's parts first: five presses to pass a date and time. The parts are reached by
        typing, by the separators (Qt's own step to the next part) or the arrow keys.
        """
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            if tab and plain:
                forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """A new visit starts afresh; one by a click starts at the first part once the click is placed."""
        self._moved_on = False
        self._year_digits = ""
        self._typed_wrong = False
        self._typed, self._typing_in = {}, None
        self._clicked_in = event.reason() == Qt.FocusReason.MouseFocusReason
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click beside the text (the drop-down button opens the calendar) is no click into the text."""
        self._clicked_in = False
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """When the click that brought the focus into the text ends, the first part is selected, as after Tab.

        Qt put the cursor in the part clicked; a drag that selected text, and later clicks, are left as they are. The
        calendar of a blank field opens at this month (Qt would show the month of the blank: the start of the range).
        """
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease and self._clicked_in:
            self._clicked_in = False
            if not self.lineEdit().hasSelectedText():
                self._select_first_part()
        elif watched is self.calendarWidget() and event.type() == QEvent.Type.Show and not self.has_date():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """A year left in two digits is widened before Qt reads the text (Qt would keep the previous date).

        A date begun in a blank field and left without a year goes blank again: "3/14/" then Tab would otherwise keep
        the placeholder's year, a wrong date of birth nobody typed. So does a date typed with a digit Qt refused
        ("13/1/2009" left 1/1/2009) or left as no date at all ("2/30/2009" left "2/3/0000/2009", which Qt turned
        back into the placeholder's year), with the order to type it in; a field that cannot be blank keeps its
        date. Another window or a popup taking the focus leaves it as it is.
        """
        self._widen_typed_year()
        away = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
        if event.reason() not in away:
            if self.validate(self.lineEdit().text(), 0)[0] is not QValidator.State.Acceptable and not self._typed_wrong:
                self._refused()
            if (self._year_assumed or self._typed_wrong) and self.specialValueText():
                self.clear_date()
            self._year_assumed = self._typed_wrong = False
        super().focusOutEvent(event)

    def _typing_state(self) -> tuple[str, int, bool]:
        """The text, the cursor and whether text is selected: a digit Qt takes changes one of them."""
        edit = self.lineEdit()
        return edit.text(), edit.cursorPosition(), edit.hasSelectedText()

    def _refused(self) -> None:
        """A date typed wrong (a digit Qt dropped, or a text that is no date): beep and show the order below."""
        self._typed_wrong = True
        QApplication.beep()
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.format_hint(), self)

    def _note_typed(self, section: QDateTimeEdit.Section, event: QKeyEvent) -> None:
        """Keep the digits typed into ``section`` (a day, month, hour or minute; the year is counted apart)."""
        digit = event.text().isdigit()
        if digit and section != QDateTimeEdit.Section.YearSection:
            so_far = self._typed.get(section, "") if self._typing_in == section else ""
            self._typed[section] = so_far + event.text()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._typed.pop(section, None)
        self._typing_in = section if digit else None

    def _typed_changed(self) -> bool:
        """Whether Qt changed a part typed: February 29 made the 28th by a common year, April 31 the 30th."""
        return any(self.sectionText(part).lstrip("0") != typed.lstrip("0") for part, typed in self._typed.items())

    def _on_picked(self, _day: QDate) -> None:
        self._year_assumed = False
        self._typed = {}

    def _select_first_part(self) -> None:
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.sectionAt(0))

    def _widen_typed_year(self) -> None:
        typed, self._year_digits = self._year_digits, ""
        month = self.sectionText(QDateTimeEdit.Section.MonthSection)
        day = self.sectionText(QDateTimeEdit.Section.DaySection)
        if len(typed) != 2 or not (month.isdigit() and day.isdigit()):
            return
        widened = QDate(widen_year(int(typed), QDate.currentDate().year()), int(month), int(day))
        if widened.isValid():
            self.setDate(widened)


class TypedDateEdit(_TypesLikeWriting, QDateEdit):
    """A date in the locale's order with a four-digit year.

    Args:
        parent: Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))


class TypedDateTimeEdit(_TypesLikeWriting, QDateTimeEdit):
    """A date and time as ``yyyy-MM-dd HH:mm``.

    Args:
        parent: Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
