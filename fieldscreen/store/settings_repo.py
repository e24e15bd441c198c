"""The SQL of the ``settings`` table (installation-wide key/value text)."""

from __future__ import annotations

from .connection import Connection


def get_all(conn: Connection) -> dict[str, str]:
    """Every stored setting."""
    return dict(conn.execute("SELECT key, value FROM settings").fetchall())


def put(conn: Connection, key: str, value: str) -> None:
    """Store one setting."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
