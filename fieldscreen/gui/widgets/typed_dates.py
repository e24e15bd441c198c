"""Date and date-time fields that take a date typed the way people write it, with the year always in four digits.

Qt's date field moves on to the next part (day, year) by itself once a part can take no more digits, so the "/" a
screener types after "3" in "3/14/2009" then skipped the day: "3/14/2009" became March 28 2008, and the locale's
two-digit year turned "12/31/90" into a date in 2003. Here a separator typed right after such a move is taken as the
move already made, and the year shows in four digits. Qt cannot take a year typed in two digits at all (the date's
range refuses "9" as the start of a year), so the field counts the digits typed into the year itself and, when the year
is left in two digits, makes it the latest such year not in the future ("90" is 1990, "09" is 2009).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


def four_digit_year(display_format: str) -> str:
    """``display_format`` with a two-digit year (``yy``) widened to four (``yyyy``)."""
    return display_format if "yyyy" in display_format else display_format.replace("yy", "yyyy")


def widen_year(two_digits: int, this_year: int) -> int:
    """The latest year ending in ``two_digits`` (0-99) that is not after ``this_year``."""
    return this_year - (this_year - two_digits) % 100


_ENDS_A_PART = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _TypesLikeWriting:
    """Swallows a separator typed just after the field moved on to the next part by itself; widens two-digit years.

    A subclass, this mix-in first and then a Qt date-time field class.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the Qt field class after this mix-in
        self._moved_on = False
        self._year_digits = ""
        self.setCalendarPopup(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits as Qt takes them; a separator right after Qt moved on by itself is the move already made."""
        text = event.text()
        separator = bool(text) and not text.isdigit() and not text.isspace()
        if separator or event.key() in _ENDS_A_PART:
            self._widen_typed_year()
        if separator and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        in_year = self.currentSection() == QDateTimeEdit.Section.YearSection
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before
        self._year_digits = self._year_digits + text if in_year and text.isdigit() else ""

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """A new visit starts afresh."""
        self._moved_on = False
        self._year_digits = ""
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """A year left in two digits is widened before Qt reads the text (Qt would keep the previous date)."""
        self._widen_typed_year()
        super().focusOutEvent(event)

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
