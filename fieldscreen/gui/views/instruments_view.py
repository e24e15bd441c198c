"""Administration > Instruments: import XLSForms, list every version, enable or disable, export and preview.

The file dialogs are injectable (``choose_import`` / ``choose_export``), so tests pass file paths directly and never
meet a native dialog.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Instrument
from fieldscreen.core.xlsform import XLSFormInvalid
from fieldscreen.services.instruments_service import InstalledInstrument
from fieldscreen.services.session import Session

from ..models.instruments_model import INSTRUMENT_ROLE, InstrumentsModel
from ..ops import OpRunner
from ..widgets.button_rows import ButtonRows
from ..widgets.plain_label import PlainLabel
from .instrument_preview_dialog import InstrumentPreviewDialog

ChooseImport = Callable[[QWidget], Path | None]
"""Asks for the workbook to import; ``None`` when the person cancels."""
ChooseExport = Callable[[QWidget, str], Path | None]
"""Asks where to write a workbook, suggesting a file name; ``None`` when the person cancels."""


def _workbooks() -> str:
    return QCoreApplication.translate("InstrumentsView", "XLSForm workbooks (*.xlsx)")


def ask_import_file(parent: QWidget) -> Path | None:
    """The platform's open-file dialog for an ``.xlsx`` workbook."""
    title = QCoreApplication.translate("InstrumentsView", "Import XLSForm")
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", _workbooks())
    return Path(name) if name else None


def ask_export_file(parent: QWidget, suggested: str) -> Path | None:
    """The platform's save-file dialog for an ``.xlsx`` workbook."""
    title = QCoreApplication.translate("InstrumentsView", "Export XLSForm")
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, _workbooks())
    return Path(name) if name else None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        message = QCoreApplication.translate("InstrumentsView", "The file %1 cannot be read: %2")
        raise KnownError(fill(message, path.name, exc.strerror or type(exc).__name__)) from None


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        message = QCoreApplication.translate("InstrumentsView", "The file %1 cannot be written: %2")
        raise KnownError(fill(message, path.name, exc.strerror or type(exc).__name__)) from None


class InstrumentsView(QWidget):
    """The installed instruments, a read-only outline of the selected one, and the last import's report.

    Args:
        ops: Runs the instrument operations off the GUI thread.
        parent: Qt parent.
        choose_import: Asks for the workbook to import (default: the platform's file dialog).
        choose_export: Asks where to export (default: the platform's file dialog).
    """

    def __init__(
        self,
        ops: OpRunner,
        parent: QWidget | None = None,
        *,
        choose_import: ChooseImport = ask_import_file,
        choose_export: ChooseExport = ask_export_file,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self.choose_import = choose_import
        self.choose_export = choose_export
        self.model = InstrumentsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Installed instruments"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.outline = QTreeWidget(self)
        self.outline.setAccessibleName(self.tr("Sections and questions"))
        self.outline.setHeaderLabels([self.tr("Section or question"), self.tr("Name"), self.tr("Type")])
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setPlaceholderText(self.tr("Problems and warnings of the last import appear here."))
        self.report.setMaximumHeight(140)

        self.import_button = self._button(self.tr("&Import XLSForm..."), self.tr("Import XLSForm"))
        self.export_button = self._button(self.tr("E&xport XLSForm..."), self.tr("Export XLSForm"))
        self.enable_button = self._button(self.tr("&Disable"), self.tr("Disable or enable instrument"))
        self.preview_button = self._button(self.tr("&Preview in training mode..."), self.tr("Preview instrument"))
        buttons = ButtonRows()  # two rows when the labels are long (Spanish at 200 % text)
        for button in (self.import_button, self.export_button):
            buttons.add_left(button)
        for button in (self.enable_button, self.preview_button):
            buttons.add_right(button)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.outline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(PlainLabel(self.tr("Import report"), self))
        layout.addWidget(self.report)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.enable_button.clicked.connect(self._on_enable_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self._update()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on and reload the list."""
        self._session = session
        self.reload()

    def reload(self) -> None:
        """Load every installed instrument version again."""
        self._ops.run("instruments_list", self._session.instruments.list, busy=self, on_success=self._on_loaded)

    def _on_loaded(self, items: list[InstalledInstrument]) -> None:
        self.model.set_instruments(items)
        self._update()

    def selected(self) -> InstalledInstrument | None:
        """The selected instrument version, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(INSTRUMENT_ROLE) if rows else None

    def select(self, key: tuple[str, str]) -> None:
        """Select the row of the version ``(id, version)``."""
        row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        item = self.selected()
        for button in (self.export_button, self.enable_button, self.preview_button):
            button.setEnabled(item is not None)
        if item is not None:
            self.enable_button.setText(self.tr("&Disable") if item.enabled else self.tr("&Enable"))
        self._show_outline(item.instrument if item else None)

    def _show_outline(self, instrument: Instrument | None) -> None:
        self.outline.clear()
        if instrument is None:
            return
        language = instrument.default_language
        for section in instrument.sections:
            top = QTreeWidgetItem(self.outline, [section.title[language], section.name, self.tr("Section")])
            for question in section.questions:
                QTreeWidgetItem(top, [question.label[language], question.name, question.type.value])
        self.outline.expandAll()
        self.outline.resizeColumnToContents(0)

    # -- actions --------------------------------------------------------------------------------------------------

    @Slot()
    def _on_import_button_clicked(self) -> None:
        path = self.choose_import(self)
        if path is None:
            return
        session = self._session
        self._ops.run(
            "instrument_import",
            lambda: session.instruments.import_xlsform(_read(path), path.name),
            busy=self,
            on_success=self._on_imported,
            on_failure=self._on_import_failed,
        )

    def _on_imported(self, item: InstalledInstrument) -> None:
        self.model.put(item)
        self.select(item.key)
        done = fill(self.tr("Imported %1 %2; it is enabled for new screenings."), *item.key)
        self.report.setPlainText("\n".join([done, *item.warnings]))

    def _on_import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, XLSFormInvalid):
            heading = self.tr("The workbook was not imported. It has %n problem(s):", None, len(exc.problems))
            self.report.setPlainText("\n".join([heading, *exc.problems, "", exc.advice]))  # the advice stands apart
        else:
            self.report.clear()
            self._ops.errors.show(self.window(), exc)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        path = self.choose_export(self, f"{item.key[0]}-{item.key[1]}.xlsx")
        if path is None:
            return
        session = self._session

        def work() -> None:
            _write(path, session.instruments.export_xlsform(*item.key))

        done = fill(self.tr("Exported %1 %2 to %3."), *item.key, path.name)
        self._ops.run("instrument_export", work, busy=self, on_success=lambda _none: self.report.setPlainText(done))

    @Slot()
    def _on_enable_button_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        session = self._session
        enabled = not item.enabled
        updated = dataclasses.replace(item, enabled=enabled, warnings=())

        def done(_none: None) -> None:
            self.model.put(updated)
            self.select(updated.key)
            self._update()

        def work() -> None:
            session.instruments.set_enabled(*item.key, enabled)

        self._ops.run("instrument_set_enabled", work, busy=self, on_success=done)

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            InstrumentPreviewDialog(item.instrument, self).open()
