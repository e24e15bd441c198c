"""The lock screen: covers all content; the same user signs in again, or someone else signs in instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.services.installation import Installation

from ..labels import plain_tooltip
from ..ops import OpRunner
from ..widgets.icon_picture import IconPicture
from ..widgets.plain_label import PlainLabel
from ..widgets.sign_in_form import SignInForm


class LockScreen(QWidget):
    """Shown instead of the content while the session is locked.

    Args:
        installation: Where to sign in again.
        ops: Runs the sign-in off the GUI thread.
        username: Who was signed in (only they can unlock).
        parent: Qt parent.
    """

    unlocked = Signal(object)
    """Emitted with the new ``Session`` of the same user."""
    switch_user_requested = Signal()
    damaged = Signal(object)

    def __init__(self, installation: Installation, ops: OpRunner, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Locked"))
        picture = IconPicture("lock", 48, self)
        picture.setAccessibleName(self.tr("Locked"))
        heading = PlainLabel(self.tr("Locked"), self)
        heading.setObjectName("heading")
        self.reason_label = PlainLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why it is locked"))
        self.form = SignInForm(installation, ops, fixed_username=username, parent=self)
        self.switch_button = QPushButton(self.tr("S&witch user"), self)
        self.switch_button.setAccessibleName(self.tr("Switch user"))
        self.switch_button.setToolTip(
            plain_tooltip(fill(self.tr("Sign out %1 and let someone else sign in."), username))
        )

        box = QWidget(self)
        box.setFixedWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.reason_label)
        inner.addWidget(self.form)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setTabOrder(self.form.sign_in_button, self.switch_button)

        self.form.signed_in.connect(self.unlocked)
        self.form.damaged.connect(self.damaged)
        self.switch_button.clicked.connect(self.switch_user_requested)

    def show_reason(self, reason: str) -> None:
        """Say why the screen locked: "panic", "inactivity" or "reauth"."""
        texts = {
            "inactivity": self.tr("fieldscreen locked itself after a time without use."),
            "reauth": self.tr("Please sign in again: it is required at least every 12 hours."),
        }
        self.reason_label.setText(texts.get(reason, ""))
        self.reason_label.setVisible(reason in texts)
        self.form.show_message("")
        self.form.password_edit.clear()
        self.form.password_edit.setFocus()
