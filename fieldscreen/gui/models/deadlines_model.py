"""Open actions across screenings, by due time, with countdowns; overdue rows carry an icon and the word "Overdue"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from fieldscreen.core.i18n import fill
from fieldscreen.services.screening_models import DeadlineItem

from ..labels import plain_tooltip
from ..look import icon
from ..timefmt import countdown_text, local_time, utc_now
from .table_model import OVERDUE_COLOUR, TableModel

_Index = QModelIndex | QPersistentModelIndex

COUNTDOWN, DUE, CASE_CODE, ACTION, RECIPIENT, STATE = range(6)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``DeadlineItem``."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Whether the row is open and past its due time."""


class DeadlinesModel(TableModel):
    """Deadline items in the order the service gives them (by due time).

    Args:
        clock: The current time (aware).
        parent: Qt parent.
    """

    def __init__(self, clock: Callable[[], datetime] = utc_now, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Time left"),
                self.tr("Due"),
                self.tr("Case code"),
                self.tr("Action"),
                self.tr("Recipient"),
                self.tr("State"),
            ),
            parent,
        )
        self._clock = clock

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, the overdue icon and colour, and the item itself."""
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        overdue = self.is_overdue(item)
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.DisplayRole and column == STATE and item.status == "done":
            return self._done_short(item)  # the whole sentence is the tooltip and what a screen reader reads
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(item, column))
        if role == Qt.ItemDataRole.DecorationRole and overdue and column == COUNTDOWN:
            return icon("warning")
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == COUNTDOWN:
            return QBrush(OVERDUE_COLOUR)
        return None

    def set_items(self, items: list[DeadlineItem]) -> None:
        """Replace every row (a full reload)."""
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> DeadlineItem:
        """The item in ``row``."""
        return self._rows[row]

    def put(self, item: DeadlineItem) -> None:
        """Update the row of ``item`` in place."""
        for row, old in enumerate(self._rows):
            if old.action_id == item.action_id:
                self._rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return

    def tick(self) -> None:
        """Refresh the countdowns (the time moved on)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, COUNTDOWN), self.index(len(self._rows) - 1, COUNTDOWN))

    def is_overdue(self, item: DeadlineItem) -> bool:
        """Whether ``item`` is open and past its due time."""
        return item.status != "done" and item.due_at is not None and item.due_at <= self._clock()

    def overdue_count(self) -> int:
        """How many rows are overdue."""
        return sum(self.is_overdue(item) for item in self._rows)

    def _done_short(self, item: DeadlineItem) -> str:
        """A done action's state in the table: the reference number, which the recipient asks for."""
        return fill(self.tr("Done, reference %1"), item.reference) if item.reference else self.tr("Done")

    def _text(self, item: DeadlineItem, column: int) -> str:
        if column == COUNTDOWN:
            if item.status == "done":
                return self.tr("Done")
            if item.due_at is None:
                return self.tr("No deadline")
            text, _overdue = countdown_text(item.due_at, self._clock())
            return text
        if column == DUE:
            return local_time(item.due_at) if item.due_at else ""
        if column == CASE_CODE:
            return item.case_code
        if column == ACTION:
            return item.title
        if column == RECIPIENT:
            return item.recipient
        if item.status != "done":
            return self.tr("Open")
        done = fill(self.tr("Done %1 by %2"), local_time(item.done_at), item.done_by)
        return fill(self.tr("%1, reference %2"), done, item.reference) if item.reference else done
