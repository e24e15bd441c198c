"""The list of screenings: search, filters, "New screening", and opening one with Enter or a double click."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.deadlines import countdown
from fieldscreen.core.i18n import fill
from fieldscreen.services.case_codes import ALPHABET, REAL_PREFIX
from fieldscreen.services.screening_models import InstrumentInfo

from ..labels import pick, result_labels, status_label
from ..models.screenings_model import (
    CASE_CODE,
    DEADLINE,
    INSTRUMENT,
    RESULT,
    SCREENER,
    STARTED,
    STATUS,
    ScreeningsModel,
)
from ..ops import OpRunner
from ..timefmt import local_time
from ..widgets.plain_label import PlainLabel
from ..widgets.shown_ticker import ShownTicker

SEARCH_DELAY_MS = 30
"""The search runs this long after the last key press: keys typed faster make one search, and a search on 100,000
screenings is painted within 100 ms of the last key (bench/list_gui_100k.py: 40-70 ms); older answers are dropped."""
TICK_MS = 30_000
"""Countdowns in the list are refreshed this often."""
COLUMN_CHARS = {STATUS: 12, SCREENER: 11, INSTRUMENT: 10}
"""Width of these columns in average characters; text cut short ends in "..." and shows whole in its tooltip. The
instrument, last, stretches into the room left. The case code, the deadline and the start time are never cut."""
RESULT_CHARS = 22, 12
"""The result takes the room the other columns leave, up to its longest label in the app's language; when they leave
less than the first number of average characters it takes that many, and gives up room down to the second, so that
the deadline beside it still shows at 200 % text."""
_A_TIME = datetime(2000, 12, 31, 23, 59, tzinfo=UTC)
_LONGEST_COUNTDOWN = countdown(_A_TIME, _A_TIME + timedelta(hours=99, minutes=59))
"""The countdown the deadline column is measured on: two-digit hours (three are rare, and lose at most a letter)."""


class _Table(QTableView):
    """A table that reports Enter on a row as ``activated``, and a new size as ``resized``."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Report the new size (the columns share it)."""
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter opens the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ScreeningsListView(QWidget):
    """Screenings by case code, never by name; the service does the searching, filtering and sorting.

    Args:
        ops: Runs the page queries off the GUI thread.
        parent: Qt parent.

    Signals:
        new_requested: "New screening" was chosen.
        open_requested: A screening was chosen; carries its id.
    """

    new_requested = Signal()
    open_requested = Signal(int)

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.model = ScreeningsModel(ops, parent=self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by case code or name"))
        self.search_edit.setAccessibleName(self.tr("Search screenings"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in ("draft", "finalized", "returned", "approved"):
            self.status_combo.addItem(status_label(status), status)
        self.instrument_combo = QComboBox(self)
        self.instrument_combo.setAccessibleName(self.tr("Instrument filter"))
        self.instrument_combo.addItem(self.tr("Any instrument"), None)
        for combo in (self.status_combo, self.instrument_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.new_button = QPushButton(self.tr("&New screening..."), self)
        self.new_button.setAccessibleName(self.tr("New screening"))
        self.new_button.setToolTip(self.tr("Start a new screening (Ctrl+N)"))
        self.table = _Table(self)
        self.table.setAccessibleName(self.tr("Screenings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(STARTED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self._fit_columns()
        self.count_label = PlainLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of screenings"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open screening"))

        filters = QHBoxLayout()  # below the search, in reading (and Tab) order: long labels fit at 200 % text
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.instrument_combo, 1)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.instrument_combo)
        self.setTabOrder(self.instrument_combo, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self.setTabOrder(self.table, self.open_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self._new_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # wherever the focus is, while the list shows

        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.instrument_combo.currentIndexChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_requested)
        self._new_shortcut.activated.connect(self.new_requested)
        self.table.activated.connect(self._on_table_activated)
        self.table.resized.connect(self._fit_columns)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(self._on_model_failed)
        self.model.modelReset.connect(self._on_model_loaded)
        self.ticker = ShownTicker(self, TICK_MS, self.model.tick)
        self._to_select: int | None = None
        self._on_model_loaded()

    def set_instruments(self, instruments: list[InstrumentInfo], language: str) -> None:
        """Offer these instruments in the filter, titled in ``language``."""
        current = self.instrument_combo.currentData()
        self.instrument_combo.blockSignals(True)
        while self.instrument_combo.count() > 1:
            self.instrument_combo.removeItem(1)
        for info in instruments:
            self.instrument_combo.addItem(pick(info.title, language), info.id)
        index = self.instrument_combo.findData(current)
        self.instrument_combo.setCurrentIndex(max(index, 0))
        self.instrument_combo.blockSignals(False)

    def focus_list(self, screening_id: int | None = None) -> None:
        """Put the keyboard focus on the table (or on "New screening" when it is empty).

        With ``screening_id``, its row is selected as soon as the list has loaded it (the first row if the first page
        does not hold it), so that Enter opens it again.
        """
        self._to_select = screening_id
        if self.model.rowCount():
            if screening_id is None and not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.new_button.setFocus()
        self._select_wanted()

    def _select_wanted(self) -> None:
        """Select and focus the row asked for by :meth:`focus_list` once the list holds it (or has finished loading)."""
        if self._to_select is None:
            return
        row = self.model.row_of(self._to_select)
        if row is None and self.model.loading:
            return
        self._to_select = None
        if self.model.rowCount():
            self.table.selectRow(0 if row is None else row)
            self.table.setFocus()

    @Slot()
    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(
            search=self.search_edit.text(),
            status=self.status_combo.currentData(),
            instrument_id=self.instrument_combo.currentData(),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Fit the columns again when the text size changes (View > Larger text)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_columns)  # not after the view is gone (closed with its window)

    @Slot()
    def _fit_columns(self) -> None:
        """Column widths from the text size, not from the rows: nothing to measure, however many there are.

        The case code, the start time and the longest countdown are measured on sample texts, so they show whole in
        any language and text size; the other columns are a number of average characters wide.
        """
        metrics = self.table.fontMetrics()
        unit = metrics.averageCharWidth()
        widest = max(ALPHABET, key=metrics.horizontalAdvance)
        icon = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        samples = {
            CASE_CODE: f"{REAL_PREFIX}-{widest * 4}-{widest * 4}",
            DEADLINE: _LONGEST_COUNTDOWN.describe(),
            STARTED: local_time(_A_TIME),
        }
        widths = {column: metrics.horizontalAdvance(text) + 2 * unit for column, text in samples.items()}
        widths[DEADLINE] += icon + unit
        for column in samples:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widths[column] = max(widths[column], metrics.horizontalAdvance(title) + 4 * unit)
        widths |= {column: chars * unit for column, chars in COLUMN_CHARS.items()}
        longest = max(metrics.horizontalAdvance(label) for label in result_labels()) + 2 * unit
        viewport, (usual, least) = self.table.viewport().width(), RESULT_CHARS
        spare = viewport - sum(widths.values())  # every column shows
        room = viewport - sum(widths[c] for c in (CASE_CODE, STATUS, DEADLINE))
        widths[RESULT] = max(least * unit, min(longest, max(spare, usual * unit), room))
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)

    @Slot()
    def _on_model_loaded(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.loading and not shown:
            self.count_label.setText(self.tr("Loading..."))
        elif total == 0:
            filtered = bool(self.model.query.search or self.model.query.status or self.model.query.instrument_id)
            self.count_label.setText(
                self.tr("No screening matches the search and filters.")
                if filtered
                else self.tr("No screenings yet. Start one with New screening.")
            )
        else:
            self.count_label.setText(fill(self.tr("Showing %1 of %n screenings", None, total), shown))
        self.open_button.setEnabled(shown > 0)
        self._select_wanted()

    @Slot(object)
    def _on_model_failed(self, exc: BaseException) -> None:
        message, advice = self._ops.errors.describe(exc)
        self.count_label.setText(fill(self.tr("The list could not be loaded: %1 %2"), message, advice))

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.summary(index.row()).id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_activated(index)
