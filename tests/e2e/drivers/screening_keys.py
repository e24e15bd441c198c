"""Keyboard steps through the real screens, shared by the keyboard end-to-end tests and the kill-test driver.

Widgets are found by their accessible name and operated with key presses only; ``focus`` stands in for the Tab
presses a person would make to reach a named widget. Waiting processes Qt events, so these helpers work both under
pytest-qt and in a plain driver process.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

KEYS = {
    "Y": Qt.Key.Key_Y,
    "N": Qt.Key.Key_N,
    "D": Qt.Key.Key_D,
    "K": Qt.Key.Key_K,
    "S": Qt.Key.Key_S,
    **{str(i): getattr(Qt.Key, f"Key_{i}") for i in range(1, 10)},
}


def wait_until(predicate: Callable[[], object], timeout: float = 20.0) -> None:
    """Process events until ``predicate()`` is true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        QTest.qWait(5)


def by_name(root: QWidget, name: str) -> QWidget:
    """The one visible widget under ``root`` whose accessible name is ``name``."""
    found = [w for w in [root, *root.findChildren(QWidget)] if w.accessibleName() == name and w.isVisible()]
    if len(found) != 1:
        raise LookupError(f"{len(found)} visible widgets named {name!r}")
    return found[0]


def focus(widget: QWidget) -> QWidget:
    """Give ``widget`` the keyboard focus (what Tab presses would do) and return it."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    wait_until(widget.hasFocus, 5)
    return widget


def press(widget: QWidget, key: Qt.Key | str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release ``key`` (a Qt key, or one of the interview's letters and digits) on ``widget``."""
    QTest.keyClick(widget, KEYS[key] if isinstance(key, str) else key, modifiers)


def press_enter(widget: QWidget) -> None:
    """Press Return without releasing it: the op it starts greys the window out before a release would arrive."""
    QTest.keyPress(widget, Qt.Key.Key_Return)


def activate(root: QWidget, name: str) -> None:
    """Focus the button named ``name`` and press Space on it."""
    press(focus(by_name(root, name)), Qt.Key.Key_Space)


def type_into(root: QWidget, name: str, text: str) -> None:
    """Focus the field named ``name``, select what it holds and type ``text``."""
    field = focus(by_name(root, name))
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)


def choose(root: QWidget, name: str, data: object) -> None:
    """Move the combo box named ``name`` to the item holding ``data`` with the arrow keys."""
    combo = focus(by_name(root, name))
    assert isinstance(combo, QComboBox)
    wanted = combo.findData(data)
    assert wanted >= 0, f"{name!r} offers no {data!r}"
    while combo.currentIndex() != wanted:
        press(combo, Qt.Key.Key_Down if combo.currentIndex() < wanted else Qt.Key.Key_Up)


def sign_in(window: QWidget, username: str, password: str) -> None:
    """Type the user name and password into the sign-in window and press Enter."""
    type_into(window, "User name", username)
    type_into(window, "Password", password)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)


def choose_own_password(window: QWidget, current: str, new: str) -> None:
    """After signing in with a password an administrator set: type it again, then the new one twice, and set it."""
    wait_until(lambda: any(w.accessibleName() == "Choose your password" for w in _visible(window)))
    dialog = by_name(window, "Choose your password")
    type_into(dialog, "Current password", current)
    type_into(dialog, "New password", new)
    type_into(dialog, "Repeat password", new)
    activate(dialog, "Set password")


def _visible(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible()]
