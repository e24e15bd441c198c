"""Administration > Office key and sync, the target part: a folder, or an HTTPS/WebDAV office server.

The stored password or token is never shown or loaded here: saving server settings asks for it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.errors import KnownError, SessionLocked
from fieldscreen.core.i18n import fill
from fieldscreen.services.office_key_state import InstallationKind
from fieldscreen.services.session import Session
from fieldscreen.services.sync_targets_service import AuthKind, TargetKind, TargetSettings, reachable

from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel

T = TypeVar("T")


def _load(session: Session) -> tuple[TargetSettings | None, bool]:
    """The stored target and whether this is the receiving office (on a worker)."""
    return session.sync_targets.get(), session.office_keys.info().kind is InstallationKind.OFFICE


def _submit(folder: Callable[[str], T], server: Callable[..., T], kind: TargetKind, fields: dict[str, Any]) -> T:
    """Hand the form to ``folder`` or ``server`` (the service's set or check calls), as its kind asks (on a worker)."""
    if kind is TargetKind.FOLDER:
        return folder(fields["folder"])
    return server(
        fields["url"],
        ca_file=fields["ca_file"],
        pinned_sha256=fields["pin"],
        username=fields["username"],
        password=fields["password"],
        token=fields["token"],
        auth=fields["auth"],
    )


class SyncTargetView(QWidget):
    """Where this installation sends packets (or, on the office, receives them from).

    Args:
        ops: Runs reads and saves off the GUI thread.
        parent: Qt parent.
    """

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._office = False
        heading = PlainLabel(self.tr("Sync target"), self)
        heading.setObjectName("heading")
        self.current_label = PlainLabel(self)
        self.current_label.setAccessibleName(self.tr("Current sync target"))
        self.current_label.setWordWrap(True)
        self.folder_radio = QRadioButton(self.tr("F&older (USB drive or shared drive)"), self)
        self.server_radio = QRadioButton(self.tr("Office &server (HTTPS/WebDAV)"), self)
        kinds = QButtonGroup(self)
        kinds.addButton(self.folder_radio)
        kinds.addButton(self.server_radio)
        self.folder_radio.setChecked(True)

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Sync folder"))
        self.browse_button = QPushButton(self.tr("C&hoose..."), self)
        self.browse_button.setAccessibleName(self.tr("Choose sync folder"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.setPlaceholderText("https://office.example.org/fieldscreen/inbox/")
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setAccessibleName(self.tr("Pinned certificate fingerprint"))
        self.pin_edit.setPlaceholderText(self.tr("SHA-256, 64 hex digits (or leave empty)"))
        self.ca_edit = QLineEdit(self)
        self.ca_edit.setAccessibleName(self.tr("CA certificate file"))
        self.auth_combo = QComboBox(self)
        self.auth_combo.setAccessibleName(self.tr("Sign-in to the server"))
        self.auth_combo.addItem(self.tr("None"), AuthKind.NONE)
        self.auth_combo.addItem(self.tr("User name and password"), AuthKind.BASIC)
        self.auth_combo.addItem(self.tr("Token"), AuthKind.BEARER)
        self.user_edit = QLineEdit(self)
        self.user_edit.setAccessibleName(self.tr("Server user name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setAccessibleName(self.tr("Server password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit = QLineEdit(self)
        self.token_edit.setAccessibleName(self.tr("Server token"))
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self.tr("Save sync &target"), self)
        self.save_button.setAccessibleName(self.tr("Save sync target"))
        self.check_button = QPushButton(self.tr("Test &connection"), self)
        self.check_button.setAccessibleName(self.tr("Test connection"))
        self.check_button.setToolTip(
            self.tr("Write a small test file to the folder or server as entered, then remove it. No packet is sent.")
        )
        self.saved_label = PlainLabel(self)
        self.saved_label.setAccessibleName(self.tr("Sync target status"))
        self.saved_label.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.folder_part = QWidget(self)
        folder_form = QFormLayout(self.folder_part)
        folder_form.addRow(self.tr("Folder"), folder_row)
        self.server_part = QWidget(self)
        server_form = QFormLayout(self.server_part)
        server_form.addRow(self.tr("Address"), self.url_edit)
        server_form.addRow(self.tr("Certificate fingerprint"), self.pin_edit)
        server_form.addRow(self.tr("or CA file"), self.ca_edit)
        server_form.addRow(self.tr("Sign-in"), self.auth_combo)
        server_form.addRow(self.tr("User name"), self.user_edit)
        server_form.addRow(self.tr("Password"), self.password_edit)
        server_form.addRow(self.tr("Token"), self.token_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.check_button)
        save_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, self.current_label, self.folder_radio, self.server_radio):
            layout.addWidget(widget)
        layout.addWidget(self.folder_part)
        layout.addWidget(self.server_part)
        layout.addLayout(save_row)
        layout.addWidget(self.saved_label)
        self._show_kind()

        self.folder_radio.toggled.connect(self._show_kind)
        self.auth_combo.currentIndexChanged.connect(self._show_kind)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)

    @Slot()
    def _show_kind(self) -> None:
        server = self.server_radio.isChecked()
        self.folder_part.setVisible(not server)
        self.server_part.setVisible(server)
        auth = self.auth_combo.currentData()
        self.user_edit.setEnabled(auth == AuthKind.BASIC)
        self.password_edit.setEnabled(auth == AuthKind.BASIC)
        self.token_edit.setEnabled(auth == AuthKind.BEARER)

    def set_session(self, session: Session) -> None:
        """Work with ``session`` (an administrator's) and show its target."""
        self._session = session
        self.saved_label.clear()
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Show the stored target again (say, once this installation became the receiving office)."""
        session = self._session
        if session is not None:
            self._ops.run("sync_target_get", lambda: _load(session), busy=self, on_success=self._on_loaded_with_kind)

    def _on_loaded_with_kind(self, loaded: tuple[TargetSettings | None, bool]) -> None:
        settings, self._office = loaded
        self._on_loaded(settings)

    def _current_text(self, settings: TargetSettings | None) -> str:
        """Where packets go; on the receiving office, where they arrive from the field laptops."""
        if self._office:
            if settings is None:
                return self.tr(
                    "No sync target is set: no packets can be received. Set the folder or office server the field "
                    "laptops send to."
                )
            return fill(self.tr("Packets from the field laptops arrive in: %1"), settings.describe())
        if settings is None:
            return self.tr("No sync target is set: packets wait in the outbox.")
        return fill(self.tr("Packets go to: %1"), settings.describe())

    def _on_loaded(self, settings: TargetSettings | None) -> None:
        self.password_edit.clear()
        self.token_edit.clear()
        self.current_label.setText(self._current_text(settings))
        if settings is None:
            return
        if settings.kind is TargetKind.FOLDER:
            self.folder_radio.setChecked(True)
            self.folder_edit.setText(settings.location)
        else:
            self.server_radio.setChecked(True)
            self.url_edit.setText(settings.location)
            self.pin_edit.setText(settings.pinned_sha256)
            self.ca_edit.setText(settings.ca_file)
            self.auth_combo.setCurrentIndex(self.auth_combo.findData(settings.auth))
            self.user_edit.setText(settings.username)
        self._show_kind()

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _form(self) -> tuple[TargetKind, dict[str, Any]]:
        """The target kind and the fields as entered (only those of the chosen sign-in)."""
        kind = TargetKind.WEBDAV if self.server_radio.isChecked() else TargetKind.FOLDER
        auth = self.auth_combo.currentData()
        return kind, {
            "folder": self.folder_edit.text(),
            "url": self.url_edit.text(),
            "pin": self.pin_edit.text(),
            "ca_file": self.ca_edit.text(),
            "username": self.user_edit.text().strip() if auth == AuthKind.BASIC else "",
            "password": self.password_edit.text() if auth == AuthKind.BASIC else "",
            "token": self.token_edit.text().strip() if auth == AuthKind.BEARER else "",
            "auth": auth,
        }

    @Slot()
    def _on_save_button_clicked(self) -> None:
        targets = self._session.sync_targets
        kind, fields = self._form()

        def save() -> tuple[TargetSettings, bool]:
            settings = _submit(targets.set_folder, targets.set_webdav, kind, fields)
            return settings, settings.kind is not TargetKind.FOLDER or reachable(settings)

        self._ops.run("sync_target_save", save, busy=self, on_success=self._on_saved)

    def _on_saved(self, saved: tuple[TargetSettings, bool]) -> None:
        settings, there = saved
        self._on_loaded(settings)
        if there:
            self.saved_label.setText(self.tr("Saved."))
        elif self._office:  # kept all the same: a USB drive may be plugged in later
            self.saved_label.setText(
                self.tr(
                    "Saved. The folder is not there now (a USB drive not plugged in, a shared drive not connected?): "
                    "packets from the field laptops can be received once it is."
                )
            )
        else:
            self.saved_label.setText(
                self.tr(
                    "Saved. The folder is not there now (a USB drive not plugged in, a shared drive not connected?): "
                    "packets wait in the Outbox until it is."
                )
            )

    @Slot()
    def _on_check_button_clicked(self) -> None:
        targets = self._session.sync_targets
        kind, fields = self._form()
        self.saved_label.setText(self.tr("Testing the connection..."))
        self._ops.run(
            "sync_target_check",
            lambda: _submit(targets.check_folder, targets.check_webdav, kind, fields),
            busy=self,
            on_success=self._on_checked,
            on_failure=self._on_check_failed,
        )

    def _on_checked(self, worked: str) -> None:
        self.saved_label.setText(fill(self.tr("Connection test passed. %1"), worked))

    def _on_check_failed(self, exc: BaseException) -> None:
        self.saved_label.clear()
        if isinstance(exc, SessionLocked):  # the lock screen says so
            return
        if isinstance(exc, KnownError):
            self.saved_label.setText(fill(self.tr("Connection test failed: %1"), str(exc)))
        else:
            self._ops.errors.show(self.window(), exc)
