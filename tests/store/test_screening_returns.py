from datetime import UTC, datetime, timedelta

from fieldscreen.store import audit
from fieldscreen.store.screening_returns import ReturnRecord, last_return

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _log(db, *entries: tuple[str, str, str]) -> None:
    """Append (action, subject, question) entries one minute apart, by sue for a return, else by alice."""
    key = audit.audit_key(db)
    for i, (action, subject, question) in enumerate(entries):
        actor = "sue" if action == "screening_return" else "alice"
        detail = {"question": question} if question else None
        at = T0 + timedelta(minutes=i)
        audit.append(db, key, at=at, actor=actor, action=action, subject=subject, detail=detail)


def test_a_screening_never_returned_has_no_return(db):
    _log(db, ("screening_answer", "1", "hurt"), ("screening_finalize", "1", ""), ("screening_return", "2", ""))
    assert last_return(db, 1) is None


def test_the_latest_return_and_the_questions_changed_until_finalized_again(db):
    _log(
        db,
        ("screening_answer", "1", "hurt"),
        ("screening_finalize", "1", ""),
        ("screening_return", "1", ""),
        ("screening_answer", "1", "threatened"),
        ("context_update", "1", ""),  # before the latest return
        ("screening_finalize", "1", ""),
        ("screening_return", "1", ""),  # the latest return, at T0 + 6 minutes
        ("screening_answer", "1", "hurt"),
        ("screening_answer", "2", "papers_kept"),  # another screening
        ("screening_answer_clear", "1", "owes_money"),
        ("screening_answer", "1", "hurt"),
        ("person_update", "1", ""),
        ("person_update", "1", ""),
        ("context_update", "2", ""),
        ("screening_finalize", "1", ""),
        ("screening_amend", "1", "threatened"),  # after finalizing: an amendment, not a change after the return
    )
    assert last_return(db, 1) == ReturnRecord(T0 + timedelta(minutes=6), "sue", ("hurt", "owes_money"), ("person",))


def test_a_return_not_finalized_again_counts_every_change_since(db):
    _log(db, ("screening_finalize", "1", ""), ("screening_return", "1", ""), ("screening_answer", "1", "hurt"))
    assert last_return(db, 1) == ReturnRecord(T0 + timedelta(minutes=1), "sue", ("hurt",))


def test_the_queries_read_the_index_and_the_stretch_of_the_chain(db):
    _log(db, ("screening_finalize", "1", ""), ("screening_return", "1", ""), ("screening_answer", "1", "hurt"))
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    last_return(db, 1)
    db.set_trace_callback(None)
    plans = [" ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}")) for sql in statements]
    assert plans == [
        "SEARCH audit_log USING INDEX audit_log_by_action (action=?)",
        "SEARCH audit_log USING INDEX audit_log_by_action (action=? AND seq>?)",
        "SEARCH audit_log USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)",
        "SEARCH screenings USING COVERING INDEX screenings_by_person (person_id=?) "
        "SCALAR SUBQUERY 1 SEARCH screenings USING INTEGER PRIMARY KEY (rowid=?)",
        "SEARCH audit_log USING INTEGER PRIMARY KEY (rowid>? AND rowid<?) USE TEMP B-TREE FOR DISTINCT",
    ]
