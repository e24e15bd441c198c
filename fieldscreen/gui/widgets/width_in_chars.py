"""Widths in characters, so that a limited width grows with the text size (Ctrl+plus) instead of cutting text off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _WidthInChars(QObject):
    """Sets its widget's minimum and maximum widths from the font, now and after each font change."""

    def __init__(self, widget: QWidget, most: int, least: int) -> None:
        super().__init__(widget)
        self._most, self._least = most, least
        widget.installEventFilter(self)
        self._fit(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A font change gives new widths."""
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self._fit(watched)
        return False

    def _fit(self, widget: QWidget) -> None:
        char = widget.fontMetrics().averageCharWidth()
        widget.setMaximumWidth(char * self._most)
        if self._least:
            widget.setMinimumWidth(char * self._least)


def width_in_chars(widget: QWidget, most: int, least: int = 0) -> None:
    """Keep ``widget`` at most ``most`` (and, if given, at least ``least``) average characters wide, at any text size.

    A width in pixels stayed the same at 200 % text, and labels and buttons inside were cut off.
    """
    _WidthInChars(widget, most, least)
