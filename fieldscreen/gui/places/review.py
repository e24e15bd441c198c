"""The Review place."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..widgets.empty_state import EmptyState


class ReviewPlace(QWidget):
    """Review: an explanation until this place has content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Review"),
                self.tr(
                    "Finished screenings wait here for a supervisor to approve them or return them with a "
                    "note. Nothing is waiting for review."
                ),
                self,
            )
        )
