"""Administration > Office key and sync, the key part.

A field laptop's administrator imports the office key after comparing its fingerprint by phone; on the receiving
office, the administrator makes the installation the office and exports its public key.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.services.office_key_state import InstallationKind
from fieldscreen.services.office_keys_service import KeyImported, OfficeKeyInfo, OfficeKeyMade, office_key_backup_advice
from fieldscreen.services.session import Session
from fieldscreen.sync.office_keys import OfficePublicKey

from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel, as_plain_text


class OfficeKeyView(QWidget):
    """The office key of the installation and what an administrator may do with it.

    Args:
        ops: Runs file access and key operations off the GUI thread.
        parent: Qt parent.

    Signals:
        office_made: This installation just became the receiving office.
    """

    office_made = Signal()

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._pending: bytes | None = None
        heading = PlainLabel(self.tr("Office key"), self)
        heading.setObjectName("heading")
        self.info_label = PlainLabel(self)
        self.info_label.setAccessibleName(self.tr("Office key status"))
        self.info_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import office key..."), self)
        self.import_button.setAccessibleName(self.tr("Import office key"))
        self.generate_button = QPushButton(self.tr("Make this the &receiving office..."), self)
        self.generate_button.setAccessibleName(self.tr("Make this the receiving office"))
        self.export_button = QPushButton(self.tr("&Export public key..."), self)
        self.export_button.setAccessibleName(self.tr("Export public key"))
        self.preview_label = PlainLabel(self)
        self.preview_label.setAccessibleName(self.tr("Key to import"))
        self.preview_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Import &this key"), self)
        self.confirm_button.setAccessibleName(self.tr("Import this key"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.result_label = PlainLabel(self)
        self.result_label.setAccessibleName(self.tr("Office key result"))
        self.result_label.setWordWrap(True)

        actions = QHBoxLayout()
        for button in (self.import_button, self.generate_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.cancel_button)
        confirm.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.info_label)
        layout.addLayout(actions)
        layout.addWidget(self.preview_label)
        layout.addLayout(confirm)
        layout.addWidget(self.result_label)
        self._show_pending(None)

        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def set_session(self, session: Session) -> None:
        """Work with ``session`` (an administrator's) and show its office key."""
        self._session = session
        self._show_pending(None)
        self.result_label.clear()
        self._load()

    def _load(self) -> None:
        session = self._session
        self._ops.run("office_key_info", session.office_keys.info, busy=self, on_success=self._on_loaded)

    def _on_loaded(self, info: OfficeKeyInfo) -> None:
        office = info.kind is InstallationKind.OFFICE
        if office and info.key is not None:
            text = fill(
                self.tr("This installation is the receiving office %1. Key fingerprint: %2."),
                info.key.office,
                info.key.fingerprint,
            )
        elif info.key is not None:
            text = fill(
                self.tr("Packets are sealed for %1. Key fingerprint: %2."), info.key.office, info.key.fingerprint
            )
        else:
            text = self.tr("No office key imported: packets wait here unsealed and are not sent.")
        self.info_label.setText(text)
        self.import_button.setVisible(not office)
        self.generate_button.setVisible(info.key is None)
        self.export_button.setVisible(office)

    def _show_pending(self, key: OfficePublicKey | None) -> None:
        if key is None:
            self._pending = None
            self.preview_label.clear()
        else:
            self.preview_label.setText(
                fill(
                    self.tr(
                        "Office: %1. Created: %2. Fingerprint: %3. Call the office and compare the fingerprint "
                        "before importing."
                    ),
                    key.office,
                    key.created.isoformat(),
                    key.fingerprint,
                )
            )
        for widget in (self.preview_label, self.confirm_button, self.cancel_button):
            widget.setVisible(key is not None)

    def _key_files(self) -> str:
        """The file dialogs' filters, all files first: ``office-key export --out`` writes whatever name it is given."""
        all_files = self.tr("All files")
        keys = self.tr("fieldscreen office key")
        return f"{all_files} (*);;{keys} (*.txt *.fskey)"

    @Slot()
    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import office key"), "", self._key_files())
        if not path:
            return
        session = self._session
        self._ops.run(
            "office_key_read",
            lambda: session.office_keys.read_key_file(Path(path)),
            busy=self,
            on_success=self._on_key_read,
        )

    def _on_key_read(self, found: tuple[bytes, OfficePublicKey]) -> None:
        content, key = found
        self._show_pending(key)
        self._pending = content
        self.confirm_button.setFocus()

    @Slot()
    def _on_confirm_button_clicked(self) -> None:
        session, content = self._session, self._pending
        if content is None:
            return
        self._ops.run(
            "office_key_import",
            lambda: session.office_keys.import_key(content),
            busy=self,
            on_success=self._on_imported,
        )

    def _on_imported(self, result: KeyImported) -> None:
        self._show_pending(None)
        self.result_label.setText(
            fill(self.tr("Office key imported. Packets sealed and queued now: %1."), result.queued)
        )
        self._load()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self._show_pending(None)

    @Slot()
    def _on_generate_button_clicked(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Make this the receiving office"),
            self.tr(
                "This installation will receive and open the packets of field laptops. Its private key never leaves "
                "this installation's encrypted database. Do this only on the receiving office's computer."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setAccessibleName(self.tr("Confirm receiving office"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda code: self._on_generate_confirmed(code == QMessageBox.StandardButton.Yes))
        as_plain_text(box).open()

    def _on_generate_confirmed(self, yes: bool) -> None:
        if not yes:
            return
        session = self._session
        self._ops.run("office_key_generate", session.office_keys.generate, busy=self, on_success=self._on_generated)

    def _on_generated(self, made: OfficeKeyMade) -> None:
        made_text = fill(self.tr("This is now the receiving office. Key fingerprint: %1."), made.key.fingerprint)
        self.result_label.setText(f"{made_text}\n{office_key_backup_advice(made.backup)}")
        self._load()
        self.office_made.emit()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export public key"), "fieldscreen-office-key.txt", self._key_files()
        )
        if not path:
            return
        session = self._session
        self._ops.run(
            "office_key_export",
            lambda: session.office_keys.export_to(Path(path)),
            busy=self,
            on_success=lambda _: self.result_label.setText(fill(self.tr("Public key written to %1."), path)),
        )
