"""Forgotten administrator password: open the data with the recovery key and set a new password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.models import Role
from fieldscreen.services.installation import Installation
from fieldscreen.services.session import Session

from ..ops import OpRunner
from ..widgets.password_form import NewPasswordForm
from ..widgets.plain_label import PlainLabel, as_plain_text


def _open_with_key(installation: Installation, recovery_key: str) -> tuple[Session, list[str]]:
    """Sign in with the recovery key and list the administrators (runs on a worker)."""
    session = installation.sign_in_with_recovery_key(recovery_key)
    try:
        admins = [a.username for a in session.accounts.list() if a.role == Role.ADMINISTRATOR]
    except BaseException:
        session.lock()
        raise
    return session, admins


class RecoveryDialog(QDialog):
    """Two steps: the recovery key, then the administrator account and its new password.

    Args:
        installation: The installation to recover.
        ops: Runs the key check and the password change off the GUI thread.
        parent: Qt parent.
    """

    password_set = Signal(str)
    """Emitted with the user name whose password was set."""

    def __init__(self, installation: Installation, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._installation = installation
        self._ops = ops
        self._session: Session | None = None
        self.setWindowTitle("fieldscreen")
        self.setAccessibleName(self.tr("Recovery"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget(self)

        key_page = QWidget(self)
        self.key_edit = QLineEdit(key_page)
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        key_note = PlainLabel(
            self.tr("Type the recovery key that was shown when fieldscreen was set up. The dashes may be left out."),
            key_page,
        )
        key_note.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue"), key_page)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setDefault(True)
        key_form = QFormLayout(key_page)
        key_form.addRow(key_note)
        key_form.addRow(self.tr("Recovery &key"), self.key_edit)
        key_form.addRow("", self.continue_button)

        password_page = QWidget(self)
        self.account_combo = QComboBox(password_page)
        self.account_combo.setAccessibleName(self.tr("Administrator account"))
        self.password_form = NewPasswordForm(
            self.account_combo.currentText, label=self.tr("&New password"), parent=self
        )
        self.set_button = QPushButton(self.tr("&Set password"), password_page)
        self.set_button.setAccessibleName(self.tr("Set password"))
        self.set_button.setEnabled(False)
        self.password_form.add_field_above(self.tr("&Administrator"), self.account_combo)
        password_layout = QVBoxLayout(password_page)
        password_layout.addWidget(self.password_form)
        password_layout.addWidget(self.set_button, 0, Qt.AlignmentFlag.AlignRight)

        self.pages.addWidget(key_page)
        self.pages.addWidget(password_page)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.account_combo.currentIndexChanged.connect(self.password_form.refresh)
        self.password_form.changed.connect(self._on_password_form_changed)
        self.set_button.clicked.connect(self._on_set_button_clicked)
        self.finished.connect(self._on_finished)

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        key = self.key_edit.text().strip()
        if not key:
            return
        self._ops.run(
            "recovery_sign_in",
            lambda: _open_with_key(self._installation, key),
            busy=self,
            on_success=self._on_opened,
        )

    def _on_opened(self, opened: tuple[Session, list[str]]) -> None:
        self._session, admins = opened
        self.key_edit.clear()
        self.account_combo.addItems(admins)
        self.pages.setCurrentIndex(1)
        self.continue_button.setDefault(False)
        self.set_button.setDefault(True)
        self.account_combo.setFocus()

    @Slot()
    def _on_password_form_changed(self) -> None:
        self.set_button.setEnabled(self.account_combo.count() > 0 and self.password_form.is_acceptable())

    @Slot()
    def _on_set_button_clicked(self) -> None:
        if not self.set_button.isEnabled():
            return
        session = self._session
        username = self.account_combo.currentText()
        password = self.password_form.password()
        self._ops.run(
            "recovery_reset_password",
            lambda: session.accounts.reset_password(username, password),
            busy=self,
            on_success=lambda _none: self._on_password_set(username),
        )

    def _on_password_set(self, username: str) -> None:
        self.password_form.clear()
        self.password_set.emit(username)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "fieldscreen",
            self.tr("The new password is set. Sign in with it now."),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        as_plain_text(box).open()
        self.accept()

    @Slot()
    def _on_finished(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            self._ops.run("recovery_lock", session.lock)
