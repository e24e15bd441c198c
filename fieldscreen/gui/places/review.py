"""The Review place: finalized screenings waiting for a supervisor; open one read-only, approve it or return it.

Supervisors and administrators see the queue; a screener sees what the place is for (the services refuse them
anyway). Returning needs a comment, which the screener sees in the list and when they open the screening. Every
read and change runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill
from fieldscreen.packets import PacketKind
from fieldscreen.services.screening_access import REVIEWERS
from fieldscreen.services.screening_models import (
    APPROVED,
    FINALIZED,
    RETURNED,
    ListQuery,
    ScreeningSummary,
    ScreeningView,
)
from fieldscreen.services.screening_queries import MAX_PAGE
from fieldscreen.services.session import Session

from ..labels import instrument_titles, ui_language
from ..models.review_model import DEADLINE, INSTRUMENT, STATUS, SUMMARY_ROLE, ReviewModel
from ..ops import OpRunner
from ..views.export_dialog import ExportDialog
from ..views.packet_preview_dialog import PacketPreviewDialog
from ..views.return_dialog import ReturnDialog
from ..views.review_view import ReviewView
from ..widgets.current_page_size import size_by_current_page
from ..widgets.empty_state import EmptyState
from ..widgets.plain_label import PlainLabel
from ..widgets.shown_ticker import ShownTicker
from ..widgets.sorted_table import SortedTable

EXPLANATION, QUEUE, SCREENING = range(3)
TICK_MS = 30_000
"""Countdowns are redrawn twice a minute."""
COLUMN_CHARS = 8, 34
"""Queue columns are this many average characters wide at least and at most: a longer text is elided (its tooltip
has it all)."""
Queue = tuple[list[ScreeningSummary], dict[str, str]]


class NoPacket(KnownError):
    """No referral packet is stored for the screening (it is built when the screening is finalized)."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewPlace", "No packet is stored for this screening yet."),
            QCoreApplication.translate(
                "ReviewPlace", "A packet is built when the screening is finalized. Try again in a moment."
            ),
        )


def load_queue(session: Session, status: str) -> Queue:
    """Every screening with ``status`` the account may see, and the instrument titles (on a worker)."""
    rows: list[ScreeningSummary] = []
    while True:
        page = session.screenings.list(ListQuery(status=status, limit=MAX_PAGE, offset=len(rows)))
        rows.extend(page.rows)
        if not page.rows or len(rows) >= page.total:
            break
    language = ui_language()
    return rows, instrument_titles(session.screenings.instruments(), language)


def packet_pdf(session: Session, screening_id: int) -> bytes:
    """The latest stored referral packet of a screening (on a worker).

    Raises:
        NoPacket: None is stored yet.
    """
    latest = [
        row
        for row in session.outbox.versions(screening_id)
        if row.kind == PacketKind.REFERRAL.value and row.superseded_by is None
    ]
    if not latest:
        raise NoPacket()
    return session.export.pdf(latest[-1].id)


class ReviewPlace(QWidget):
    """The review queue and the read-only screening with Approve and Return.

    Args:
        ops: Runs the service calls off the GUI thread.
        parent: Qt parent.

    Signals:
        screenings_changed: A screening was approved or returned.
    """

    screenings_changed = Signal()

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._shown_status: str | None = None
        """The status whose screenings the queue shows (``None`` until the first load finished)."""
        self.model = ReviewModel(parent=self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(
            EmptyState(
                self.tr("Review"),
                self.tr(
                    "Finished screenings wait here for a supervisor to approve them or return them with a note. "
                    "Only supervisors and administrators review; a note for you appears in your Screenings list "
                    "and when you open the screening."
                ),
                self,
            )
        )
        self.pages.addWidget(self._queue_page())
        self.pages.addWidget(self._screening_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.ticker = ShownTicker(self, TICK_MS, self.model.tick)
        self.status_combo.currentIndexChanged.connect(self.reload)
        self.search_edit.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.search_edit.textChanged.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.activated.connect(self._on_table_activated)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.screening_preview_button.clicked.connect(self._on_preview_button_clicked)
        self.review.closed.connect(self.show_queue)
        size_by_current_page(self.pages)
        self._update()

    def _queue_page(self) -> QWidget:
        page = QWidget(self)
        heading = PlainLabel(self.tr("Review"), page)
        heading.setObjectName("heading")
        self.status_combo = QComboBox(page)
        self.status_combo.setAccessibleName(self.tr("Show screenings"))
        for title, status in (
            (self.tr("Waiting for review"), FINALIZED),
            (self.tr("Returned to screeners"), RETURNED),
            (self.tr("Approved"), APPROVED),
        ):
            self.status_combo.addItem(title, status)
        show_label = PlainLabel(self.tr("&Show:"), page)
        show_label.setBuddy(self.status_combo)
        self.search_edit = QLineEdit(page)
        self.search_edit.setAccessibleName(self.tr("Filter the queue"))
        self.search_edit.setPlaceholderText(self.tr("Filter by case code, screener or instrument"))
        self.summary_label = PlainLabel(page)
        self.summary_label.setAccessibleName(self.tr("Review queue summary"))
        self.message_label = PlainLabel(page)
        self.message_label.setObjectName("notice")
        self.message_label.setAccessibleName(self.tr("Review result"))
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.table = SortedTable(self.model, self.tr("Review queue"), page, multi=True)
        self.table.sort_by(DEADLINE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # the long texts share what is left; the others, the result too (up to the maximum), are as wide as their text
        for column in (INSTRUMENT, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.open_button.setAccessibleName(self.tr("Open screening"))
        self.preview_button = QPushButton(self.tr("Previe&w packet..."), page)
        self.preview_button.setAccessibleName(self.tr("Preview packet"))
        self.export_button = QPushButton(self.tr("E&xport packets..."), page)
        self.export_button.setAccessibleName(self.tr("Export packets"))
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.status_combo)
        top.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    def _screening_page(self) -> QWidget:
        page = QWidget(self)
        self.review = ReviewView(self._ops, page, read_only=True)
        self.approve_button = QPushButton(self.tr("A&pprove"), page)
        self.approve_button.setAccessibleName(self.tr("Approve"))
        self.return_button = QPushButton(self.tr("&Return to the screener..."), page)
        self.return_button.setAccessibleName(self.tr("Return to the screener"))
        self.screening_preview_button = QPushButton(self.tr("Previe&w packet..."), page)
        self.screening_preview_button.setAccessibleName(self.tr("Preview this packet"))
        self.review.add_buttons([self.screening_preview_button], [self.return_button, self.approve_button])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review, 1)
        return page

    def _fit_columns(self) -> None:
        """Bound the columns by :data:`COLUMN_CHARS` of the current font, so that the queue fits 1,024 px."""
        char = self.fontMetrics().averageCharWidth()  # the table's font may not have changed yet
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(char * COLUMN_CHARS[0])
        header.setMaximumSectionSize(char * COLUMN_CHARS[1])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Fit the columns again when the font scale changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    # ---- session and loading ----

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on: the queue for reviewers, the explanation for anyone else."""
        self._session = session
        self._shown_status = None
        self.review.set_session(session)
        reviewer = session.account.role in REVIEWERS
        self.pages.setCurrentIndex(QUEUE if reviewer else EXPLANATION)
        if reviewer and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Load the queue each time the place is shown (the ticker counts down while it is)."""
        super().showEvent(event)
        if self.pages.currentIndex() == QUEUE:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Load the screenings of the status shown again."""
        session = self._session
        if session is None or session.account.role not in REVIEWERS:
            return
        status = self.status_combo.currentData()
        current, index = self._current(), self.table.currentIndex()
        keep = (current.id if current else None, index.row() if index.isValid() else 0)
        self._ops.run(
            "review_queue",
            lambda: load_queue(session, status),
            owner=self,
            on_success=lambda queue: self._on_loaded(queue, status, keep),
        )
        self._update()

    def _on_loaded(self, queue: Queue, status: str, keep: tuple[int | None, int]) -> None:
        """Show ``queue`` with the screening ``keep`` names selected again, else the row that took its place."""
        rows, titles = queue
        self._shown_status = status
        self.model.set_queue(rows, titles)
        if rows and not self.table.selected_rows():
            screening_id, position = keep
            found = [row for row in range(len(rows)) if self.model.summary(row).id == screening_id]  # sorted
            if found:
                self.table.select_rows(found)
            else:
                self.table.selectRow(min(position, self.table.proxy.rowCount() - 1))
        self._update()

    @Slot()
    def _update(self) -> None:
        shown, total = self.table.proxy.rowCount(), self.model.rowCount()
        if self.status_combo.currentData() != self._shown_status:
            text = self.tr("Loading...")
        elif self._shown_status == FINALIZED:
            text = fill(self.tr("Waiting for review: %1"), total) if total else self.tr("Nothing waits for review.")
        else:
            text = fill(self.tr("Screenings: %1"), total)
        if shown != total:
            text = fill(self.tr("%1. Shown: %n that match the filter.", None, shown), text)
        self.summary_label.setText(text)
        current = self.table.current_row() is not None
        self.open_button.setEnabled(current)
        self.preview_button.setEnabled(current)

    def _current(self) -> ScreeningSummary | None:
        row = self.table.current_row()
        return None if row is None else self.model.index(row, 0).data(SUMMARY_ROLE)

    # ---- the queue's actions ----

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._on_open_button_clicked()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        summary = self._current()
        if summary is None:
            return
        screenings, screening_id = self._session.screenings, summary.id
        self._ops.run("screening_open", lambda: screenings.open(screening_id), busy=self, on_success=self._on_opened)

    def _on_opened(self, view: ScreeningView) -> None:
        self.pages.setCurrentIndex(SCREENING)
        self.review.open(view)
        waiting = self.review.screening.status == FINALIZED
        self.approve_button.setVisible(waiting)
        self.return_button.setVisible(waiting)

    @Slot()
    def show_queue(self) -> None:
        """Back to the queue, reloaded."""
        self.pages.setCurrentIndex(QUEUE)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        if self.pages.currentIndex() == SCREENING:
            screening_id, case_code = self.review.screening.id, self.review.screening.case_code
        else:
            summary = self._current()
            if summary is None:
                return
            screening_id, case_code = summary.id, summary.case_code
        session = self._session
        PacketPreviewDialog(self._ops, lambda: packet_pdf(session, screening_id), case_code, self).open()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        ids = tuple(self.model.summary(row).id for row in self.table.selected_rows())
        ExportDialog(self._session, self._ops, ids, self).open()

    # ---- the screening's actions ----

    @Slot()
    def _on_approve_button_clicked(self) -> None:
        screenings, screening_id = self._session.screenings, self.review.screening.id
        self._ops.run(
            "screening_approve",
            lambda: screenings.approve(screening_id),
            busy=self,
            on_success=lambda view: self._on_reviewed(view, self.tr("Case %1 approved.")),
        )

    @Slot()
    def _on_return_button_clicked(self) -> None:
        view = self.review.screening
        dialog = ReturnDialog(self._session, self._ops, view.id, view.case_code, self)
        dialog.returned.connect(
            lambda changed: self._on_reviewed(changed, self.tr("Case %1 returned to its screener."))
        )
        dialog.open()

    def _on_reviewed(self, view: ScreeningView, message: str) -> None:
        self.message_label.setText(fill(message, view.case_code))
        self.message_label.setVisible(bool(self.message_label.text()))
        self.screenings_changed.emit()
        self.show_queue()
