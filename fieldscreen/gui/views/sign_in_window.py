"""The sign-in window: the first thing shown once fieldscreen is set up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from fieldscreen.core.errors import DatabaseDamaged

from ..look import set_title, training_banner
from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel
from ..widgets.sign_in_form import SignInForm

if TYPE_CHECKING:  # the services load after the first window is shown (start-up time)
    from fieldscreen.services.installation import Installation


class SignInWindow(QWidget):
    """User name and password; a way back in with the recovery key; help when the data is damaged.

    Args:
        installation: Where to sign in; ``None`` while it loads (typing works, signing in waits for
            :meth:`set_installation`).
        ops: Runs blocking work off the GUI thread.
        training: Whether this is the training installation.
        parent: Qt parent.
    """

    signed_in = Signal(object)
    """Emitted with the new ``Session``."""

    def __init__(
        self,
        installation: Installation | None,
        ops: OpRunner,
        *,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        set_title(self, training)
        self.setObjectName("signInWindow")
        heading = PlainLabel(self.tr("Sign in"), self)
        heading.setObjectName("heading")
        self.form = SignInForm(installation, ops, parent=self)
        self.recovery_button = QPushButton(self.tr("Forgot your password? Use the &recovery key"), self)
        self.recovery_button.setObjectName("linkButton")
        self.recovery_button.setAccessibleName(self.tr("Use the recovery key"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setEnabled(installation is not None)

        layout = QVBoxLayout(self)
        if training:
            layout.addWidget(training_banner(self))
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.setContentsMargins(48, 24, 48, 24)
        self.setMinimumWidth(460)
        self.resize(560, 420)
        self.setTabOrder(self.form.sign_in_button, self.recovery_button)

        self.form.signed_in.connect(self.signed_in)
        self.form.damaged.connect(self._on_form_damaged)
        self.recovery_button.clicked.connect(self._on_recovery_button_clicked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Start typing where it makes sense."""
        super().showEvent(event)
        self.form.focus_first_empty()

    def set_installation(self, installation: Installation) -> None:
        """Enable signing in to ``installation``, now loaded; what was typed meanwhile stays."""
        self._installation = installation
        self.form.set_installation(installation)
        self.recovery_button.setEnabled(True)

    def set_username(self, username: str) -> None:
        """Fill in ``username`` (after setup, or after a password was set with the recovery key)."""
        self.form.set_username(username)

    @Slot(object)
    def _on_form_damaged(self, exc: DatabaseDamaged) -> None:
        from .damaged_dialog import DamagedDialog  # imported when needed: start-up stays fast

        DamagedDialog(self._installation, self._ops, exc, parent=self).open()

    @Slot()
    def _on_recovery_button_clicked(self) -> None:
        from .recovery_dialog import RecoveryDialog  # imported when needed: start-up stays fast

        dialog = RecoveryDialog(self._installation, self._ops, parent=self)
        dialog.password_set.connect(self.set_username)
        dialog.open()
