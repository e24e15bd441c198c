"""Whether the installation works in a clinical setting, where results come with ICD-10-CM code suggestions.

Stored in the ``settings`` table under :data:`KEY` ("1" or "0"); off unless an administrator turns it on.
"""

from __future__ import annotations

from fieldscreen.store import settings_repo
from fieldscreen.store.connection import Connection

KEY = "clinical_setting"


def is_clinical(conn: Connection) -> bool:
    """Whether ICD-10-CM suggestions are shown (DB thread)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (KEY,)).fetchone()
    return row is not None and row[0] == "1"


def set_clinical(conn: Connection, enabled: bool) -> None:
    """Turn ICD-10-CM suggestions on or off (DB thread, in the caller's transaction)."""
    settings_repo.put(conn, KEY, "1" if enabled else "0")
