"""Referral packets kept in the encrypted database: every version of every screening's packet, and the outbox list.

A packet row holds the PDF, its SHA-256, the manifest it will be sealed with, and a digest of what it was made from
(so asking for the same packet twice stores it once). An amendment adds a new version and points the old one at it
through ``superseded_by``; no row is ever deleted or changed otherwise. ``outbox_item_id`` is set once the packet has
been sealed for the receiving office and queued. Functions take a connection owned by the DB thread; the caller
decides the transaction. Times use the outbox's UTC text format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from . import audit
from .connection import Connection
from .outbox import from_db_time, to_db_time

PACKETS_DDL = """
CREATE TABLE packets (
    id INTEGER PRIMARY KEY,
    screening_id INTEGER NOT NULL REFERENCES screenings(id),
    kind TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT NOT NULL,
    case_code TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
    manifest TEXT NOT NULL,
    training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),
    superseded_by INTEGER REFERENCES packets(id),
    outbox_item_id INTEGER REFERENCES outbox_items(id),
    UNIQUE (screening_id, kind, version)
);
CREATE INDEX packets_to_seal ON packets (id) WHERE outbox_item_id IS NULL AND training = 0
"""
"""Schema of the packets table; the migrations module runs it as one step."""

PACKETS_COVERING_DDL = """
CREATE INDEX packets_summary ON packets
    (kind, id, screening_id, version, created_at, case_code, sha256, source_sha256, training, superseded_by);
CREATE INDEX packets_by_outbox_item ON packets (outbox_item_id, id, case_code, version) WHERE outbox_item_id IS NOT NULL
"""
"""Schema step 9: lists of packets (export, outbox) read these indexes, never a row's PDF and the columns after it."""

PACKET_DUE_DDL = """
ALTER TABLE screenings ADD COLUMN packet_due_seq INTEGER;
CREATE INDEX screenings_packet_due ON screenings (id) WHERE packet_due_seq IS NOT NULL;
UPDATE screenings SET packet_due_seq = 0
WHERE status IN ('finalized', 'approved')
  AND coalesce((SELECT max(substr(p.created_at, 1, 26)) FROM packets p
                WHERE p.screening_id = screenings.id AND p.kind = 'referral'), '')
    < max(' ', coalesce(substr(finalized_at, 1, 26), ''),
          coalesce((SELECT max(substr(a.at, 1, 26)) FROM amendments a WHERE a.screening_id = screenings.id), ''))
"""
"""Schema step 10: a finalized screening whose packet is not stored yet says so, in the finalizing transaction.

``screenings.packet_due_seq`` is the audit sequence number of the change (finalizing, amending) whose packet is not
stored yet, ``NULL`` when the latest packet is current; storing the packet clears it only if no later change set it
again (:func:`clear_due`). Sign-in builds what is due, so a kill between the change and its packet loses nothing.
The step marks the finalized screenings with no packet built after their finalization or last amendment (times
compared to the microsecond; ``' '`` sorts after the empty text of a screening with no packet).
"""

_COLUMNS = "id, screening_id, kind, version, created_at, case_code, sha256, source_sha256, training, superseded_by"


@dataclass(frozen=True)
class PacketRow:
    """One stored packet version, without its PDF and manifest.

    Attributes:
        id: The row id.
        screening_id: The screening it was made from.
        kind: The packet kind (``PacketKind`` value).
        version: 1 for the first packet of its kind, then one more per change.
        created_at: When it was built (UTC).
        case_code: The neutral case code.
        sha256: SHA-256 (hex) of the PDF.
        source_sha256: SHA-256 (hex) of what the packet was made from.
        training: Whether it is a practice packet (never sealed or sent).
        superseded_by: The id of the version that replaced it, or None for the latest.
    """

    id: int
    screening_id: int
    kind: str
    version: int
    created_at: datetime
    case_code: str
    sha256: str
    source_sha256: str
    training: bool
    superseded_by: int | None


@dataclass(frozen=True)
class NewPacket:
    """A packet to store (the version is chosen by :func:`insert_version`)."""

    screening_id: int
    kind: str
    created_at: datetime
    case_code: str
    sha256: str
    source_sha256: str
    manifest: dict[str, Any]
    training: bool
    pdf: bytes = field(repr=False)


@dataclass(frozen=True)
class OutboxListRow:
    """One line of the outbox list: an item with the case code of its packet.

    Attributes:
        item_id: The outbox item id.
        case_code: The packet's case code ("" when the item has no packet row).
        version: The packet version (0 when unknown).
        created_at: When the item was queued (UTC).
        attempts: Delivery attempts so far.
        delivered_at: When the target confirmed it, or None.
        last_error: The last failure in plain words, or None.
        name: The item's file name on the target (what the receiving office's report names).
    """

    item_id: int
    case_code: str
    version: int
    created_at: datetime
    attempts: int
    delivered_at: datetime | None
    last_error: str | None
    name: str


def _row(values: tuple[Any, ...]) -> PacketRow:
    return PacketRow(
        id=values[0],
        screening_id=values[1],
        kind=values[2],
        version=values[3],
        created_at=from_db_time(values[4]),
        case_code=values[5],
        sha256=values[6],
        source_sha256=values[7],
        training=bool(values[8]),
        superseded_by=values[9],
    )


def latest(conn: Connection, screening_id: int, kind: str) -> PacketRow | None:
    """The newest version of a screening's packet of ``kind``, or None."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM packets WHERE screening_id = ? AND kind = ? ORDER BY version DESC LIMIT 1",
        (screening_id, kind),
    ).fetchone()
    return _row(row) if row else None


def versions(conn: Connection, screening_id: int) -> list[PacketRow]:
    """Every packet version of a screening, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM packets WHERE screening_id = ? ORDER BY kind, version",
        (screening_id,),
    ).fetchall()
    return [_row(row) for row in rows]


def insert_version(conn: Connection, packet: NewPacket) -> PacketRow:
    """Store ``packet`` as the next version of its kind and mark the previous latest version superseded by it."""
    previous = latest(conn, packet.screening_id, packet.kind)
    cursor = conn.execute(
        "INSERT INTO packets (screening_id, kind, version, created_at, case_code, pdf, sha256, source_sha256,"
        " manifest, training) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            packet.screening_id,
            packet.kind,
            previous.version + 1 if previous else 1,
            to_db_time(packet.created_at),
            packet.case_code,
            packet.pdf,
            packet.sha256,
            packet.source_sha256,
            json.dumps(packet.manifest, sort_keys=True, ensure_ascii=False),
            int(packet.training),
        ),
    )
    new_id = int(cursor.lastrowid or 0)
    if previous is not None:
        conn.execute("UPDATE packets SET superseded_by = ? WHERE id = ?", (new_id, previous.id))
    found = conn.execute(f"SELECT {_COLUMNS} FROM packets WHERE id = ?", (new_id,)).fetchone()
    return _row(found)


def to_seal(conn: Connection) -> list[int]:
    """The ids of packets not sealed and queued yet (practice packets excepted), oldest first."""
    rows = conn.execute("SELECT id FROM packets WHERE outbox_item_id IS NULL AND training = 0 ORDER BY id")
    return [int(row[0]) for row in rows]


def mark_due(conn: Connection, screening_id: int, seq: int) -> None:
    """Record that the screening needs a new packet since audit entry ``seq`` (in the changing transaction)."""
    conn.execute("UPDATE screenings SET packet_due_seq = ? WHERE id = ?", (seq, screening_id))


def due_seq(conn: Connection, screening_id: int) -> int | None:
    """The change whose packet is not stored yet, or ``None`` when the latest packet is current."""
    row = conn.execute("SELECT packet_due_seq FROM screenings WHERE id = ?", (screening_id,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def clear_due(conn: Connection, screening_id: int, seq: int) -> None:
    """The packet of change ``seq`` is stored: clear the mark, unless a later change has set it again."""
    conn.execute("UPDATE screenings SET packet_due_seq = NULL WHERE id = ? AND packet_due_seq = ?", (screening_id, seq))


def due_screenings(conn: Connection, screener: str | None) -> list[int]:
    """Finalized or approved screenings (of ``screener``, or anyone's when None) whose packet is not stored yet."""
    rows = conn.execute(
        "SELECT id FROM screenings INDEXED BY screenings_packet_due"  # never the status index: 100,000 finalized
        " WHERE packet_due_seq IS NOT NULL AND status IN ('finalized', 'approved')"
        " AND coalesce(?, screener) = screener ORDER BY id",
        (screener,),
    )
    return [int(row[0]) for row in rows]


def pdf_and_manifest(conn: Connection, packet_id: int) -> tuple[bytes, dict[str, Any]]:
    """The PDF and the manifest of one packet."""
    row = conn.execute("SELECT pdf, manifest FROM packets WHERE id = ?", (packet_id,)).fetchone()
    if row is None:
        raise LookupError(packet_id)
    return bytes(row[0]), json.loads(row[1])


def set_outbox_item(conn: Connection, packet_id: int, item_id: int) -> None:
    """Record that a packet was sealed and queued as outbox item ``item_id``."""
    conn.execute("UPDATE packets SET outbox_item_id = ? WHERE id = ?", (item_id, packet_id))


def queued_waiting(conn: Connection) -> list[tuple[int, int, str]]:
    """``(packet id, outbox item id, content hash)`` of every queued packet not delivered yet, oldest first."""
    rows = conn.execute(
        "SELECT p.id, o.id, o.content_hash FROM packets p"
        " JOIN outbox_items o ON o.id = p.outbox_item_id"
        " WHERE o.delivered_at IS NULL ORDER BY o.id"
    )
    return [(int(row[0]), int(row[1]), str(row[2])) for row in rows]


def is_queued(conn: Connection, packet_id: int) -> bool:
    """Whether a packet has been sealed and queued."""
    row = conn.execute("SELECT outbox_item_id FROM packets WHERE id = ?", (packet_id,)).fetchone()
    return row is not None and row[0] is not None


def outbox_list(conn: Connection, limit: int) -> list[OutboxListRow]:
    """The newest ``limit`` outbox items with their packets' case codes, waiting ones first."""
    rows = conn.execute(
        "SELECT o.id, coalesce(p.case_code, ''), coalesce(p.version, 0), o.created_at, o.attempts, o.delivered_at,"
        " o.last_error, o.name FROM outbox_items o"
        " LEFT JOIN packets p ON p.outbox_item_id = o.id"
        " ORDER BY o.delivered_at IS NOT NULL, o.id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        OutboxListRow(
            item_id=row[0],
            case_code=row[1],
            version=row[2],
            created_at=from_db_time(row[3]),
            attempts=row[4],
            delivered_at=from_db_time(row[5]) if row[5] else None,
            last_error=row[6],
            name=row[7],
        )
        for row in rows
    ]


def delivered_packet(conn: Connection, item_id: int) -> tuple[int, str] | None:
    """``(packet id, content hash)`` of a delivered outbox item, or None when it is waiting or holds no packet."""
    row = conn.execute(
        "SELECT p.id, o.content_hash FROM outbox_items o JOIN packets p ON p.outbox_item_id = o.id"
        " WHERE o.id = ? AND o.delivered_at IS NOT NULL",
        (item_id,),
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def audit_chain_head(conn: Connection) -> str:
    """The head of the audit chain as text, ``<last seq>:<last MAC hex>`` (for a packet's manifest)."""
    last_seq, last_mac = audit.last_entry(conn)
    return f"{last_seq}:{last_mac.hex()}"


def get(conn: Connection, packet_id: int) -> PacketRow | None:
    """One packet version, or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM packets WHERE id = ?", (packet_id,)).fetchone()
    return _row(row) if row else None


def with_status(
    conn: Connection, kind: str, statuses: tuple[str, ...], *, latest_only: bool
) -> list[tuple[PacketRow, str]]:
    """Packets of ``kind`` whose screening has one of ``statuses``, with that status, newest first.

    Args:
        conn: The connection.
        kind: The packet kind.
        statuses: The screening statuses to include.
        latest_only: Leave out versions superseded by a later one.
    """
    marks = ", ".join("?" * len(statuses))
    latest = " AND superseded_by IS NULL" if latest_only else ""
    rows = conn.execute(
        f"SELECT {_COLUMNS}, (SELECT status FROM screenings WHERE screenings.id = packets.screening_id) AS status"
        f" FROM packets WHERE kind = ? AND status IN ({marks}){latest} ORDER BY created_at DESC, id DESC",
        (kind, *statuses),
    ).fetchall()
    return [(_row(row[:-1]), row[-1]) for row in rows]
