"""The delivery engine: one round of sending due outbox items to a target.

For each due item: put it, check that the target holds it, and only then mark it delivered. The check is by default
the size the target reports for the item's name, asked in a separate request after the upload was confirmed
(``verify="size"``); ``verify="full"`` reads the whole item back and compares its SHA-256 too (docs/sync.md argues
why the size check is enough for an item named by its hash and sealed with age). A failure counts an attempt, keeps
the plain-words error and schedules the next try with exponential backoff and jitter (30 s doubling, at most one
hour); there is no attempt limit and no failure ever removes an item. Each step is one committed database write or
one idempotent target operation, so a kill at any point is resumed by the next round: an item already on the target
(confirmed but not yet marked, or uploaded but not yet confirmed) is found by its content-hash name, verified and
marked.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from fieldscreen.store.outbox import OutboxEntry

from .errors import CopyMismatch, LocalItemDamaged, SyncError
from .progress import Progress
from .targets.base import RemoteCopy, Target

BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
MAX_CONSECUTIVE_FAILURES = 3
"""After this many failed items in a row a round stops early; the rest wait for the next round untouched."""
MARK_BATCH = 200
MARK_INTERVAL_SECONDS = 1.0
"""Confirmed items are marked in one transaction per batch (at most this many, or a second's worth, and at the round's
end): each commit waits for the disk, so per-item commits would cost more than the transfers on a fast link. A kill
before the batch commits only means the next round finds those items on the target and verifies them again."""

Verify = Literal["size", "full"]
"""How a delivery is checked: the size the target reports after the upload, or a full read-back with its SHA-256."""

_log = logging.getLogger(__name__)


class DeliveryQueue(Protocol):
    """The outbox operations the engine needs (``fieldscreen.store.outbox.Outbox`` or a DB-thread proxy of it)."""

    def due_items(self, now: datetime, *, include_not_due: bool = False) -> list[OutboxEntry]:
        """Undelivered items to try now."""

    def sealed_bytes(self, item_id: int) -> bytes:
        """The sealed bytes of one item."""

    def mark_attempt(self, entry: OutboxEntry, *, at: datetime, error: str, next_attempt_at: datetime) -> None:
        """Record a failed attempt (unless the item was sealed again meanwhile)."""

    def mark_delivered(self, entries: Sequence[OutboxEntry], *, at: datetime) -> None:
        """Record confirmed deliveries, in one transaction (items sealed again meanwhile are left waiting)."""

    def waiting_count(self) -> int:
        """How many items are not delivered yet."""


@dataclass(frozen=True)
class SyncReport:
    """The outcome of one round.

    Attributes:
        delivered: Items confirmed by the target in this round.
        waiting: Items still undelivered after the round.
        failed_this_round: Items whose attempt failed in this round.
        last_error_plain_words: The last failure's message and advice, or "" when nothing failed.
    """

    delivered: int
    waiting: int
    failed_this_round: int
    last_error_plain_words: str


def backoff_delay(attempts: int, rng: random.Random) -> timedelta:
    """Return the wait after the ``attempts``-th failure: half the doubled delay fixed, half random, capped."""
    ceiling = min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** min(max(attempts, 1) - 1, 20))
    return ceiling / 2 + ceiling / 2 * rng.random()


def sync_once(
    queue: DeliveryQueue,
    target: Target,
    clock: Callable[[], datetime],
    progress: Progress | None = None,
    *,
    include_not_due: bool = False,
    connections: int = 1,
    verify: Verify = "size",
    rng: random.Random | None = None,
) -> SyncReport:
    """Try every due item once and report.

    Transfers run on ``connections`` worker threads (one runs on the calling thread: a hand-over to a worker and back
    for every item would cost more than it hides); every queue call (the database) stays on the calling thread.

    Args:
        queue: The outbox.
        target: Where items go (must be safe to use from ``connections`` threads at once).
        clock: Returns the current time (timezone-aware).
        progress: Receives progress; may cancel between items.
        include_not_due: Also try items still waiting out their backoff ("Sync now", a drive just plugged in).
        connections: How many items travel at once (2 hide the check's round trip on a network target).
        verify: "size" (the target reports the item's exact size after the upload) or "full" (read back, hashed).
        rng: Source of jitter (a fresh ``random.Random`` when None).

    Returns:
        The counts and the last error in plain words.
    """
    pending = deque(queue.due_items(clock(), include_not_due=include_not_due))
    round_ = _Round(queue, clock, rng or random.Random(), progress, len(pending))
    workers = max(1, connections)
    try:
        pool = _Inline() if workers == 1 else ThreadPoolExecutor(workers, thread_name_prefix="fieldscreen-sync")
        with pool:
            in_flight: dict[Future[None], OutboxEntry] = {}
            while True:
                while pending and len(in_flight) < workers and not round_.stopped:
                    if progress is not None and progress.cancelled():
                        round_.stopped = True
                        break
                    entry = pending.popleft()
                    data = queue.sealed_bytes(entry.id)
                    in_flight[pool.submit(_deliver, entry, data, target, verify)] = entry
                round_.flush_if_due()  # after refilling, so the commit overlaps the transfers
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    round_.record(in_flight.pop(future), future)
    finally:
        round_.flush()
    return SyncReport(round_.delivered, queue.waiting_count(), round_.failed, round_.last_error)


class _Inline(Executor):
    """Runs each task at once on the calling thread, for a round with one connection."""

    def submit(self, fn: Callable[..., None], /, *args: object, **kwargs: object) -> Future[None]:
        future: Future[None] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # handed to the round exactly as a worker thread's failure would be
            future.set_exception(exc)
        return future


class _Round:
    """The bookkeeping of one round: marks each outcome in the queue and decides when to stop early."""

    def __init__(
        self,
        queue: DeliveryQueue,
        clock: Callable[[], datetime],
        rng: random.Random,
        progress: Progress | None,
        total: int,
    ) -> None:
        self.queue, self.clock, self.rng, self.progress, self.total = queue, clock, rng, progress, total
        self.delivered = self.failed = self.consecutive = 0
        self.last_error = ""
        self.stopped = False
        self.confirmed: list[OutboxEntry] = []
        self.flushed_at = time.monotonic()

    def record(self, entry: OutboxEntry, future: Future[None]) -> None:
        """Mark the item delivered or count a failed attempt; a defect (not a SyncError) propagates."""
        try:
            future.result()
        except SyncError as exc:
            self.failed += 1
            self.consecutive += 1
            self.last_error = str(exc)
            now = self.clock()
            delay = backoff_delay(entry.attempts + 1, self.rng)
            self.queue.mark_attempt(entry, at=now, error=self.last_error, next_attempt_at=now + delay)
            _log.warning("sync.attempt_failed item=%d error=%s", entry.id, type(exc).__name__)
            if exc.stops_round or self.consecutive >= MAX_CONSECUTIVE_FAILURES:
                self.stopped = True
        else:
            self.confirmed.append(entry)
            self.delivered += 1
            self.consecutive = 0
        if self.progress is not None:
            self.progress.report(self.delivered + self.failed, self.total)

    def flush_if_due(self) -> None:
        """Mark the confirmed items once the batch is full or old enough."""
        if len(self.confirmed) >= MARK_BATCH or time.monotonic() - self.flushed_at >= MARK_INTERVAL_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Mark the confirmed items delivered, in one transaction."""
        if self.confirmed:
            self.queue.mark_delivered(self.confirmed, at=self.clock())
            _log.info("sync.delivered items=%s", ",".join(str(entry.id) for entry in self.confirmed))
            self.confirmed = []
        self.flushed_at = time.monotonic()


def _deliver(entry: OutboxEntry, data: bytes, target: Target, verify: Verify) -> None:
    if hashlib.sha256(data).hexdigest() != entry.content_hash:
        raise LocalItemDamaged()
    target.put(entry.name, data)
    if verify == "full":
        confirmed = target.exists(entry.name) == RemoteCopy(len(data), entry.content_hash)
    else:
        confirmed = target.stored_size(entry.name) == len(data)
    if not confirmed:
        raise CopyMismatch()
