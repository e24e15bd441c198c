"""The SQL of the ``sync_settings`` table: the office key, the sync target and its credentials.

Kept apart from the ``settings`` table, which any signed-in person may read in full: this one holds secrets (the
receiving office's private key, the target's password or token), which only leave the encrypted database in memory,
for the moment they are used.
"""

from __future__ import annotations

from .connection import Connection

SYNC_SETTINGS_DDL = "CREATE TABLE sync_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
"""Schema of the table; the migrations module runs it as one step."""


def get(conn: Connection, key: str) -> str | None:
    """One stored value, or None."""
    row = conn.execute("SELECT value FROM sync_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put(conn: Connection, key: str, value: str) -> None:
    """Store one value, replacing an earlier one."""
    conn.execute(
        "INSERT INTO sync_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def delete(conn: Connection, key: str) -> None:
    """Remove one value (nothing happens when it is not stored)."""
    conn.execute("DELETE FROM sync_settings WHERE key = ?", (key,))
