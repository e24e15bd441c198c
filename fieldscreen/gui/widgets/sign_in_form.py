"""User name, password and a sign-in button, with plain-words feedback and the throttling countdown.

Used by the sign-in window and by the lock screen (where the user name is fixed). The throttle is per account: the
countdown belongs to the user name it was reported for, and typing another name ends it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldscreen.core.errors import DatabaseDamaged, KnownError, LoginThrottled, WrongCredentials
from fieldscreen.core.i18n import fill

from ..ops import OpRunner
from .plain_label import PlainLabel

if TYPE_CHECKING:  # the services load after the first window is shown (start-up time)
    from fieldscreen.services.installation import Installation


def format_wait(seconds: float) -> str:
    """``seconds`` as minutes and seconds, for example ``9:05``."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class SignInForm(QWidget):
    """Signs a user in through the installation on a worker thread.

    Args:
        installation: Where to sign in; ``None`` while it loads (the button waits for :meth:`set_installation`).
        ops: Runs the sign-in (Argon2 and the database) off the GUI thread.
        fixed_username: When given, the user name is shown but cannot be changed (the lock screen).
        parent: Qt parent.
    """

    signed_in = Signal(object)
    """Emitted with the new ``Session``."""
    damaged = Signal(object)
    """Emitted with the ``DatabaseDamaged`` error when the data cannot be opened."""

    def __init__(
        self,
        installation: Installation | None,
        ops: OpRunner,
        *,
        fixed_username: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        self._allowed_at = 0.0
        self._throttled_name: str | None = None
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        if fixed_username is not None:
            self.username_edit.setText(fixed_username)
            self.username_edit.setReadOnly(True)
            self.username_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setEnabled(installation is not None)
        self.message = PlainLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.message.hide()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setTabOrder(self.username_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.sign_in_button)

        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.username_edit.returnPressed.connect(self._on_sign_in_button_clicked)
        self.password_edit.returnPressed.connect(self._on_sign_in_button_clicked)
        self.username_edit.textChanged.connect(self._on_username_edit_text_changed)
        self._countdown.timeout.connect(self._on_countdown_timeout)

    def set_installation(self, installation: Installation) -> None:
        """Enable signing in to ``installation``, loaded after the form was shown; the fields keep their text."""
        self._installation = installation
        self.sign_in_button.setEnabled(True)
        if self.isVisible():
            self._check_throttle()

    def set_username(self, username: str) -> None:
        """Fill in the user name and move to the password."""
        self.username_edit.setText(username)
        self.password_edit.setFocus()

    def focus_first_empty(self) -> None:
        """Put the keyboard focus where typing should start."""
        if self.username_edit.text() or self.username_edit.isReadOnly():
            self.password_edit.setFocus()
        else:
            self.username_edit.setFocus()

    def show_message(self, text: str) -> None:
        """Show ``text`` under the fields (empty hides the message)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Ask (off the GUI thread) whether sign-in must wait, and start the countdown if so."""
        super().showEvent(event)
        if self._installation is not None:
            self._check_throttle()

    def _check_throttle(self) -> None:
        """Ask whether the user name typed must wait (nothing to ask while it is empty)."""
        username, installation = self.username_edit.text().strip(), self._installation
        if not username or installation is None:
            return
        self._ops.run(
            "throttle_wait",
            lambda: installation.throttle_wait(username),
            owner=self,
            on_success=lambda seconds: self._on_throttle_wait(seconds, username),
        )

    @Slot(str)
    def _on_username_edit_text_changed(self, text: str) -> None:
        """Another user name has its own throttle: end the countdown of the previous one."""
        if self._throttled_name is None or text.strip() == self._throttled_name:
            return
        self._throttled_name = None
        self._countdown.stop()
        self.sign_in_button.setEnabled(self._installation is not None)
        self.show_message("")

    @Slot()
    def _on_sign_in_button_clicked(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not self.sign_in_button.isEnabled():
            return
        if not username or not password:
            self.show_message(self.tr("Enter your user name and password."))
            self.focus_first_empty()
            return
        self.show_message(self.tr("Signing in: the key is worked out from the password, which takes a moment..."))
        self._ops.run(
            "sign_in",
            lambda: self._installation.sign_in(username, password),
            busy=self,
            on_success=self._on_signed_in,
            on_failure=lambda exc: self._on_sign_in_failed(exc, username),
        )

    def _on_signed_in(self, session: object) -> None:
        self.password_edit.clear()
        self.show_message("")
        self.signed_in.emit(session)

    def _on_sign_in_failed(self, exc: BaseException, username: str) -> None:
        self.password_edit.clear()
        if isinstance(exc, LoginThrottled):
            self._on_throttle_wait(exc.wait_seconds, username)
        elif isinstance(exc, DatabaseDamaged):
            self.show_message(exc.message)
            self.damaged.emit(exc)
        elif isinstance(exc, WrongCredentials):
            self.show_message(f"{exc.message} {exc.advice}")
            self.password_edit.setFocus()
            self._check_throttle()
        elif isinstance(exc, KnownError):
            self.show_message(f"{exc.message} {exc.advice}".strip())
            self.focus_first_empty()
        else:
            self.show_message(" ".join(self._ops.errors.describe(exc)))

    def _on_throttle_wait(self, seconds: float, username: str) -> None:
        if seconds <= 0 or username != self.username_edit.text().strip():
            return
        self._throttled_name = username
        self._allowed_at = time.monotonic() + seconds
        self.sign_in_button.setEnabled(False)
        self._countdown.start()
        self._on_countdown_timeout()

    @Slot()
    def _on_countdown_timeout(self) -> None:
        left = self._allowed_at - time.monotonic()
        if left > 0:
            self.show_message(
                fill(self.tr("Too many failed sign-in attempts. You can try again in %1."), format_wait(left))
            )
            return
        self._countdown.stop()
        self._throttled_name = None
        self.sign_in_button.setEnabled(True)
        self.show_message(self.tr("You can try again now."))
        self.focus_first_empty()
