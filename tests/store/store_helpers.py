"""Writes the store tests share: an answer autosaved the way the service saves it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fieldscreen.store import audit, screenings_repo
from fieldscreen.store.connection import Connection, transaction

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ANSWER = {"status": "answered", "value": "no"}


def autosave(db: Connection, screening_id: int, question: str, resume: str, minutes: int = 1) -> bool:
    """Save an answer the way the service does: its audit entry, then the answer with the resume point."""
    at = T0 + timedelta(minutes=minutes)
    with transaction(db):
        seq = audit.append_answer(
            db, audit.audit_key(db), at=at, actor="ana", screening_id=screening_id, question=question
        )
        return screenings_repo.autosave_answer(
            db, screening_id, question, ANSWER, resume=resume, seq=seq, at=at, by="ana"
        )
