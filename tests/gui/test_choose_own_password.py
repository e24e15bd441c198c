"""A screener whose password an administrator set chooses their own right after signing in, before the main window."""

from __future__ import annotations

import shiboken6
from gui_helpers import ADMIN, ADMIN_PASSWORD, by_name, press_enter, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldscreen.core.models import Role
from fieldscreen.gui.flow import AppFlow
from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.views.sign_in_window import SignInWindow

SAM = ("sam", "the administrator chose this one")
OWN = "sam's very own river stones"


def _flow_with_sam(qtbot, installation, ops, monitor):
    admin = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    admin.accounts.add(SAM[0], Role.SCREENER, SAM[1])
    admin.lock()
    flow = AppFlow(installation, ops, monitor)
    window = flow.start(installation.is_set_up())
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    wait_idle(qtbot, ops)
    return flow, window


def _type(qtbot, root, name, text):
    field = by_name(root, name)
    field.setFocus()
    qtbot.keyClicks(field, text)
    return field


def _sign_in_as_sam(qtbot, window, ops):
    """Sign in as sam; return (sam's session, the dialog asking for a password)."""
    _type(qtbot, window, "User name", SAM[0])
    with qtbot.waitSignal(window.signed_in, timeout=15_000) as signed_in:
        press_enter(qtbot, _type(qtbot, window, "Password", SAM[1]))
    qtbot.waitUntil(lambda: _visible(window, "Choose your password"), timeout=15_000)
    wait_idle(qtbot, ops)
    return signed_in.args[0], by_name(window, "Choose your password")


def _visible(root, name):
    return any(w.accessibleName() == name and w.isVisible() for w in root.findChildren(QWidget))


def _press(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_an_admin_created_screener_chooses_a_password_then_reaches_the_main_window(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    flow, window = _flow_with_sam(qtbot, installation, ops, monitor)
    try:
        session, dialog = _sign_in_as_sam(qtbot, window, ops)
        assert session.password_change_required
        assert flow.window is window, "nothing else before the password is chosen"
        set_button = by_name(dialog, "Set password")
        _type(qtbot, dialog, "Current password", SAM[1])
        _type(qtbot, dialog, "New password", "too short")
        _type(qtbot, dialog, "Repeat password", "too short")
        assert not set_button.isEnabled(), "the password rules apply"
        for name in ("New password", "Repeat password"):
            by_name(dialog, name).clear()
            _type(qtbot, dialog, name, OWN)
        assert set_button.isEnabled()
        _press(qtbot, set_button)
        qtbot.waitUntil(lambda: isinstance(flow.window, MainWindow), timeout=15_000)
        wait_idle(qtbot, ops)
        main = flow.window
        assert "Screener" in by_name(main, "Signed in as").text()
        assert main.session is session and not session.password_change_required
    finally:
        wait_idle(qtbot, ops)
        flow.close()
        wait_idle(qtbot, ops)
    session = installation.sign_in("sam", OWN)
    assert not session.password_change_required
    session.lock()


def test_the_same_password_again_is_refused_and_sign_out_leaves_the_data_locked(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    flow, window = _flow_with_sam(qtbot, installation, ops, monitor)
    try:
        session, dialog = _sign_in_as_sam(qtbot, window, ops)
        for name in ("Current password", "New password", "Repeat password"):
            _type(qtbot, dialog, name, SAM[1])
        _press(qtbot, by_name(dialog, "Set password"))
        qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)), timeout=15_000)
        [box] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
        assert "same as the current one" in box.text()
        box.close()
        assert shiboken6.isValid(dialog) and dialog.isVisible()
        assert session.password_change_required
        _press(qtbot, by_name(dialog, "Sign out"))
        qtbot.waitUntil(lambda: session.locked, timeout=15_000)
        assert isinstance(flow.window, SignInWindow) and flow.window is window
    finally:
        wait_idle(qtbot, ops)
        flow.close()
        wait_idle(qtbot, ops)
