import secrets

from fieldscreen.store import migrations
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.screening_lists import ListFilter, list_page


def test_step_5_keeps_answers_and_indexes_existing_persons(tmp_path):
    conn = open_encrypted(tmp_path / "old.db", secrets.token_bytes(32))
    try:
        migrations.migrate(conn, target=4)
        conn.execute(
            "INSERT INTO persons (id, case_code, name, discovered_at, created_at, created_by) "
            "VALUES (1, 'FS-AAAA-BBBB', 'Ólafur Example', '2026-01-01', '2026-01-01', 'a')"
        )
        conn.execute("INSERT INTO instrument_sources VALUES ('brief', '1.0.0', 'text')")
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
