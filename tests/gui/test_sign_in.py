"""Signing in: wrong password, throttling, success, and the recovery key."""

from __future__ import annotations

import re

import pytest
from gui_helpers import ADMIN, ADMIN_PASSWORD, by_name, press_enter, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldscreen.core.errors import WrongCredentials
from fieldscreen.core.models import Role
from fieldscreen.gui.views.recovery_dialog import RecoveryDialog
from fieldscreen.gui.views.sign_in_window import SignInWindow

SAM_PASSWORD = "river stones under the old bridge"


def _window(qtbot, installation, ops, username: str = ""):
    """The sign-in window, shown and active; with ``username`` filled in as after setup or a recovery-key reset."""
    window = SignInWindow(installation, ops)
    if username:
        window.set_username(username)  # the wait of a throttled name shows at once
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # active, typing goes to it
    wait_idle(qtbot, ops)
    return window


def _sign_in(qtbot, window, username, password):
    name = by_name(window, "User name")
    name.setFocus()
    name.clear()
    qtbot.keyClicks(name, username)
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert field is by_name(window, "Password")
    qtbot.keyClicks(field, password)
    press_enter(qtbot, field)


def test_wrong_password_says_so_then_the_right_one_signs_in(qtbot, set_up, ops):
    installation, _key = set_up
    window = _window(qtbot, installation, ops)
    _sign_in(qtbot, window, ADMIN, "not the password at all")
    assert by_name(window, "Sign-in message").text().startswith("Signing in: "), "the wait is said, not only greyed"
    wait_idle(qtbot, ops)
    message = by_name(window, "Sign-in message").text()
    assert "not correct" in message
    assert by_name(window, "Password").text() == ""

    with qtbot.waitSignal(window.signed_in, timeout=15_000) as signed_in:
        _sign_in(qtbot, window, ADMIN, ADMIN_PASSWORD)
    session = signed_in.args[0]
    assert session.account.username == ADMIN
    ops.wait_for(session.lock)


def _throttle(installation, username):
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            installation.sign_in(username, "wrong wrong wrong wrong")


def test_throttled_sign_in_counts_down_with_the_button_disabled(qtbot, set_up, ops):
    installation, _key = set_up
    _throttle(installation, ADMIN)
    window = _window(qtbot, installation, ops, ADMIN)
    button = by_name(window, "Sign in")
    assert not button.isEnabled()
    message = by_name(window, "Sign-in message").text()
    assert re.search(r"try again in (10:00|9:[0-5]\d)\.", message), message


def test_a_throttled_account_leaves_the_others_free_to_sign_in(qtbot, set_up, ops):
    installation, _key = set_up
    admin = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    admin.accounts.add("sam", Role.SCREENER, SAM_PASSWORD)
    admin.lock()
    _throttle(installation, "sam")
    window = _window(qtbot, installation, ops)
    button, message = by_name(window, "Sign in"), window.form.message
    assert button.isEnabled(), "no user name typed yet: nobody waits"
    _sign_in(qtbot, window, "sam", SAM_PASSWORD)
    wait_idle(qtbot, ops)
    assert not button.isEnabled()
    assert re.search(r"try again in (10:00|9:[0-5]\d)\.", message.text()), message.text()

    with qtbot.waitSignal(window.signed_in, timeout=15_000) as signed_in:  # another name ends sam's countdown
        _sign_in(qtbot, window, ADMIN, ADMIN_PASSWORD)
    session = signed_in.args[0]
    assert session.account.username == ADMIN
    ops.wait_for(session.lock)


def test_recovery_key_sets_a_new_administrator_password(qtbot, set_up, ops):
    installation, key = set_up
    window = _window(qtbot, installation, ops)
    recovery = by_name(window, "Use the recovery key")
    recovery.setFocus()
    qtbot.keyClick(recovery, Qt.Key.Key_Space)
    dialog = window.findChild(RecoveryDialog)
    qtbot.waitExposed(dialog)
    field = by_name(dialog, "Recovery key")
    qtbot.keyClicks(field, key.replace("-", "").lower())
    press_enter(qtbot, field)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=15_000)
    assert by_name(dialog, "Administrator account").currentText() == ADMIN
    new_password = "a brand new passphrase for admin"
    qtbot.keyClicks(by_name(dialog, "New password"), new_password)
    qtbot.keyClicks(by_name(dialog, "Repeat password"), new_password)
    set_button = by_name(dialog, "Set password")
    set_button.setFocus()
    with qtbot.waitSignal(dialog.password_set, timeout=15_000):
        qtbot.keyClick(set_button, Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    assert by_name(window, "User name").text() == ADMIN
    session = installation.sign_in(ADMIN, new_password)
    session.lock()
    with pytest.raises(WrongCredentials):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
