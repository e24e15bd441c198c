"""What to do when the encrypted data cannot be read: restore a backup, look at the folder, or quit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.core.i18n import fill
from fieldscreen.services.installation import Installation
from fieldscreen.store.backups import made_at, reason_of

from ..labels import backup_label
from ..ops import OpRunner
from ..timefmt import local_time
from ..widgets.confirm_box import confirm
from ..widgets.icon_picture import IconPicture
from ..widgets.plain_label import PlainLabel, as_plain_text


def _list_backups(installation: Installation) -> list[tuple[Path, datetime]]:
    """Backups, newest first, with when each was made: from its name, else its file time (runs on a worker).

    Names tell the second; two backups made in the same second (the daily one and the first after a finalize) are
    ordered by their file times.
    """
    found = []
    for path in installation.backups():
        written = path.stat().st_mtime
        found.append((made_at(path) or datetime.fromtimestamp(written, UTC), written, path))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [(path, when) for when, _written, path in found]


class DamagedDialog(QDialog):
    """Explains that the data is damaged and offers the ways forward.

    Args:
        installation: The installation whose data is damaged.
        ops: Runs the restore off the GUI thread.
        error: The error that was raised.
        parent: Qt parent.
    """

    def __init__(
        self, installation: Installation, ops: OpRunner, error: DatabaseDamaged, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._installation = installation
        self._ops = ops
        self.setWindowTitle("fieldscreen")
        self.setAccessibleName(self.tr("Damaged data"))
        picture = IconPicture("warning", 32, self)
        heading = PlainLabel(self.tr("The encrypted data cannot be read"), self)
        heading.setObjectName("heading")
        title_row = QHBoxLayout()
        title_row.addWidget(picture)
        title_row.addWidget(heading, 1)
        what = PlainLabel(error.message, self)
        what.setWordWrap(True)
        self.how_label = PlainLabel(
            self.tr(
                "Nothing more will be written until this is solved. You can restore the latest backup (changes "
                "made after it was taken are lost), open the data folder to hand it to your administrator, "
                "or quit."
            ),
            self,
        )
        self.how_label.setWordWrap(True)
        self.backup_combo = QComboBox(self)
        self.backup_combo.setAccessibleName(self.tr("Backup to restore"))
        self.backup_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the whole reason shows
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setAccessibleName(self.tr("Restore backup"))
        self.restore_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("Open the data &folder"), self)
        self.folder_button.setAccessibleName(self.tr("Open data folder"))
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit"))

        restore_row = QHBoxLayout()
        restore_row.addWidget(self.backup_combo, 1)
        restore_row.addWidget(self.restore_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(what)
        layout.addWidget(self.how_label)
        layout.addLayout(restore_row)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.quit_button.clicked.connect(QCoreApplication.quit)
        self._ops.run("list_backups", lambda: _list_backups(installation), busy=self, on_success=self._on_backups)

    def _on_backups(self, backups: list[tuple[Path, datetime]]) -> None:
        for path, when in backups:
            self.backup_combo.addItem(fill(self.tr("%1 (%2)"), local_time(when), backup_label(reason_of(path))), path)
            self.backup_combo.setItemData(self.backup_combo.count() - 1, path.name, Qt.ItemDataRole.ToolTipRole)
        if not backups:
            self.backup_combo.addItem(self.tr("No backup found"))
            self.how_label.setText(
                self.tr(
                    "Nothing more will be written until this is solved. There is no backup here to restore: open the "
                    "data folder to hand it to your administrator, or quit."
                )
            )
        self.backup_combo.setEnabled(bool(backups))
        self.restore_button.setEnabled(bool(backups))

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        backup: Path = self.backup_combo.currentData()
        confirm(
            self,
            "fieldscreen",
            self.tr("Restore this backup? Changes made after it was taken will be lost."),
            self.tr("Restore"),
            lambda: self._restore(backup),
        )

    def _restore(self, backup: Path) -> None:
        self._ops.run(
            "restore_backup",
            lambda: self._installation.restore_backup(backup),
            busy=self,
            on_success=lambda _none: self._on_restored(),
        )

    def _on_restored(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "fieldscreen",
            self.tr("The backup was restored. Sign in again."),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        as_plain_text(box).open()
        self.accept()

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._installation.data_dir)))
