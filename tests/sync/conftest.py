"""Fixtures for the sync tests: real SQLCipher databases, office keys, a real WebDAV server and a fault proxy."""

from __future__ import annotations

import pytest
from sync_helpers import START, FakeClock, create_db

from fieldscreen.store.outbox import IngestedStore, Outbox
from fieldscreen.sync.office_keys import generate_office_key


@pytest.fixture
def office():
    return generate_office_key("Central Intake Office", START.date())


@pytest.fixture
def db(tmp_path):
    conn, _ = create_db(tmp_path / "laptop.db")
    yield conn
    conn.close()


@pytest.fixture
def office_db(tmp_path):
    conn, _ = create_db(tmp_path / "office.db")
    yield conn
    conn.close()


@pytest.fixture
def outbox(db):
    return Outbox(db)


@pytest.fixture
def ingested(office_db):
    return IngestedStore(office_db)


@pytest.fixture
def clock():
    return FakeClock()
