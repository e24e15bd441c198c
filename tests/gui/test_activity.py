"""The activity monitor: inactivity, re-authentication and the panic key, on injected clocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from fieldscreen.gui.activity import ActivityMonitor


class Clock:
    def __init__(self):
        self.now = 1_700_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clocks():
    return Clock(), Clock()


@pytest.fixture
def monitor(qapp, clocks):
    wall, mono = clocks
    made = ActivityMonitor(qapp, seconds_per_minute=60.0, tick_ms=5, wall=wall, mono=mono)
    yield made
    shiboken6.delete(made)


def _far():
    return datetime.now(UTC) + timedelta(days=1)


def test_inactivity_fires_after_the_limit_and_input_resets_it(qtbot, monitor, clocks):
    wall, mono = clocks
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    monitor.start(2, datetime.fromtimestamp(wall.now + 86_400, UTC))
    wall.now += 100
    mono.now += 100
    qtbot.keyClick(edit, Qt.Key.Key_A)
    wall.now += 100
    mono.now += 100
    qtbot.wait(20)
    assert monitor.running
    with qtbot.waitSignal(monitor.lock_due) as fired:
        wall.now += 21
        mono.now += 21
    assert fired.args == ["inactivity"]
    assert not monitor.running


def test_suspended_laptop_counts_wall_time(qtbot, monitor, clocks):
    wall, _mono = clocks
    monitor.start(10, datetime.fromtimestamp(wall.now + 86_400, UTC))
    with qtbot.waitSignal(monitor.lock_due) as fired:
        wall.now += 11 * 60  # the monotonic clock stood still while the lid was shut
    assert fired.args == ["inactivity"]


def test_reauthentication_is_due_at_the_given_time(qtbot, monitor, clocks):
    wall, _mono = clocks
    monitor.start(30, datetime.fromtimestamp(wall.now + 5, UTC))
    with qtbot.waitSignal(monitor.lock_due) as fired:
        wall.now += 6
    assert fired.args == ["reauth"]


def test_panic_key_is_swallowed_and_reported_only_while_running(qtbot, monitor):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    panic = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    pressed = []
    monitor.panic_pressed.connect(lambda: pressed.append(True))
    qtbot.keyClick(edit, Qt.Key.Key_L, panic)
    assert pressed == []
    monitor.start(10, _far())
    with qtbot.waitSignal(monitor.panic_pressed):
        qtbot.keyClick(edit, Qt.Key.Key_L, panic)
    qtbot.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "lL")
    assert pressed == [True]
    assert edit.text() == "lL"
