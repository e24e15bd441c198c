"""Rows the benches copy in bulk: a screening like a real one, with its instrument and result, under another person."""

from __future__ import annotations

from datetime import datetime

from fieldscreen.store import screenings_repo
from fieldscreen.store.connection import Connection
from fieldscreen.store.screenings_repo import ScreeningRow


def screening_like(conn: Connection, screening: ScreeningRow, person_id: int, status: str, now: datetime) -> int:
    """Insert a screening of ``person_id`` with ``screening``'s instrument and result, finalized at ``now``; its id."""
    fields = {
        "person_id": person_id,
        "instrument_id": screening.instrument_id,
        "instrument_version": screening.instrument_version,
        "interview_language": "en",
        "screener_language": "en",
        "setting": "health",
        "screener": "admin",
        "status": status,
        "current_question": "",
        "finalized_at": screenings_repo.utc_text(now),
        "result_category": screening.result_category,
    }
    return screenings_repo.insert_screening(conn, fields, at=now)
