"""Authentication: throttling, lockout across a restart, the inactivity lock, the panic lock, re-authentication after
12 hours, the recovery-key flow, and a removed user's old copy of the vault opening nothing (DESIGN 4).

Service tests move a fake clock; GUI tests drive the real main window with an activity monitor on fake wall and
monotonic clocks, so no test waits for real minutes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import timedelta

import leaks_support  # noqa: F401  (puts the sibling test folders on sys.path)
import pytest
import shiboken6
from gui_helpers import by_name, op_runner, wait_idle
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget
from reliability_profile import count
from screening_support import USER_PASSWORD, intake
from services_support import ADMIN, ADMIN_PASSWORD, FAST_KDF, FakeClock

from fieldscreen.core.errors import (
    DatabaseDamaged,
    LoginThrottled,
    RecoveryKeyMistyped,
    SessionLocked,
    WrongCredentials,
)
from fieldscreen.gui.activity import ActivityMonitor
from fieldscreen.gui.main_window import MainWindow
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import ListQuery
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.recovery_key import format_recovery_key
from fieldscreen.store.vault import Vault

PANIC = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WRONG = "not the password at all, sorry"
ROUNDS = count(3, 30)
"""Throttle rounds (five failures, the wait, a success) per run."""


class Seconds:
    """A clock in seconds that moves only when told (wall or monotonic)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def installed(tmp_path):
    """A set-up installation on a fake clock; yields (installation, clock, recovery key)."""
    clock = FakeClock()
    installation = Installation(tmp_path / "data", clock=clock, kdf=FAST_KDF)
    key = installation.set_up(agency="Agency", office="Office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    return installation, clock, key


def _fail(installation: Installation, times: int) -> None:
    for _ in range(times):
        with pytest.raises(WrongCredentials):
            installation.sign_in(ADMIN, WRONG)


def test_five_failures_mean_a_ten_minute_wait_even_for_the_right_password(installed):
    installation, clock, key = installed
    for _round in range(ROUNDS):
        _fail(installation, 4)
        installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()  # a success resets the count
        _fail(installation, 5)
        for attempt in (lambda: installation.sign_in(ADMIN, ADMIN_PASSWORD), lambda: installation.check(ADMIN, WRONG)):
            with pytest.raises(LoginThrottled) as caught:
                attempt()
            assert caught.value.wait_seconds == 600
        with pytest.raises(LoginThrottled):  # the same account by its other door
            installation.check(ADMIN, ADMIN_PASSWORD)
        clock.advance(minutes=9, seconds=59)
        with pytest.raises(LoginThrottled) as caught:
            installation.sign_in(ADMIN, ADMIN_PASSWORD)
        assert caught.value.wait_seconds == 1
        clock.advance(seconds=1)
        installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    print(f"FIGURE auth throttle: {ROUNDS} rounds of 5 failures -> 600 s wait, 0 early sign-ins")


def test_the_wait_survives_a_restart_of_the_process(tmp_path):
    installation = Installation(tmp_path / "data", kdf=FAST_KDF)  # the real clock: another process will read it
    installation.set_up(agency="Agency", office="Office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    _fail(installation, 5)
    assert 590 < Installation(tmp_path / "data").throttle_wait(ADMIN) <= 600
    proc = subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--data-dir", str(tmp_path / "data"), "check", "--user", ADMIN]
        + ["--password-stdin"],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Too many failed sign-in attempts" in proc.stderr and "Wait 10 minutes, then try again." in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_a_mistyped_recovery_key_is_caught_before_any_attempt_is_counted(installed):
    installation, _clock, key = installed
    wrong_but_well_formed = format_recovery_key(bytes(20))
    with pytest.raises(RecoveryKeyMistyped):
        installation.sign_in_with_recovery_key(key[:-1] + ("A" if key[-1] != "A" else "B"))
    assert Vault(installation.data_dir / "vault.json").throttle(None).failures == 0
    with pytest.raises(WrongCredentials):
        installation.sign_in_with_recovery_key(wrong_but_well_formed)
    assert Vault(installation.data_dir / "vault.json").throttle(None).failures == 1


def test_recovery_key_resets_a_forgotten_password_and_can_be_replaced(installed):
    installation, _clock, key = installed
    session = installation.sign_in_with_recovery_key(key.lower().replace("-", " "))
    assert session.via_recovery_key and session.account.role.value == "administrator"
    session.accounts.reset_password(ADMIN, "a brand new administrator passphrase")
    new_key = session.new_recovery_key()
    session.lock()
    with pytest.raises(WrongCredentials):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(WrongCredentials):  # the replaced recovery key opens nothing
        installation.sign_in_with_recovery_key(key)
    admin = installation.sign_in(ADMIN, "a brand new administrator passphrase")
    actions = [entry.action for entry in admin.audit.recent(limit=20)]
    admin.lock()
    assert {"recovery_key_used", "recovery_key_replaced", "sign_in_failed"} <= set(actions)
    installation.sign_in_with_recovery_key(new_key).lock()


def test_a_removed_users_old_vault_opens_nothing(installed, tmp_path):
    installation, _clock, _key = installed
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.accounts.add("sam", "screener", USER_PASSWORD)
    session.lock()
    data = installation.data_dir
    kept = tmp_path / "sams-copy.json"  # what sam could have copied while still an account
    shutil.copy(data / "vault.json", kept)
    old_key = Vault(kept).unlock_user("sam", USER_PASSWORD).data_key
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.accounts.remove("sam")
    session.lock()

    with pytest.raises(DatabaseDamaged):
        open_encrypted(data / "fieldscreen.db", old_key).close()
    backups = sorted((data / "backups").rglob("fieldscreen.db"))
    assert backups, "the rekey leaves a fresh backup"
    for database in backups:
        with pytest.raises(DatabaseDamaged):
            open_encrypted(database, old_key).close()
    with pytest.raises(WrongCredentials):
        installation.sign_in("sam", USER_PASSWORD)
    shutil.copy(kept, data / "vault.json")  # the old vault put back in place
    with pytest.raises(DatabaseDamaged, match="does not open with its key"):
        installation.sign_in("sam", USER_PASSWORD)


# -- the GUI's locks -------------------------------------------------------------------------------------------------


@pytest.fixture
def ops(qapp):
    with op_runner() as runner:
        yield runner


@pytest.fixture
def clocks(qapp):
    """(wall, monotonic, monitor): an activity monitor on fake clocks, checking them every 5 ms."""
    wall, mono = Seconds(), Seconds()
    monitor = ActivityMonitor(qapp, tick_ms=5, wall=wall, mono=mono)
    yield wall, mono, monitor
    shiboken6.delete(monitor)


@pytest.fixture
def window(qtbot, tmp_path, ops, clocks):
    """The main window of a signed-in administrator with one screening in the list (real clock installation)."""
    installation = Installation(tmp_path / "data", kdf=FAST_KDF)
    installation.set_up(agency="Agency", office="Office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    case = session.screenings.start(intake(FakeClock(), "brief")).case_code
    main = MainWindow(installation, session, ops, clocks[2])
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: case in _visible_text(main), timeout=15_000)
    yield main, case
    main.close()
    wait_idle(qtbot, ops)


def _visible_text(root: QWidget) -> str:
    """All text a person could read in ``root`` now: labels, buttons, fields and every cell of visible lists."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount()):
                parts += [str(model.index(row, col).data()) for col in range(columns)]
    return "\n".join(parts)


def _advance(clocks, seconds: float) -> None:
    wall, mono, _monitor = clocks
    wall.now += seconds
    mono.now += seconds


def test_panic_key_hides_every_screen_at_once_and_drops_the_key(qtbot, window):
    main, case = window
    session = main.session
    qtbot.keyClick(main.nav, Qt.Key.Key_L, PANIC)
    shown = _visible_text(main)  # no event loop has run since the key press
    assert not main.content.isVisible() and main.lock_screen.isVisible()
    assert case not in shown and "Signed in" not in shown
    assert not main.grab().isNull()
    qtbot.waitUntil(lambda: session.locked, timeout=15_000)
    with pytest.raises(SessionLocked):
        session.screenings.list(ListQuery())


def test_inactivity_locks_after_exactly_the_set_minutes(qtbot, window, clocks):
    main, case = window
    _advance(clocks, 10 * 60 - 2)
    qtbot.wait(50)
    assert not main.locked and case in _visible_text(main)
    _advance(clocks, 2)
    qtbot.waitUntil(lambda: main.locked, timeout=5_000)
    assert case not in _visible_text(main)
    assert "without use" in by_name(main, "Why it is locked").text()
    qtbot.waitUntil(lambda: main.session.locked, timeout=15_000)


def test_sign_in_is_required_again_after_twelve_hours_of_use(qtbot, window, clocks):
    main, _case = window
    due = main.session.reauth_due()
    assert due == main.session.signed_in_at + timedelta(hours=12)
    steps = int(12 * 60 / 5) - 1
    for _ in range(steps):  # five minutes at a time, with input in between: never idle long enough
        _advance(clocks, 5 * 60)
        qtbot.keyClick(main.nav, Qt.Key.Key_Shift)
        qtbot.wait(6)
        assert not main.locked
    _advance(clocks, 5 * 60 + 5)
    qtbot.waitUntil(lambda: main.locked, timeout=5_000)
    assert "every 12 hours" in by_name(main, "Why it is locked").text()
    qtbot.waitUntil(lambda: main.session.locked, timeout=15_000)


def test_lock_minutes_set_by_the_administrator_apply(qtbot, tmp_path, ops, clocks):
    installation = Installation(tmp_path / "data", kdf=FAST_KDF)
    installation.set_up(agency="Agency", office="Office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.settings.set_lock_minutes(3)
    main = MainWindow(installation, session, ops, clocks[2])
    qtbot.addWidget(main)
    main.show()
    wait_idle(qtbot, ops)
    _advance(clocks, 3 * 60 - 2)
    qtbot.wait(50)
    assert not main.locked
    _advance(clocks, 2)
    qtbot.waitUntil(lambda: main.locked, timeout=5_000)
    main.close()
    wait_idle(qtbot, ops)
