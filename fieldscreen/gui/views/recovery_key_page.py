"""The recovery key, shown once at setup, and the administrator's confirmation that it is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..widgets.plain_label import PlainLabel
from ..widgets.width_in_chars import width_in_chars

CLIPBOARD_MS = 60_000
"""How long a copied recovery key stays on the clipboard (it also goes when the page is left)."""


def last_group(recovery_key: str) -> str:
    """The last dash-separated group of a recovery key, which the administrator types back."""
    return recovery_key.strip().replace(" ", "-").split("-")[-1]


def _normalized(text: str) -> str:
    return text.strip().replace(" ", "").upper()


class RecoveryKeyPage(QWizardPage):
    """Shows the recovery key with instructions; complete once stored and the last group is typed back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr("If every administrator password is forgotten, this key is the only way back to the data.")
        )
        self.key_label = PlainLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy recovery key"))
        self.copied_label = PlainLabel(
            self.tr(
                "Copied. Paste it onto the offline device now: it leaves the clipboard in a minute or when you go on."
            ),
            self,
        )
        self.copied_label.setWordWrap(True)
        self.copied_label.setAccessibleName(self.tr("Clipboard"))
        self.copied_label.hide()
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(CLIPBOARD_MS)
        instructions = PlainLabel(
            self.tr(
                "Write the key down on paper now, or save it on a storage device that stays offline. Keep it "
                "locked away and apart from this computer. It is shown only this once. Anyone who has the key can "
                "open the data, so do not e-mail it, photograph it or store it on this computer."
            ),
            self,
        )
        instructions.setWordWrap(True)
        self.stored_box = QCheckBox(self.tr("I have written the key down and will keep it offline"), self)
        self.stored_box.setAccessibleName(self.tr("I have stored the recovery key"))
        self.group_edit = QLineEdit(self)
        self.group_edit.setAccessibleName(self.tr("Last group of the recovery key"))
        self.group_edit.setMaxLength(32)
        width_in_chars(self.group_edit, 27)

        group_label = PlainLabel(
            self.tr("Type the &last group of the key (the five characters after the last dash):"), self
        )
        group_label.setBuddy(self.group_edit)
        group_label.setWordWrap(True)
        self.next_steps = PlainLabel(
            self.tr(
                "Then, signed in as the administrator: add an account for each screener and supervisor "
                "(Administration > Accounts), and import the receiving office's key (Administration > Office key "
                "and sync). Until that key is imported, referral packets wait in the Outbox unsealed and none is sent."
            ),
            self,
        )
        self.next_steps.setWordWrap(True)
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.copied_label)
        layout.addWidget(instructions)
        layout.addSpacing(12)
        layout.addWidget(self.stored_box)
        layout.addWidget(group_label)
        layout.addWidget(self.group_edit)
        layout.addSpacing(12)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.setTabOrder(self.copy_button, self.stored_box)
        self.setTabOrder(self.stored_box, self.group_edit)

        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self._clear_timer.timeout.connect(self.clear_clipboard)
        self.stored_box.toggled.connect(self.completeChanged)
        self.group_edit.textChanged.connect(self.completeChanged)

    def set_key(self, recovery_key: str) -> None:
        """Show ``recovery_key``."""
        self._key = recovery_key
        self.key_label.setText(recovery_key)

    def forget_key(self) -> None:
        """Drop the key from the page and from the clipboard if it is still there."""
        self.clear_clipboard()
        self._key = ""
        self.key_label.clear()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Complete when the box is ticked and the last group is typed correctly."""
        return (
            bool(self._key)
            and self.stored_box.isChecked()
            and _normalized(self.group_edit.text()) == _normalized(last_group(self._key))
        )

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Going on (or closing) takes a copied key off the clipboard."""
        self.clear_clipboard()
        super().hideEvent(event)

    @Slot()
    def clear_clipboard(self) -> None:
        """Empty the clipboard if it still holds the key (never what was copied since)."""
        self._clear_timer.stop()
        self.copied_label.hide()
        clipboard = QGuiApplication.clipboard()
        if self._key and clipboard.text() == self._key:
            clipboard.clear()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.copied_label.show()
        self._clear_timer.start()
