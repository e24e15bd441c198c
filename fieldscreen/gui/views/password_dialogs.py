"""Setting passwords: an administrator resets someone's, and every user changes their own.

A user whose password an administrator set chooses their own right after signing in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.services.session import Session

from ..ops import OpRunner
from ..widgets.password_form import NewPasswordForm
from ..widgets.plain_label import PlainLabel, as_plain_text


class _PasswordDialog(QDialog):
    """A new-password form with OK and Cancel; subclasses say what OK does.

    Its texts use the explicit context "PasswordDialog", so translations never depend on the subclass.
    """

    def __init__(self, session: Session, ops: OpRunner, username: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._ops = ops
        self._username = username
        self.password_form = NewPasswordForm(
            lambda: username, label=QCoreApplication.translate("PasswordDialog", "&New password"), parent=self
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("PasswordDialog", "&Set password"))
        self.ok_button.setAccessibleName(QCoreApplication.translate("PasswordDialog", "Set password"))
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(480)
        self.password_form.changed.connect(self._on_changed)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.password_form)
        self.layout_.addWidget(self.buttons)
        self._on_changed()

    def _ready(self) -> bool:
        return self.password_form.is_acceptable()

    @Slot()
    def _on_changed(self) -> None:
        self.ok_button.setEnabled(self._ready())

    def _run(self, name: str, work: Callable[[], object]) -> None:
        if self.ok_button.isEnabled():
            self._ops.run(name, work, busy=self, on_success=self._on_done)

    def _on_done(self, _result: object) -> None:
        self.password_form.clear()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "fieldscreen",
            QCoreApplication.translate("PasswordDialog", "The new password is set."),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        as_plain_text(box).open()
        self.accept()


class ResetPasswordDialog(_PasswordDialog):
    """An administrator sets a new password for ``username`` (the data key is re-wrapped, nothing re-encrypted)."""

    def __init__(self, session: Session, ops: OpRunner, username: str, parent: QWidget | None = None) -> None:
        super().__init__(session, ops, username, parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.setAccessibleName(self.tr("Reset password"))
        note = PlainLabel(
            fill(self.tr("Set a new password for %1. Tell them the new password in person."), username), self
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self._finish_layout()
        self.buttons.accepted.connect(self._on_buttons_accepted)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        session, username, password = self._session, self._username, self.password_form.password()
        self._run("account_reset_password", lambda: session.accounts.reset_password(username, password))


class _OwnPasswordDialog(_PasswordDialog):
    """The signed-in user sets their own password, confirming the current one.

    The current-password texts use the explicit context "ChangePasswordDialog", shared by both subclasses.
    """

    def __init__(self, session: Session, ops: OpRunner, username: str, parent: QWidget | None) -> None:
        super().__init__(session, ops, username, parent)
        self.current_edit = QLineEdit(self)
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", "Current password"))
        self.password_form.add_field_above(
            QCoreApplication.translate("ChangePasswordDialog", "&Current password"), self.current_edit
        )
        self._finish_layout()
        self.current_edit.textChanged.connect(self._on_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)

    def _ready(self) -> bool:
        return bool(self.current_edit.text()) and self.password_form.is_acceptable()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        session, current, new = self._session, self.current_edit.text(), self.password_form.password()
        self._run("change_own_password", lambda: session.accounts.change_own_password(current, new))


class ChangePasswordDialog(_OwnPasswordDialog):
    """The signed-in user changes their own password, confirming the current one."""

    def __init__(self, session: Session, ops: OpRunner, username: str, parent: QWidget | None = None) -> None:
        super().__init__(session, ops, username, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.setAccessibleName(self.tr("Change my password"))


class RequiredPasswordDialog(_OwnPasswordDialog):
    """Right after signing in with a password an administrator set: the user chooses their own (Cancel signs out).

    Accepted once the new password is set; the caller then opens the main window.
    """

    def __init__(self, session: Session, ops: OpRunner, username: str, parent: QWidget | None = None) -> None:
        super().__init__(session, ops, username, parent)
        self.setWindowTitle(self.tr("Choose your password"))
        self.setAccessibleName(self.tr("Choose your password"))
        note = PlainLabel(
            self.tr(
                "An administrator set your password. Choose your own now, one that only you know: type the password "
                "you signed in with, then your new one."
            ),
            self,
        )
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        sign_out = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        sign_out.setText(self.tr("Sign o&ut"))
        sign_out.setAccessibleName(self.tr("Sign out"))
        self.current_edit.setFocus()  # typing starts at the top

    def _on_done(self, _result: object) -> None:
        self.password_form.clear()
        self.accept()
