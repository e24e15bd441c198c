"""The outbox of sealed items (field laptop) and the table of ingested packets (receiving office).

Repositories over a SQLCipher connection owned by the caller's database thread. Every write method is one transaction
(a savepoint inside a caller's transaction), so a kill at any moment leaves each item before or after the step.
Nothing here deletes a row: a failed delivery only counts an attempt, and a delivered item keeps its bytes until the
retention rules (not this module) purge it. Times are stored as UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, which
sorts as text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldscreen.core.errors import BugError

from .connection import Connection, transaction

OUTBOX_DDL = """
CREATE TABLE outbox_items (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    packet_hash TEXT NOT NULL UNIQUE CHECK (length(packet_hash) = 64),
    name TEXT NOT NULL UNIQUE,
    sealed BLOB NOT NULL,
    size INTEGER NOT NULL CHECK (size = length(sealed)),
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    last_attempt_at TEXT,
    last_error TEXT
);
CREATE INDEX outbox_items_waiting ON outbox_items (next_attempt_at, id) WHERE delivered_at IS NULL;
CREATE TABLE ingested_items (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    packet_hash TEXT NOT NULL UNIQUE CHECK (length(packet_hash) = 64),
    manifest TEXT NOT NULL,
    pdf BLOB NOT NULL,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL
);
"""
"""Schema of both tables; the migrations module runs it as one step."""

OUTBOX_SPLIT_DDL = """
PRAGMA defer_foreign_keys = ON;
CREATE TABLE outbox_sealed (item_id INTEGER PRIMARY KEY REFERENCES outbox_items(id), sealed BLOB NOT NULL);
INSERT INTO outbox_sealed (item_id, sealed) SELECT id, sealed FROM outbox_items;
CREATE TABLE outbox_items_before AS SELECT id, content_hash, packet_hash, name, size, created_at, delivered_at,
    attempts, next_attempt_at, last_attempt_at, last_error FROM outbox_items;
DROP TABLE outbox_items;
CREATE TABLE outbox_items (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    packet_hash TEXT NOT NULL UNIQUE CHECK (length(packet_hash) = 64),
    name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL CHECK (size >= 0),
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    last_attempt_at TEXT,
    last_error TEXT
);
INSERT INTO outbox_items SELECT * FROM outbox_items_before;
DROP TABLE outbox_items_before;
CREATE INDEX outbox_items_waiting ON outbox_items (next_attempt_at, id) WHERE delivered_at IS NULL;
CREATE INDEX outbox_items_delivered ON outbox_items (delivered_at) WHERE delivered_at IS NOT NULL;
CREATE INDEX ingested_items_summary ON ingested_items (id, content_hash, packet_hash, received_at, source, manifest)
"""
"""Schema step 9 (with ``packets_repo.PACKETS_COVERING_DDL``): the sealed bytes move to ``outbox_sealed``, and the
office's list of ingested items gets an index holding every column but the PDF.

A row stores its columns in order and is rewritten whole when one changes: each delivery mark rewrote the item's
sealed bytes (500 marks of 12.5 kB items: 140 ms), and a column after a blob could only be read through the blob's
overflow pages (listing 1,000 waiting items of 60 kB decrypted 60 MB: 875 ms). The table is rebuilt the way SQLite
documents, with the foreign keys (``packets.outbox_item_id``) checked at the step's commit: the rows come back with
the same ids."""

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_ENTRY_COLUMNS = "id, name, content_hash, size, attempts, created_at, next_attempt_at, delivered_at, last_error"


@dataclass(frozen=True)
class OutboxEntry:
    """One outbox item without its bytes (load them with :meth:`Outbox.sealed_bytes`)."""

    id: int
    name: str
    content_hash: str
    size: int
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    delivered_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class OutboxStatus:
    """What the sync panel shows: items waiting, the last confirmed delivery, the latest error in plain words."""

    waiting: int
    delivered: int
    last_success: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class IngestedPacket:
    """A packet the office has received, verified and stored (the PDF is loaded separately)."""

    id: int
    content_hash: str
    packet_hash: str
    manifest: dict[str, Any]
    received_at: datetime
    source: str


def to_db_time(moment: datetime) -> str:
    """Return ``moment`` as stored text (UTC); a naive datetime is a defect."""
    if moment.utcoffset() is None:
        raise BugError("naive datetime given to the outbox")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def from_db_time(text: str) -> datetime:
    """Return the aware UTC datetime of stored text (``fromisoformat`` reads the trailing ``Z`` as UTC)."""
    return datetime.fromisoformat(text)


class Outbox:
    """The queue of sealed items waiting for, or past, delivery."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def enqueue(self, *, content_hash: str, packet_hash: str, name: str, sealed: bytes, now: datetime) -> int:
        """Queue a sealed item and return its id; an item or packet already queued returns the existing id."""
        _check_sealed(content_hash, name, sealed)
        stamp = to_db_time(now)
        with transaction(self._db):
            row = self._db.execute(
                "SELECT id FROM outbox_items WHERE content_hash = ? OR packet_hash = ?", (content_hash, packet_hash)
            ).fetchone()
            if row:
                return int(row[0])
            cursor = self._db.execute(
                "INSERT INTO outbox_items (content_hash, packet_hash, name, size, created_at, next_attempt_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (content_hash, packet_hash, name, len(sealed), stamp, stamp),
            )
            item_id = int(cursor.lastrowid)
            self._db.execute("INSERT INTO outbox_sealed (item_id, sealed) VALUES (?, ?)", (item_id, sealed))
            return item_id

    def due_items(self, now: datetime, *, include_not_due: bool = False) -> list[OutboxEntry]:
        """Return undelivered items whose next attempt is due (or all undelivered ones), oldest schedule first."""
        sql = f"SELECT {_ENTRY_COLUMNS} FROM outbox_items WHERE delivered_at IS NULL"
        params: tuple[str, ...] = ()
        if not include_not_due:
            sql += " AND next_attempt_at <= ?"
            params = (to_db_time(now),)
        rows = self._db.execute(sql + " ORDER BY next_attempt_at, id", params).fetchall()
        return [_entry(row) for row in rows]

    def entry(self, item_id: int) -> OutboxEntry:
        """Return one item's row."""
        row = self._db.execute(f"SELECT {_ENTRY_COLUMNS} FROM outbox_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise BugError("no such outbox item")
        return _entry(row)

    def sealed_bytes(self, item_id: int) -> bytes:
        """Return the sealed bytes of one item."""
        row = self._db.execute("SELECT sealed FROM outbox_sealed WHERE item_id = ?", (item_id,)).fetchone()
        if row is None:
            raise BugError("no such outbox item")
        return bytes(row[0])

    def mark_attempt(self, entry: OutboxEntry, *, at: datetime, error: str, next_attempt_at: datetime) -> None:
        """Record a failed attempt: count it, keep the plain-words error, schedule the next try.

        Nothing changes when the item was delivered or sealed again (for a new office key) since ``entry`` was read.
        """
        with transaction(self._db):
            self._db.execute(
                "UPDATE outbox_items SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?,"
                " next_attempt_at = ? WHERE id = ? AND content_hash = ? AND delivered_at IS NULL",
                (to_db_time(at), error, to_db_time(next_attempt_at), entry.id, entry.content_hash),
            )

    def mark_delivered(self, entries: Sequence[OutboxEntry], *, at: datetime) -> None:
        """Record that the target confirmed these items, in one transaction (the first confirmation time is kept).

        An item sealed again since it was read is not marked: the target confirmed bytes it no longer holds.
        """
        stamp = to_db_time(at)
        with transaction(self._db):
            self._db.executemany(
                "UPDATE outbox_items SET delivered_at = ?, attempts = attempts + 1, last_attempt_at = ?,"
                " last_error = NULL WHERE id = ? AND content_hash = ? AND delivered_at IS NULL",
                [(stamp, stamp, entry.id, entry.content_hash) for entry in entries],
            )

    def reseal(
        self,
        item_id: int,
        *,
        replacing: str,
        content_hash: str,
        packet_hash: str,
        name: str,
        sealed: bytes,
        now: datetime,
        delivered: bool = False,
    ) -> None:
        """Replace the bytes of an item with another sealing of the same packet, due at once with no attempts.

        An undelivered item is sealed again for a new office key (inside the transaction that changes the key); a
        ``delivered`` one is sent again (the office could not open what it got) and waits once more.

        Raises:
            BugError: The item is not (``delivered``) or is delivered, no longer holds ``replacing``, or the new bytes
                seal another packet.
        """
        _check_sealed(content_hash, name, sealed)
        stamp = to_db_time(now)
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE outbox_items SET content_hash = ?, name = ?, size = ?, attempts = 0, delivered_at = NULL,"
                " next_attempt_at = ?, last_attempt_at = NULL, last_error = NULL"
                " WHERE id = ? AND content_hash = ? AND packet_hash = ?"
                f" AND delivered_at IS {'NOT NULL' if delivered else 'NULL'}",
                (content_hash, name, len(sealed), stamp, item_id, replacing, packet_hash),
            )
            if cursor.rowcount != 1:
                raise BugError("reseal: the item's delivery changed, its bytes changed, or it is of another packet")
            self._db.execute("UPDATE outbox_sealed SET sealed = ? WHERE item_id = ?", (sealed, item_id))

    def waiting_count(self) -> int:
        """Return how many items are not delivered yet."""
        return int(self._db.execute("SELECT count(*) FROM outbox_items WHERE delivered_at IS NULL").fetchone()[0])

    def last_success(self) -> datetime | None:
        """Return when the latest delivery was confirmed, or None."""
        row = self._db.execute("SELECT max(delivered_at) FROM outbox_items").fetchone()
        return from_db_time(row[0]) if row[0] else None

    def status(self) -> OutboxStatus:
        """Return the figures the sync panel shows."""
        delivered = self._db.execute("SELECT count(*) FROM outbox_items WHERE delivered_at IS NOT NULL").fetchone()
        error = self._db.execute(
            "SELECT last_error FROM outbox_items WHERE delivered_at IS NULL AND last_error IS NOT NULL"
            " ORDER BY last_attempt_at DESC, id DESC LIMIT 1"
        ).fetchone()
        return OutboxStatus(
            waiting=self.waiting_count(),
            delivered=int(delivered[0]),
            last_success=self.last_success(),
            last_error=error[0] if error else None,
        )


class IngestedStore:
    """The packets a receiving office has ingested, unique by content hash and by packet hash."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def has_item(self, content_hash: str) -> bool:
        """Tell whether the sealed item with this content hash was ingested before."""
        row = self._db.execute("SELECT 1 FROM ingested_items WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def add(
        self, *, content_hash: str, packet_hash: str, manifest_json: str, pdf: bytes, received_at: datetime, source: str
    ) -> bool:
        """Store a verified packet; return False (and store nothing) when the item or the packet is already here."""
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO ingested_items (content_hash, packet_hash, manifest, pdf, received_at, source)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (content_hash, packet_hash, manifest_json, pdf, to_db_time(received_at), source),
            )
            return cursor.rowcount == 1

    def count(self) -> int:
        """Return how many packets have been ingested."""
        return int(self._db.execute("SELECT count(*) FROM ingested_items").fetchone()[0])

    def packets(self) -> list[IngestedPacket]:
        """Return every ingested packet, oldest first, without the PDFs."""
        rows = self._db.execute(
            "SELECT id, content_hash, packet_hash, manifest, received_at, source FROM ingested_items ORDER BY id"
        ).fetchall()
        return [
            IngestedPacket(row[0], row[1], row[2], json.loads(row[3]), from_db_time(row[4]), row[5]) for row in rows
        ]

    def pdf(self, packet_id: int) -> bytes:
        """Return the PDF of one ingested packet."""
        row = self._db.execute("SELECT pdf FROM ingested_items WHERE id = ?", (packet_id,)).fetchone()
        if row is None:
            raise BugError("no such ingested packet")
        return bytes(row[0])


def _check_sealed(content_hash: str, name: str, sealed: bytes) -> None:
    if hashlib.sha256(sealed).hexdigest() != content_hash or name != f"{content_hash}.fsitem":
        raise BugError("the sealed bytes do not match their content hash or name")


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    return OutboxEntry(
        id=row[0],
        name=row[1],
        content_hash=row[2],
        size=row[3],
        attempts=row[4],
        created_at=from_db_time(row[5]),
        next_attempt_at=from_db_time(row[6]),
        delivered_at=from_db_time(row[7]) if row[7] else None,
        last_error=row[8],
    )
