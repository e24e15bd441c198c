"""Buttons and check boxes whose words wrap to the width they are given, so a long answer never widens the window."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_WORD = re.compile(r"\S+\s*")


class _Wrapping:
    """Breaks the text into lines to fit the width; the style draws the control as any other of its kind.

    ``text()`` stays the whole text (for assistive technology and tests); only what is painted is broken into lines,
    so the style sheet's font, colours and states (checked, focused, high contrast) apply as to every such control.
    A subclass, this mix-in first and then a Qt button class, names what the style sizes and draws.
    """

    _CONTENTS: QStyle.ContentsType
    _CONTROL: QStyle.ControlElement

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)  # the Qt button class after this mix-in
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # Fixed caps it at one line
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self, text: str) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        return option

    def _size_for(self, text: str) -> QSize:
        """The control's size around ``text`` (lines broken where it says), as the style pads it."""
        return self.style().sizeFromContents(self._CONTENTS, self._option(text), self.fontMetrics().size(0, text), self)

    def _padding(self) -> int:
        return self._size_for("").width()

    def wrapped(self, width: int) -> str:
        """The text broken into lines that fit ``width`` (a word longer than the width keeps its own line)."""
        room = max(1, width - self._padding())
        metrics = self.fontMetrics()
        lines, line = [], ""
        for word in _WORD.findall(self.text()):
            if line and metrics.horizontalAdvance(line + word.rstrip()) > room:
                lines.append(line.rstrip())
                line = word
            else:
                line += word
        lines.append(line.rstrip())
        return "\n".join(lines)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The whole text on one line when there is room."""
        return self._size_for(self.text())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word and one line tall: layouts ask :meth:`heightForWidth` for the real height.

        (The height wrapped to the current width would be stale: a new control is 100 px wide until laid out, and
        ten long answers each a word per line made the interview 3,554 px tall at 200 %.)
        """
        longest = max((self.fontMetrics().horizontalAdvance(w.strip()) for w in _WORD.findall(self.text())), default=0)
        return QSize(longest + self._padding(), self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """The height follows the width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of the text wrapped to ``width``."""
        return self._size_for(self.wrapped(width)).height()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The control as the style draws it, with the text in lines that fit."""
        QStylePainter(self).drawControl(self._CONTROL, self._option(self.wrapped(self.width())))


class WrappingButton(_Wrapping, QPushButton):
    """A push button that breaks its text into lines to fit its width.

    Args:
        text: The words shown.
        parent: Qt parent.
    """

    _CONTENTS = QStyle.ContentsType.CT_PushButton
    _CONTROL = QStyle.ControlElement.CE_PushButton


class WrappingCheckBox(_Wrapping, QCheckBox):
    """A check box that breaks its text into lines to fit its width (the box stays beside the first line).

    Args:
        text: The words shown.
        parent: Qt parent.
    """

    _CONTENTS = QStyle.ContentsType.CT_CheckBox
    _CONTROL = QStyle.ControlElement.CE_CheckBox
