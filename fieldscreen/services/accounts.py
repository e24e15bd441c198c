"""Accounts: add, change role, disable, reset or change a password, remove (which rekeys the database).

Passwords live only in the vault: adding an account or resetting a password seals a new identity for it, and a
password change re-seals the same identity, so neither touches the database's encryption. Disabling refuses
sign-in but keeps the account's wrap; removing deletes the wrap and rekeys, so the removed password opens nothing.
A password an administrator sets for someone else must be replaced by its user at their next sign-in.
"""

from __future__ import annotations

from fieldscreen.core.errors import (
    AccountExists,
    LastAdministrator,
    NoSuchAccount,
    OwnAccountProtected,
    PasswordRejected,
    PermissionDenied,
    UsageError,
)
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Account, Role
from fieldscreen.store import accounts_repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.vault import VaultEvent, secret_bytes

from . import password_policy, usernames
from .context import SessionContext
from .rekeying import apply_rekey, start_rekey

ADMIN = (Role.ADMINISTRATOR,)


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise UsageError(
            fill(translate("Accounts", "Unknown role: %1."), value),
            translate("Accounts", "Choose screener, supervisor or administrator."),
        ) from None


def _existing(conn: Connection, username: str) -> Account:
    account = accounts_repo.get(conn, username)
    if account is None:
        raise NoSuchAccount()
    return account


def _is_last_admin(conn: Connection, account: Account) -> bool:
    admins = accounts_repo.enabled_administrators(conn)
    return account.role is Role.ADMINISTRATOR and not account.disabled and admins == [account.username]


class AccountsService:
    """Account administration for a signed-in session (administrators only, except :meth:`change_own_password`).

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def _require_admin(self) -> None:
        self._ctx.require(ADMIN, translate("Permissions", "manage accounts"))

    def list(self) -> list[Account]:
        """Every account, by user name."""
        self._require_admin()
        return self._ctx.run(accounts_repo.list_all)

    def add(self, username: str, role: Role | str, password: str, display_name: str = "") -> Account:
        """Add an account; its user must replace ``password`` with their own at their first sign-in.

        Raises:
            PermissionDenied, UsageError, PasswordRejected, AccountExists.
        """
        self._require_admin()
        name = usernames.require_valid(username)
        role = _role(role)
        password_policy.require_acceptable(password, name)
        account = Account(name, role, display_name.strip(), False, self._ctx.clock(), None)

        def work(conn: Connection) -> None:
            with transaction(conn):
                if accounts_repo.get(conn, name) is not None:
                    raise AccountExists()
                accounts_repo.insert(conn, account)
                self._ctx.record(conn, "account_add", name, {"role": role.value})
                self._ctx.vault.set_user(name, password, self._ctx.key(), change_at_sign_in=True)

        self._ctx.run(work)
        return account

    def set_role(self, username: str, role: Role | str) -> None:
        """Change an account's role; the last enabled administrator cannot be demoted.

        Raises:
            PermissionDenied, NoSuchAccount, LastAdministrator.
        """
        self._require_admin()
        name, role = usernames.normalize(username), _role(role)

        def work(conn: Connection) -> Account:
            with transaction(conn):
                account = _existing(conn, name)
                if role is not Role.ADMINISTRATOR and _is_last_admin(conn, account):
                    raise LastAdministrator()
                accounts_repo.set_role(conn, name, role)
                self._ctx.record(conn, "account_role", name, {"role": role.value})
                return _existing(conn, name)

        self._refresh_own(self._ctx.run(work))

    def set_disabled(self, username: str, disabled: bool) -> None:
        """Disable or enable an account; never your own, never the last enabled administrator.

        Raises:
            PermissionDenied, NoSuchAccount, OwnAccountProtected, LastAdministrator.
        """
        self._require_admin()
        name = usernames.normalize(username)
        if disabled and name == self._ctx.account.username:
            raise OwnAccountProtected()

        def work(conn: Connection) -> None:
            with transaction(conn):
                account = _existing(conn, name)
                if disabled and _is_last_admin(conn, account):
                    raise LastAdministrator()
                accounts_repo.set_disabled(conn, name, disabled)
                self._ctx.record(conn, "account_disable" if disabled else "account_enable", name)

        self._ctx.run(work)

    def reset_password(self, username: str, new_password: str) -> None:
        """Give an account a new password (a new wrap; the database is not rekeyed).

        Its user must replace it with their own at their next sign-in, unless the administrator set their own
        password, or it was set with the recovery key (by the administrator who forgot it).

        Raises:
            PermissionDenied, NoSuchAccount, PasswordRejected.
        """
        self._require_admin()
        name = usernames.normalize(username)
        password_policy.require_acceptable(new_password, name)
        for_someone_else = name != self._ctx.account.username and not self._ctx.via_recovery_key

        def work(conn: Connection) -> None:
            with transaction(conn):
                _existing(conn, name)
                self._ctx.record(conn, "password_reset", name)
                self._ctx.vault.set_user(name, new_password, self._ctx.key(), change_at_sign_in=for_someone_else)

        self._ctx.run(work)

    def change_own_password(self, current: str, new: str) -> None:
        """Change the signed-in account's password: only its wrap in the vault changes, not the database file.

        The audit entry waits in the vault and is written to the database when the session locks. This is also how
        a user replaces a password an administrator set (``Session.password_change_required``).

        Raises:
            PermissionDenied: Signed in with the recovery key.
            WrongCredentials: ``current`` is wrong.
            PasswordRejected: ``new`` breaks a rule, or is the current password.
        """
        if self._ctx.via_recovery_key:
            raise PermissionDenied(translate("Permissions", "change a password while signed in with the recovery key"))
        name = self._ctx.account.username
        password_policy.require_acceptable(new, name)
        if secret_bytes(new) == secret_bytes(current):  # the same password, however its letters were composed
            raise PasswordRejected([translate("Accounts", "The new password is the same as the current one.")])

        def work(conn: Connection) -> None:
            self._ctx.vault.change_password(name, current, new)
            self._ctx.vault.queue_event(VaultEvent(self._ctx.clock(), name, "password_change", name))

        self._ctx.run(work)
        self._ctx.password_change_required = False

    def remove(self, username: str) -> None:
        """Remove an account and rekey the database, so the removed password opens nothing any more.

        Raises:
            PermissionDenied, NoSuchAccount, OwnAccountProtected, LastAdministrator.
        """
        self._require_admin()
        name = usernames.normalize(username)
        if name == self._ctx.account.username:
            raise OwnAccountProtected()

        def work(conn: Connection) -> None:
            if _is_last_admin(conn, _existing(conn, name)):
                raise LastAdministrator()
            next_key = start_rekey(self._ctx.vault, self._ctx.key(), [name])
            try:
                with transaction(conn):
                    accounts_repo.delete(conn, name)
                    self._ctx.record(conn, "account_remove", name)
            except BaseException:
                self._ctx.vault.cancel_rekey()
                raise
            apply_rekey(conn, self._ctx.vault, self._ctx.layout, next_key, self._ctx.clock())
            self._ctx.replace_key(next_key)
            self._ctx.record(conn, "rekey", detail={"reason": "account_remove"})

        self._ctx.run(work)

    def _refresh_own(self, changed: Account) -> None:
        if changed.username == self._ctx.account.username:
            self._ctx.account = changed
