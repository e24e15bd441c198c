"""The Deadlines place: every open action across screenings by due time, counted down, and marking them done."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.services.office_key_state import InstallationKind
from fieldscreen.services.screening_models import DeadlineItem
from fieldscreen.services.session import Session

from ..models.deadlines_model import ACTION, CASE_CODE, COUNTDOWN, DUE, RECIPIENT, STATE, DeadlinesModel
from ..ops import OpRunner
from ..views.mark_done_dialog import MarkDoneDialog
from ..widgets.plain_label import PlainLabel
from ..widgets.shown_ticker import ShownTicker
from ..widgets.warning_label import WarningLabel
from ..widgets.wrapping_button import WrappingCheckBox

TICK_MS = 1000
"""Countdowns are redrawn every second."""


class DeadlinesPlace(QWidget):
    """The deadlines table with "Mark done" and "Open screening".

    Args:
        ops: Runs the service calls off the GUI thread.
        parent: Qt parent.

    Signals:
        open_requested: Open the screening of the selected action; carries its id.
    """

    open_requested = Signal(int)

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._loaded = False
        """Whether the deadlines of the session were loaded at least once."""
        self._office = False
        """Whether this installation is the receiving office (its received packets' deadlines are elsewhere)."""
        self.model = DeadlinesModel(parent=self)
        self.summary_label = PlainLabel(self)
        self.summary_label.setAccessibleName(self.tr("Deadlines summary"))
        self.summary_label.setWordWrap(True)  # at 200 % in Spanish it and the box pushed the window off the screen
        self.overdue_warning = WarningLabel(self.tr("Overdue actions"), self, object_name="inlineMessage")
        self.show_done_check = WrappingCheckBox(self.tr("Show &done actions too"), self)
        self.show_done_check.setAccessibleName(self.tr("Show done actions"))
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # the action, recipient and state share the width left by the times and the case code, and wrap onto more
        # lines when it is short (a laptop window in Spanish): nothing is cut off, no sideways scrolling is needed
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ACTION, RECIPIENT, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header cut short ends in "..."
        self.done_button = QPushButton(self.tr("&Mark done..."), self)
        self.done_button.setAccessibleName(self.tr("Mark done"))
        self.open_button = QPushButton(self.tr("&Open screening"), self)
        self.open_button.setAccessibleName(self.tr("Open screening of the action"))

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_done_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.overdue_warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.ticker = ShownTicker(self, TICK_MS, self._on_tick_timeout)
        self.show_done_check.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self._update()

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on."""
        self._session = session
        self._loaded = False
        self._update()
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Load the deadlines each time the place is shown (the ticker counts down while it is)."""
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Load the deadlines again."""
        if self._session is None:
            return
        session, include_done = self._session, self.show_done_check.isChecked()

        def load() -> tuple[list[DeadlineItem], bool]:
            office = session.office_keys.info().kind is InstallationKind.OFFICE
            return session.screenings.deadlines(include_done=include_done), office

        self._ops.run("deadlines_list", load, owner=self, on_success=self._on_loaded)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Share the width anew (:meth:`_fit_columns`)."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Let the times wrap too when, with the case code, they would take more than half the table's width.

        Otherwise (a large text in a laptop window) they squeezed the action, recipient and state to a few letters.
        """
        header, table = self.table.horizontalHeader(), self.table
        needed = sum(
            max(header.sectionSizeFromContents(column).width(), table.sizeHintForColumn(column))
            for column in (COUNTDOWN, DUE, CASE_CODE)
        )
        wrap = needed > table.viewport().width() // 2
        mode = QHeaderView.ResizeMode.Stretch if wrap else QHeaderView.ResizeMode.ResizeToContents
        for column in (COUNTDOWN, DUE):
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)

    def _on_loaded(self, loaded: tuple[list[DeadlineItem], bool]) -> None:
        items, self._office = loaded
        self._loaded = True
        self.model.set_items(items)
        self._fit_columns()
        if items and not self.selected():
            self.table.selectRow(0)
        self._update()

    def selected(self) -> DeadlineItem | None:
        """The selected item, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    @Slot()
    def _on_tick_timeout(self) -> None:
        self.model.tick()
        self._update()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        rows, overdue = self.model.rowCount(), self.model.overdue_count()
        open_rows = sum(1 for r in range(rows) if self.model.item(r).status != "done")
        if not self._loaded:
            summary = self.tr("Loading...")
        elif rows:
            summary = self.tr("%n open actions, by due time.", None, open_rows)
        else:
            summary = self.tr("Nothing is due.")
        if self._loaded and self._office:  # the received packets' deadlines are not actions of this computer's
            summary += " " + self.tr(
                "This list holds only the actions of screenings made on this computer; the packets received from the "
                "field laptops show their next deadline in the Outbox, under Received packets."
            )
        self.summary_label.setText(summary)
        self.overdue_warning.set_lines(
            [self.tr("Overdue: %n actions are past their due time. Act on them first.", None, overdue)]
            if overdue
            else []
        )
        item = self.selected()
        self.done_button.setEnabled(item is not None and item.status != "done")
        self.open_button.setEnabled(item is not None)

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._on_done_button_clicked()

    @Slot()
    def _on_done_button_clicked(self) -> None:
        item = self.selected()
        if item is None or item.status == "done":
            return
        dialog = MarkDoneDialog(self._session, self._ops, item, self)
        dialog.marked.connect(self._on_marked_done)
        dialog.open()

    def _on_marked_done(self, item: DeadlineItem) -> None:
        self.model.put(item)
        self._update()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_requested.emit(item.screening_id)
