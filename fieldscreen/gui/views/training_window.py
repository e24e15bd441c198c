"""The first window of training mode while the practice cases are made, or why they could not be."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..look import set_title, training_banner
from ..widgets.plain_label import PlainLabel


class TrainingStartWindow(QWidget):
    """Says that practice cases are being prepared; shows the problem if training cannot start.

    Args:
        parent: Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_title(self, True)
        heading = PlainLabel(self.tr("Practice with training cases"), self)
        heading.setObjectName("heading")
        self.status_label = PlainLabel(
            self.tr(
                "Preparing made-up practice cases in a separate, encrypted training folder. Real cases are never "
                "shown or changed here, and the practice data is wiped when this window closes."
            ),
            self,
        )
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Training status"))
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(self))
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status_label)
        layout.addStretch(2)
        layout.setContentsMargins(24, 12, 24, 24)
        self.resize(560, 320)

    def show_problem(self, message: str, advice: str) -> None:
        """Say why training could not start, and what to do."""
        self.status_label.setText(f"{message}\n\n{advice}" if advice else message)
