"""A signed-in session: the services a signed-in person uses, and locking."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from fieldscreen import paths
from fieldscreen.core.errors import KnownError, PasswordChangeRequired
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Account, Role
from fieldscreen.store import backups
from fieldscreen.store.connection import Connection
from fieldscreen.store.recovery_key import new_recovery_key

from .accounts import AccountsService
from .audit_service import AuditService
from .check import CheckReport, full_check
from .context import SessionContext, move_vault_events
from .export_service import ExportService
from .ingest_service import IngestService
from .instruments_service import InstrumentsService
from .office_keys_service import OfficeKeysService
from .outbox_service import OutboxService
from .packet_source import read_source
from .screenings import ScreeningService
from .settings import SettingsService
from .sync_service import SyncService
from .sync_targets_service import SyncTargetsService
from .unlock import keep_backup, record_damage

log = logging.getLogger(__name__)

REAUTH_AFTER = timedelta(hours=12)
_FONTS = paths.resources() / "fonts"


class Session:
    """What a signed-in person can do, until :meth:`lock`.

    All methods are synchronous and thread-safe; database work runs on the session's DB thread. Made by
    ``Installation.sign_in`` and ``Installation.sign_in_with_recovery_key``.

    Args:
        ctx: The session's shared state.
        signed_in_at: When the sign-in happened (UTC).

    Attributes:
        signed_in_at: When the sign-in happened (UTC).
        accounts: Account administration.
        settings: Installation settings.
        audit: The audit log.
        outbox: Referral packets and the outbox (``on_finalized`` / ``on_amended`` after a screening changes).
        office_keys: The receiving office's key.
        sync_targets: Where packets are sent.
        sync: Delivery rounds and their status.
        ingest: Ingest on the receiving office.
        screenings: Screenings, their results and deadlines.
        instruments: The installed instruments: import, export, enable or disable (``InstrumentsService``).
        export: Referral packets exported as password-protected PDFs, and their preview (``ExportService``).
    """

    def __init__(self, ctx: SessionContext, signed_in_at: datetime) -> None:
        self._ctx = ctx
        self._locking = threading.Lock()
        self.signed_in_at = signed_in_at
        self.accounts = AccountsService(ctx)
        self.settings = SettingsService(ctx)
        self.audit = AuditService(ctx)
        self.outbox = OutboxService(ctx, lambda screening_id: read_source(self.screenings, screening_id), _FONTS)
        self.office_keys = OfficeKeysService(ctx, self.outbox)
        self.sync_targets = SyncTargetsService(ctx)
        self.sync = SyncService(ctx, self.outbox, self.sync_targets)
        self.ingest = IngestService(ctx, self.sync_targets)
        self.screenings = ScreeningService(ctx, on_final=self._store_packet, on_action_done=self._on_action_done)
        self.instruments = InstrumentsService(ctx)
        self.export = ExportService(ctx)
        self.outbox.store_due()  # after a crash between finalizing or amending and storing the packet

    def _store_packet(self, screening_id: int, amended: bool) -> None:
        """Build and keep the referral packet of a screening just finalized or amended, then back the database up.

        The backup follows even when the packet fails (the screening is committed, and its packet is built again at
        the next sign-in); a backup that cannot be made only logs.
        """
        try:
            if amended:
                self.outbox.on_amended(screening_id)
            else:
                self.outbox.on_finalized(screening_id)
        finally:
            self._back_up()

    def _on_action_done(self, screening_id: int) -> None:
        """Build and keep the packet version that records an action done, then back the database up."""
        try:
            self.outbox.on_action_done(screening_id)
        finally:
            self._back_up()

    def _back_up(self) -> None:
        """Back the database up after a change to the legal record: a finalize, an amendment, an action marked done."""
        layout, now = self._ctx.layout, self._ctx.clock()
        keep_backup(self._ctx.executor, lambda: backups.keep_after_finalize(layout, now), backups.AFTER_FINALIZE)

    @property
    def account(self) -> Account:
        """The signed-in account (for a recovery-key session, the administrator "(recovery key)")."""
        return self._ctx.account

    @property
    def training(self) -> bool:
        """Whether this is the training installation: made-up practice cases, every screen and document says so."""
        return self.screenings.training

    @property
    def password_change_required(self) -> bool:
        """Whether the user must choose their own password (``accounts.change_own_password``) before anything else.

        True when an administrator set the account's password.
        """
        return self._ctx.password_change_required

    def require_own_password(self) -> None:
        """Refuse to go on while :attr:`password_change_required` (for front ends that cannot ask for one).

        Raises:
            PasswordChangeRequired: The user has not chosen their own password yet.
        """
        if self._ctx.password_change_required:
            raise PasswordChangeRequired()

    @property
    def via_recovery_key(self) -> bool:
        """Whether this session was opened with the recovery key."""
        return self._ctx.via_recovery_key

    @property
    def locked(self) -> bool:
        """Whether the session is locked (its connection closed and its key dropped)."""
        return self._ctx.executor.closed

    def reauth_due(self) -> datetime:
        """When the person must sign in again at the latest (12 hours after signing in)."""
        return self.signed_in_at + REAUTH_AFTER

    def lock(self) -> None:
        """Audit the lock, close the connection and drop the key; idempotent.

        The session locks even when the audit entry cannot be written (full disk, damaged file).
        """
        with self._locking:
            if self.locked:
                return
            try:
                self._ctx.run(self._record_lock)
            except KnownError as exc:
                log.warning("lock: audit entry not written (%s)", type(exc).__name__)
            finally:
                self._ctx.executor.close()
                self._ctx.forget_key()
                self._ctx.layout.open_marker.unlink(missing_ok=True)
            log.info("session locked")

    def _record_lock(self, conn: Connection) -> None:
        move_vault_events(conn, self._ctx.vault, self._ctx.audit_key)
        self._ctx.record(conn, "lock")

    def check(self) -> CheckReport:
        """Run ``cipher_integrity_check``, ``integrity_check`` and the audit verification; audit the result."""
        size = self._ctx.layout.database.stat().st_size

        def work(conn: Connection) -> CheckReport:
            report = full_check(conn, size)
            if report.ok:
                self._ctx.record(conn, "check", detail={"ok": True})
            else:
                record_damage(self._ctx.vault, self._ctx.clock(), self._ctx.account.username)
            return report

        return self._ctx.run(work)

    def new_recovery_key(self) -> str:
        """Replace the recovery key (administrators); return the new key's text, to be shown once.

        Raises:
            PermissionDenied: The account is not an administrator.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "replace the recovery key"))
        text, secret = new_recovery_key()

        def work(conn: Connection) -> None:
            self._ctx.vault.replace_recovery(secret, self._ctx.key())
            self._ctx.record(conn, "recovery_key_replaced")

        self._ctx.run(work)
        return text
