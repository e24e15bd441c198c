"""The delivery engine: one round of sending due outbox items to a target.

For each due item: put it, check that the target holds it, and only then mark it delivered. The check is by default
the size the target reports for the item's name, asked after the upload was confirmed (``verify="size"``): uploaded
items wait in an unchecked list and are checked together (one listing of a WebDAV collection, or a HEAD each when
the batch is small or the collection much larger; a ``stat`` each in a folder) when ``CHECK_BATCH`` items wait,
when its oldest waited ``CHECK_INTERVAL_SECONDS``, and at the round's end; the items that pass are then marked in one
transaction. ``verify="full"`` reads each item back right after its upload and compares its SHA-256 too (docs/sync.md
argues why the size check is enough for an item named by its hash and sealed with age). A failure (of the upload or
of the check) counts an attempt, keeps the plain-words error and schedules the next try with exponential backoff and
jitter (30 s doubling, at most one hour); there is no attempt limit and no failure ever removes an item. Each step is
one committed database write or one idempotent target operation, so a kill at any point is resumed by the next
round: an item already on the target (uploaded but not yet checked or marked) is found by its content-hash name
(412), verified and marked.
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
CHECK_BATCH = 500
CHECK_INTERVAL_SECONDS = 5.0
"""With the size check, uploaded items are checked (then marked) once ``CHECK_BATCH`` of them wait, once the oldest
waited this long, and at the round's end: one check per batch costs far less than one per item, and each check (and
its commit) holds up the next transfers a little, so fewer, larger batches go faster. A kill loses at most this much
work (the next round meets those items with 412, reads them back and checks them)."""

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
        target_checked: When the round had nothing to send and the caller checked the target instead
            (``Target.check``), what the check proved, in plain words; "" otherwise.
    """

    delivered: int
    waiting: int
    failed_this_round: int
    last_error_plain_words: str
    target_checked: str = ""

    @property
    def nothing_to_send(self) -> bool:
        """Whether no item was waiting: the round delivered nothing and left nothing waiting."""
        return not (self.delivered or self.waiting)


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
    for every item would cost more than it hides); every queue call (the database) and every batch size check stay on
    the calling thread. No item is marked delivered before its check, made after its upload was confirmed.

    Args:
        queue: The outbox.
        target: Where items go (must be safe to use from ``connections`` threads at once).
        clock: Returns the current time (timezone-aware).
        progress: Receives progress; may cancel between items.
        include_not_due: Also try items still waiting out their backoff ("Sync now", a drive just plugged in).
        connections: How many items travel at once (2 keep the link busy while the calling thread reads the outbox).
        verify: "size" (the target reports each item's exact size after its upload, checked in batches) or "full"
            (each item read back right after its upload and hashed).
        rng: Source of jitter (a fresh ``random.Random`` when None).

    Returns:
        The counts and the last error in plain words.
    """
    pending = deque(queue.due_items(clock(), include_not_due=include_not_due))
    round_ = _Round(queue, target, clock, rng or random.Random(), progress, len(pending))
    workers = max(1, connections)
    try:
        pool = _Inline() if workers == 1 else ThreadPoolExecutor(workers, thread_name_prefix="fieldscreen-sync")
        with pool:
            in_flight: dict[Future[bool], OutboxEntry] = {}
            while True:
                while pending and len(in_flight) < workers and not round_.stopped:
                    if progress is not None and progress.cancelled():
                        round_.stopped = True
                        break
                    entry = pending.popleft()
                    data = queue.sealed_bytes(entry.id)
                    in_flight[pool.submit(_deliver, entry, data, target, verify)] = entry
                round_.flush_if_due()  # after refilling, so the check and the commit overlap the transfers
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

    def submit(self, fn: Callable[..., bool], /, *args: object, **kwargs: object) -> Future[bool]:
        future: Future[bool] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # handed to the round exactly as a worker thread's failure would be
            future.set_exception(exc)
        return future


class _Round:
    """The bookkeeping of one round: checks uploaded items, marks each outcome and decides when to stop early."""

    def __init__(
        self,
        queue: DeliveryQueue,
        target: Target,
        clock: Callable[[], datetime],
        rng: random.Random,
        progress: Progress | None,
        total: int,
    ) -> None:
        self.queue, self.target, self.clock, self.rng, self.progress = queue, target, clock, rng, progress
        self.total = total
        self.delivered = self.failed = self.consecutive = self.done = 0
        self.last_error = ""
        self.stopped = False
        self.uploaded: list[OutboxEntry] = []
        """Items whose upload the target confirmed, their size not checked yet."""
        self.uploaded_since = 0.0
        self.confirmed: list[OutboxEntry] = []
        """Items checked, not marked yet."""
        self.marked_at = time.monotonic()

    def record(self, entry: OutboxEntry, future: Future[bool]) -> None:
        """Keep the item for its check (or for its mark, when checked already) or count a failed attempt.

        A defect (not a SyncError) propagates.
        """
        try:
            checked = future.result()
        except SyncError as exc:
            self.fail(entry, exc)
        else:
            if checked:
                self.confirm(entry)
            else:
                if not self.uploaded:
                    self.uploaded_since = time.monotonic()
                self.uploaded.append(entry)
        self.done += 1
        if self.progress is not None:
            self.progress.report(self.done, self.total)

    def confirm(self, entry: OutboxEntry) -> None:
        """Count a checked item and keep it for the next mark."""
        self.confirmed.append(entry)
        self.delivered += 1
        self.consecutive = 0

    def fail(self, entry: OutboxEntry, exc: SyncError) -> None:
        """Count a failed attempt of the item and schedule its next try."""
        self.failed += 1
        self.consecutive += 1
        self.last_error = str(exc)
        now = self.clock()
        delay = backoff_delay(entry.attempts + 1, self.rng)
        self.queue.mark_attempt(entry, at=now, error=self.last_error, next_attempt_at=now + delay)
        _log.warning("sync.attempt_failed item=%d error=%s", entry.id, type(exc).__name__)
        if exc.stops_round or self.consecutive >= MAX_CONSECUTIVE_FAILURES:
            self.stopped = True

    def flush_if_due(self) -> None:
        """Check and mark the uploaded items once enough wait or the oldest waited long; mark checked ones likewise."""
        now = time.monotonic()
        if len(self.uploaded) >= CHECK_BATCH or (self.uploaded and now - self.uploaded_since >= CHECK_INTERVAL_SECONDS):
            self.flush()
        elif len(self.confirmed) >= MARK_BATCH or now - self.marked_at >= MARK_INTERVAL_SECONDS:
            self.mark()

    def flush(self) -> None:
        """Check every uploaded item, then mark every checked item delivered."""
        self.check()
        self.mark()

    def check(self) -> None:
        """Ask the target for the sizes of the uploaded items at once; confirm exactly those of the sealed size.

        A missing or wrong-sized item counts a failed attempt (CopyMismatch); when the target cannot answer at all,
        every item of the batch counts a failed attempt with that error.
        """
        batch, self.uploaded = self.uploaded, []
        if not batch:
            return
        try:
            sizes = self.target.stored_sizes([entry.name for entry in batch])
        except SyncError as exc:
            for entry in batch:
                self.fail(entry, exc)
            return
        for entry in batch:
            if sizes.get(entry.name) == entry.size:
                self.confirm(entry)
            else:
                self.fail(entry, CopyMismatch())

    def mark(self) -> None:
        """Mark the checked items delivered, in one transaction."""
        if self.confirmed:
            self.queue.mark_delivered(self.confirmed, at=self.clock())
            _log.info("sync.delivered items=%s", ",".join(str(entry.id) for entry in self.confirmed))
            self.confirmed = []
        self.marked_at = time.monotonic()


def _deliver(entry: OutboxEntry, data: bytes, target: Target, verify: Verify) -> bool:
    """Upload the item; with ``verify="full"`` read it back and compare. Return whether it was checked already."""
    if hashlib.sha256(data).hexdigest() != entry.content_hash:
        raise LocalItemDamaged()
    target.put(entry.name, data)
    if verify == "size":
        return False  # checked with its batch (_Round.check)
    if target.exists(entry.name) != RemoteCopy(len(data), entry.content_hash):
        raise CopyMismatch()
    return True
