"""Persons, screenings, answers, amendments and assessments: their SQL (actions: ``screening_actions``).

Every function takes a connection owned by the DB thread and commits nothing itself: the service layer decides the
transaction. Answers are written one row per question, so autosaving an answer is one small ``INSERT ... ON
CONFLICT`` that also carries the resume point (see :data:`RESUME_DDL`). Times are stored as UTC ISO text with
microseconds (:func:`utc_text`), so text order is time order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .connection import Connection

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


SCREENING_SEARCH_DDL = """
CREATE TABLE person_search (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id),
    key TEXT NOT NULL
);
CREATE INDEX screenings_by_started ON screenings(started_at);
CREATE INDEX screenings_by_person ON screenings(person_id, started_at);
CREATE INDEX screenings_by_instrument ON screenings(instrument_id, started_at);
DROP INDEX screenings_by_screener;
CREATE INDEX screenings_by_screener ON screenings(
    screener, started_at, status, instrument_id, result_category, next_due_at, person_id
);
DROP INDEX screenings_by_status;
CREATE INDEX screenings_by_status ON screenings(status, started_at);
CREATE INDEX screenings_by_result ON screenings(result_category, started_at);
CREATE INDEX screenings_by_due ON screenings(next_due_at IS NULL, next_due_at, started_at);
CREATE INDEX amendments_by_screening ON amendments(screening_id);
CREATE INDEX assessments_by_screening ON assessments(screening_id);
CREATE INDEX actions_by_screening ON actions(screening_id, status);
CREATE TABLE answers_v5 (
    screening_id INTEGER NOT NULL REFERENCES screenings(id),
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (screening_id, question)
) WITHOUT ROWID;
INSERT INTO answers_v5 SELECT screening_id, question, answer_json, saved_at, saved_by FROM answers;
DROP TABLE answers;
ALTER TABLE answers_v5 RENAME TO answers
"""
"""Schema step 5: what makes the screenings list, the deadlines and autosave fast.

``person_search`` holds one short, case-folded key per person (case code, name, aliases): a substring search scans
these narrow rows instead of the wide ``persons`` rows. Each sort order of the list has an index ending in
``started_at`` (the rowid, the last tie-breaker, is in every index), so a page is read in index order, never sorted.
``answers`` becomes a ``WITHOUT ROWID`` table keyed by (screening, question), so saving an answer writes one b-tree
page instead of a table page and an index page. A screener's list is read from ``screenings_by_screener`` alone
(it holds every column the list filters or sorts on).
"""

RESUME_DDL = """
ALTER TABLE answers ADD COLUMN resume TEXT;
ALTER TABLE answers ADD COLUMN seq INTEGER;
ALTER TABLE screenings ADD COLUMN progress_seq INTEGER NOT NULL DEFAULT 0
"""
"""Schema step 8: an autosaved answer carries the resume point, so it no longer rewrites the screening's row.

``answers.resume`` is where the interview resumes after that answer and ``answers.seq`` the sequence number of its
audit entry (both ``NULL`` for answers saved otherwise, e.g. by an amendment). ``screenings.current_question`` holds
the resume point set without an answer (start, a move, a cleared answer) and ``progress_seq`` the last audit
entry's sequence number when it was set. The resume point is the newest of these by audit sequence
(:func:`get_screening`): the sequence, unlike the clock, only grows. ``screenings.updated_at`` no longer moves with
each answer.
"""

UNACCOMPANIED_TRI_DDL = """
ALTER TABLE persons ADD COLUMN unaccompanied_tri TEXT NOT NULL DEFAULT 'unknown';
UPDATE persons SET unaccompanied_tri = 'yes' WHERE unaccompanied = 1;
ALTER TABLE persons DROP COLUMN unaccompanied;
ALTER TABLE persons RENAME COLUMN unaccompanied_tri TO unaccompanied
"""
"""Schema step 11: whether the person is an unaccompanied child is yes, no or unknown (``core.person.Tri``).

The old column was a check box left unticked unless someone ticked it: 1 becomes yes, and 0 becomes unknown, since
an unticked box cannot tell "no" from "not asked", and a packet must not state a "no" that nobody gave.
"""

EDITABLE = ("draft", "returned")
"""Statuses in which answers may still change without an amendment."""


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
    unaccompanied: str
    age_at_exploitation: int | None
    under18_at_exploitation: str | None
    nationality: str
    created_by: str


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
    "age_at_exploitation, under18_at_exploitation, nationality"
)
_SCREENING_COLS = (
    "id, person_id, instrument_id, instrument_version, interview_language, screener_language, setting, "
    "context_json, disclosure_given_at, status, screener, started_at, updated_at, finalized_at, current_question, "
    "result_category, next_due_at, review_comment"
)
_STORED_SCREENING_COLS = _SCREENING_COLS.replace(
    "current_question",
    "COALESCE((SELECT resume FROM answers WHERE screening_id = screenings.id AND seq > screenings.progress_seq "
    "ORDER BY seq DESC LIMIT 1), current_question)",
)
"""The columns of :data:`_SCREENING_COLS` as read: the resume point is the newer of the row's and the answers'."""
_INSERTED_SCREENING_COLS = (
    "person_id",
    "instrument_id",
    "instrument_version",
    "interview_language",
    "screener_language",
    "setting",
    "context_json",
    "disclosure_given_at",
    "screener",
    "status",
    "current_question",
    "finalized_at",
    "result_category",
    "next_due_at",
)


def utc_text(when: datetime | None) -> str | None:
    """``when`` (aware) as UTC ISO text with microseconds; ``None`` stays ``None``."""
    return when.astimezone(UTC).isoformat(timespec="microseconds") if when else None


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def search_key(case_code: str, name: str, aliases: str) -> str:
    """The case-folded text a list search looks in: case code, name and aliases, one per line."""
    return "\n".join(part.casefold() for part in (case_code, name, aliases))


# -- instrument texts ---------------------------------------------------------------------------------------------


def save_instrument_source(conn: Connection, instrument_id: str, version: str, source: str) -> None:
    """Keep the text of an instrument version so its screenings always reopen with it (the first text kept wins)."""
    conn.execute(
        "INSERT INTO instrument_sources(instrument_id, version, source) VALUES (?, ?, ?) "
        "ON CONFLICT(instrument_id, version) DO NOTHING",
        (instrument_id, version, source),
    )


def instrument_source(conn: Connection, instrument_id: str, version: str) -> str | None:
    """The stored text of an instrument version, if any."""
    row = conn.execute(
        "SELECT source FROM instrument_sources WHERE instrument_id = ? AND version = ?", (instrument_id, version)
    ).fetchone()
    return row[0] if row else None


# -- persons ------------------------------------------------------------------------------------------------------


def insert_person(conn: Connection, fields: Mapping[str, Any], *, at: datetime, by: str) -> int:
    """Insert a person from ``fields`` (column names of ``persons``, ``case_code`` required) and return its id."""
    cols = [c for c in _PERSON_COLS.split(", ") if c != "id" and c in fields]
    cur = conn.execute(
        f"INSERT INTO persons({', '.join(cols)}, created_at, created_by) "  # noqa: S608 - fixed column names
        f"VALUES ({', '.join('?' for _ in cols)}, ?, ?)",
        (*(fields[c] for c in cols), utc_text(at), by),
    )
    person_id = int(cur.lastrowid or 0)
    conn.execute(
        "INSERT INTO person_search(person_id, key) VALUES (?, ?)",
        (person_id, search_key(fields["case_code"], fields.get("name", ""), fields.get("aliases", ""))),
    )
    return person_id


def update_person(conn: Connection, person_id: int, fields: Mapping[str, Any]) -> None:
    """Update the given columns of a person (never its case code) and its search key."""
    cols = [c for c in _PERSON_COLS.split(", ") if c not in ("id", "case_code") and c in fields]
    if not cols:
        return
    assignments = ", ".join(f"{c} = ?" for c in cols)
    conn.execute(f"UPDATE persons SET {assignments} WHERE id = ?", (*(fields[c] for c in cols), person_id))  # noqa: S608
    code, name, aliases = conn.execute(
        "SELECT case_code, name, aliases FROM persons WHERE id = ?", (person_id,)
    ).fetchone()
    conn.execute("UPDATE person_search SET key = ? WHERE person_id = ?", (search_key(code, name, aliases), person_id))


def fill_person_search(conn: Connection) -> None:
    """Write the search key of every person that has none (schema step 5 on an existing database)."""
    rows = conn.execute(
        "SELECT id, case_code, name, aliases FROM persons WHERE id NOT IN (SELECT person_id FROM person_search)"
    ).fetchall()
    conn.executemany(
        "INSERT INTO person_search(person_id, key) VALUES (?, ?)",
        [(pid, search_key(code, name, aliases)) for pid, code, name, aliases in rows],
    )


def case_code_exists(conn: Connection, case_code: str) -> bool:
    """Whether a case code is already taken."""
    return conn.execute("SELECT 1 FROM persons WHERE case_code = ?", (case_code,)).fetchone() is not None


def get_person(conn: Connection, person_id: int) -> PersonRow:
    """The person with ``person_id``.

    Raises:
        LookupError: No such person.
    """
    row = conn.execute(
        f"SELECT {_PERSON_COLS}, created_by FROM persons WHERE id = ?",  # noqa: S608 - fixed column names
        (person_id,),
    ).fetchone()
    if row is None:
        raise LookupError(person_id)
    return PersonRow(*row)


def person_screeners(conn: Connection, person_id: int) -> set[str]:
    """The user names that screened a person."""
    return {s for (s,) in conn.execute("SELECT DISTINCT screener FROM screenings WHERE person_id = ?", (person_id,))}


def drafts_of_person(conn: Connection, person_id: int) -> list[int]:
    """The ids of the drafts of a person (whoever screens them), oldest first."""
    rows = conn.execute("SELECT id FROM screenings WHERE person_id = ? AND status = 'draft' ORDER BY id", (person_id,))
    return [int(screening_id) for (screening_id,) in rows]


# -- screenings ---------------------------------------------------------------------------------------------------


def insert_screening(conn: Connection, fields: Mapping[str, Any], *, at: datetime) -> int:
    """Insert a screening (a draft unless ``fields`` says otherwise) started at ``at``; return its id.

    ``fields`` uses the column names of ``screenings``, with ``context`` as a dict; ``person_id``, ``instrument_id``,
    ``instrument_version``, the two languages, ``setting`` and ``screener`` are required.
    """
    values = dict(fields)
    values["context_json"] = _json(values.pop("context", {}))
    cols = [c for c in _INSERTED_SCREENING_COLS if c in values]
    cur = conn.execute(
        f"INSERT INTO screenings({', '.join(cols)}, started_at, updated_at) "  # noqa: S608 - fixed column names
        f"VALUES ({', '.join('?' for _ in cols)}, ?, ?)",
        (*(values[c] for c in cols), utc_text(at), utc_text(at)),
    )
    return int(cur.lastrowid or 0)


def get_screening(conn: Connection, screening_id: int) -> ScreeningRow:
    """The screening with ``screening_id`` (without answers).

    Raises:
        LookupError: No such screening.
    """
    sql = f"SELECT {_STORED_SCREENING_COLS} FROM screenings WHERE id = ?"  # noqa: S608 - fixed column names
    row = conn.execute(sql, (screening_id,)).fetchone()
    if row is None:
        raise LookupError(screening_id)
    values = list(row)
    values[7] = json.loads(values[7])
    return ScreeningRow(*values)


def update_screening(conn: Connection, screening_id: int, *, at: datetime, **fields: Any) -> None:
    """Set the given columns of a screening and its ``updated_at``; ``context`` is stored as JSON."""
    if "context" in fields:
        fields["context_json"] = _json(fields.pop("context"))
    allowed = set(_SCREENING_COLS.split(", ")) - {"id", "person_id", "instrument_id", "instrument_version"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown screening columns: {sorted(unknown)}")
    cols = sorted(fields)
    assignments = ", ".join(f"{c} = ?" for c in [*cols, "updated_at"])
    conn.execute(
        f"UPDATE screenings SET {assignments} WHERE id = ?",  # noqa: S608 - checked column names
        (*(fields[c] for c in cols), utc_text(at), screening_id),
    )


def record_progress(conn: Connection, screening_id: int, *, current_question: str, at: datetime) -> bool:
    """Set the resume point and ``updated_at`` of an editable screening; whether it was editable.

    It outranks every answer saved so far (it takes the last audit entry's sequence number, :data:`RESUME_DDL`), so
    an audited change must append its entry first.
    """
    cur = conn.execute(
        "UPDATE screenings SET current_question = ?, updated_at = ?, "
        "progress_seq = (SELECT coalesce(max(seq), 0) FROM audit_log) WHERE id = ? AND status IN (?, ?)",
        (current_question, utc_text(at), screening_id, *EDITABLE),
    )
    return cur.rowcount == 1


# -- answers and amendments ---------------------------------------------------------------------------------------


_ANSWER_UPSERT = (
    "ON CONFLICT(screening_id, question) DO UPDATE SET answer_json = excluded.answer_json, "
    "saved_at = excluded.saved_at, saved_by = excluded.saved_by"
)


def save_answer(
    conn: Connection, screening_id: int, question: str, answer: Mapping[str, Any], *, at: datetime, by: str
) -> None:
    """Insert or replace the answer to one question (JSON from ``Answer.to_json``), leaving the resume point alone."""
    conn.execute(
        "INSERT INTO answers(screening_id, question, answer_json, saved_at, saved_by) VALUES (?, ?, ?, ?, ?) "
        + _ANSWER_UPSERT,
        (screening_id, question, _json(answer), utc_text(at), by),
    )


def autosave_answer(
    conn: Connection,
    screening_id: int,
    question: str,
    answer: Mapping[str, Any],
    *,
    resume: str,
    seq: int,
    at: datetime,
    by: str,
) -> bool:
    """Save the answer to one question of an editable screening with the resume point; whether it was editable.

    ``seq`` is the sequence number of the answer's audit entry, appended in the same transaction (:data:`RESUME_DDL`).
    The screening's row is only read (the editable check), so the answer writes one page of its own.
    """
    cur = conn.execute(
        "INSERT INTO answers(screening_id, question, answer_json, saved_at, saved_by, resume, seq) "
        "SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM screenings WHERE id = ? AND status IN (?, ?)) "
        + _ANSWER_UPSERT
        + ", resume = excluded.resume, seq = excluded.seq",
        (screening_id, question, _json(answer), utc_text(at), by, resume, seq, screening_id, *EDITABLE),
    )
    return cur.rowcount == 1


def delete_answer(conn: Connection, screening_id: int, question: str) -> None:
    """Remove the answer to one question."""
    conn.execute("DELETE FROM answers WHERE screening_id = ? AND question = ?", (screening_id, question))


def answers(conn: Connection, screening_id: int) -> dict[str, dict[str, Any]]:
    """The stored answers of a screening, question name to answer JSON."""
    rows = conn.execute("SELECT question, answer_json FROM answers WHERE screening_id = ?", (screening_id,))
    return {q: json.loads(a) for q, a in rows}


def add_amendment(
    conn: Connection,
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
            _json(before) if before is not None else None,
            _json(after),
            reason,
            utc_text(at),
            by,
        ),
    )


def amendments(conn: Connection, screening_id: int) -> list[dict[str, Any]]:
    """All amendments of a screening, oldest first: question, before, after (answer JSON), reason, at, by."""
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


# -- assessments --------------------------------------------------------------------------------------------------


def save_assessment(
    conn: Connection, screening_id: int, payload: Mapping[str, Any], *, rules_version: str, at: datetime
) -> None:
    """Append an assessment (earlier ones are kept)."""
    conn.execute(
        "INSERT INTO assessments(screening_id, computed_at, rules_version, assessment_json) VALUES (?, ?, ?, ?)",
        (screening_id, utc_text(at), rules_version, _json(payload)),
    )


def latest_assessment(conn: Connection, screening_id: int) -> dict[str, Any] | None:
    """The newest assessment of a screening."""
    row = conn.execute(
        "SELECT assessment_json FROM assessments WHERE screening_id = ? ORDER BY id DESC LIMIT 1", (screening_id,)
    ).fetchone()
    return json.loads(row[0]) if row else None
