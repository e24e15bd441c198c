"""The Outbox place."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..widgets.empty_state import EmptyState


class OutboxPlace(QWidget):
    """Outbox: an explanation until this place has content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Outbox"),
                self.tr(
                    "Sealed referral packets wait here until this computer can send them to the receiving office. The "
                    "outbox is empty."
                ),
                self,
            )
        )
