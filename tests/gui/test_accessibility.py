"""Every interactive widget can be named by a screen reader, and the places are reachable by keyboard."""

from __future__ import annotations

from a11y_walker import unnamed
from gui_helpers import ADMIN, ADMIN_PASSWORD, wait_idle
from PySide6.QtCore import Qt

from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.views.account_dialog import AddAccountDialog
from fieldscreen.gui.views.setup_wizard import SetupWizard
from fieldscreen.gui.views.sign_in_window import SignInWindow


def test_setup_and_sign_in_widgets_have_names(qtbot, installation, ops):
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    assert unnamed(wizard) == []
    window = SignInWindow(installation, ops)
    qtbot.addWidget(window)
    assert unnamed(window) == []


def test_main_window_and_dialogs_have_names_and_places_are_keyboard_reachable(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    main = MainWindow(installation, installation.sign_in(ADMIN, ADMIN_PASSWORD), ops, monitor)
    qtbot.addWidget(main)
    main.show()
    wait_idle(qtbot, ops)
    assert unnamed(main) == []
    dialog = AddAccountDialog(main.session, ops, main)
    assert unnamed(dialog) == []
    dialog.close()

    main.nav.setFocus()
    for place in range(1, main.nav.count()):
        qtbot.keyClick(main.nav, Qt.Key.Key_Down)
        assert main.places.currentIndex() == place
    assert main.lock_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    main.close()
    wait_idle(qtbot, ops)
