"""Persons, screenings, answers, amendments, assessments and actions: all their SQL.

Every function takes a connection owned by the DB thread and commits nothing itself unless it says so: the service
layer decides the transaction. Answers are written one row per question, so saving an answer is one small
``INSERT ... ON CONFLICT`` inside one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

SCREENINGS_DDL = """
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    case_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    estimated_age INTEGER,
    citizenship TEXT NOT NULL DEFAULT 'unknown',
    discovered_at TEXT NOT NULL,
    unaccompanied INTEGER NOT NULL DEFAULT 0,
    age_at_exploitation INTEGER,
    under18_at_exploitation TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE instrument_sources (
    instrument_id TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (instrument_id, version)
);
CREATE TABLE screenings (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    interview_language TEXT NOT NULL,
    screener_language TEXT NOT NULL,
    setting TEXT NOT NULL,
    context_json TEXT NOT NULL DEFAULT '{}',
    disclosure_given_at TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    screener TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_at TEXT,
    current_question TEXT NOT NULL DEFAULT '',
    result_category TEXT NOT NULL DEFAULT '',
    next_due_at TEXT,
    review_comment TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (instrument_id, instrument_version) REFERENCES instrument_sources(instrument_id, version)
);
CREATE INDEX screenings_by_screener ON screenings(screener, started_at);
CREATE INDEX screenings_by_status ON screenings(status);
CREATE TABLE answers (
    screening_id INTEGER NOT NULL REFERENCES screenings(id),
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (screening_id, question)
);
CREATE TABLE amendments (
    id INTEGER PRIMARY KEY,
    screening_id INTEGER NOT NULL REFERENCES screenings(id),
    question TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    by_user TEXT NOT NULL
);
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    screening_id INTEGER NOT NULL REFERENCES screenings(id),
    computed_at TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    assessment_json TEXT NOT NULL
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    screening_id INTEGER NOT NULL REFERENCES screenings(id),
    kind TEXT NOT NULL,
    action_json TEXT NOT NULL,
    due_at TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    done_at TEXT,
    done_by TEXT,
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_open_by_due ON actions(status, due_at);
"""


@dataclass(frozen=True)
class PersonRow:
    """A stored person (identifying fields optional)."""

    id: int
    case_code: str
    name: str
    aliases: str
    date_of_birth: str | None
    estimated_age: int | None
    citizenship: str
    discovered_at: str
    unaccompanied: bool
    age_at_exploitation: int | None
    under18_at_exploitation: str | None


@dataclass(frozen=True)
class ScreeningRow:
    """A stored screening without its answers."""

    id: int
    person_id: int
    instrument_id: str
    instrument_version: str
    interview_language: str
    screener_language: str
    setting: str
    context: dict[str, Any]
    disclosure_given_at: str | None
    status: str
    screener: str
    started_at: str
    updated_at: str
    finalized_at: str | None
    current_question: str
    result_category: str
    next_due_at: str | None
    review_comment: str


_PERSON_COLS = (
    "id, case_code, name, aliases, date_of_birth, estimated_age, citizenship, discovered_at, unaccompanied, "
    "age_at_exploitation, under18_at_exploitation"
)
_SCREENING_COLS = (
    "id, person_id, instrument_id, instrument_version, interview_language, screener_language, setting, "
    "context_json, disclosure_given_at, status, screener, started_at, updated_at, finalized_at, current_question, "
    "result_category, next_due_at, review_comment"
)


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def save_instrument_source(conn: sqlite3.Connection, instrument_id: str, version: str, source: str) -> None:
    """Keep the text of an instrument version so its screenings always reopen with it."""
    conn.execute(
        "INSERT INTO instrument_sources(instrument_id, version, source) VALUES (?, ?, ?) "
        "ON CONFLICT(instrument_id, version) DO NOTHING",
        (instrument_id, version, source),
    )


def instrument_source(conn: sqlite3.Connection, instrument_id: str, version: str) -> str | None:
    """The stored text of an instrument version, if any."""
    row = conn.execute(
        "SELECT source FROM instrument_sources WHERE instrument_id = ? AND version = ?", (instrument_id, version)
    ).fetchone()
    return row[0] if row else None


def insert_person(conn: sqlite3.Connection, fields: Mapping[str, Any], *, at: datetime, by: str) -> int:
    """Insert a person from ``fields`` (column names of ``persons``) and return its id."""
    cols = [c for c in _PERSON_COLS.split(", ") if c != "id" and c in fields]
    values = [fields[c] for c in cols]
    cur = conn.execute(
        f"INSERT INTO persons({', '.join(cols)}, created_at, created_by) "  # noqa: S608 - fixed column names
        f"VALUES ({', '.join('?' for _ in cols)}, ?, ?)",
        (*values, at.isoformat(), by),
    )
    return int(cur.lastrowid or 0)


def update_person(conn: sqlite3.Connection, person_id: int, fields: Mapping[str, Any]) -> None:
    """Update the given columns of a person."""
    cols = [c for c in _PERSON_COLS.split(", ") if c not in ("id", "case_code") and c in fields]
    if cols:
        assignments = ", ".join(f"{c} = ?" for c in cols)
        conn.execute(f"UPDATE persons SET {assignments} WHERE id = ?", (*(fields[c] for c in cols), person_id))  # noqa: S608


def case_code_exists(conn: sqlite3.Connection, case_code: str) -> bool:
    """Whether a case code is already taken."""
    return conn.execute("SELECT 1 FROM persons WHERE case_code = ?", (case_code,)).fetchone() is not None


def get_person(conn: sqlite3.Connection, person_id: int) -> PersonRow:
    """The person with ``person_id``."""
    row = conn.execute(f"SELECT {_PERSON_COLS} FROM persons WHERE id = ?", (person_id,)).fetchone()  # noqa: S608
    if row is None:
        raise LookupError(person_id)
    return PersonRow(*row[:8], bool(row[8]), row[9], row[10])


def insert_screening(conn: sqlite3.Connection, fields: Mapping[str, Any], *, at: datetime) -> int:
    """Insert a draft screening; ``fields`` uses the column names of ``screenings`` (``context`` as a dict)."""
    cur = conn.execute(
        "INSERT INTO screenings(person_id, instrument_id, instrument_version, interview_language, screener_language, "
        "setting, context_json, disclosure_given_at, screener, started_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            fields["person_id"],
            fields["instrument_id"],
            fields["instrument_version"],
            fields["interview_language"],
            fields["screener_language"],
            fields["setting"],
            json.dumps(fields.get("context", {}), sort_keys=True),
            fields.get("disclosure_given_at"),
            fields["screener"],
            at.isoformat(),
            at.isoformat(),
        ),
    )
    return int(cur.lastrowid or 0)


def get_screening(conn: sqlite3.Connection, screening_id: int) -> ScreeningRow:
    """The screening with ``screening_id`` (without answers)."""
    row = conn.execute(f"SELECT {_SCREENING_COLS} FROM screenings WHERE id = ?", (screening_id,)).fetchone()  # noqa: S608
    if row is None:
        raise LookupError(screening_id)
    values = list(row)
    values[7] = json.loads(values[7])
    return ScreeningRow(*values)


def update_screening(conn: sqlite3.Connection, screening_id: int, *, at: datetime, **fields: Any) -> None:
    """Set the given columns of a screening and its ``updated_at``; ``context`` is stored as JSON."""
    if "context" in fields:
        fields["context_json"] = json.dumps(fields.pop("context"), sort_keys=True)
    allowed = set(_SCREENING_COLS.split(", ")) - {"id", "person_id", "instrument_id", "instrument_version"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown screening columns: {sorted(unknown)}")
    cols = sorted(fields)
    assignments = ", ".join(f"{c} = ?" for c in [*cols, "updated_at"])
    conn.execute(
        f"UPDATE screenings SET {assignments} WHERE id = ?",  # noqa: S608 - checked column names
        (*(fields[c] for c in cols), at.isoformat(), screening_id),
    )


def save_answer(
    conn: sqlite3.Connection, screening_id: int, question: str, answer: Mapping[str, Any], *, at: datetime, by: str
) -> None:
    """Insert or replace the answer to one question (JSON from ``Answer.to_json``)."""
    conn.execute(
        "INSERT INTO answers(screening_id, question, answer_json, saved_at, saved_by) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(screening_id, question) DO UPDATE SET answer_json = excluded.answer_json, "
        "saved_at = excluded.saved_at, saved_by = excluded.saved_by",
        (screening_id, question, json.dumps(answer, sort_keys=True, ensure_ascii=False), at.isoformat(), by),
    )


def answers(conn: sqlite3.Connection, screening_id: int) -> dict[str, dict[str, Any]]:
    """The stored answers of a screening, question name to answer JSON."""
    rows = conn.execute("SELECT question, answer_json FROM answers WHERE screening_id = ?", (screening_id,))
    return {q: json.loads(a) for q, a in rows}


def add_amendment(
    conn: sqlite3.Connection,
    screening_id: int,
    question: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    *,
    reason: str,
    at: datetime,
    by: str,
) -> None:
    """Record a change made after finalizing, keeping the original answer."""
    conn.execute(
        "INSERT INTO amendments(screening_id, question, before_json, after_json, reason, at, by_user) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            screening_id,
            question,
            json.dumps(before, sort_keys=True, ensure_ascii=False) if before is not None else None,
            json.dumps(after, sort_keys=True, ensure_ascii=False),
            reason,
            at.isoformat(),
            by,
        ),
    )


def amendments(conn: sqlite3.Connection, screening_id: int) -> list[dict[str, Any]]:
    """All amendments of a screening, oldest first."""
    rows = conn.execute(
        "SELECT question, before_json, after_json, reason, at, by_user FROM amendments WHERE screening_id = ? "
        "ORDER BY id",
        (screening_id,),
    )
    return [
        {
            "question": q,
            "before": json.loads(b) if b else None,
            "after": json.loads(a),
            "reason": r,
            "at": at,
            "by": by,
        }
        for q, b, a, r, at, by in rows
    ]


def save_assessment(
    conn: sqlite3.Connection, screening_id: int, payload: Mapping[str, Any], *, rules_version: str, at: datetime
) -> None:
    """Append an assessment (earlier ones are kept)."""
    conn.execute(
        "INSERT INTO assessments(screening_id, computed_at, rules_version, assessment_json) VALUES (?, ?, ?, ?)",
        (screening_id, at.isoformat(), rules_version, json.dumps(payload, sort_keys=True, ensure_ascii=False)),
    )


def latest_assessment(conn: sqlite3.Connection, screening_id: int) -> dict[str, Any] | None:
    """The newest assessment of a screening."""
    row = conn.execute(
        "SELECT assessment_json FROM assessments WHERE screening_id = ? ORDER BY id DESC LIMIT 1", (screening_id,)
    ).fetchone()
    return json.loads(row[0]) if row else None


def replace_open_actions(
    conn: sqlite3.Connection, screening_id: int, actions: Iterable[tuple[str, Mapping[str, Any], datetime | None]]
) -> None:
    """Replace the open actions of a screening with ``(kind, payload, due_at)`` items; done ones are kept.

    An action of a kind already marked done is not re-opened.
    """
    rows = conn.execute("SELECT kind FROM actions WHERE screening_id = ? AND status = 'done'", (screening_id,))
    done = {kind for (kind,) in rows}
    conn.execute("DELETE FROM actions WHERE screening_id = ? AND status = 'open'", (screening_id,))
    for kind, payload, due in actions:
        if kind in done:
            continue
        conn.execute(
            "INSERT INTO actions(screening_id, kind, action_json, due_at) VALUES (?, ?, ?, ?)",
            (screening_id, kind, json.dumps(payload, sort_keys=True, ensure_ascii=False), _iso(due)),
        )
