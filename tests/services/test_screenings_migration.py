import secrets

from fieldscreen.store import migrations, packets_repo
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.screening_lists import ListFilter, list_page


def _person_and_instrument(conn) -> None:
    """Person 1 and the instrument text its screenings use, as any schema version from 3 on stores them."""
    conn.execute(
        "INSERT INTO persons (id, case_code, name, discovered_at, created_at, created_by) "
        "VALUES (1, 'FS-AAAA-BBBB', 'Ólafur Example', '2026-01-01', '2026-01-01', 'a')"
    )
    conn.execute("INSERT INTO instrument_sources VALUES ('brief', '1.0.0', 'text')")


def test_step_5_keeps_answers_and_indexes_existing_persons(tmp_path):
    conn = open_encrypted(tmp_path / "old.db", secrets.token_bytes(32))
    try:
        migrations.migrate(conn, target=4)
        _person_and_instrument(conn)
        conn.execute(
            "INSERT INTO screenings (id, person_id, instrument_id, instrument_version, interview_language, "
            "screener_language, setting, screener, started_at, updated_at) "
            "VALUES (7, 1, 'brief', '1.0.0', 'en', 'en', 'health', 'a', '2026-01-01', '2026-01-01')"
        )
        conn.execute("INSERT INTO answers VALUES (7, 'hurt', '{\"status\": \"declined\"}', '2026-01-01', 'a')")

        assert migrations.migrate(conn) == 4
        assert migrations.schema_version(conn) == migrations.LATEST
        assert conn.execute("SELECT screening_id, question, answer_json FROM answers").fetchall() == [
            (7, "hurt", '{"status": "declined"}')
        ]
        assert "WITHOUT ROWID" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
        for search in ("ólafur", "aaaa-bb"):
            rows, total = list_page(
                conn, ListFilter(search=search), order="started_at", descending=True, limit=10, offset=0
            )
            assert (total, [r.id for r in rows]) == (1, [7])
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_step_10_marks_the_finalized_screenings_whose_packet_is_older_than_their_answers(tmp_path):
    conn = open_encrypted(tmp_path / "old.db", secrets.token_bytes(32))
    try:
        migrations.migrate(conn, target=9)
        _person_and_instrument(conn)
        finalized = "2026-03-01T10:00:00.000000+00:00"
        after = "2026-03-01T10:00:00.000001+00:00"
        screenings = {  # id: (status, packet built at, amended at)
            1: ("finalized", None, None),  # no packet: due
            2: ("finalized", "2026-03-01T10:00:00.000000Z", None),  # packet of the finalization: current
            3: ("approved", "2026-03-01T10:00:00.500000Z", after),  # amended before the packet: current
            4: ("finalized", "2026-03-01T10:00:00.500000Z", "2026-03-01T10:00:01.000000+00:00"),  # amended after
            5: ("draft", None, None),  # nothing to send yet
            6: ("returned", "2026-03-01T10:00:00.000000Z", None),  # back with its screener
            7: ("finalized", "2026-03-01T09:00:00.000000Z", None),  # finalized again after its first packet
        }
        for screening_id, (status, packet_at, amended_at) in screenings.items():
            conn.execute(
                "INSERT INTO screenings (id, person_id, instrument_id, instrument_version, interview_language, "
                "screener_language, setting, screener, started_at, updated_at, status, finalized_at) "
                "VALUES (?, 1, 'brief', '1.0.0', 'en', 'en', 'health', 'a', '2026-01-01', '2026-01-01', ?, ?)",
                (screening_id, status, None if status == "draft" else finalized),
            )
            if packet_at:
                conn.execute(
                    "INSERT INTO packets (screening_id, kind, version, created_at, case_code, pdf, sha256,"
                    " source_sha256, manifest) VALUES (?, 'referral', 1, ?, 'FS-AAAA-BBBB', x'25', ?, ?, '{}')",
                    (screening_id, packet_at, "a" * 64, "b" * 64),
                )
            if amended_at:
                conn.execute(
                    "INSERT INTO amendments (screening_id, question, after_json, reason, at, by_user) "
                    "VALUES (?, 'hurt', '{}', 'r', ?, 'a')",
                    (screening_id, amended_at),
                )

        migrations.migrate(conn)
        assert packets_repo.due_screenings(conn, None) == [1, 4, 7]
        assert packets_repo.due_screenings(conn, "someone else") == []
        packets_repo.clear_due(conn, 4, 0)
        assert packets_repo.due_seq(conn, 4) is None and packets_repo.due_seq(conn, 1) == 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
