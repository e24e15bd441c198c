"""A scroll area as tall as its contents when there is room, scrolling when there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class FittingScrollArea(QScrollArea):
    """Shows ``contents`` whole while the layout has room for them, with a vertical scroll bar when it has not.

    Args:
        contents: The widget shown (its width follows the area's; its height follows its width).
        parent: Qt parent.
    """

    def __init__(self, contents: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWidget(contents)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The contents' height at the current width."""
        contents = self.widget()
        height = contents.heightForWidth(self.viewport().width())
        return QSize(super().sizeHint().width(), max(height, contents.minimumSizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """No taller than the contents: a scroll area's own minimum (room for a scroll bar) would pad one line."""
        least = super().minimumSizeHint()
        return QSize(least.width(), min(least.height(), self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width changes the height the contents need."""
        super().resizeEvent(event)
        self.updateGeometry()
