"""A question to confirm before a step that is not lightly undone: Cancel is the default, the step a named button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from .plain_label import as_plain_text


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    action: str,
    on_confirmed: Callable[[], object],
    *,
    detail: str = "",
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
) -> QMessageBox:
    """Open (window-modal) ``question`` with Cancel and ``action``; choosing ``action`` calls ``on_confirmed``.

    Args:
        parent: The widget the box belongs to.
        title: The window title.
        question: The question, in one sentence.
        action: The text of the button that goes ahead ("Remove", "Restore" ...).
        on_confirmed: Runs when ``action`` is chosen.
        detail: What going ahead does, below the question ("" for nothing more).
        role: The role of the ``action`` button (``DestructiveRole`` for a removal).

    Returns:
        The open box.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent)
    if detail:
        box.setInformativeText(detail)
    button = box.addButton(action, role)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    button.clicked.connect(on_confirmed)
    as_plain_text(box).open()
    return box
