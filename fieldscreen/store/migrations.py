"""Schema migrations on ``PRAGMA user_version``: one function per step, forward only.

Version 0 is an empty database. A step never changes once released; a later change is a new step appended to
``STEPS``. Each step runs in its own transaction together with its ``user_version`` update, so a crash leaves the
database at the previous version, never between two.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from fieldscreen.core.errors import DatabaseTooNew

from .audit import AUDIT_BY_ACTION_DDL
from .connection import Connection, transaction
from .instruments_repo import INSTRUMENTS_DDL
from .outbox import OUTBOX_DDL, OUTBOX_SPLIT_DDL
from .packets_repo import PACKET_DUE_DDL, PACKETS_COVERING_DDL, PACKETS_DDL
from .screenings_repo import (
    RESUME_DDL,
    SCREENING_SEARCH_DDL,
    SCREENINGS_DDL,
    UNACCOMPANIED_TRI_DDL,
    fill_person_search,
)
from .sync_settings_repo import SYNC_SETTINGS_DDL


def _v1_accounts_settings_audit(conn: Connection) -> None:
    """Accounts, settings, the audit chain and its secret."""
    for statement in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
        """CREATE TABLE accounts (
            username TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('screener', 'supervisor', 'administrator')),
            display_name TEXT NOT NULL DEFAULT '',
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            created_at TEXT NOT NULL,
            last_login_at TEXT
        )""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '{}',
            mac BLOB NOT NULL
        )""",
        """CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_seq INTEGER NOT NULL,
            last_mac BLOB NOT NULL
        )""",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    ):
        conn.execute(statement)
    conn.execute("INSERT INTO meta (key, value) VALUES ('audit_secret', ?)", (secrets.token_bytes(32),))
    conn.execute("INSERT INTO audit_head (id, last_seq, last_mac) VALUES (1, 0, ?)", (bytes(32),))


def _v2_audit_by_action(conn: Connection) -> None:
    """An index for listing the audit log by action (sign-ins, account changes) without a full scan."""
    conn.execute("CREATE INDEX audit_log_by_action ON audit_log (action, seq)")


def _run_script(conn: Connection, script: str) -> None:
    """Run ``;``-separated DDL statements one by one (inside the step's transaction, unlike ``executescript``)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v3_screenings(conn: Connection) -> None:
    """Persons, screenings, answers, amendments, assessments, actions and the instrument texts they used."""
    _run_script(conn, SCREENINGS_DDL)


def _v4_outbox(conn: Connection) -> None:
    """The outbox of sealed packets waiting for delivery and, on an office, the items ingested."""
    _run_script(conn, OUTBOX_DDL)


def _v5_screening_search(conn: Connection) -> None:
    """Indexes for the screenings list and the deadlines, and a case-folded search key per person."""
    _run_script(conn, SCREENING_SEARCH_DDL)
    fill_person_search(conn)


def _v6_packets_sync_settings(conn: Connection) -> None:
    """Every version of every referral packet, and the office key and sync target (secrets included)."""
    _run_script(conn, PACKETS_DDL)
    conn.execute(SYNC_SETTINGS_DDL)


def _v7_installed_instruments(conn: Connection) -> None:
    """Instruments imported from XLSForms (every version, as YAML text) and the built-in versions switched off."""
    _run_script(conn, INSTRUMENTS_DDL)


def _v8_lighter_autosave(conn: Connection) -> None:
    """Two pages fewer per autosaved answer: the resume point rides on the answer, answer entries skip the index."""
    _run_script(conn, RESUME_DDL)
    conn.execute("DROP INDEX audit_log_by_action")
    conn.execute(AUDIT_BY_ACTION_DDL)


def _v9_lists_without_blobs(conn: Connection) -> None:
    """Sealed bytes apart from the outbox rows; packet and ingest lists read indexes only, never the PDFs."""
    _run_script(conn, OUTBOX_SPLIT_DDL)
    _run_script(conn, PACKETS_COVERING_DDL)


def _v10_packet_due(conn: Connection) -> None:
    """Finalized screenings carry the change whose packet is not stored yet, so a kill before the packet is repaired."""
    _run_script(conn, PACKET_DUE_DDL)


def _v11_unaccompanied_tri(conn: Connection) -> None:
    """Unaccompanied child: yes, no or unknown; an unticked box of old reads as unknown, never as no."""
    _run_script(conn, UNACCOMPANIED_TRI_DDL)


def _v12_answers_mark_the_audit_end(conn: Connection) -> None:
    """No table changes: an autosaved answer's row now marks the end of the audit chain (``store/audit.py``).

    The new version keeps older fieldscreen versions, which would read such a chain as damaged, from opening it.
    """


def _v13_person_nationality(conn: Connection) -> None:
    """The person's nationality (country, in words): the HHS Request for Assistance asks for it."""
    conn.execute("ALTER TABLE persons ADD COLUMN nationality TEXT NOT NULL DEFAULT ''")


STEPS: tuple[Callable[[Connection], None], ...] = (
    _v1_accounts_settings_audit,
    _v2_audit_by_action,
    _v3_screenings,
    _v4_outbox,
    _v5_screening_search,
    _v6_packets_sync_settings,
    _v7_installed_instruments,
    _v8_lighter_autosave,
    _v9_lists_without_blobs,
    _v10_packet_due,
    _v11_unaccompanied_tri,
    _v12_answers_mark_the_audit_end,
    _v13_person_nationality,
)
LATEST = len(STEPS)


def schema_version(conn: Connection) -> int:
    """The database's ``user_version``."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(conn: Connection) -> int:
    """The schema version, after making sure this fieldscreen can read it.

    Raises:
        DatabaseTooNew: The database was written by a newer fieldscreen.
    """
    found = schema_version(conn)
    if found > LATEST:
        raise DatabaseTooNew(found, LATEST)
    return found


def migrate(conn: Connection, *, target: int = LATEST, before: Callable[[int], None] | None = None) -> int:
    """Bring the schema up to ``target``; return the version found.

    Args:
        conn: An open connection outside any transaction.
        target: The version to reach (tests build older versions with it).
        before: Called with the found version before the first step on an existing (non-empty) database; it makes
            the backup.

    Raises:
        DatabaseTooNew: The database is newer than this fieldscreen; nothing was changed.
    """
    found = check_not_too_new(conn)
    if found >= target:
        return found
    if found > 0 and before is not None:
        before(found)
    for version in range(found + 1, target + 1):
        with transaction(conn):
            STEPS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    return found
