"""Administration > Accounts: list, add, change role, disable or enable, reset password, remove."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Account, Role
from fieldscreen.services.session import Session

from ..models.accounts_model import ACCOUNT_ROLE, USERNAME, AccountsModel, AccountsProxy, role_label
from ..ops import OpRunner
from ..widgets.button_rows import ButtonRows
from ..widgets.confirm_box import confirm
from .account_dialog import AddAccountDialog
from .password_dialogs import ResetPasswordDialog


class AccountsView(QWidget):
    """The accounts table and its actions; every change runs through the session on a worker.

    Args:
        ops: Runs the account operations off the GUI thread.
        parent: Qt parent.
    """

    own_account_changed = Signal()
    """The signed-in administrator changed their own role."""

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self.model = AccountsModel(self)
        self.proxy = AccountsProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by user name or display name"))
        self.search_edit.setAccessibleName(self.tr("Search accounts"))
        self.search_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)

        self.add_button = self._button(self.tr("&Add account..."), self.tr("Add account"))
        self.role_button = self._button(self.tr("Change &role"), self.tr("Change role"))
        self.role_menu = QMenu(self.role_button)
        self.role_actions = QActionGroup(self)
        for role in Role:
            action = QAction(role_label(role), self.role_actions)
            action.setCheckable(True)
            action.setData(role)
            action.setObjectName(f"role_{role.value}")
            self.role_menu.addAction(action)
        self.role_button.setMenu(self.role_menu)
        self.disable_button = self._button(self.tr("&Disable"), self.tr("Disable or enable account"))
        self.reset_button = self._button(self.tr("Reset &password..."), self.tr("Reset password"))
        self.remove_button = self._button(self.tr("Re&move..."), self.tr("Remove account"))

        buttons = ButtonRows()  # two rows when the labels are long (Spanish at 200 % text)
        for button in (self.add_button, self.role_button, self.disable_button):
            buttons.add_left(button)
        for button in (self.reset_button, self.remove_button):
            buttons.add_right(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.dataChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.role_actions.triggered.connect(self._on_role_actions_triggered)
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on and reload the list."""
        self._session = session
        self.reload()

    def reload(self) -> None:
        """Load every account again."""
        session = self._session
        self._ops.run("accounts_list", session.accounts.list, busy=self, on_success=self._on_loaded)

    def _on_loaded(self, accounts: list[Account]) -> None:
        self.model.set_accounts(accounts)
        self._update_buttons()

    def selected(self) -> Account | None:
        """The selected account, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ACCOUNT_ROLE) if rows else None

    def select(self, username: str) -> None:
        """Select the row of ``username``."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, USERNAME)
            if index.data() == username:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.disable_button, self.reset_button, self.remove_button):
            button.setEnabled(account is not None)
        if account is None:
            return
        self.disable_button.setText(self.tr("&Enable") if account.disabled else self.tr("&Disable"))
        for action in self.role_actions.actions():
            action.setChecked(action.data() == account.role)

    def _change(self, name: str, work: Callable[[], object], updated: Account) -> None:
        def done(_result: object) -> None:
            self.model.put(updated)
            self.select(updated.username)
            if updated.username == self._session.account.username:
                self.own_account_changed.emit()

        self._ops.run(name, work, busy=self, on_success=done)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        dialog = AddAccountDialog(self._session, self._ops, self)
        dialog.added.connect(self._on_account_added)
        dialog.open()

    def _on_account_added(self, account: Account) -> None:
        self.model.put(account)
        self.select(account.username)

    @Slot(QAction)
    def _on_role_actions_triggered(self, action: QAction) -> None:
        account = self.selected()
        role: Role = action.data()
        if account is None or role == account.role:
            return
        session = self._session
        updated = dataclasses.replace(account, role=role)
        self._change("account_set_role", lambda: session.accounts.set_role(account.username, role), updated)

    @Slot()
    def _on_disable_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        session = self._session
        disabled = not account.disabled
        updated = dataclasses.replace(account, disabled=disabled)
        self._change("account_set_disabled", lambda: session.accounts.set_disabled(account.username, disabled), updated)

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            ResetPasswordDialog(self._session, self._ops, account.username, self).open()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        confirm(
            self,
            self.tr("Remove account"),
            fill(self.tr("Remove the account %1?"), account.username),
            self.tr("Remove"),
            lambda: self._remove(account.username),
            detail=self.tr(
                "They will no longer be able to sign in. The whole database is then re-encrypted with a new key, "
                "so that their old password opens nothing; this can take a moment. The screenings they made stay."
            ),
            role=QMessageBox.ButtonRole.DestructiveRole,
        )

    def _remove(self, username: str) -> None:
        session = self._session
        self._ops.run(
            "account_remove",
            lambda: session.accounts.remove(username),
            busy=self,
            on_success=lambda _none: self._on_removed(username),
        )

    def _on_removed(self, username: str) -> None:
        self.model.drop(username)
        self._update_buttons()
