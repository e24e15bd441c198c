import secrets
from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3
from store_helpers import autosave

from fieldscreen.store import audit
from fieldscreen.store.connection import rekey, transaction

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def chain(db):
    key = audit.audit_key(db)
    for i, action in enumerate(["sign_in", "account_add", "settings_change", "lock", "sign_in"]):
        audit.append(
            db, key, at=T0 + timedelta(minutes=i), actor="ana", action=action, subject=f"s{i}", detail={"n": i}
        )
    return key


def _untrigger(db):
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")


def test_intact_chain_verifies(db, chain):
    report = audit.verify(db, chain)
    assert report.ok and report.entries_checked == 5 and report.first_bad_seq is None
    assert "5 entries" in report.message


def test_the_log_refuses_update_and_delete(db, chain):
    with pytest.raises(sqlcipher3.IntegrityError):
        db.execute("UPDATE audit_log SET action = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError):
        db.execute("DELETE FROM audit_log WHERE seq = 2")


def test_edited_entry_is_named(db, chain):
    _untrigger(db)
    db.execute("UPDATE audit_log SET subject = 'someone-else' WHERE seq = 3")
    report = audit.verify(db, chain)
    assert not report.ok and report.first_bad_seq == 3
    assert "3" in report.message


def test_deleted_entry_is_named(db, chain):
    _untrigger(db)
    db.execute("DELETE FROM audit_log WHERE seq = 2")
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 2)


def test_deleted_tail_is_named(db, chain):
    _untrigger(db)
    db.execute("DELETE FROM audit_log WHERE seq >= 4")
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 4)


def test_moved_entry_is_named(db, chain):
    _untrigger(db)
    db.execute("UPDATE audit_log SET seq = 99 WHERE seq = 2")
    db.execute("UPDATE audit_log SET seq = 2 WHERE seq = 4")
    db.execute("UPDATE audit_log SET seq = 4 WHERE seq = 99")
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 2)


def test_entry_moved_to_the_end_is_named(db, chain):
    _untrigger(db)
    db.execute("UPDATE audit_log SET seq = 6 WHERE seq = 3")
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 3)


def test_chain_still_verifies_after_a_rekey(db, chain):
    rekey(db, secrets.token_bytes(32))
    assert audit.verify(db, audit.audit_key(db)).ok


def test_recent_newest_first_and_by_action(db, chain):
    entries = audit.recent(db, limit=3)
    assert [e.seq for e in entries] == [5, 4, 3]
    assert entries[0].detail == {"n": 4} and entries[0].at == T0 + timedelta(minutes=4)
    assert [e.seq for e in audit.recent(db, action="sign_in")] == [5, 1]


def test_recent_by_action_reads_the_index_which_answers_skip(db, chain):
    for action in audit.UNINDEXED_ACTIONS:
        audit.append(db, chain, at=T0, actor="ana", action=action, subject="7")
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    assert [e.seq for e in audit.recent(db, action="sign_in")] == [5, 1]
    assert [e.seq for e in audit.recent(db, action="screening_answer")] == [6]
    db.set_trace_callback(None)
    plan = db.execute(f"EXPLAIN QUERY PLAN {statements[0]}").fetchall()
    assert "INDEX audit_log_by_action" in " ".join(row[-1] for row in plan)
    partial = {row[1]: row[4] for row in db.execute("PRAGMA index_list(audit_log)")}
    assert partial == {"audit_log_by_action": 1}


def test_an_entry_in_a_rolled_back_transaction_leaves_no_trace(db, chain):
    with pytest.raises(RuntimeError), transaction(db):
        assert audit.append(db, chain, at=T0, actor="ana", action="screening_finalize", subject="7") == 6
        raise RuntimeError("the finalize's write failed")
    assert audit.verify(db, chain).entries_checked == 5
    assert audit.append(db, chain, at=T0, actor="ana", action="screening_finalize", subject="7") == 6
    assert audit.verify(db, chain).ok


def _head(db):
    return db.execute("SELECT last_seq FROM audit_head").fetchone()[0]


def test_an_answers_entry_leaves_the_head_and_its_row_marks_the_end(db, chain, screening):
    assert autosave(db, screening, "q1", resume="q2") and autosave(db, screening, "q2", resume="q3")
    assert _head(db) == 5 and audit.last_entry(db)[0] == 7
    assert audit.verify(db, chain).ok and audit.verify(db, chain).entries_checked == 7
    audit.append(db, chain, at=T0, actor="ana", action="screening_answer_clear", subject=str(screening))
    db.execute("DELETE FROM answers WHERE question = 'q2'")  # as clearing an answer does, after its entry
    assert _head(db) == 8 and audit.verify(db, chain).ok


def test_a_removed_answers_entry_at_the_end_is_named(db, chain, screening):
    autosave(db, screening, "q1", resume="q2")
    autosave(db, screening, "q2", resume="q3")
    _untrigger(db)
    db.execute("DELETE FROM audit_log WHERE seq = 7")
    assert (audit.verify(db, chain).ok, audit.verify(db, chain).first_bad_seq) == (False, 7)
    assert "7 and those after it are missing" in audit.verify(db, chain).message


def test_an_answers_entry_whose_answer_is_gone_is_named(db, chain, screening):
    autosave(db, screening, "q1", resume="q2")
    autosave(db, screening, "q2", resume="q3")
    db.execute("DELETE FROM answers WHERE question = 'q2'")  # the answer removed, its entry (7) left
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 7) and "no longer stored" in report.message


def test_a_removed_end_stays_a_gap_after_the_next_entry(db, chain):
    _untrigger(db)
    db.execute("DELETE FROM audit_log WHERE seq >= 4")  # the head's entry (5) with it
    assert audit.append(db, chain, at=T0, actor="ana", action="sign_in") == 6, "chained on from the head"
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 4) and "missing" in report.message


def test_a_removed_end_is_named_after_an_answer_takes_its_numbers(db, chain, screening):
    _untrigger(db)
    db.execute("DELETE FROM audit_log WHERE seq = 5")  # the head's own entry
    assert autosave(db, screening, "q1", resume="q2")  # takes number 5: the head names another MAC
    assert (audit.verify(db, chain).ok, audit.verify(db, chain).first_bad_seq) == (False, 5)
    db.execute("DELETE FROM audit_log WHERE seq >= 4")
    assert autosave(db, screening, "q2", resume="q3")  # number 4: the head is past the end
    assert (audit.verify(db, chain).ok, audit.verify(db, chain).first_bad_seq) == (False, 5)


def test_a_removed_answers_entry_is_named_after_the_next_entry_takes_its_number(db, chain, screening):
    autosave(db, screening, "q1", resume="q2")
    autosave(db, screening, "q2", resume="q3")
    _untrigger(db)
    db.execute("DELETE FROM audit_log WHERE seq = 7")  # q2's entry; q2's answer still names it
    assert audit.append(db, chain, at=T0, actor="ana", action="lock") == 7
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 7) and "does not match the answer" in report.message


def test_an_answer_that_names_another_entry_is_named(db, chain, screening):
    autosave(db, screening, "q1", resume="q2")
    autosave(db, screening, "q2", resume="q3")
    db.execute("UPDATE answers SET seq = 3 WHERE question = 'q1'")  # entry 3 is a settings change
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 3) and "does not match the answer" in report.message


def test_the_first_of_two_problems_at_the_end_is_named(db, chain, screening):
    autosave(db, screening, "q1", resume="q2")
    autosave(db, screening, "q2", resume="q3")
    audit.append(db, chain, at=T0, actor="ana", action="sign_in")
    db.execute("DELETE FROM answers WHERE question = 'q2'")  # entry 7 no longer marked
    fifth = db.execute("SELECT mac FROM audit_log WHERE seq = 5").fetchone()[0]
    db.execute("UPDATE audit_head SET last_seq = 5, last_mac = ?", (fifth,))  # entry 8 after a rewound head
    assert audit.verify(db, chain).first_bad_seq == 7


def test_another_entry_after_the_head_is_named(db, chain, screening):
    autosave(db, screening, "q1", resume="q2")
    audit.append(db, chain, at=T0, actor="ana", action="sign_in")
    fifth = db.execute("SELECT mac FROM audit_log WHERE seq = 5").fetchone()[0]
    db.execute("UPDATE audit_head SET last_seq = 5, last_mac = ?", (fifth,))  # the head rewound past entry 7
    report = audit.verify(db, chain)
    assert (report.ok, report.first_bad_seq) == (False, 7) and "added outside" in report.message


def test_a_head_that_names_another_mac_is_named(db, chain):
    db.execute("UPDATE audit_head SET last_mac = ?", (bytes(32),))
    assert (audit.verify(db, chain).ok, audit.verify(db, chain).first_bad_seq) == (False, 5)
