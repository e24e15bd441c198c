from datetime import UTC, datetime, timedelta

import pytest

from fieldscreen.store import audit, screenings_repo
from fieldscreen.store.connection import transaction

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ANSWER = {"status": "answered", "value": "no"}


@pytest.fixture
def screening(db):
    """A draft resuming at ``q1``, with its person and instrument text."""
    screenings_repo.save_instrument_source(db, "brief", "1.0.0", "text")
    person = screenings_repo.insert_person(db, {"case_code": "FS-1", "discovered_at": "2026-03-01"}, at=T0, by="ana")
    fields = {
        "person_id": person,
        "instrument_id": "brief",
        "instrument_version": "1.0.0",
        "interview_language": "en",
        "screener_language": "en",
        "setting": "social_service",
        "screener": "ana",
        "current_question": "q1",
    }
    return screenings_repo.insert_screening(db, fields, at=T0)


def autosave(db, screening_id: int, question: str, resume: str, minutes: int = 1) -> bool:
    """Save an answer the way the service does: its audit entry, then the answer with the resume point."""
    at = T0 + timedelta(minutes=minutes)
    with transaction(db):
        seq = audit.append(db, audit.audit_key(db), at=at, actor="ana", action="screening_answer")
        return screenings_repo.autosave_answer(
            db, screening_id, question, ANSWER, resume=resume, seq=seq, at=at, by="ana"
        )


def move(db, screening_id: int, question: str) -> bool:
    with transaction(db):
        return screenings_repo.record_progress(db, screening_id, current_question=question, at=T0)


def test_an_autosaved_answer_moves_the_resume_point_without_writing_the_screening(db, screening):
    before = db.execute("SELECT * FROM screenings WHERE id = ?", (screening,)).fetchone()
    assert autosave(db, screening, "q1", resume="q2")
    assert db.execute("SELECT * FROM screenings WHERE id = ?", (screening,)).fetchone() == before
    assert screenings_repo.get_screening(db, screening).current_question == "q2"
    assert screenings_repo.answers(db, screening) == {"q1": ANSWER}


def test_the_newest_of_moves_and_answers_is_the_resume_point(db, screening):
    autosave(db, screening, "q1", resume="q2")
    autosave(db, screening, "q2", resume="q3", minutes=0)  # the clock went back: the audit order still counts
    assert screenings_repo.get_screening(db, screening).current_question == "q3"
    assert move(db, screening, "q1")
    assert screenings_repo.get_screening(db, screening).current_question == "q1"
    autosave(db, screening, "q1", resume="q2")
    assert screenings_repo.get_screening(db, screening).current_question == "q2"


def test_an_amendment_leaves_the_resume_point(db, screening):
    autosave(db, screening, "q1", resume="q2")
    screenings_repo.save_answer(db, screening, "q1", {"status": "answered", "value": "yes"}, at=T0, by="ana")
    screenings_repo.save_answer(db, screening, "q5", ANSWER, at=T0, by="ana")
    assert screenings_repo.get_screening(db, screening).current_question == "q2"


def test_a_finalized_screening_takes_no_autosave_and_no_move(db, screening):
    screenings_repo.update_screening(db, screening, at=T0, status="finalized")
    assert not autosave(db, screening, "q1", resume="q2")
    assert not move(db, screening, "q3")
    assert screenings_repo.answers(db, screening) == {}
    assert screenings_repo.get_screening(db, screening).current_question == "q1"
