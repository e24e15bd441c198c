"""Date and date-time fields that take a date typed the way people write it, with the year always in four digits.

Qt's date field moves on to the next part (day, year) by itself once a part can take no more digits, so the "/" a
screener types after "3" in "3/14/2009" then skipped the day: "3/14/2009" became March 28 2008, and the locale's
two-digit year turned "12/31/90" into a date in 2003. Here a separator typed right after such a move is taken as the
move already made, and the year shows (and is typed) in four digits.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


def four_digit_year(display_format: str) -> str:
    """``display_format`` with a two-digit year (``yy``) widened to four (``yyyy``)."""
    return display_format if "yyyy" in display_format else display_format.replace("yy", "yyyy")


class _TypesLikeWriting:
    """Swallows a separator typed just after the field moved on to the next part by itself.

    A subclass, this mix-in first and then a Qt date-time field class.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the Qt field class after this mix-in
        self._moved_on = False
        self.setCalendarPopup(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits as Qt takes them; a separator right after Qt moved on by itself is the move already made."""
        text = event.text()
        if text and not text.isdigit() and not text.isspace() and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """A new visit starts afresh."""
        self._moved_on = False
        super().focusInEvent(event)


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
