"""A row of buttons, some at the left and some at the right, that becomes two rows when one does not fit."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class ButtonRows(QBoxLayout):
    """``left`` buttons at the left and ``right`` ones at the right of one row, or the left ones above the right ones.

    Buttons never shrink below their text, so one row of long labels (Spanish at 200 % text) made the window wider
    than a laptop screen. The layout asks only for the width of the wider group and takes two rows when the width it
    is given is less than one row needs. The buttons keep their order, and so their Tab order.
    """

    def __init__(self) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self._left, self._right = QHBoxLayout(), QHBoxLayout()
        self._left.addStretch(1)
        self._right.addStretch(1)
        self.addLayout(self._left)
        self.addLayout(self._right)

    def add_left(self, widget: QWidget) -> None:
        """Put ``widget`` after the left buttons."""
        self._left.insertWidget(self._left.count() - 1, widget)

    def add_right(self, widget: QWidget) -> None:
        """Put ``widget`` after the right buttons."""
        self._right.addWidget(widget)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """One row's width: a window sized from its hints gets room for one row when the screen has it."""
        size = super().sizeHint()
        return QSize(max(size.width(), self._one_row_width()), size.height())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the wider group: the rest goes to a second row."""
        size = super().minimumSize()
        margins = self.contentsMargins()
        groups = max(self._left.minimumSize().width(), self._right.minimumSize().width())
        return QSize(min(size.width(), groups + margins.left() + margins.right()), size.height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """One row when the buttons fit in ``rect``, else two."""
        one_row = rect.width() >= self._one_row_width()
        wanted = QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom
        if self.direction() != wanted:
            self.setDirection(wanted)
        super().setGeometry(rect)

    def _one_row_width(self) -> int:
        margins = self.contentsMargins()
        groups = self._left.sizeHint().width() + max(self.spacing(), 0) + self._right.sizeHint().width()
        return groups + margins.left() + margins.right()
