"""The outbox tables: packets waiting for or past delivery (field laptop), and packets received (receiving office)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from fieldscreen.core.i18n import fill
from fieldscreen.store.outbox import IngestedPacket
from fieldscreen.store.packets_repo import OutboxListRow
from fieldscreen.sync.manifest import ReceivedVersion, received_versions, sender_words

from ..labels import plain_tooltip, result_label
from ..look import icon
from ..timefmt import countdown_text, local_time, utc_now
from .table_model import OVERDUE_COLOUR, TableModel

_Index = QModelIndex | QPersistentModelIndex

CASE_CODE, VERSION, QUEUED, ATTEMPTS, STATUS, FILE = range(6)
(RECEIVED_CASE, RECEIVED_VERSION, RECEIVED_INSTRUMENT, RECEIVED_RESULT, RECEIVED_DUE, RECEIVED_AT, RECEIVED_FROM) = (
    range(7)
)


class _Rows(TableModel):
    """A read-only table replaced as a whole on each refresh."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (also as accessible text), tooltips and the overdue mark."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row))
        if role == Qt.ItemDataRole.DecorationRole and self._overdue(row, index.column()):
            return icon("warning")
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(row, index.column()):
            return QBrush(OVERDUE_COLOUR)
        return None

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def _tooltip(self, row: Any) -> str | None:
        return None

    def _overdue(self, row: Any, column: int) -> bool:
        return False


class OutboxModel(_Rows):
    """Outbox items by case code: when queued, attempts, delivered or waiting (the last error as tooltip), file name.

    The file name is what the receiving office's report names when it cannot open a packet.
    """

    def __init__(self, parent: Any = None) -> None:
        headers = (self.tr("Case code"), self.tr("Version"), self.tr("Queued"), self.tr("Attempts"), self.tr("Status"))
        super().__init__((*headers, self.tr("File")), parent)

    def item(self, row: int) -> OutboxListRow:
        """The item shown in ``row``."""
        return self._rows[row]

    def _text(self, row: OutboxListRow, column: int) -> str:
        if column == CASE_CODE:
            return row.case_code
        if column == VERSION:
            return str(row.version) if row.version else ""
        if column == QUEUED:
            return local_time(row.created_at)
        if column == ATTEMPTS:
            return str(row.attempts)
        if column == FILE:
            return row.name
        if row.delivered_at is not None:
            return fill(self.tr("Delivered %1"), local_time(row.delivered_at))
        return self.tr("Waiting") if row.last_error is None else self.tr("Waiting (see the last error)")

    def _tooltip(self, row: OutboxListRow) -> str | None:
        return row.last_error if row.delivered_at is None else None


class ReceivedModel(_Rows):
    """Packets the receiving office has ingested: case code, version, instrument, result, deadline, when, from where.

    The rows that have a deadline still open come first, the soonest first, with the time left (and the warning icon
    once overdue); then the others, the newest received first. Only a case's newest version counts: an older one says
    it was replaced and points to the newer one for its deadlines. The result is the short one of the screenings list,
    in the app's language (a category this version does not know, from a newer sender, is shown as it is sealed). The
    version is the one the packet's manifest states (``sync.manifest.received_versions``), whatever the order the
    packets arrived in; the deadline is the earliest due time of the actions still open when the packet was sealed.
    The instrument is named by its title, as the screenings list names it, and the version the packet states. From
    is the agency and office that sealed it (the folder or server it came through for a packet sealed before senders
    were added; it is also the tooltip).
    """

    def __init__(self, parent: Any = None, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(
            (
                self.tr("Case code"),
                self.tr("Version"),
                self.tr("Instrument"),
                self.tr("Result"),
                self.tr("Next deadline"),
                self.tr("Received"),
                self.tr("From"),
            ),
            parent,
        )
        self._clock = clock
        self._versions: dict[int, ReceivedVersion] = {}
        self._dues: dict[int, datetime | None] = {}
        self._titles: dict[str, str] = {}

    def set_rows(self, rows: list[Any], titles: dict[str, str] | None = None) -> None:
        """Replace every row (all the packets received: a version may need the others to be counted).

        ``titles`` names the instruments this installation has (id -> title); another is shown by its id.
        """
        self._versions = received_versions(rows)
        self._dues = {row.id: next_due(row.manifest) if self._versions[row.id].latest else None for row in rows}
        self._titles = titles or {}
        super().set_rows(sorted(rows, key=self._order))

    def _order(self, row: IngestedPacket) -> tuple[int, float]:
        due = self._dues[row.id]
        return (0, due.timestamp()) if due is not None else (1, -row.received_at.timestamp())

    def packet(self, row: int) -> IngestedPacket:
        """The received packet shown in ``row``."""
        return self._rows[row]

    def tick(self) -> None:
        """Refresh the time left to each deadline (the time moved on)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, RECEIVED_DUE), self.index(len(self._rows) - 1, RECEIVED_DUE))

    def _text(self, row: IngestedPacket, column: int) -> str:
        manifest = row.manifest
        if column == RECEIVED_CASE:
            return str(manifest.get("case_code", ""))
        if column == RECEIVED_VERSION:
            version = self._versions[row.id]
            return str(version.version) if version.latest else fill(self.tr("%1 (replaced)"), version.version)
        if column == RECEIVED_INSTRUMENT:
            instrument, version = str(manifest.get("instrument_id", "")), manifest.get("instrument_version")
            title = self._titles.get(instrument, instrument)
            return f"{title} ({version})" if version else title
        if column == RECEIVED_RESULT:
            category = str(manifest.get("result_category", ""))
            return result_label(category) or category.replace("_", " ")
        if column == RECEIVED_DUE:
            if not self._versions[row.id].latest:
                return self.tr("See the newer version")
            due = self._dues[row.id]
            if due is None:
                return self.tr("None")
            return fill(self.tr("%1 (%2)"), local_time(due), countdown_text(due, self._clock())[0])
        if column == RECEIVED_AT:
            return local_time(row.received_at)
        return sender_words(manifest) or row.source

    def _tooltip(self, row: IngestedPacket) -> str | None:
        return fill(self.tr("Received through: %1"), row.source)

    def _overdue(self, row: IngestedPacket, column: int) -> bool:
        due = self._dues[row.id] if column == RECEIVED_DUE else None
        return due is not None and due <= self._clock()


def next_due(manifest: dict[str, Any]) -> datetime | None:
    """The earliest due time among a received packet's open actions (as sealed; older manifests mark none done)."""
    due = [
        datetime.fromisoformat(action["due_at"])
        for action in manifest.get("actions", ())
        if action.get("due_at") and action.get("done") is None
    ]
    return min(due, default=None)
