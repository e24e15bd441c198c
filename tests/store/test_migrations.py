import hashlib
from datetime import UTC, datetime

import pytest

from fieldscreen.core.errors import DatabaseTooNew
from fieldscreen.core.models import Account, Role
from fieldscreen.store import accounts_repo, audit, migrations, packets_repo, screenings_repo, settings_repo
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.outbox import Outbox

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SEALED = b"age-encryption.org/v1 sealed bytes"
SEALED_HASH = hashlib.sha256(SEALED).hexdigest()
ITEM = f"{SEALED_HASH}.fsitem"


def _fill(conn, version: int) -> None:
    """Put data into a database at ``version``, using only what that version has."""
    if version >= 1:
        accounts_repo.insert(conn, Account("ana", Role.ADMINISTRATOR, "Ana", False, T0))
        settings_repo.put(conn, "agency", "Agency")
        audit.append(conn, audit.audit_key(conn), at=T0, actor="ana", action="setup")
    if version >= 3:
        for statement in (
            "INSERT INTO persons (id, case_code, discovered_at, created_at, created_by) "
            "VALUES (1, 'FS-1', 'x', 'x', 'ana')",
            "INSERT INTO instrument_sources VALUES ('brief', '1.0.0', 'text')",
            "INSERT INTO screenings (id, person_id, instrument_id, instrument_version, interview_language, "
            "screener_language, setting, screener, started_at, updated_at, current_question) "
            "VALUES (1, 1, 'brief', '1.0.0', 'en', 'en', 'social_service', 'ana', 'x', 'x', 'q2')",
            "INSERT INTO answers (screening_id, question, answer_json, saved_at, saved_by) "
            "VALUES (1, 'q1', '{\"value\": \"no\"}', 'x', 'ana')",
        ):
            conn.execute(statement)
        ticked = 1 if version < 11 else "yes"  # the unaccompanied-child box, ticked (a yes/no/unknown from step 11)
        conn.execute(
            "INSERT INTO persons (id, case_code, discovered_at, created_at, created_by, unaccompanied) "
            "VALUES (2, 'FS-2', 'x', 'x', 'ana', ?)",
            (ticked,),
        )
    if 4 <= version < 9:
        conn.execute(
            "INSERT INTO outbox_items (content_hash, packet_hash, name, sealed, size, created_at, next_attempt_at)"
            " VALUES (?, ?, ?, ?, ?, '2026-03-01T12:00:00.000000Z', '2026-03-01T12:00:00.000000Z')",
            (SEALED_HASH, "p" * 64, ITEM, SEALED, len(SEALED)),
        )
    if version >= 9:  # the sealed bytes have a table of their own
        cursor = conn.execute(
            "INSERT INTO outbox_items (content_hash, packet_hash, name, size, created_at, next_attempt_at)"
            " VALUES (?, ?, ?, ?, '2026-03-01T12:00:00.000000Z', '2026-03-01T12:00:00.000000Z')",
            (SEALED_HASH, "p" * 64, ITEM, len(SEALED)),
        )
        conn.execute("INSERT INTO outbox_sealed (item_id, sealed) VALUES (?, ?)", (cursor.lastrowid, SEALED))
    if version >= 6:
        conn.execute(
            "INSERT INTO packets (screening_id, kind, version, created_at, case_code, pdf, sha256, source_sha256,"
            " manifest, outbox_item_id) VALUES (1, 'referral', 1, 'x', 'FS-1', x'25504446', ?, ?, '{}', 1)",
            ("a" * 64, "b" * 64),
        )


def _check_filled(conn, version: int) -> None:
    """What ``_fill`` put in is still there after migrating, and autosave works on it."""
    if version >= 1:
        assert accounts_repo.get(conn, "ana").display_name == "Ana"
        assert settings_repo.get_all(conn) == {"agency": "Agency"}
        assert audit.verify(conn, audit.audit_key(conn)).ok
    if version >= 3:
        assert screenings_repo.get_screening(conn, 1).current_question == "q2"
        assert screenings_repo.answers(conn, 1) == {"q1": {"value": "no"}}
        seq = audit.append_answer(conn, audit.audit_key(conn), at=T0, actor="ana", screening_id=1, question="q2")
        assert screenings_repo.autosave_answer(conn, 1, "q2", {}, resume="q3", seq=seq, at=T0, by="ana")
        assert screenings_repo.get_screening(conn, 1).current_question == "q3"
        unticked, ticked = (screenings_repo.get_person(conn, i).unaccompanied for i in (1, 2))
        assert (unticked, ticked) == ("unknown", "yes"), "an unticked box of old is no answer, never a no"
    if version >= 4:
        outbox = Outbox(conn)
        (entry,) = outbox.due_items(T0)
        assert (entry.name, outbox.sealed_bytes(entry.id)) == (ITEM, SEALED)
    if version >= 6:
        assert packets_repo.queued_waiting(conn) == [(1, entry.id, SEALED_HASH)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("start", range(migrations.LATEST))
def test_migrates_from_every_earlier_version(db_path, db_key, start):
    conn = open_encrypted(db_path, db_key)
    migrations.migrate(conn, target=start)
    assert migrations.schema_version(conn) == start
    _fill(conn, start)
    if start >= 1:  # the check after an unclean shutdown verifies the chain before migrating
        assert audit.verify(conn, audit.audit_key(conn)).ok
    conn.close()

    backed_up: list[int] = []
    conn = open_encrypted(db_path, db_key)
    assert migrations.migrate(conn, before=backed_up.append) == start
    assert migrations.schema_version(conn) == migrations.LATEST
    assert backed_up == ([start] if start > 0 else [])
    _check_filled(conn, start)
    assert {row[1]: row[4] for row in conn.execute("PRAGMA index_list(audit_log)")} == {"audit_log_by_action": 1}
    conn.close()


def test_latest_database_is_left_alone(db):
    called: list[int] = []
    assert migrations.migrate(db, before=called.append) == migrations.LATEST
    assert called == []


def test_newer_database_is_refused_untouched(db, db_path):
    db.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        migrations.migrate(db, before=lambda v: pytest.fail("no backup for a refused database"))
    assert db_path.read_bytes() == before


def test_a_failing_step_leaves_the_previous_version(db_path, db_key, monkeypatch):
    conn = open_encrypted(db_path, db_key)
    migrations.migrate(conn, target=1)

    def broken(c):
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "STEPS", (migrations.STEPS[0], broken))
    with pytest.raises(RuntimeError):
        migrations.migrate(conn, target=2)
    assert migrations.schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone() == (0,)
    conn.close()
