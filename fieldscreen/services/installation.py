"""One installation (a data directory): setup, sign-in, throttling, checks and backups, before any session exists."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from fieldscreen.core.errors import (
    AccountDisabled,
    AlreadyInitialized,
    KnownError,
    LoginThrottled,
    NotInitialized,
    WrongCredentials,
)
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Account, Role
from fieldscreen.store import accounts_repo, audit, backups, migrations, settings_repo
from fieldscreen.store.connection import KEY_BYTES, Connection, open_encrypted, open_keyed, transaction
from fieldscreen.store.executor import DbExecutor
from fieldscreen.store.failures import from_os
from fieldscreen.store.instance_lock import InstanceLock
from fieldscreen.store.kdf import DEFAULT_KDF, KdfParams
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.recovery_key import new_recovery_key, parse_recovery_key
from fieldscreen.store.throttle import ThrottleState
from fieldscreen.store.vault import UnlockedKeys, Vault, VaultEvent

from . import password_policy, usernames
from .check import CheckReport, full_check
from .context import SessionContext, move_vault_events
from .settings import checked_names
from .unlock import missing_database, missing_vault, open_database, record_damage, working_key

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class Installation:
    """The fieldscreen installation in ``data_dir``.

    Callers hold :meth:`lock_instance` while they use it, so two processes never share a data directory.

    Args:
        data_dir: The data directory.
        clock: Returns the current UTC time (tests pass a fake one).
        kdf: Argon2id costs for the vault made by :meth:`set_up` (default: ``store.kdf.DEFAULT_KDF``).

    Attributes:
        data_dir: The data directory.
    """

    def __init__(
        self, data_dir: Path, *, clock: Callable[[], datetime] = utc_now, kdf: KdfParams | None = None
    ) -> None:
        self.data_dir = Path(data_dir)
        self._layout = DataLayout(self.data_dir)
        self._vault = Vault(self._layout.vault)
        self._clock = clock
        self._kdf = kdf or DEFAULT_KDF

    def is_set_up(self) -> bool:
        """Whether setup has completed here (the vault exists)."""
        return self._vault.exists()

    def lock_instance(self) -> InstanceLock:
        """Take the single-instance lock of the data directory (release it, or use it as a context manager).

        Raises:
            DataDirLocked: Another fieldscreen uses this data directory.
        """
        return InstanceLock(self._layout.instance_lock).acquire()

    # -- setup ------------------------------------------------------------------------------------------------

    def set_up(
        self, *, agency: str, office: str, admin_username: str, admin_password: str, admin_display_name: str = ""
    ) -> str:
        """Create the encrypted database, the vault and the first administrator; return the recovery key text.

        Raises:
            AlreadyInitialized: Setup was done here before.
            DatabaseDamaged: A database or backups are here without their vault (:func:`missing_vault`).
            UsageError: The agency or user name is empty or invalid, or a name is too long.
            PasswordRejected: The password breaks a rule.
            StorageFull, StorageReadOnly, StorageFailed.
        """
        if self.is_set_up():
            raise AlreadyInitialized()
        if self._layout.holds_installation():
            raise missing_vault()
        agency, office = checked_names(agency, office)
        name = usernames.require_valid(admin_username)
        password_policy.require_acceptable(admin_password, name)
        now = self._clock()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._layout.setup_marker.touch(mode=0o600)
            self._layout.database.unlink(missing_ok=True)  # an unfinished setup's (holds_installation said so)
        except OSError as exc:
            raise from_os(exc) from exc
        data_key = secrets.token_bytes(KEY_BYTES)
        text, recovery_secret = new_recovery_key()
        admin = Account(name, Role.ADMINISTRATOR, admin_display_name.strip(), False, now, None)
        executor = DbExecutor(partial(open_encrypted, self._layout.database, data_key))
        try:
            executor.call(_create, agency, office, admin, now)
        finally:
            executor.close()
        self._vault.create(
            data_key=data_key, username=name, password=admin_password, recovery_secret=recovery_secret, kdf=self._kdf
        )
        _remove_setup_marker(self._layout)
        log.info("installation set up")
        return text

    # -- sign-in ----------------------------------------------------------------------------------------------

    def throttle_wait(self, username: str) -> float:
        """Seconds until ``username`` may try to sign in (0 when now).

        Each account waits on its own; names that are not accounts share one wait, so the answer does not tell
        whether an account exists (beyond which wait applies).
        """
        if not self.is_set_up():
            return 0.0
        now = self._clock()
        return self._vault.throttle(usernames.normalize(username)).with_clock_fixed(now).wait_seconds(now)

    def sign_in(self, username: str, password: str) -> Session:
        """Unlock with an account's password and open a session.

        Raises:
            NotInitialized, LoginThrottled, WrongCredentials, AccountDisabled, DatabaseDamaged, DatabaseTooNew.
        """
        name = usernames.normalize(username)
        keys = self._authenticate(lambda: self._vault.unlock_user(name, password), name)
        return self._start_session(keys, name)

    def sign_in_with_recovery_key(self, recovery_key: str) -> Session:
        """Unlock with the recovery key: a session acting as administrator "(recovery key)", audited as such.

        Raises:
            RecoveryKeyMistyped, NotInitialized, LoginThrottled, WrongCredentials, DatabaseDamaged, DatabaseTooNew.
        """
        secret = parse_recovery_key(recovery_key)
        keys = self._authenticate(lambda: self._vault.unlock_recovery(secret), None)
        return self._start_session(keys, None)

    def _authenticate(self, unlock: Callable[[], UnlockedKeys], who: str | None) -> UnlockedKeys:
        """Throttle ``who`` (``None``: the recovery key), then unlock.

        A failure is counted in ``who``'s bucket and queued for the audit log (unknown names as "").
        """
        if not self.is_set_up():
            raise missing_vault() if self._layout.holds_installation() else NotInitialized()
        now = self._clock()
        state = self._vault.throttle(who)
        fixed = state.with_clock_fixed(now)
        if fixed != state:
            self._vault.set_throttle(who, fixed)
        wait = fixed.wait_seconds(now)
        if wait > 0:
            raise LoginThrottled(wait)
        try:
            return unlock()
        except WrongCredentials:
            subject = usernames.RECOVERY_ACTOR if who is None else who if who in self._vault.usernames() else ""
            self._vault.record_failure(who, now, VaultEvent(now, "", "sign_in_failed", subject))
            log.info("sign-in failed")
            raise

    def _start_session(self, keys: UnlockedKeys, username: str | None) -> Session:
        now = self._clock()
        opened = open_database(self._layout, self._vault, keys, now, thorough=self._layout.open_marker.exists())
        _remove_setup_marker(self._layout)  # left by a setup killed after its vault was written: it is finished
        try:
            account = self._signed_in_account(opened.executor, username, now)
            ctx = SessionContext(
                opened.executor,
                self._vault,
                self._layout,
                self._clock,
                account,
                bytearray(opened.data_key),
                opened.audit_key,
                via_recovery_key=username is None,
                password_change_required=username is not None and self._vault.change_required(username),
            )
            opened.executor.call(_record_sign_in, ctx, now)
            self._vault.set_throttle(username, ThrottleState())
            self._layout.open_marker.touch(mode=0o600)
        except BaseException:
            opened.executor.close()
            raise
        log.info("signed in%s", " with the recovery key" if username is None else "")
        from .session import Session  # the session's services load at the first sign-in: start-up stays fast

        return Session(ctx, now)

    def _signed_in_account(self, executor: DbExecutor, username: str | None, now: datetime) -> Account:
        """The account behind a successful unlock; refuses disabled accounts and wraps without an account."""
        if username is None:
            return Account(usernames.RECOVERY_ACTOR, Role.ADMINISTRATOR, translate("Accounts", "Recovery key"))
        account = executor.call(accounts_repo.get, username)
        if account is not None and not account.disabled:
            return account
        action = "sign_in_refused" if account is not None else "sign_in_failed"
        executor.call(
            lambda conn: audit.append(conn, audit.audit_key(conn), at=now, actor="", action=action, subject=username)
        )
        if account is None:
            raise WrongCredentials()
        raise AccountDisabled()

    # -- checks -----------------------------------------------------------------------------------------------

    def check(self, username: str, password: str) -> CheckReport:
        """Unlock with a password and run every integrity check, even on a damaged database (``fieldscreen check``).

        Raises:
            NotInitialized, LoginThrottled, WrongCredentials.
        """
        name = usernames.normalize(username)
        return self._check(self._authenticate(lambda: self._vault.unlock_user(name, password), name), name)

    def check_with_recovery_key(self, recovery_key: str) -> CheckReport:
        """Like :meth:`check`, unlocking with the recovery key.

        Raises:
            RecoveryKeyMistyped, NotInitialized, LoginThrottled, WrongCredentials.
        """
        secret = parse_recovery_key(recovery_key)
        return self._check(self._authenticate(lambda: self._vault.unlock_recovery(secret), None), None)

    def _check(self, keys: UnlockedKeys, username: str | None) -> CheckReport:
        self._vault.set_throttle(username, ThrottleState())
        actor = usernames.RECOVERY_ACTOR if username is None else username
        if not self._layout.database.exists():
            return CheckReport(False, [missing_database().detail], [])
        now = self._clock()
        executor = DbExecutor(partial(open_keyed, self._layout.database, working_key(self._layout, keys)))
        try:
            report = executor.call(full_check, self._layout.database.stat().st_size)
            if report.ok:
                executor.call(
                    lambda conn: audit.append(conn, audit.audit_key(conn), at=now, actor=actor, action="check")
                )
            else:
                record_damage(self._vault, now, actor)
        finally:
            executor.close()
        log.info("check ran: %s", "ok" if report.ok else f"{len(report.problems)} problems")
        return report

    # -- backups ----------------------------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """The backup folders, newest first."""
        return backups.list_backups(self._layout)

    def restore_backup(self, backup: Path) -> None:
        """Replace the database and vault with ``backup`` (no session may be open).

        The current files are kept as a new backup first; the sign-in throttle and the events waiting for the audit
        log carry over; the next sign-in runs every integrity check.

        Raises:
            KnownError: ``backup`` is not a complete backup here.
            StorageFull, StorageReadOnly, StorageFailed.
        """
        now = self._clock()
        try:
            throttle, events = self._vault.throttle_table(), self._vault.events()
        except KnownError:
            throttle, events = None, []
        if self._layout.database.exists() or self._vault.exists():
            backups.make_backup(self._layout, "before-restore", now)
        backups.restore_backup(self._layout, Path(backup))
        if throttle is not None:
            self._vault.set_throttle_table(throttle)
        for event in [*events, VaultEvent(now, "", "backup_restored", Path(backup).name)]:
            self._vault.queue_event(event)
        self._layout.open_marker.touch(mode=0o600)
        log.info("backup restored")


def _create(conn: Connection, agency: str, office: str, admin: Account, now: datetime) -> None:
    """Create the schema, the settings and the first administrator, with their audit entries (DB thread)."""
    migrations.migrate(conn)
    key = audit.audit_key(conn)
    with transaction(conn):
        settings_repo.put(conn, "agency", agency)
        settings_repo.put(conn, "office", office)
        accounts_repo.insert(conn, admin)
        audit.append(conn, key, at=now, actor=admin.username, action="setup")
        audit.append(
            conn,
            key,
            at=now,
            actor=admin.username,
            action="account_add",
            subject=admin.username,
            detail={"role": admin.role.value},
        )


def _record_sign_in(conn: Connection, ctx: SessionContext, now: datetime) -> None:
    """Move queued vault events into the audit log and record the sign-in (DB thread)."""
    move_vault_events(conn, ctx.vault, ctx.audit_key)
    with transaction(conn):
        if ctx.via_recovery_key:
            ctx.record(conn, "recovery_key_used")
        else:
            ctx.record(conn, "sign_in")
            accounts_repo.set_last_login(conn, ctx.account.username, now)


def _remove_setup_marker(layout: DataLayout) -> None:
    """Remove the setup marker: the vault is written, so the database beside it is an installation's.

    A marker left behind would let a later setup take the database for an unfinished setup's and replace it.
    """
    try:
        layout.setup_marker.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("setup marker not removed: %s", exc.strerror)
