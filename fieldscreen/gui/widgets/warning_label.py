"""A warning told with an icon and words, never by colour alone; hidden while there is nothing to say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from .icon_picture import IconPicture
from .plain_label import PlainLabel


class WarningLabel(QWidget):
    """The warning icon beside one or more lines of plain text.

    Args:
        name: The accessible name of the text.
        parent: Qt parent.
        object_name: Style sheet name of the text (``warningNote``, ``inlineMessage``, ``saveFailed``).
    """

    def __init__(self, name: str, parent: QWidget | None = None, *, object_name: str = "warningNote") -> None:
        super().__init__(parent)
        picture = IconPicture("warning", 20, self)
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        picture.setAccessibleName(self.tr("Warning"))
        self.label = PlainLabel(self)
        self.label.setObjectName(object_name)
        self.label.setAccessibleName(name)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_lines(self, lines: list[str] | tuple[str, ...]) -> None:
        """Show ``lines``, one per line; hide when there are none."""
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def text(self) -> str:
        """The text shown."""
        return "" if self.isHidden() else self.label.text()
