"""The review queue: finalized screenings waiting for a supervisor, sorted and filtered by a proxy in the view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from fieldscreen.core.i18n import fill
from fieldscreen.services.screening_models import ScreeningSummary

from ..labels import plain_tooltip, result_label, status_label
from ..look import icon
from ..timefmt import countdown_text, local_time, utc_now
from .sortable_model import SortableTableModel
from .table_model import OVERDUE_COLOUR

_Index = QModelIndex | QPersistentModelIndex

CASE_CODE, INSTRUMENT, SCREENER, FINALIZED, RESULT, DEADLINE, STATUS = range(7)
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``ScreeningSummary``."""
NO_DEADLINE = float("inf")


class ReviewModel(SortableTableModel):
    """Screenings of one review status, replaced as a whole on each load.

    Args:
        clock: The current time (aware), for the deadline countdowns.
        parent: Qt parent.
    """

    def __init__(self, *, clock: Callable[[], datetime] = utc_now, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Case code"),
                self.tr("Instrument"),
                self.tr("Screener"),
                self.tr("Finalized"),
                self.tr("Result"),
                self.tr("Next deadline"),
                self.tr("Status"),
            ),
            parent,
        )
        self._clock = clock
        self._titles: dict[str, str] = {}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (also accessible text and tooltip), the sort key, the overdue icon and colour, the summary."""
        if not index.isValid():
            return None
        row: ScreeningSummary = self._rows[index.row()]
        column = index.column()
        if role == SUMMARY_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and row.review_comment:
                note = self.tr("%1. Last returned with the note: %2")
                return plain_tooltip(fill(note, self._text(row, column), row.review_comment))
            return plain_tooltip(self._text(row, column))
        overdue = column == DEADLINE and row.next_due_at is not None and row.next_due_at <= self._clock()
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return icon("warning")
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_COLOUR)
        return None

    def set_queue(self, rows: list[ScreeningSummary], titles: dict[str, str]) -> None:
        """Show ``rows``, naming instruments by ``titles`` (id -> title)."""
        self._titles = titles
        self.set_rows(rows)

    def summary(self, row: int) -> ScreeningSummary:
        """The screening shown in ``row``."""
        return self._rows[row]

    def tick(self) -> None:
        """Refresh the countdowns (the time moved on)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, DEADLINE), self.index(len(self._rows) - 1, DEADLINE))

    def _text(self, row: ScreeningSummary, column: int) -> str:
        if column == CASE_CODE:
            return row.case_code
        if column == INSTRUMENT:
            return self._titles.get(row.instrument_id, row.instrument_id)
        if column == SCREENER:
            return row.screener
        if column == FINALIZED:
            return local_time(row.finalized_at)
        if column == RESULT:
            return result_label(row.result_category)
        if column == STATUS:
            return status_label(row.status)
        if row.next_due_at is None:
            return self.tr("None")
        return countdown_text(row.next_due_at, self._clock())[0]

    def _sort_key(self, row: ScreeningSummary, column: int) -> Any:
        """Times as POSIX seconds (no deadline sorts last), anything else as its folded text."""
        if column == FINALIZED:
            return row.finalized_at.timestamp() if row.finalized_at else 0.0
        if column == DEADLINE:
            return row.next_due_at.timestamp() if row.next_due_at else NO_DEADLINE
        return self._text(row, column).casefold()
