"""Store fixtures: a temporary encrypted database on disk, migrated to the latest schema, and cheap Argon2 costs."""

from __future__ import annotations

import secrets

import pytest
from store_helpers import T0

from fieldscreen.store import migrations, screenings_repo
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.kdf import KdfParams

FAST_KDF = KdfParams(memory_kib=64, iterations=1, parallelism=1)


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def db_key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "fieldscreen.db"


@pytest.fixture
def db(db_path, db_key):
    """An open connection (test thread) to a real SQLCipher file at the latest schema."""
    conn = open_encrypted(db_path, db_key)
    migrations.migrate(conn)
    yield conn
    conn.close()


def _flip_byte(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def flip_byte():
    """A function that flips one bit of the byte at ``offset`` of the file at ``path``."""
    return _flip_byte


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
