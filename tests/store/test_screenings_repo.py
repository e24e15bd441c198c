from store_helpers import ANSWER, T0, autosave

from fieldscreen.store import screenings_repo
from fieldscreen.store.connection import transaction


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
