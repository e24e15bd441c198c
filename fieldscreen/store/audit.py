"""The audit log: append-only and hash-chained inside the database.

Each entry carries HMAC-SHA256 over the previous entry's MAC and its own canonical content (sequence number, time,
actor, action, subject, detail), so an edited, removed or reordered entry breaks the chain from that point. The end
is marked too, so removing entries from the end is detected: the ``audit_head`` row holds the sequence number and MAC
of the last entry of any action but :data:`ANSWER_ACTION`, and an autosaved answer's entry is marked by the answer's
own row, which carries its sequence number (``answers.seq``, written in the same transaction, schema step 12). The
last entry is the newer of the two marks; an answer so costs no write to the head's page (about a tenth of a
millisecond, bench/autosave.py). Every answer row must also name an answer entry for its screening and question, so
removing an answer's entry is seen wherever it stood. A new entry chains on from the head when entries after the head
are gone, so a removed end stays a gap rather than being filled by the next entry. What is not seen: the last
answers removed together with their rows, as the last entries were with a head rewound before (one more row edited).

The MAC key comes from HKDF over a random 256-bit audit secret created with the schema and stored in the encrypted
``meta`` table. It is not derived from the data key, so entries written before a rekey still verify after it; it is
as safe as the database itself, which is only readable with the data key. Triggers refuse UPDATE and DELETE on the
log, so fieldscreen's own code cannot rewrite history; raw SQL can drop them, and the chain then shows the change.
Details must never hold personal data: ids, roles and counts only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.core.i18n import fill, translate

from .connection import Connection, transaction

GENESIS = bytes(32)
SECRET_KEY = "audit_secret"
UNINDEXED_ACTIONS = ("screening_answer", "screening_answer_clear")
"""Actions left out of the ``audit_log_by_action`` index (schema step 8): one per autosaved answer, so indexing them
would cost every answer a page while nothing looks them up by action."""
ANSWER_ACTION = "screening_answer"
"""The action of an autosaved answer's entry (:func:`append_answer`): it leaves the head alone, so it must be appended
in the transaction that writes its sequence number into the answer's row (``screenings_repo.autosave_answer``)."""
INDEXED_WHERE = "action NOT IN ('screening_answer', 'screening_answer_clear')"
"""The partial index's condition: a query by an indexed action repeats it word for word, so SQLite uses the index."""
AUDIT_BY_ACTION_DDL = "CREATE INDEX audit_log_by_action ON audit_log (action, seq) WHERE " + INDEXED_WHERE
"""The partial index of schema step 8 (:data:`INDEXED_WHERE`)."""


@dataclass(frozen=True)
class AuditEntry:
    """One audit event.

    Attributes:
        seq: Position in the chain, from 1.
        at: When it happened (UTC).
        actor: The user name that did it ("" for the system or an unknown person).
        action: What happened, e.g. ``sign_in`` or ``account_add``.
        subject: The id it concerns (a user name, a case code), or "".
        detail: More facts without personal data (roles, counts, flags).
    """

    seq: int
    at: datetime
    actor: str
    action: str
    subject: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditReport:
    """The result of verifying the chain.

    Attributes:
        ok: Whether every entry and the head are intact.
        entries_checked: How many entries were examined.
        first_bad_seq: The first entry that is changed, moved or missing (``None`` when ``ok``).
        message: What was found, in plain words.
    """

    ok: bool
    entries_checked: int
    first_bad_seq: int | None
    message: str


def audit_key(conn: Connection) -> bytes:
    """The MAC key of this database's audit chain.

    Raises:
        DatabaseDamaged: The audit secret is missing.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SECRET_KEY,)).fetchone()
    if row is None:
        raise DatabaseDamaged(translate("Audit", "the audit trail's key is missing."))
    return HKDF(SHA256(), 32, salt=None, info=b"fieldscreen audit chain v1").derive(bytes(row[0]))


def _detail_text(detail: dict[str, Any] | None) -> str:
    return json.dumps(detail or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _mac(key: bytes, previous: bytes, seq: int, at: str, actor: str, action: str, subject: str, detail: str) -> bytes:
    content = json.dumps([seq, at, actor, action, subject, detail], separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, previous + content.encode("utf-8"), hashlib.sha256).digest()


def append(
    conn: Connection,
    key: bytes,
    *,
    at: datetime,
    actor: str,
    action: str,
    subject: str = "",
    detail: dict[str, Any] | None = None,
) -> int:
    """Add an entry at the end of the chain (in the caller's transaction, or its own); return its ``seq``.

    Inside the caller's transaction no savepoint is taken (it costs more than the entry itself: each page goes
    through SQLCipher once more): an error propagates and the caller's transaction rolls back as a whole.
    """
    if not conn.in_transaction:
        with transaction(conn):
            return append(conn, key, at=at, actor=actor, action=action, subject=subject, detail=detail)
    last_seq, last_mac = last_entry(conn) if action == ANSWER_ACTION else _chain_end(conn)
    seq = last_seq + 1
    stamp, text = at.isoformat(), _detail_text(detail)
    mac = _mac(key, last_mac, seq, stamp, actor, action, subject, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, stamp, actor, action, subject, text, mac),
    )
    if action != ANSWER_ACTION:
        conn.execute("UPDATE audit_head SET last_seq = ?, last_mac = ? WHERE id = 1", (seq, mac))
    return seq


def append_answer(conn: Connection, key: bytes, *, at: datetime, actor: str, screening_id: int, question: str) -> int:
    """Add an autosaved answer's entry (:data:`ANSWER_ACTION`) and return its ``seq``, for the answer's row.

    The caller's transaction must also write the answer with that ``seq``: the row is what marks the entry.
    """
    detail = {"question": question}
    return append(conn, key, at=at, actor=actor, action=ANSWER_ACTION, subject=str(screening_id), detail=detail)


def _chain_end(conn: Connection) -> tuple[int, bytes]:
    """The entry a new one chains on from: the last, or the head when entries after the head are gone.

    From the head, a removed end stays a gap that :func:`verify` names, rather than being filled by the next entry
    (which would also move the head over it). An answer's entry skips this read (about 0.05 ms inside its write): it
    leaves the head alone, so the head still names the gap or, filled, no longer matches.
    """
    head_seq, head_mac = conn.execute("SELECT last_seq, last_mac FROM audit_head WHERE id = 1").fetchone()
    last = last_entry(conn)
    return (int(head_seq), bytes(head_mac)) if head_seq > last[0] else last


def last_entry(conn: Connection) -> tuple[int, bytes]:
    """The sequence number and MAC of the chain's last entry (``0`` and the genesis MAC while it is empty)."""
    row = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else (0, GENESIS)


def _bad(checked: int, seq: int, message: str) -> AuditReport:
    return AuditReport(False, checked, seq, fill(message, seq))


def verify(conn: Connection, key: bytes) -> AuditReport:
    """Walk the whole chain and report the first entry that is changed, moved or missing."""
    head = conn.execute("SELECT last_seq, last_mac FROM audit_head WHERE id = 1").fetchone()
    head_seq, head_mac = (int(head[0]), bytes(head[1])) if head else (0, GENESIS)
    previous, expected, added = GENESIS, 1, None
    rows = conn.execute("SELECT seq, at, actor, action, subject, detail, mac FROM audit_log ORDER BY seq")
    for seq, at, actor, action, subject, detail, mac in rows:
        if seq != expected:
            return _bad(expected - 1, expected, translate("Audit", "Audit entry %1 is missing (removed or moved)."))
        ours = _mac(key, previous, seq, at, actor, action, subject, detail)
        if not hmac.compare_digest(ours, bytes(mac)) or (seq == head_seq and not hmac.compare_digest(head_mac, ours)):
            return _bad(seq, seq, translate("Audit", "Audit entry %1 was changed or put out of order."))
        if seq > head_seq and action != ANSWER_ACTION and added is None:
            added = seq
        previous, expected = bytes(mac), expected + 1
    checked = expected - 1
    if head is None:
        return _bad(
            checked, checked + 1, translate("Audit", "The end marker of the audit trail is missing (entry %1).")
        )
    answers_mark = _answers_have_seq(conn)  # schema step 8 and later; before it the head alone marks the end
    end = max(head_seq, _answers_mark(conn) if answers_mark else 0)
    if checked < end:
        return _bad(checked, checked + 1, translate("Audit", "Audit entry %1 and those after it are missing."))
    unmarked = end + 1 if checked > end else None  # answers' entries after both marks: their rows are gone
    if added is not None and (unmarked is None or added <= unmarked):
        return _bad(checked, added, translate("Audit", "Audit entry %1 was added outside fieldscreen."))
    if unmarked is not None:
        return _bad(checked, unmarked, translate("Audit", "Audit entry %1 saved an answer that is no longer stored."))
    mismatch = _answer_not_matching(conn) if answers_mark else None
    if mismatch is not None:
        return _bad(checked, mismatch, translate("Audit", "Audit entry %1 does not match the answer stored with it."))
    return AuditReport(
        True,
        checked,
        None,
        translate("Audit", "The audit trail is complete and unchanged (%n entries).", None, checked),
    )


def _answers_have_seq(conn: Connection) -> bool:
    """Whether answers carry their entry's sequence number (schema step 8 and later)."""
    return conn.execute("SELECT 1 FROM pragma_table_info('answers') WHERE name = 'seq'").fetchone() is not None


def _answers_mark(conn: Connection) -> int:
    """The newest sequence number an answer's row carries."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM answers").fetchone()[0])


def _answer_not_matching(conn: Connection) -> int | None:
    """The first sequence number an answer row carries whose entry is not that answer's (:func:`append_answer`)."""
    row = conn.execute(
        "SELECT a.seq FROM answers a LEFT JOIN audit_log l ON l.seq = a.seq WHERE a.seq IS NOT NULL AND ("
        "l.seq IS NULL OR l.action IS NOT ? OR l.subject IS NOT CAST(a.screening_id AS TEXT) "
        "OR l.detail IS NOT json_object('question', a.question)) ORDER BY a.seq LIMIT 1",
        (ANSWER_ACTION,),
    ).fetchone()
    return None if row is None else int(row[0])


def recent(conn: Connection, limit: int = 200, action: str | None = None) -> list[AuditEntry]:
    """The newest ``limit`` entries, newest first, optionally only those of one ``action``."""
    sql = "SELECT seq, at, actor, action, subject, detail FROM audit_log"
    params: tuple[Any, ...] = ()
    if action is not None:
        sql += " WHERE action = ?" if action in UNINDEXED_ACTIONS else f" WHERE action = ? AND {INDEXED_WHERE}"
        params = (action,)
    rows = conn.execute(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit)).fetchall()
    return [
        AuditEntry(seq, datetime.fromisoformat(at), actor, act, subject, json.loads(detail))
        for seq, at, actor, act, subject, detail in rows
    ]
