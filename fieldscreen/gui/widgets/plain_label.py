"""The one label class of the GUI: text shown as written, never read as markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


class PlainLabel(QLabel):
    """A ``QLabel`` that shows its text as plain text.

    A plain ``QLabel`` guesses: text that looks like HTML is drawn as HTML, so a supervisor's comment, a name, an
    office name from a key file or an imported question holding ``<b>`` or ``<!--`` would be drawn formatted or cut.
    Takes the arguments of ``QLabel``.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setTextFormat(Qt.TextFormat.PlainText)


def as_plain_text(box: QMessageBox) -> QMessageBox:
    """``box`` with its text and informative text shown as plain text (call it once both are set).

    They can name files, accounts or offices, which a message box would also read as markup.
    """
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box
