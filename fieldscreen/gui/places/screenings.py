"""The Screenings place."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..widgets.empty_state import EmptyState


class ScreeningsPlace(QWidget):
    """Screenings: an explanation until this place has content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Screenings"),
                self.tr("No screenings yet. Screenings will be listed here by case code, never by name, newest first."),
                self,
            )
        )
