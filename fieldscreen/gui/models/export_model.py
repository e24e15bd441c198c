"""The packets a supervisor may export: case code, version, when made, the screening's status (or when received)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from fieldscreen.core.i18n import fill
from fieldscreen.services.export_service import ReceivedPacket

from ..labels import status_label
from ..timefmt import local_time
from .sortable_model import SortableTableModel

_Index = QModelIndex | QPersistentModelIndex

CASE_CODE, VERSION, MADE, STATUS = range(4)
PACKET_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``ExportablePacket`` or ``ReceivedPacket``."""


class ExportModel(SortableTableModel):
    """Exportable packets (``session.export.exportable()``, set with ``set_rows``), replaced as a whole on each load."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Case code"), self.tr("Version"), self.tr("Made"), self.tr("Status")), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (also accessible text) and the packet itself."""
        if not index.isValid():
            return None
        packet = self._rows[index.row()]
        column = index.column()
        if role == PACKET_ROLE:
            return packet
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(packet, column)
        return None

    def _text(self, packet: Any, column: int) -> str:
        if column == CASE_CODE:
            return packet.case_code
        if column == VERSION:
            return str(packet.version)
        if column == MADE:
            return local_time(packet.created_at)
        if isinstance(packet, ReceivedPacket):
            return fill(self.tr("Received %1"), local_time(packet.received_at))
        status = status_label(packet.status)
        return fill(self.tr("%1 (practice)"), status) if packet.training else status

    def _sort_key(self, packet: Any, column: int) -> Any:
        """Versions as numbers, times as POSIX seconds, anything else as its folded text."""
        if column == VERSION:
            return packet.version
        if column == MADE:
            return packet.created_at.timestamp()
        return self._text(packet, column).casefold()
