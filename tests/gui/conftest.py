"""GUI test fixtures: real installations on tmp_path with cheap Argon2, the op runner and activity monitors."""

from __future__ import annotations

import pytest
import shiboken6
from gui_helpers import ADMIN, ADMIN_PASSWORD, CHEAP, op_runner, wait_idle
from PySide6.QtGui import QFont, QPalette

from fieldscreen.gui.activity import ActivityMonitor
from fieldscreen.gui.views.office_sync_view import OfficeSyncView
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
def session(set_up):
    """The administrator's session, locked after the test (unless the test locked it)."""
    made = set_up[0].sign_in(ADMIN, ADMIN_PASSWORD)
    yield made
    if not made.locked:
        made.lock()


@pytest.fixture
def admin_page(qtbot, ops, session):
    """Administration > Office key and sync, shown, for the administrator's session."""
    page = OfficeSyncView(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_session(session)
    wait_idle(qtbot, ops)
    return page


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


@pytest.fixture
def look(qapp):
    """Put the application's font, palette and style sheet back after the test."""
    saved = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    yield
    qapp.setFont(saved[0])
    qapp.setPalette(saved[1])
    qapp.setStyleSheet(saved[2])
