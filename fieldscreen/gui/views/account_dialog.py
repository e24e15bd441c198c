"""Adding an account: user name, display name, role and an initial password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from fieldscreen.core.models import Role
from fieldscreen.services.session import Session

from ..models.accounts_model import role_label
from ..ops import OpRunner
from ..widgets.password_form import NewPasswordForm


class AddAccountDialog(QDialog):
    """Creates an account through the session; stays open (with the reason) if that fails.

    Args:
        session: The administrator's session.
        ops: Runs the change off the GUI thread.
        parent: Qt parent.
    """

    added = Signal(object)
    """Emitted with the new ``Account``."""

    def __init__(self, session: Session, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._ops = ops
        self.setWindowTitle(self.tr("Add account"))
        self.setAccessibleName(self.tr("Add account"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("New user name"))
        self.display_edit = QLineEdit(self)
        self.display_edit.setAccessibleName(self.tr("Display name"))
        self.display_edit.setPlaceholderText(self.tr("optional"))
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role)
        self.password_form = NewPasswordForm(self.username_edit.text, label=self.tr("&Initial password"), parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add account"))
        self.ok_button.setAccessibleName(self.tr("Confirm add account"))

        self.password_form.add_field_above(self.tr("&User name"), self.username_edit)
        self.password_form.add_field_above(self.tr("&Display name"), self.display_edit)
        self.password_form.add_field_above(self.tr("&Role"), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.password_form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.username_edit.textChanged.connect(self.password_form.refresh)
        self.password_form.changed.connect(self._on_password_form_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._on_password_form_changed()

    @Slot()
    def _on_password_form_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.username_edit.text().strip()) and self.password_form.is_acceptable())

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.ok_button.isEnabled():
            return
        session = self._session
        username = self.username_edit.text().strip()
        display = self.display_edit.text().strip()
        role = self.role_combo.currentData()
        password = self.password_form.password()
        self._ops.run(
            "account_add",
            lambda: session.accounts.add(username, role, password, display_name=display),
            busy=self,
            on_success=self._on_added,
        )

    def _on_added(self, account: object) -> None:
        self.password_form.clear()
        self.added.emit(account)
        self.accept()
