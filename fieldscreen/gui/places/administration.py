"""The Administration place: accounts, settings, office key and sync, and instruments (administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fieldscreen.services.session import Session

from ..ops import OpRunner
from ..views.accounts_view import AccountsView
from ..views.instruments_view import InstrumentsView
from ..views.office_sync_view import OfficeSyncView
from ..views.settings_view import SettingsView


class AdministrationPlace(QWidget):
    """Tabs for Accounts, Settings, Office key and sync, and Instruments.

    Args:
        ops: Runs blocking work off the GUI thread.
        parent: Qt parent.
    """

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        self.accounts = AccountsView(ops, self)
        self.settings = SettingsView(ops, self)
        self.office_sync = OfficeSyncView(ops, self)
        self.office_sync.setAccessibleName(self.tr("Office key and sync"))
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.tabs.addTab(self.office_sync, self.tr("Office key and sync"))
        self.instruments = InstrumentsView(ops, self)
        self.tabs.addTab(self.instruments, self.tr("Instruments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_session(self, session: Session) -> None:
        """Work with ``session`` (an administrator's) from now on."""
        self.accounts.set_session(session)
        self.settings.set_session(session)
        self.instruments.set_session(session)
        self.office_sync.set_session(session)
