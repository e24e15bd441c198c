"""The first window shows before the back end has loaded, takes typing at once and signs in once it is there."""

from __future__ import annotations

import threading
from functools import partial

import pytest
from gui_helpers import ADMIN, ADMIN_PASSWORD, by_name, press_enter, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from fieldscreen.gui.app import load_installation
from fieldscreen.gui.flow import AppFlow
from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.views.setup_wizard import SetupWizard
from fieldscreen.gui.views.sign_in_window import SignInWindow

PASSWORD = "quiet river under the old bridge"


@pytest.fixture
def gate():
    """Holds the back end's loading until the test opens it."""
    opened = threading.Event()
    yield opened
    opened.set()


def _held(load, gate):
    """``load``, waiting until ``gate`` is open."""

    def held():
        assert gate.wait(30), "the test never let the back end load"
        return load()

    return held


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_sign_in_window_takes_typing_while_loading_and_signs_in_once_loaded(qtbot, set_up, ops, monitor, gate):
    installation, _key = set_up
    flow = AppFlow(None, ops, monitor)
    window = flow.start_loading(_held(partial(load_installation, installation.data_dir), gate), set_up=True)
    assert isinstance(window, SignInWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ops.running == 1)  # the load started after the first paint and waits at the gate
    sign_in, recovery = by_name(window, "Sign in"), by_name(window, "Use the recovery key")
    assert not sign_in.isEnabled()
    assert not recovery.isEnabled()

    _type(qtbot, by_name(window, "User name"), ADMIN)
    _type(qtbot, by_name(window, "Password"), ADMIN_PASSWORD)
    press_enter(qtbot, by_name(window, "Password"))
    assert ops.running == 1, "Return before the back end is there starts nothing"

    gate.set()
    qtbot.waitUntil(sign_in.isEnabled, timeout=15_000)
    wait_idle(qtbot, ops)
    assert recovery.isEnabled()
    assert by_name(window, "User name").text() == ADMIN
    assert by_name(window, "Password").text() == ADMIN_PASSWORD, "what was typed while loading stays"
    with qtbot.waitSignal(window.signed_in, timeout=15_000):
        press_enter(qtbot, by_name(window, "Password"))
    assert isinstance(flow.window, MainWindow)
    wait_idle(qtbot, ops)
    flow.close()
    wait_idle(qtbot, ops)


def test_setup_wizard_takes_typing_while_loading_and_creates_once_loaded(qtbot, installation, ops, monitor, gate):
    flow = AppFlow(None, ops, monitor)
    wizard = flow.start_loading(_held(lambda: installation, gate), set_up=False)
    assert isinstance(wizard, SetupWizard)
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: ops.running == 1)
    _type(qtbot, by_name(wizard, "Agency name"), "Canary agency")
    _type(qtbot, by_name(wizard, "Office name"), "Canary office")
    qtbot.keyClick(by_name(wizard, "Office name"), Qt.Key.Key_Return)
    _type(qtbot, by_name(wizard, "Administrator user name"), "chief")
    _type(qtbot, by_name(wizard, "Password"), PASSWORD)
    _type(qtbot, by_name(wizard, "Repeat password"), PASSWORD)
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert not create.isEnabled(), "creating waits for the back end"

    gate.set()
    qtbot.waitUntil(create.isEnabled, timeout=15_000)
    press_enter(qtbot, by_name(wizard, "Repeat password"))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=15_000)
    wait_idle(qtbot, ops)
    assert installation.is_set_up()
    flow.close()


def test_the_main_window_opens_on_the_screen_even_over_a_window_in_its_corner(qtbot, set_up, ops, monitor):
    """Centred on a small sign-in window in the top-left corner, the main window's title bar would be off screen."""
    installation, _key = set_up
    flow = AppFlow(installation, ops, monitor)
    flow.show_sign_in(ADMIN)
    sign_in = flow.window
    qtbot.waitExposed(sign_in)
    screen = sign_in.screen().availableGeometry()
    sign_in.move(screen.topLeft())
    _type(qtbot, by_name(sign_in, "Password"), ADMIN_PASSWORD)
    with qtbot.waitSignal(sign_in.signed_in, timeout=15_000):
        press_enter(qtbot, by_name(sign_in, "Password"))
    try:
        assert isinstance(flow.window, MainWindow)
        frame = flow.window.frameGeometry()
        assert frame.left() >= screen.left() and frame.top() >= screen.top(), (frame, screen)
    finally:
        wait_idle(qtbot, ops)
        flow.close()
        wait_idle(qtbot, ops)
