"""The installed instruments table: one row per instrument version, built-in or imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from fieldscreen.core.catalog import version_key
from fieldscreen.core.i18n import fill
from fieldscreen.services.instruments_service import InstalledInstrument

from ..timefmt import local_time
from .table_model import TableModel

_Index = QModelIndex | QPersistentModelIndex

ID, VERSION, TITLE, LANGUAGES, ORIGIN, STATUS = range(6)
INSTRUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``InstalledInstrument``."""


class InstrumentsModel(TableModel):
    """Installed instrument versions by id, then version; updated in place after each change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Instrument"),
                self.tr("Version"),
                self.tr("Title"),
                self.tr("Languages"),
                self.tr("Source"),
                self.tr("Status"),
            ),
            parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and the installed instrument itself."""
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == INSTRUMENT_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column())
        return None

    def _text(self, item: InstalledInstrument, column: int) -> str:
        instrument = item.instrument
        if column == ID:
            return instrument.id
        if column == VERSION:
            return instrument.version
        if column == TITLE:
            return instrument.title[instrument.default_language]
        if column == LANGUAGES:
            return ", ".join(instrument.languages)
        if column == ORIGIN:
            if item.builtin:
                return self.tr("Built in")
            return fill(self.tr("Imported %1 by %2"), local_time(item.imported_at), item.imported_by)
        return self.tr("Enabled") if item.enabled else self.tr("Disabled")

    def set_instruments(self, items: list[InstalledInstrument]) -> None:
        """Replace every row (a full reload)."""
        self.beginResetModel()
        self._rows = sorted(items, key=_order)
        self.endResetModel()

    def put(self, item: InstalledInstrument) -> int:
        """Add ``item`` in its place, or update its row; return the row."""
        row = self.row_of(item.key)
        if row is None:
            row = sum(1 for other in self._rows if _order(other) < _order(item))
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, item)
            self.endInsertRows()
        else:
            self._rows[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def row_of(self, key: tuple[str, str]) -> int | None:
        """The row of the version ``(id, version)``, if listed."""
        return next((i for i, item in enumerate(self._rows) if item.key == key), None)


def _order(item: InstalledInstrument) -> tuple[str, tuple[int, ...]]:
    return item.key[0], version_key(item.key[1])
