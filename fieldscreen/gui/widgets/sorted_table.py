"""A read-only table of whole rows over a sorting, filtering proxy (click a column title or press a key to sort)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSignalBlocker, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class SortedTable(QTableView):
    """``model`` behind a ``QSortFilterProxyModel`` that filters on any column's text; the model sorts itself.

    Clicking a column title sorts by it (``model.sort``: a ``SortableTableModel`` sorts its list in Python, far
    quicker than the proxy asking for every value through Python).

    Args:
        model: The source model.
        name: The accessible name.
        parent: Qt parent.
        multi: Whether several rows may be selected (Shift and Ctrl with the arrows or the mouse).
    """

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        *,
        multi: bool = False,
    ) -> None:
        super().__init__(parent)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.setSelectionMode(mode.ExtendedSelection if multi else mode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the rows in view: thousands of rows must not slow every repaint
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(model.sort)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort by ``column`` and show it in the column titles."""
        header = self.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(column, order)
        self.proxy.sourceModel().sort(column, order)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Return and Enter activate the current row and go no further (not to a dialog's default button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_count(self) -> int:
        """How many rows are selected (without listing them: quick with thousands)."""
        return sum(part.height() for part in self.selectionModel().selection())

    def selected_rows(self) -> list[int]:
        """The source rows selected, in the order shown."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in rows]

    def current_row(self) -> int | None:
        """The source row of the current (focused) row, if any."""
        index = self.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else None

    def select_rows(self, rows: list[int]) -> None:
        """Select these source rows (and make the first one current)."""
        selection = self.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for number, row in enumerate(rows):
            index = self.proxy.mapFromSource(self.proxy.sourceModel().index(row, 0))
            if number == 0:
                selection.setCurrentIndex(index, flags)
            else:
                selection.select(index, flags)
