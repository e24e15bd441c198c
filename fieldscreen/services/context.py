"""What a signed-in session's services share: the DB thread, the vault, the keys and the signed-in account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from fieldscreen.core.errors import PermissionDenied, SessionLocked
from fieldscreen.core.models import Account, Role
from fieldscreen.store import audit
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.executor import DbExecutor
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.vault import Vault

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(eq=False)
class SessionContext:
    """The state behind one session; every service of the session holds the same object.

    Attributes:
        executor: The DB thread with the open connection.
        vault: The installation's vault.
        layout: The installation's files.
        clock: Returns the current UTC time.
        account: The signed-in account (kept current when an administrator changes their own role).
        data_key: The data key, zeroed when the session locks.
        audit_key: The MAC key of the audit chain.
        via_recovery_key: Whether the session was opened with the recovery key.
        password_change_required: Whether an administrator set the account's password and the user must choose
            their own before anything else (cleared by ``AccountsService.change_own_password``).
    """

    executor: DbExecutor
    vault: Vault
    layout: DataLayout
    clock: Callable[[], datetime]
    account: Account
    data_key: bytearray
    audit_key: bytes
    via_recovery_key: bool = False
    password_change_required: bool = False

    def run(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(connection, ...)`` on the DB thread.

        Raises:
            SessionLocked: The session is locked.
        """
        return self.executor.call(fn, *args, **kwargs)

    def key(self) -> bytes:
        """The data key.

        Raises:
            SessionLocked: The session is locked.
        """
        if self.executor.closed:
            raise SessionLocked()
        return bytes(self.data_key)

    def replace_key(self, new_key: bytes) -> None:
        """Hold ``new_key`` instead of the old data key (after a rekey)."""
        self.data_key[:] = new_key

    def forget_key(self) -> None:
        """Overwrite the data key held in memory."""
        self.data_key[:] = bytes(len(self.data_key))

    def record(self, conn: Connection, action: str, subject: str = "", detail: dict[str, Any] | None = None) -> int:
        """Append an audit entry by the signed-in account (on the DB thread, in the caller's transaction)."""
        return audit.append(
            conn,
            self.audit_key,
            at=self.clock(),
            actor=self.account.username,
            action=action,
            subject=subject,
            detail=detail,
        )

    def record_answer(self, conn: Connection, screening_id: int, question: str) -> int:
        """Append an autosaved answer's entry (``audit.append_answer``): the caller stores the answer with its seq."""
        return audit.append_answer(
            conn,
            self.audit_key,
            at=self.clock(),
            actor=self.account.username,
            screening_id=screening_id,
            question=question,
        )

    def require(self, roles: tuple[Role, ...], action: str) -> None:
        """Refuse unless the signed-in account has one of ``roles``.

        Raises:
            PermissionDenied: Naming ``action`` (translated words).
        """
        if self.account.role not in roles:
            raise PermissionDenied(action)


def move_vault_events(conn: Connection, vault: Vault, audit_key: bytes) -> None:
    """Write the events queued in the vault (failed sign-ins, password changes) into the audit log, then drop them."""
    events = vault.events()
    if not events:
        return
    with transaction(conn):
        for event in events:
            audit.append(conn, audit_key, at=event.at, actor=event.actor, action=event.action, subject=event.subject)
    vault.drop_events(len(events))
