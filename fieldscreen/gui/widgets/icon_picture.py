"""A bundled icon shown as a picture, drawn again when the contrast changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ..look import PALETTE_CHANGES, icon


class IconPicture(QLabel):
    """The icon ``name`` at ``side`` pixels; in high contrast it takes the text colours, as the navigation does.

    Qt tells only shown widgets of a palette change, so the picture is also drawn again each time it is shown.

    Args:
        name: The icon (``resources/icons/<name>.svg``).
        side: Its width and height in pixels.
        parent: Qt parent.
    """

    def __init__(self, name: str, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name, self._side = name, side
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Draw the icon again in the new palette's colours."""
        if event.type() in PALETTE_CHANGES:
            self._draw()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Draw the icon again: a hidden picture is not told of a palette change."""
        self._draw()
        super().showEvent(event)

    def _draw(self) -> None:
        self.setPixmap(icon(self._name).pixmap(self._side, self._side))
