"""GUI test fixtures: real installations on tmp_path with cheap Argon2, the op runner and activity monitors."""

from __future__ import annotations

import pytest
import shiboken6
from gui_helpers import ADMIN, ADMIN_PASSWORD, CHEAP, op_runner

from fieldscreen.gui.activity import ActivityMonitor
from fieldscreen.services.installation import Installation


@pytest.fixture
def installation(tmp_path):
    return Installation(tmp_path / "data", kdf=CHEAP)


@pytest.fixture
def set_up(installation):
    """An installation with one administrator; yields (installation, recovery key)."""
    key = installation.set_up(
        agency="Test agency", office="Test office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    return installation, key


@pytest.fixture
def ops(qapp):
    with op_runner() as runner:
        yield runner


@pytest.fixture
def monitor(qapp):
    """An activity monitor with real minutes."""
    made = ActivityMonitor(qapp)
    yield made
    shiboken6.delete(made)


@pytest.fixture
def fast_monitor(qapp):
    """An activity monitor whose "minute" lasts 50 ms."""
    made = ActivityMonitor(qapp, seconds_per_minute=0.05, tick_ms=10)
    yield made
    shiboken6.delete(made)
