"""A question kept whole on screen: at a large font scale its text shrinks until it fits above the answers.

A long question at 200 % text overflowed its scroll area and was cut off mid-sentence, to be read aloud as it stood.
The question's label gets a smaller font, step by step and never below the body text (a little larger, so the question
still stands out), until its column fits the room the answers leave; only then does the scroll area scroll.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

LEAST = 1.2
"""The smallest question text, as a multiple of the body text."""
STEP = 1.0
"""Points taken off per step."""


class QuestionFit(QObject):
    """Shrinks ``label`` (inside ``scroll``) until the question fits ``area`` above the ``below`` widgets.

    Args:
        label: The question's label; its size comes from the style sheets, so a smaller one is set on the label itself.
        scroll: The scroll area holding the question's column.
        area: The widget whose layout holds ``scroll`` and ``below`` one above the other.
        below: The widgets under the question in ``area`` (the answers).
    """

    def __init__(self, label: QLabel, scroll: QScrollArea, area: QWidget, below: Sequence[QWidget]) -> None:
        super().__init__(label)
        self._label = label
        self._scroll = scroll
        self._area = area
        self._below = tuple(below)
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Fit again once a new size or font scale has been laid out, or the question shows after a hidden change."""
        if watched is self._area and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        """Give the question the largest font, from the theme's down to :data:`LEAST`, at which it fits."""
        if not self._scroll.isVisible():
            return  # fitted when it shows
        label = self._label
        label.setStyleSheet("")
        spacing = max(self._area.layout().spacing(), 0)
        taken = sum(w.sizeHint().height() + spacing for w in self._below if w.isVisible())
        room = self._area.contentsRect().height() - taken
        # As narrow as with a scroll bar: one shown meanwhile narrows the text, which then needs it (and it stays).
        contents = self._scroll.widget()
        width = self._scroll.width() - self._scroll.verticalScrollBar().sizeHint().width()
        least = QApplication.font().pointSizeF() * LEAST
        size = label.font().pointSizeF()
        while size > least and contents.heightForWidth(width) > room:
            size = max(least, size - STEP)
            label.setStyleSheet(f"font-size: {size:.1f}pt;")

    def points(self) -> float:
        """The question's font size now (for reading back)."""
        return self._label.font().pointSizeF()
