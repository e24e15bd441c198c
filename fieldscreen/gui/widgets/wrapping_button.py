"""A push button whose words wrap to the width it is given, so a long answer never widens the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


class WrappingButton(QPushButton):
    """A push button that draws its frame and leaves its text to a word-wrapping label.

    ``text()`` stays the whole text (for assistive technology and tests); the label shows it in as many lines as the
    width needs. The text is given once, at construction.

    Args:
        text: The words shown.
        parent: Qt parent.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, self)
        layout.setContentsMargins(margin + 8, margin, margin + 8, margin)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._match_font)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The whole text on one line when there is room."""
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word; as tall as the text wrapped to the current width."""
        narrow = self.layout().minimumSize()
        return QSize(narrow.width(), max(narrow.height(), self.heightForWidth(self.width())))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """The height follows the width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of the text wrapped to ``width``."""
        return self.layout().totalHeightForWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font or style sheet reaches the label."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._match_font()

    def _match_font(self) -> None:
        font = self.font()
        font.setBold(self.isChecked() or font.bold())
        self.label.setFont(font)
        self.updateGeometry()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The button's frame and state without its text (the label draws that)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
