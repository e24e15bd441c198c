"""A short explanation shown where later work will put content; never fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .plain_label import PlainLabel
from .width_in_chars import width_in_chars


class EmptyState(QWidget):
    """A heading and a paragraph, centred.

    Args:
        title: What this place is.
        text: What will appear here and how it gets here.
        parent: Qt parent.
    """

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        heading = PlainLabel(title, self)
        heading.setObjectName("heading")
        body = PlainLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        width_in_chars(body, 87, 60)  # 360 to 520 pixels at the normal text size
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch(2)
