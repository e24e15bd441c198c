"""The Deadlines place."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..widgets.empty_state import EmptyState


class DeadlinesPlace(QWidget):
    """Deadlines: an explanation until this place has content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Deadlines"),
                self.tr(
                    "Referrals that are due, such as a notification within 24 hours, will be counted down "
                    "here. Nothing is due yet."
                ),
                self,
            )
        )
