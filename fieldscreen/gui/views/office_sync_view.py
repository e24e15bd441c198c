"""Administration > Office key and sync: the office key above, the sync target below, in one scrolling page."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from fieldscreen.services.session import Session

from ..ops import OpRunner
from ..widgets.width_in_chars import width_in_chars
from .office_key_view import OfficeKeyView
from .sync_target_view import SyncTargetView


class OfficeSyncView(QScrollArea):
    """The office key and the sync target of the installation.

    Args:
        ops: Runs every read and change off the GUI thread.
        parent: Qt parent.
    """

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        column = QWidget(self)
        width_in_chars(column, 127)  # 760 pixels at the normal text size
        self.office_key = OfficeKeyView(ops, column)
        self.sync_target = SyncTargetView(ops, column)
        layout = QVBoxLayout(column)
        layout.addWidget(self.office_key)
        layout.addSpacing(16)
        layout.addWidget(self.sync_target)
        layout.addStretch(1)
        self.setWidget(column)
        self.office_key.office_made.connect(self.sync_target.reload)  # its wording turns to receiving

    def set_session(self, session: Session) -> None:
        """Work with ``session`` (an administrator's) from now on."""
        self.office_key.set_session(session)
        self.sync_target.set_session(session)
