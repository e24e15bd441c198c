"""Text is shown as written: no label, message box or tooltip reads a comment, a name or a file name as markup."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from fieldscreen.gui.labels import plain_tooltip
from fieldscreen.gui.widgets.plain_label import PlainLabel, as_plain_text

GUI = Path(__file__).resolve().parents[2] / "fieldscreen" / "gui"
LABEL_CLASSES = {"plain_label.py", "icon_picture.py"}  # PlainLabel itself; a picture without text


def test_every_label_of_the_gui_is_a_plain_label():
    made = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in LABEL_CLASSES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QLabel":
                made.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert made == [], "use PlainLabel, which never reads its text as markup"


def test_a_plain_label_and_a_message_box_show_markup_as_typed(qtbot):
    label = PlainLabel("Ask <b>gently</b> <!-- the rest")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "Office <b>North</b>")
    box.setInformativeText("File <!-- name.fsitem")
    qtbot.addWidget(box)
    assert {label.textFormat() for label in as_plain_text(box).findChildren(QLabel)} == {Qt.TextFormat.PlainText}


def test_a_tooltip_shows_markup_as_typed_and_leaves_other_text_alone():
    assert plain_tooltip("Returned: <b>gently</b>") == "<p>Returned: &lt;b&gt;gently&lt;/b&gt;</p>"
    assert plain_tooltip("Returned: ask again") == "Returned: ask again"
    assert plain_tooltip(None) is None
