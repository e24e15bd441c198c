"""Service fixtures: an installation in a temporary data dir with cheap Argon2 costs and a clock tests can move."""

from __future__ import annotations

import pytest
from services_support import ADMIN, ADMIN_PASSWORD, CANARY, FAST_KDF, FakeClock

from fieldscreen.services.installation import Installation


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def make_installation(data_dir, clock):
    """Build an Installation object on the same data dir (a new one stands for a restart)."""
    return lambda: Installation(data_dir, clock=clock, kdf=FAST_KDF)


@pytest.fixture
def installation(make_installation):
    return make_installation()


@pytest.fixture
def recovery_key(installation) -> str:
    return installation.set_up(
        agency=f"Agency {CANARY}",
        office=f"Office {CANARY}",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name=f"Display {CANARY}",
    )


@pytest.fixture
def session(installation, recovery_key):
    s = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    yield s
    s.lock()
