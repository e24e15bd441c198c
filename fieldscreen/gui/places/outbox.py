"""The Outbox place: packets waiting to be sent, why they wait, "Sync now", and sync in the background.

On the receiving office it also lists the packets received and offers "Receive packets now"; a received packet opens
in the packet preview (Enter, double-click or "Preview"), and "Export..." writes the selected ones as password-protected
PDFs. Every read and every round runs off the GUI thread; background rounds never show a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.errors import KnownError, SessionLocked
from fieldscreen.core.i18n import fill
from fieldscreen.services.export_service import EXPORTERS
from fieldscreen.services.ingest_service import INGESTERS
from fieldscreen.services.office_key_state import InstallationKind
from fieldscreen.services.session import Session
from fieldscreen.services.sync_service import SyncStatus
from fieldscreen.store.outbox import IngestedPacket
from fieldscreen.store.packets_repo import OutboxListRow
from fieldscreen.sync.delivery import SyncReport
from fieldscreen.sync.ingest import IngestReport

from ..background_sync import INTERVAL_MS, BackgroundSync
from ..labels import instrument_titles, ui_language
from ..models.outbox_model import OutboxModel, ReceivedModel
from ..ops import OpRunner
from ..timefmt import local_time
from ..views.export_dialog import ExportDialog
from ..views.packet_preview_dialog import PacketPreviewDialog
from ..widgets.confirm_box import confirm
from ..widgets.plain_label import PlainLabel
from ..widgets.shown_ticker import ShownTicker

TICK_MS = 30_000
"""The received packets' time left to their deadlines is refreshed this often (minutes are shown)."""


@dataclass(frozen=True)
class _Snapshot:
    status: SyncStatus
    items: list[OutboxListRow]
    office: bool
    receiving: bool
    received: list[IngestedPacket]
    unsealed: int
    titles: dict[str, str]


def _load(session: Session) -> _Snapshot:
    """Everything the place shows (on a worker)."""
    office = session.office_keys.info().kind is InstallationKind.OFFICE
    receiving = office and session.account.role in INGESTERS
    received = session.ingest.packets() if receiving else []
    titles = instrument_titles(session.screenings.instruments(), ui_language()) if received else {}
    return _Snapshot(
        session.sync.status(),
        session.outbox.items(),
        office,
        receiving,
        received,
        session.outbox.waiting_to_seal(),
        titles,
    )


class OutboxPlace(QWidget):
    """The outbox of the signed-in session.

    Args:
        ops: Runs reads, "Sync now" and ingest off the GUI thread.
        parent: Qt parent.
        background_interval_ms: Time between background sync tries.
    """

    def __init__(
        self, ops: OpRunner, parent: QWidget | None = None, *, background_interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._refusal = ""  # why the last Sync now or Send again was refused; kept until the next try
        self.background = BackgroundSync(background_interval_ms, self)

        heading = PlainLabel(self.tr("Outbox"), self)
        heading.setObjectName("heading")
        self.intro_label = PlainLabel(self._intro(office=False), self)
        self.intro_label.setAccessibleName(self.tr("About the outbox"))
        self.intro_label.setWordWrap(True)
        self.waiting_label = PlainLabel(self)
        self.waiting_label.setAccessibleName(self.tr("Packets waiting"))
        self.waiting_label.setWordWrap(True)
        self.success_label = PlainLabel(self)
        self.success_label.setAccessibleName(self.tr("Last success"))
        self.target_label = PlainLabel(self)
        self.target_label.setAccessibleName(self.tr("Sync target"))
        self.target_label.setWordWrap(True)
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("warning")
        self.error_label.setAccessibleName(self.tr("Last error"))
        self.error_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setEnabled(False)
        self.send_again_button = QPushButton(self.tr("Send &again..."), self)
        self.send_again_button.setAccessibleName(self.tr("Send again"))
        self.send_again_button.setToolTip(
            self.tr("For a delivered packet the receiving office could not open: seal it again and send it once more.")
        )
        self.send_again_button.setEnabled(False)
        self.sync_result_label = PlainLabel(self)
        self.sync_result_label.setAccessibleName(self.tr("Sync result"))
        self.sync_result_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport packets..."), self)
        self.export_button.setAccessibleName(self.tr("Export packets"))
        self.export_button.hide()
        self.model = OutboxModel(self)
        self.table = self._table(self.model, self.tr("Outbox items"))

        self.receive_button = QPushButton(self.tr("&Receive packets now"), self)
        self.receive_button.setAccessibleName(self.tr("Receive packets now"))
        self.received_label = PlainLabel(self)
        self.received_label.setAccessibleName(self.tr("Receive result"))
        self.received_label.setWordWrap(True)
        self.received_model = ReceivedModel(self)
        self.received_table = self._table(self.received_model, self.tr("Received packets"))
        self.ticker = ShownTicker(self.received_table, TICK_MS, self.received_model.tick)
        self.preview_received_button = QPushButton(self.tr("Previe&w..."), self)
        self.preview_received_button.setAccessibleName(self.tr("Preview received packet"))
        self.preview_received_button.setEnabled(False)
        self.export_received_button = QPushButton(self.tr("Expor&t..."), self)
        self.export_received_button.setAccessibleName(self.tr("Export received packets"))
        self.export_received_button.setEnabled(False)
        self.office_part = QWidget(self)
        office_layout = QVBoxLayout(self.office_part)
        office_layout.setContentsMargins(0, 0, 0, 0)
        received_heading = PlainLabel(self.tr("Received packets"), self.office_part)
        received_heading.setObjectName("heading")
        office_row = QHBoxLayout()
        office_row.addWidget(self.receive_button)
        office_row.addWidget(self.received_label, 1)
        office_layout.addWidget(received_heading)
        office_layout.addLayout(office_row)
        office_layout.addWidget(self.received_table, 1)
        received_buttons = QHBoxLayout()
        received_buttons.addStretch(1)
        received_buttons.addWidget(self.preview_received_button)
        received_buttons.addWidget(self.export_received_button)
        office_layout.addLayout(received_buttons)
        self.office_part.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.send_again_button)
        buttons.addWidget(self.sync_result_label, 1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.success_label)
        layout.addWidget(self.target_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.office_part, 1)

        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.send_again_button.clicked.connect(self._on_send_again_button_clicked)
        self.table.selectionModel().currentChanged.connect(self._update_send_again_button)
        self.model.modelReset.connect(self._update_send_again_button)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.receive_button.clicked.connect(self._on_receive_button_clicked)
        self.received_table.activated.connect(self._on_preview_received_button_clicked)
        self.received_table.selectionModel().currentChanged.connect(self._update_received_buttons)
        self.received_model.modelReset.connect(self._update_received_buttons)
        self.preview_received_button.clicked.connect(self._on_preview_received_button_clicked)
        self.export_received_button.clicked.connect(self._on_export_received_button_clicked)
        self.background.round_finished.connect(self._on_background_round_finished)

    def _table(self, model: OutboxModel | ReceivedModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the list (the arrow keys move in it)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _intro(self, *, office: bool, practice: bool = False) -> str:
        """What the place is for: sending (field laptop), receiving first (receiving office); in training, neither."""
        if practice:
            return self.tr(
                "Training: practice packets are kept here to look at and export, but they are never sealed or sent, "
                "whatever office key or sync folder is set."
            )
        if office:
            return self.tr(
                "This is the receiving office: referral packets sealed for it arrive from the field laptops in the "
                "sync folder or on the office server, and supervisors and administrators receive them here. "
                "Screenings finalized on this computer wait in the outbox until they are sent there too."
            )
        return self.tr(
            "Referral packets wait here, sealed for the receiving office, until this computer can send them to "
            "the sync folder or office server. fieldscreen tries every few minutes; nothing is ever dropped."
        )

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on: show its outbox and sync in the background."""
        self._session = session
        self._refusal = ""
        self.waiting_label.setText(self.tr("Loading..."))
        self.sync_button.setEnabled(True)
        self.export_button.setVisible(session.account.role in EXPORTERS)
        self.refresh_if_shown()  # else the first showing loads it
        self.background.start(session)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Load the figures and lists each time the place is shown (a packet may have been queued meanwhile)."""
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh_if_shown(self) -> None:
        """Reload when the place is on screen (say, a packet was just queued); else it reloads when shown."""
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the figures and the lists."""
        session = self._session
        if session is not None and not session.locked:
            self._ops.run("outbox_status", lambda: _load(session), owner=self, on_success=self._show)

    def _show(self, snapshot: _Snapshot) -> None:
        status = snapshot.status
        waiting = fill(self.tr("Packets waiting: %1"), status.waiting)
        if snapshot.unsealed and not status.practice:  # kept in the database, unsealed, until there is an office key
            hint = self.tr("(%1 not sealed yet: the list shows them once sealed for the office)")
            waiting += " " + fill(hint, snapshot.unsealed)
        self.waiting_label.setText(waiting)
        when = local_time(status.last_success) if status.last_success else self.tr("never")
        self.success_label.setText(fill(self.tr("Last delivery confirmed: %1"), when))
        self.intro_label.setText(self._intro(office=snapshot.office, practice=status.practice))
        self.target_label.setText(self._target_text(snapshot))
        error = self._refusal or status.last_error_plain_words
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self.sync_button.setEnabled(not status.practice)  # training: the label says practice packets are never sent
        self.model.set_rows(snapshot.items)
        self.office_part.setVisible(snapshot.receiving)
        self.received_model.set_rows(snapshot.received, snapshot.titles)
        empty = self.tr(
            "No packets received yet. Receive packets now brings in the packets waiting in the sync folder or on the "
            "office server."
        )
        if snapshot.receiving and not snapshot.received and not self.received_label.text():
            self.received_label.setText(empty)
        elif snapshot.received and self.received_label.text() == empty:
            self.received_label.clear()

    def _target_text(self, snapshot: _Snapshot) -> str:
        description = snapshot.status.target_description
        if snapshot.office:  # packets come in through the target (this computer's own go out the same way)
            if description:
                return fill(self.tr("Packets arrive in: %1"), description)
            return self.tr("No sync folder or office server is set up: packets cannot be received.")
        if description:
            return fill(self.tr("Packets go to: %1"), description)
        return self.tr("No sync folder or office server is set up.")

    @Slot()
    def _on_background_round_finished(self) -> None:
        self._refusal = ""  # a round ran: the sync status says how it went
        self.refresh_if_shown()

    @Slot()
    def _on_sync_button_clicked(self) -> None:
        session = self._session
        self.sync_result_label.clear()
        self._refusal = ""
        self._ops.run(
            "sync_now",
            lambda: session.sync.sync_now(),
            busy=self.sync_button,
            on_success=self._on_synced,
            on_failure=self._on_failed,
        )

    def _on_synced(self, report: SyncReport) -> None:
        if report.target_checked:  # nothing was waiting, so the target was checked instead
            self.sync_result_label.setText(fill(self.tr("Nothing was waiting to be sent. %1"), report.target_checked))
        self.refresh()

    def _selected_delivered(self) -> OutboxListRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item = self.model.item(index.row())
        return item if item.delivered_at is not None else None

    @Slot()
    def _update_send_again_button(self) -> None:
        practice = self._session is not None and self._session.training
        self.send_again_button.setEnabled(not practice and self._selected_delivered() is not None)

    @Slot()
    def _on_send_again_button_clicked(self) -> None:
        item = self._selected_delivered()
        if item is None:
            return
        confirm(
            self,
            self.tr("Send again"),
            fill(self.tr("Send the packet of case %1 (version %2) again?"), item.case_code, item.version),
            self.tr("Send again"),
            lambda: self._send_again(item.item_id),
            detail=self.tr(
                "Do this when the receiving office says it could not open this packet (sealed for another office's "
                "key, or damaged on the way). It is sealed again for the office key imported now and waits here "
                "until the next sync. If the office did open it, it keeps the copy it has."
            ),
        )

    def _send_again(self, item_id: int) -> None:
        session = self._session
        self._refusal = ""
        self._ops.run(
            "send_again",
            lambda: session.outbox.send_again(item_id),
            busy=self.send_again_button,
            on_success=lambda _none: self.refresh(),
            on_failure=self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SessionLocked):  # the lock screen says so; the round may end after the next sign-in
            return
        if isinstance(exc, KnownError):  # refused (no office key or target, settings that cannot work): say why
            self._refusal = str(exc)
            self.error_label.setText(self._refusal)
            self.error_label.show()
        else:
            self._ops.errors.show(self.window(), exc)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        ExportDialog(self._session, self._ops, parent=self).open()

    @Slot()
    def _on_receive_button_clicked(self) -> None:
        session = self._session
        self._ops.run(
            "ingest",
            lambda: session.ingest.ingest_from(),
            busy=self.receive_button,
            on_success=self._on_received,
            on_failure=self._on_receive_failed,
        )

    def _on_received(self, report: IngestReport) -> None:
        text = self.tr("Received %n new packet(s).", None, report.imported)
        if report.problems:
            text += " " + self.tr("%n could not be imported:", None, len(report.problems))
            # the file's name, as the sender's outbox shows it, cut short so that the label can wrap
            text += " " + " ".join(f"{problem.name[:16]}…: {problem.message}" for problem in report.problems[:3])
        self.received_label.setText(text)
        self.refresh()

    @Slot()
    def _update_received_buttons(self) -> None:
        self.preview_received_button.setEnabled(self.received_table.currentIndex().isValid())
        self.export_received_button.setEnabled(self.received_model.rowCount() > 0)

    @Slot()
    def _on_preview_received_button_clicked(self) -> None:
        index = self.received_table.currentIndex()
        if self._session is None or not index.isValid():
            return
        packet = self.received_model.packet(index.row())
        ingest, packet_id = self._session.ingest, packet.id
        title = str(packet.manifest.get("case_code", ""))
        PacketPreviewDialog(self._ops, lambda: ingest.pdf(packet_id), title, self).open()

    @Slot()
    def _on_export_received_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.received_table.selectionModel().selectedRows()})
        chosen = tuple(self.received_model.packet(row).id for row in rows)
        ExportDialog(self._session, self._ops, parent=self, received_ids=chosen).open()

    def _on_receive_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SessionLocked):
            return
        if isinstance(exc, KnownError):
            self.received_label.setText(str(exc))
        else:
            self._ops.errors.show(self.window(), exc)
