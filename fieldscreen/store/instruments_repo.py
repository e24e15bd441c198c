"""The SQL of the installed instruments: those imported into the database, and the built-in ones switched off.

Imported instruments are kept as their YAML text, every version, never deleted: a screening always reopens with the
version it began with. Built-in instruments live in the application's files; the database only remembers which of
their versions an administrator disabled. Functions run on the DB thread inside the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from .connection import Connection

INSTRUMENTS_DDL = """
CREATE TABLE imported_instruments (
    instrument_id TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (instrument_id, version)
);
CREATE TABLE disabled_builtin_instruments (
    instrument_id TEXT NOT NULL,
    version TEXT NOT NULL,
    disabled_at TEXT NOT NULL,
    disabled_by TEXT NOT NULL,
    PRIMARY KEY (instrument_id, version)
)
"""


@dataclass(frozen=True)
class ImportedRow:
    """One imported instrument version as stored."""

    instrument_id: str
    version: str
    source: str
    enabled: bool
    imported_at: datetime
    imported_by: str


def _text(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def insert_imported(conn: Connection, row: ImportedRow) -> None:
    """Store an imported instrument version (the id and version must be new)."""
    conn.execute(
        "INSERT INTO imported_instruments (instrument_id, version, source, enabled, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (row.instrument_id, row.version, row.source, int(row.enabled), _text(row.imported_at), row.imported_by),
    )


def imported(conn: Connection) -> list[ImportedRow]:
    """Every imported instrument version, by id and import time."""
    rows = conn.execute(
        "SELECT instrument_id, version, source, enabled, imported_at, imported_by FROM imported_instruments "
        "ORDER BY instrument_id, imported_at"
    )
    return [ImportedRow(i, v, s, bool(e), datetime.fromisoformat(at), by) for i, v, s, e, at, by in rows]


def imported_source(conn: Connection, instrument_id: str, version: str) -> str | None:
    """The YAML text of an imported instrument version, if it was imported."""
    row = conn.execute(
        "SELECT source FROM imported_instruments WHERE instrument_id = ? AND version = ?", (instrument_id, version)
    ).fetchone()
    return row[0] if row else None


def set_imported_enabled(conn: Connection, instrument_id: str, version: str, enabled: bool) -> bool:
    """Enable or disable an imported instrument version; ``False`` if there is no such version."""
    cursor = conn.execute(
        "UPDATE imported_instruments SET enabled = ? WHERE instrument_id = ? AND version = ?",
        (int(enabled), instrument_id, version),
    )
    return cursor.rowcount == 1


def disabled_builtins(conn: Connection) -> set[tuple[str, str]]:
    """The ``(id, version)`` of every built-in instrument version an administrator disabled."""
    return {(i, v) for i, v in conn.execute("SELECT instrument_id, version FROM disabled_builtin_instruments")}


def set_builtin_enabled(
    conn: Connection, instrument_id: str, version: str, enabled: bool, *, at: datetime, by: str
) -> None:
    """Enable (forget the switch) or disable a built-in instrument version."""
    if enabled:
        conn.execute(
            "DELETE FROM disabled_builtin_instruments WHERE instrument_id = ? AND version = ?", (instrument_id, version)
        )
    else:
        conn.execute(
            "INSERT INTO disabled_builtin_instruments (instrument_id, version, disabled_at, disabled_by) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (instrument_id, version) DO NOTHING",
            (instrument_id, version, _text(at), by),
        )
