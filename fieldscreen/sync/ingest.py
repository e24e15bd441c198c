"""Office side: pull sealed items from a folder or WebDAV target, open, verify, de-duplicate and store them.

An item is stored only after it decrypted with the office identity and every hash matched. Items already ingested
(same content hash) are skipped without being downloaded; a copy renamed by hand ("... (1).fsitem") is read and
hashed first, so it is imported, or counted as known, like the item it copies (such copies are read at every run).
Another sealing of a packet already stored (same packet hash) is counted as a duplicate and not stored again. A
damaged item is reported and skipped and the rest continue. Nothing is deleted from the source.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import pyrage

from fieldscreen.core.i18n import translate

from .errors import ItemUnreadable, NoOfficeIdentity, SyncError, for_receiving
from .progress import Progress
from .sealed_item import canonical_json, open_item
from .targets.base import MAX_ITEM_BYTES, RemoteEntry, Target, hash_of_name, is_item_name

_log = logging.getLogger(__name__)


class IngestSink(Protocol):
    """Where verified packets go (``fieldscreen.store.outbox.IngestedStore`` or a DB-thread proxy of it)."""

    def has_item(self, content_hash: str) -> bool:
        """Whether this sealed item was ingested before."""

    def add(
        self, *, content_hash: str, packet_hash: str, manifest_json: str, pdf: bytes, received_at: datetime, source: str
    ) -> bool:
        """Store a verified packet; False when the item or packet is already stored."""


@dataclass(frozen=True)
class IngestProblem:
    """One item that was not imported, and why, in plain words."""

    name: str
    message: str


@dataclass(frozen=True)
class IngestReport:
    """The outcome of one ingest run.

    Attributes:
        imported: Packets verified and stored in this run.
        known: Items skipped because they were ingested before.
        duplicates: Items that held a packet already stored under another sealing.
        problems: Items not imported, each with a message.
        complete: False when the run stopped early (cancelled, or the source went away).
    """

    imported: int
    known: int
    duplicates: int
    problems: tuple[IngestProblem, ...]
    complete: bool


def ingest_once(
    source: Target,
    identity: pyrage.x25519.Identity | None,
    sink: IngestSink,
    clock: Callable[[], datetime],
    progress: Progress | None = None,
    *,
    source_label: str,
) -> IngestReport:
    """Ingest every item the source holds that is not stored yet.

    Args:
        source: The folder or WebDAV target laptops deliver to.
        identity: The office's private identity (None on a field laptop: refused).
        sink: The ingested-packets store.
        clock: Returns the current time (timezone-aware).
        progress: Receives progress; may cancel between items.
        source_label: Recorded with each packet (for example the folder or server name; no personal data).

    Raises:
        NoOfficeIdentity: This installation holds no office key.
        SyncError: The source could not be listed at all.
    """
    if identity is None:
        raise NoOfficeIdentity()
    try:
        entries = source.list()
    except SyncError as exc:
        for_receiving(exc)
        raise
    counts: Counter[str] = Counter()
    problems: list[IngestProblem] = []
    complete = True
    for done, entry in enumerate(entries):
        if progress is not None and progress.cancelled():
            complete = False
            break
        try:
            counts[_ingest_one(entry, source, identity, sink, clock(), source_label)] += 1
        except SyncError as exc:
            problems.append(IngestProblem(entry.name, f"{exc.message} {_retry_later()}"))
            if exc.stops_round:
                complete = False
                break
        except ItemUnreadable as exc:
            renamed = not is_item_name(entry.name)  # a name given by hand may hold personal data: never logged
            problems.append(IngestProblem(entry.name, f"{exc.message} {_renamed_advice()}" if renamed else str(exc)))
            _log.warning("ingest.rejected item=%s", "(renamed copy)" if renamed else entry.name)
        if progress is not None:
            progress.report(done + 1, len(entries))
    return IngestReport(counts["imported"], counts["known"], counts["duplicate"], tuple(problems), complete)


def _ingest_one(
    entry: RemoteEntry,
    source: Target,
    identity: pyrage.x25519.Identity,
    sink: IngestSink,
    now: datetime,
    source_label: str,
) -> str:
    """Ingest one listed item and return "imported", "known" or "duplicate"."""
    promised = hash_of_name(entry.name) if is_item_name(entry.name) else None
    if promised is not None and sink.has_item(promised):
        return "known"
    if entry.size > MAX_ITEM_BYTES:
        raise ItemUnreadable(translate("Sync", "This packet file is too large to be a fieldscreen packet."))
    data = source.get(entry.name)
    if promised is None and sink.has_item(hashlib.sha256(data).hexdigest()):
        return "known"
    opened = open_item(data, identity, expected_hash=promised)
    stored = sink.add(
        content_hash=opened.content_hash,
        packet_hash=opened.packet_hash,
        manifest_json=canonical_json(opened.manifest).decode(),
        pdf=opened.pdf,
        received_at=now,
        source=source_label,
    )
    return "imported" if stored else "duplicate"


def _renamed_advice() -> str:
    return translate(
        "Sync",
        "This packet was not imported. Its file was renamed after it was sent, so its name does not tell which packet "
        "it is: ask the sender which screening it was, and to send that packet again.",
    )


def _retry_later() -> str:
    return translate("Sync", "It will be tried again at the next ingest.")
