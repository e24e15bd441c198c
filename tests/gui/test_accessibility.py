"""Every interactive widget can be named by a screen reader, and the places are reachable by keyboard."""

from __future__ import annotations

from gui_helpers import ADMIN, ADMIN_PASSWORD, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.views.account_dialog import AddAccountDialog
from fieldscreen.gui.views.setup_wizard import SetupWizard
from fieldscreen.gui.views.sign_in_window import SignInWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if (
            widget.window() is not root.window()
            or widget.objectName().startswith("qt_")
            or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox | QLineEdit)
        ):
            continue  # parts Qt builds inside its own widgets
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName() and not text.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing


def test_setup_and_sign_in_widgets_have_names(qtbot, installation, ops):
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    assert _unnamed(wizard) == []
    window = SignInWindow(installation, ops)
    qtbot.addWidget(window)
    assert _unnamed(window) == []


def test_main_window_and_dialogs_have_names_and_places_are_keyboard_reachable(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    main = MainWindow(installation, installation.sign_in(ADMIN, ADMIN_PASSWORD), ops, monitor)
    qtbot.addWidget(main)
    main.show()
    wait_idle(qtbot, ops)
    assert _unnamed(main) == []
    dialog = AddAccountDialog(main.session, ops, main)
    assert _unnamed(dialog) == []
    dialog.close()

    main.nav.setFocus()
    for place in range(1, main.nav.count()):
        qtbot.keyClick(main.nav, Qt.Key.Key_Down)
        assert main.places.currentIndex() == place
    assert main.lock_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    main.close()
    wait_idle(qtbot, ops)
