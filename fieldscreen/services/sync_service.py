"""Sending the outbox to the sync target: one delivery round on demand or in the background, and its status.

A round refuses to start without an office key or a target (fail closed), and on the training installation, whose
practice packets are never sealed or sent. It first seals and queues packets still
waiting for that, then runs ``sync.delivery.sync_once`` on the calling thread (a worker, never the GUI or DB thread):
transfers and sealing happen there, and every outbox read or write goes through the session's DB thread by way of
:class:`DbQueue`. Nothing is ever dropped: a failed item stays queued with its error in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import translate
from fieldscreen.store.outbox import Outbox, OutboxEntry
from fieldscreen.sync.delivery import SyncReport, sync_once
from fieldscreen.sync.errors import NoOfficeKey
from fieldscreen.sync.progress import Progress

from .context import SessionContext
from .office_key_state import read_public_key
from .outbox_service import OutboxService
from .sync_targets_service import NoSyncTarget, SyncTargetsService, TargetSettings, check_target, opened, reachable
from .training_marker import is_training

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """What the outbox shows.

    Attributes:
        waiting: Packets not delivered yet (queued, or waiting for the office key).
        delivered: Packets the target has confirmed.
        last_success: When a delivery was last confirmed, or None.
        last_error_plain_words: Why packets are waiting, or "" when nothing stands in their way.
        target_description: The target in plain words ("" when none is set).
        ready: Whether an office key and a target are set, so a round can run.
        practice: Whether this is the training installation, which never sends anything.
    """

    waiting: int
    delivered: int
    last_success: datetime | None
    last_error_plain_words: str
    target_description: str
    ready: bool
    practice: bool = False


class PracticeNotSent(KnownError):
    """Sync was asked for on the training installation: practice packets never leave this computer."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "Training mode: practice packets are never sealed or sent to the office."),
            translate("Sync", "Nothing is waiting. Real packets are sent from fieldscreen outside training mode."),
        )


class DbQueue:
    """The outbox as ``sync_once`` needs it, each call run on the session's DB thread.

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def due_items(self, now: datetime, *, include_not_due: bool = False) -> list[OutboxEntry]:
        """Undelivered items to try now."""
        return self._ctx.run(lambda conn: Outbox(conn).due_items(now, include_not_due=include_not_due))

    def sealed_bytes(self, item_id: int) -> bytes:
        """The sealed bytes of one item."""
        return self._ctx.run(lambda conn: Outbox(conn).sealed_bytes(item_id))

    def mark_attempt(self, entry: OutboxEntry, *, at: datetime, error: str, next_attempt_at: datetime) -> None:
        """Record a failed attempt (unless the item was sealed again meanwhile)."""
        self._ctx.run(
            lambda conn: Outbox(conn).mark_attempt(entry, at=at, error=error, next_attempt_at=next_attempt_at)
        )

    def mark_delivered(self, entries: Sequence[OutboxEntry], *, at: datetime) -> None:
        """Record confirmed deliveries, in one transaction (items sealed again meanwhile are left waiting)."""
        self._ctx.run(lambda conn: Outbox(conn).mark_delivered(entries, at=at))

    def waiting_count(self) -> int:
        """How many items are not delivered yet."""
        return self._ctx.run(lambda conn: Outbox(conn).waiting_count())


class SyncService:
    """Delivery rounds and their status for a signed-in session (any role: field laptops sync as they can).

    Args:
        ctx: The session's shared state.
        outbox: Seals and queues waiting packets before a round.
        targets: The configured target.
    """

    def __init__(self, ctx: SessionContext, outbox: OutboxService, targets: SyncTargetsService) -> None:
        self._ctx = ctx
        self._outbox = outbox
        self._targets = targets
        self.practice = is_training(ctx.layout.root)
        """Whether this is the training installation, whose practice packets are never sealed or sent."""

    def sync_now(self, progress: Progress | None = None, *, background: bool = False) -> SyncReport:
        """Run one delivery round and return its report.

        A round asked for by a person that finds nothing to send checks the target instead (:func:`check_target`),
        so wrong settings show before a packet waits: the report's ``target_checked`` says what worked.

        Args:
            progress: Receives progress; may cancel between items.
            background: A scheduled round: items still waiting out their retry delay are left for later. A round
                asked for by a person ("Sync now", ``fieldscreen sync``) tries every waiting item.

        Raises:
            PracticeNotSent: This is the training installation.
            NoOfficeKey: No office key was imported (nothing is sealed or sent).
            NoSyncTarget: No target is set.
            SyncSettingsInvalid: The stored target cannot work (for example its CA file went away).
            SyncError: Nothing was waiting, and the check of the target failed.
        """
        if self.practice:
            raise PracticeNotSent()
        if self._ctx.run(read_public_key) is None:
            raise NoOfficeKey()
        stored = self._targets.stored()
        if stored is None:
            raise NoSyncTarget()
        settings, secret = stored
        self._outbox.seal_waiting()
        with opened(settings, secret) as target:
            report = sync_once(
                DbQueue(self._ctx),
                target,
                self._ctx.clock,
                progress,
                include_not_due=not background,
                connections=settings.connections,
            )
            self._record(report, settings, background)
            if report.nothing_to_send and not background:  # a person asked: say whether sending would work
                report = replace(report, target_checked=check_target(target, settings.kind))
        return report

    def _record(self, report: SyncReport, settings: TargetSettings, background: bool) -> None:
        """Audit a round with counts only (a background round only when it did something), and log it."""
        if report.delivered or report.failed_this_round or not background:
            detail = {
                "delivered": report.delivered,
                "failed": report.failed_this_round,
                "waiting": report.waiting,
                "background": background,
                "target": settings.kind.value,
            }
            self._ctx.run(lambda conn: self._ctx.record(conn, "sync", detail=detail))
        log.info(
            "sync round: delivered=%d failed=%d waiting=%d", report.delivered, report.failed_this_round, report.waiting
        )

    def target_reachable(self) -> bool:
        """Whether a background round is worth trying now: a target is set and looks reachable (a quick check)."""
        settings = self._targets.get()
        return settings is not None and reachable(settings)

    def status(self) -> SyncStatus:
        """The waiting count, the last success, why packets wait (in plain words) and the target."""
        key = self._ctx.run(read_public_key)
        settings = self._targets.get()
        outbox = self._ctx.run(lambda conn: Outbox(conn).status())
        unsealed = self._outbox.waiting_to_seal()
        waiting = outbox.waiting + unsealed
        if self.practice:
            error = str(PracticeNotSent())
        elif key is None:
            error = str(NoOfficeKey()) if waiting else ""
        elif settings is None:
            error = str(NoSyncTarget()) if waiting else ""
        else:
            error = outbox.last_error or ""
        return SyncStatus(
            waiting=waiting,
            delivered=outbox.delivered,
            last_success=outbox.last_success,
            last_error_plain_words=error,
            target_description=settings.describe() if settings is not None else "",
            ready=key is not None and settings is not None and not self.practice,
            practice=self.practice,
        )
