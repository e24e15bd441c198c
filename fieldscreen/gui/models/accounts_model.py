"""The accounts table: one row per account, behind a sort and filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from fieldscreen.core.models import Account, Role

from ..timefmt import local_time
from .table_model import TableModel

_Index = QModelIndex | QPersistentModelIndex

USERNAME, DISPLAY_NAME, ROLE, STATUS, LAST_SIGN_IN = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data used for sorting (a timestamp for dates, text otherwise)."""
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's ``Account``."""


def role_label(role: Role) -> str:
    """A role's name in the user's language."""
    labels = {
        Role.SCREENER: QCoreApplication.translate("Roles", "Screener"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "Administrator"),
    }
    return labels[role]


class AccountsModel(TableModel):
    """Accounts by user name; updated in place from what each action changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("User name"),
                self.tr("Display name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Last sign-in"),
            ),
            parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort keys and the account itself."""
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        column = index.column()
        if role == ACCOUNT_ROLE:
            return account
        if role == SORT_ROLE and column == LAST_SIGN_IN:
            return account.last_login_at.timestamp() if account.last_login_at else 0.0
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(account, column)
        return None

    def _text(self, account: Account, column: int) -> str:
        if column == USERNAME:
            return account.username
        if column == DISPLAY_NAME:
            return account.display_name
        if column == ROLE:
            return role_label(account.role)
        if column == STATUS:
            return self.tr("Disabled") if account.disabled else self.tr("Active")
        if account.last_login_at is None:
            return self.tr("Never")
        return local_time(account.last_login_at)

    def set_accounts(self, accounts: list[Account]) -> None:
        """Replace every row (a full reload)."""
        self.beginResetModel()
        self._rows = sorted(accounts, key=lambda a: a.username)
        self.endResetModel()

    def account(self, username: str) -> Account | None:
        """The account called ``username``, if listed."""
        row = self._row_of(username)
        return None if row is None else self._rows[row]

    def put(self, account: Account) -> None:
        """Add ``account``, or update its row in place."""
        row = self._row_of(account.username)
        if row is None:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(account)
            self.endInsertRows()
        else:
            self._rows[row] = account
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def drop(self, username: str) -> None:
        """Remove the row of ``username``."""
        row = self._row_of(username)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def _row_of(self, username: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.username == username), None)


class AccountsProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and filters on user name and display name, ignoring case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        """Show only accounts whose user name or display name contains ``text``."""
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt override
        """Keep rows whose user name or display name contains the search text."""
        needle = self._needle
        if not needle:
            return True
        model = self.sourceModel()
        return any(
            needle in str(model.index(source_row, column, source_parent).data()).casefold()
            for column in (USERNAME, DISPLAY_NAME)
        )
