"""Exporting referral packets as password-protected PDFs: pick packets, a folder and a password; progress; cancel.

The same dialog exports the packets this installation made and, at the receiving office, the packets it received
(``received_ids``): only the list and where the preview reads the PDF from differ.

The export runs on a worker (``session.export.export`` is synchronous). The worker only records how far it is; a
timer on the GUI thread shows it ten times a second, however fast the packets go, so the window stays responsive
while hundreds of files are encrypted and written.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.services.export_service import (
    MIN_PASSWORD_LENGTH,
    ExportablePacket,
    ExportResult,
    ReceivedPacket,
    password_problems,
)
from fieldscreen.services.password_policy import blocklist
from fieldscreen.services.session import Session

from ..models.export_model import MADE, PACKET_ROLE, ExportModel
from ..ops import OpRunner
from ..widgets.password_form import NewPasswordForm
from ..widgets.plain_label import PlainLabel
from ..widgets.sorted_table import SortedTable
from ..widgets.warning_label import WarningLabel
from .packet_preview_dialog import PacketPreviewDialog

SHOWN_NAMES = 5
"""How many written file names the result lists before "and N more"."""


PROGRESS_MS = 100
"""How often the progress bar shows how far the worker is."""


class _Progress:
    """How far the export is, written by the worker and read by the GUI thread (one tuple: replaced atomically)."""

    def __init__(self) -> None:
        self.done_total = (0, 0)

    def report(self, done: int, total: int) -> None:
        """The service's progress callback (on the worker)."""
        self.done_total = (done, total)


class ExportDialog(QDialog):
    """Choose packets, a folder and a password, and export; cancelling stops between files.

    Args:
        session: The signed-in supervisor's or administrator's session.
        ops: Runs the list, the preview and the export off the GUI thread.
        screening_ids: Screenings whose packets are selected at first.
        parent: Qt parent.
        received_ids: Export the packets this office received instead, these (ingested packet ids) selected at
            first.
    """

    def __init__(
        self,
        session: Session,
        ops: OpRunner,
        screening_ids: tuple[int, ...] = (),
        parent: QWidget | None = None,
        *,
        received_ids: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._ops = ops
        self._received = received_ids is not None
        self._wanted = set(screening_ids if received_ids is None else received_ids)
        self._cancel: threading.Event | None = None
        self._close_when_done = False
        self._progress = _Progress()
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_MS)
        title = self.tr("Export received packets") if self._received else self.tr("Export packets")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = PlainLabel(
            self.tr(
                "Each packet is written as a PDF that opens only with the password. Send the password another way "
                "than the files (for example by phone)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ExportModel(self)
        self.table = SortedTable(self.model, self.tr("Packets to export"), self, multi=True)
        self.table.sort_by(MADE, Qt.SortOrder.DescendingOrder)
        self.all_versions_check = QCheckBox(self.tr("Show ear&lier versions too"), self)
        self.all_versions_check.setAccessibleName(self.tr("Show earlier versions"))
        self.preview_button = QPushButton(self.tr("Pre&view..."), self)
        self.preview_button.setAccessibleName(self.tr("Preview packet"))
        self.selected_label = PlainLabel(self)
        self.selected_label.setAccessibleName(self.tr("Packets selected"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Export folder"))
        self.folder_button = QPushButton(self.tr("Choose fol&der..."), self)
        self.folder_button.setAccessibleName(self.tr("Choose folder"))
        self.password_form = NewPasswordForm(
            label=self.tr("&Password"),
            parent=self,
            rules=password_problems,
            hint=fill(
                self.tr("At least %1 characters, not a common word or pattern: a phrase of several words is best."),
                MIN_PASSWORD_LENGTH,
            ),
        )
        self.password_form.add_field_above(self.tr("&Folder"), self._folder_row(), self.folder_edit)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.result_label = PlainLabel(self)
        self.result_label.setAccessibleName(self.tr("Export result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = WarningLabel(self.tr("Problem"), self, object_name="inlineMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleName(self.tr("Export"))
        self.cancel_button = self.buttons.addButton(self.tr("&Cancel export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel export"))
        self.cancel_button.hide()
        self.inputs = QWidget(self)
        inputs = QVBoxLayout(self.inputs)
        inputs.setContentsMargins(0, 0, 0, 0)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.selected_label, 1)
        table_buttons.addWidget(self.all_versions_check)
        table_buttons.addWidget(self.preview_button)
        inputs.addWidget(self.table, 1)
        inputs.addLayout(table_buttons)
        inputs.addWidget(self.password_form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.inputs, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.activated.connect(self._on_preview_button_clicked)
        self.all_versions_check.toggled.connect(self.reload)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.folder_edit.textChanged.connect(self._update)
        self.password_form.changed.connect(self._update)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.setFocus()
        self.reload()
        self._ops.run("password_blocklist", blocklist, owner=self)  # read once, before the first key is typed

    def _folder_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_edit, 1)
        layout.addWidget(self.folder_button)
        return row

    @property
    def running(self) -> bool:
        """Whether an export is under way."""
        return self._cancel is not None

    def selected_packets(self) -> list[ExportablePacket | ReceivedPacket]:
        """The packets selected, in the order shown."""
        return [self.model.index(row, 0).data(PACKET_ROLE) for row in self.table.selected_rows()]

    @Slot()
    def reload(self) -> None:
        """Load the exportable packets again (latest versions only unless asked)."""
        load = self._session.export.received if self._received else self._session.export.exportable
        latest_only = not self.all_versions_check.isChecked()
        self._ops.run(
            "export_list",
            lambda: load(latest_only=latest_only),
            busy=self.inputs,
            owner=self,
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _on_loaded(self, packets: list[ExportablePacket | ReceivedPacket]) -> None:
        chosen = {packet.packet_id for packet in self.selected_packets()}
        earlier = self._wanted - {p.packet_id for p in packets} if self._received else set()
        if earlier and not chosen and not self.all_versions_check.isChecked():
            self.all_versions_check.setChecked(True)  # an earlier version was chosen: list them all (reloads)
            return
        self.model.set_rows(packets)
        self.table.select_rows(
            [i for i, p in enumerate(packets) if p.packet_id in chosen or (not chosen and self._wanted_at_first(p))]
        )
        self._update()

    def _wanted_at_first(self, packet: ExportablePacket | ReceivedPacket) -> bool:
        key = packet.packet_id if isinstance(packet, ReceivedPacket) else packet.screening_id
        return key in self._wanted

    @Slot()
    def _update(self) -> None:
        count = self.table.selected_count()
        self.selected_label.setText(fill(self.tr("%1 of %n packets selected", None, self.model.rowCount()), count))
        self.preview_button.setEnabled(self.table.current_row() is not None)
        ready = count > 0 and bool(self.folder_edit.text().strip()) and self.password_form.is_acceptable()
        self.export_button.setEnabled(ready and not self.running)

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        packet: ExportablePacket | ReceivedPacket = self.model.index(row, 0).data(PACKET_ROLE)
        pdf, packet_id = self._session.ingest.pdf if self._received else self._session.export.pdf, packet.packet_id
        title = fill(self.tr("%1, version %2"), packet.case_code, packet.version)
        PacketPreviewDialog(self._ops, lambda: pdf(packet_id), title, self).open()

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        packets = self.selected_packets()
        if not packets or self.running:
            return
        ids = [packet.packet_id for packet in packets]
        folder = Path(self.folder_edit.text().strip())
        password = self.password_form.password()
        cancel = self._cancel = threading.Event()
        progress = self._progress = _Progress()
        export, received = self._session.export, self._received
        self.progress_bar.setRange(0, len(ids))
        self.progress_bar.setValue(0)
        self.result_label.setText(self.tr("Exporting %n packets...", None, len(ids)))
        self.problem.set_lines([])
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._update()
        self.cancel_button.setFocus()
        self._progress_timer.start()
        self._ops.run(
            "export_packets",
            lambda: export.export(ids, folder, password, received=received, progress=progress.report, cancel=cancel),
            busy=self.inputs,
            owner=self,
            on_success=self._on_exported,
            on_failure=self._on_failed,
        )

    @Slot()
    def _on_progress_timer_timeout(self) -> None:
        done, total = self._progress.done_total
        if total:
            self.progress_bar.setMaximum(total)
            self.progress_bar.setValue(done)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Cancelling after the file being written..."))

    def _finished(self) -> None:
        self._progress_timer.stop()
        self._on_progress_timer_timeout()
        self._cancel = None
        self.cancel_button.hide()
        self._update()
        if self._close_when_done:
            super().reject()

    def _on_exported(self, result: ExportResult) -> None:
        written = [path.name for path in result.written]
        if result.cancelled:
            text = self.tr("Export cancelled. %n files had been written.", None, len(written))
        else:
            text = fill(self.tr("Wrote %n files to %1.", None, len(written)), self.folder_edit.text().strip())
            self.password_form.clear()
        names = ", ".join(written[:SHOWN_NAMES])
        if len(written) > SHOWN_NAMES:
            names = fill(self.tr("%1 and %2 more"), names, len(written) - SHOWN_NAMES)
        self.result_label.setText(f"{text} {names}".strip())
        self._finished()

    def _on_failed(self, exc: BaseException) -> None:
        message, advice = self._ops.errors.describe(exc)
        self.problem.set_lines([message, advice] if advice else [message])
        if self.running:
            self.result_label.setText(self.tr("The export stopped."))
        self._finished()

    def reject(self) -> None:
        """Close; while exporting, cancel first and close once the export has stopped."""
        if self.running:
            self._close_when_done = True
            self._on_cancel_button_clicked()
            return
        super().reject()
