"""The screenings table: pages fetched from the service as the view scrolls, sorted and filtered by the service.

With 100,000 screenings only the rows scrolled to are ever loaded: ``canFetchMore``/``fetchMore`` ask for the next
page of ``ListQuery.limit`` rows on a worker, and a new search, filter or sort order starts again from the first page.
Answers to an older query are dropped, so a fast typist never sees stale rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from fieldscreen.core.i18n import fill
from fieldscreen.services.screening_models import ListPage, ListQuery, ScreeningSummary

from ..labels import plain_tooltip, result_label, status_label
from ..look import icon
from ..ops import OpRunner
from ..timefmt import countdown_text, local_time, utc_now
from .table_model import OVERDUE_COLOUR, TableModel

_Index = QModelIndex | QPersistentModelIndex

CASE_CODE, STATUS, RESULT, DEADLINE, STARTED, SCREENER, INSTRUMENT = range(7)
"""The columns, what needs acting on first: the instrument's long title comes last, where a narrow window cuts it."""
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``ScreeningSummary``."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Whether the row's next deadline has passed."""

ORDER_BY = {
    CASE_CODE: "case_code",
    STATUS: "status",
    RESULT: "result_category",
    DEADLINE: "next_due_at",
    STARTED: "started_at",
    SCREENER: "screener",
    INSTRUMENT: "instrument_id",
}
"""The service's sort key for each column."""


class ScreeningsModel(TableModel):
    """Screenings, newest first by default, loaded page by page from ``session.screenings.list``.

    Args:
        ops: Runs the page queries off the GUI thread.
        page_size: Rows per page.
        clock: The current time (aware), for the deadline countdowns.
        parent: Qt parent.

    Signals:
        loaded: A page arrived; carries the total number of matching screenings.
        failed: A page could not be loaded; carries the exception.
    """

    loaded = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        ops: OpRunner,
        *,
        page_size: int = 200,
        clock: Callable[[], datetime] = utc_now,
        parent: Any = None,
    ) -> None:
        super().__init__(
            (
                self.tr("Case code"),
                self.tr("Status"),
                self.tr("Result"),
                self.tr("Next deadline"),
                self.tr("Started"),
                self.tr("Screener"),
                self.tr("Instrument"),
            ),
            parent,
        )
        self._ops = ops
        self._clock = clock
        self._source: Callable[[ListQuery], ListPage] | None = None
        self._titles: dict[str, str] = {}
        self._query = ListQuery(limit=page_size)
        self._total = 0
        self._generation = 0
        self._loading = True

    # ---- Qt overrides ----

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, the overdue icon and colour, and the summary itself."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SUMMARY_ROLE:
            return row
        overdue = column == DEADLINE and self._overdue(row)
        if role == OVERDUE_ROLE:
            return overdue
        note = role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and column == STATUS
        if note and row.status == "returned" and row.review_comment:
            text = fill(self.tr("%1: %2"), status_label(row.status), row.review_comment)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(row, column))
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return icon("warning")
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_COLOUR)
        return None

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt override
        """Whether more matching screenings exist than are loaded."""
        return not parent.isValid() and self._source is not None and not self._loading and self._has_more()

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 - Qt override
        """Load the next page."""
        if self.canFetchMore(parent):
            self._fetch(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the service for another order and start again from the first page."""
        descending = order == Qt.SortOrder.DescendingOrder
        key = ORDER_BY[column]
        if (key, descending) != (self._query.order, self._query.descending):
            self._query = dataclasses.replace(self._query, order=key, descending=descending)
            self.reload()

    # ---- queries ----

    @property
    def query(self) -> ListQuery:
        """The query the rows answer."""
        return self._query

    @property
    def total(self) -> int:
        """How many screenings match the query (loaded or not)."""
        return self._total

    @property
    def loading(self) -> bool:
        """Whether a page is being fetched, or the first one is still to come."""
        return self._loading

    def set_source(self, source: Callable[[ListQuery], ListPage] | None, titles: dict[str, str]) -> None:
        """List from ``source`` (``session.screenings.list``), naming instruments by ``titles``; then reload."""
        self._source = source
        self._titles = titles
        self.reload()

    def set_filter(self, *, search: str, status: str | None, instrument_id: str | None) -> None:
        """Match ``search`` against case codes and names, and keep one status and instrument (``None``: any)."""
        wanted = dataclasses.replace(
            self._query, search=search.strip(), status=status, instrument_id=instrument_id, offset=0
        )
        if wanted != self._query:
            self._query = wanted
            self.reload()

    def reload(self) -> None:
        """Forget the rows and load the first page again."""
        self._generation += 1
        self._loading = True  # until the first page (the source may come later): the view says "Loading..."
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        if self._source is not None:
            self._fetch(0)

    def summary(self, row: int) -> ScreeningSummary:
        """The screening shown in ``row``."""
        return self._rows[row]

    def row_of(self, screening_id: int) -> int | None:
        """The row of a loaded screening."""
        return next((i for i, r in enumerate(self._rows) if r.id == screening_id), None)

    def tick(self) -> None:
        """Refresh the countdowns (the time moved on)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, DEADLINE), self.index(len(self._rows) - 1, DEADLINE))

    # ---- internals ----

    def _has_more(self) -> bool:
        return len(self._rows) < self._total

    def _fetch(self, offset: int) -> None:
        source = self._source
        query = dataclasses.replace(self._query, offset=offset)
        generation = self._generation
        self._loading = True
        self._ops.run(
            "screenings_list",
            lambda: source(query),
            owner=self,
            on_success=lambda page: self._on_page(generation, page),
            on_failure=lambda exc: self._on_failure(generation, exc),
        )

    def _on_page(self, generation: int, page: ListPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._total = page.total
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(page.total)

    def _on_failure(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(exc)

    def _overdue(self, row: ScreeningSummary) -> bool:
        return row.next_due_at is not None and row.next_due_at <= self._clock()

    def _text(self, row: ScreeningSummary, column: int) -> str:
        if column == CASE_CODE:
            return row.case_code
        if column == STATUS:
            return status_label(row.status)
        if column == RESULT:
            return result_label(row.result_category) or self.tr("Not yet")
        if column == DEADLINE:
            if row.next_due_at is None:
                return self.tr("None")
            text, _overdue = countdown_text(row.next_due_at, self._clock())
            return text
        if column == STARTED:
            return local_time(row.started_at)
        if column == SCREENER:
            return row.screener
        return self._titles.get(row.instrument_id, row.instrument_id)
