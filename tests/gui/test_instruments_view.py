"""Administration > Instruments: import an HTCDS-like XLSForm through the page, then run it; switch, export, preview."""

from __future__ import annotations

import dataclasses
from datetime import date
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
import yaml
from gui_helpers import ADMIN, by_name, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QComboBox

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.screening import Screening
from fieldscreen.core.xlsform import import_xlsform
from fieldscreen.gui.models.instruments_model import ORIGIN, STATUS, TITLE
from fieldscreen.gui.views.instrument_preview_dialog import InstrumentPreviewDialog
from fieldscreen.gui.views.instruments_view import InstrumentsView

HTCDS = Path(__file__).resolve().parents[1] / "core" / "xlsform_cases" / "htcds.yaml"


def workbook(sheets: dict) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


class Files:
    """Stands in for the file dialogs: answers with the paths a test sets."""

    def __init__(self) -> None:
        self.to_import: Path | None = None
        self.to_export: Path | None = None
        self.suggested = ""

    def choose_import(self, _parent) -> Path | None:
        return self.to_import

    def choose_export(self, _parent, suggested: str) -> Path | None:
        self.suggested = suggested
        return self.to_export


@pytest.fixture
def files():
    return Files()


@pytest.fixture
def page(qtbot, ops, session, files):
    view = InstrumentsView(ops, choose_import=files.choose_import, choose_export=files.choose_export)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_session(session)
    wait_idle(qtbot, ops)
    yield view
    wait_idle(qtbot, ops)


def press(qtbot, page, name: str) -> None:
    button = by_name(page, name)
    assert button.isEnabled(), name
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_lists_built_in_instruments_and_outlines_the_selected_one(page):
    assert page.model.rowCount() == 4
    assert not by_name(page, "Export XLSForm").isEnabled()
    page.select(("brief", "1.0.0"))
    assert page.selected().key == ("brief", "1.0.0")
    assert page.model.index(1, ORIGIN).data() == "Built in"
    assert page.model.index(1, STATUS).data() == "Enabled"
    outline = by_name(page, "Sections and questions")
    brief = page.selected().instrument
    assert outline.topLevelItemCount() == len(brief.sections)
    assert outline.topLevelItem(0).childCount() == len(brief.sections[0].questions)


def test_import_an_htcds_like_form_through_the_page_and_run_it(qtbot, page, ops, files, tmp_path):
    files.to_import = tmp_path / "htcds.xlsx"
    files.to_import.write_bytes(workbook(yaml.safe_load(HTCDS.read_text(encoding="utf-8"))))
    press(qtbot, page, "Import XLSForm")
    wait_idle(qtbot, ops)
    assert page.model.rowCount() == 5
    item = page.selected()
    assert item.key == ("htcds_core", "1.0.0")
    assert page.model.index(page.model.row_of(item.key), TITLE).data() == "HTCDS core fields (test form)"
    assert page.model.index(page.model.row_of(item.key), ORIGIN).data().endswith(f"by {ADMIN}")
    report = by_name(page, "Import report").toPlainText()
    assert report == "Imported htcds_core 1.0.0; it is enabled for new screenings."
    assert by_name(page, "Sections and questions").topLevelItem(4).text(1) == "control"

    screening = Screening(item.loaded, today=lambda: date(2026, 3, 2))
    screening.answer("gender", Answer(AnswerStatus.ANSWERED, "female"))
    screening.answer("age", Answer(AnswerStatus.ANSWERED, 16))
    screening.answer("born_abroad", Answer(AnswerStatus.ANSWERED, "no"))
    assert not screening.is_visible("citizenship_country")
    screening.answer("exploitation_type", Answer(AnswerStatus.ANSWERED, ("sexual",)))
    assert screening.positive() is True
    assert {q: a.value for q, a in screening.scored_answers().items()}["exploitation_type"] == ("sexual",)


def test_a_broken_workbook_lists_its_problems_and_adds_nothing(qtbot, page, ops, files, tmp_path):
    sheets = yaml.safe_load(HTCDS.read_text(encoding="utf-8"))
    sheets["survey"][3][0] = "geopoint"
    files.to_import = tmp_path / "broken.xlsx"
    files.to_import.write_bytes(workbook(sheets))
    press(qtbot, page, "Import XLSForm")
    wait_idle(qtbot, ops)
    assert page.model.rowCount() == 4
    assert by_name(page, "Import report").toPlainText().splitlines() == [
        "The workbook was not imported. It has 1 problem(s):",
        "broken.xlsx: survey row 4, column type: 'geopoint' is not supported",
        "",
        "Correct the workbook and import it again.",
    ]


def test_cancelling_the_file_dialog_does_nothing(qtbot, page, ops):
    press(qtbot, page, "Import XLSForm")
    wait_idle(qtbot, ops)
    assert page.model.rowCount() == 4
    assert by_name(page, "Import report").toPlainText() == ""


def test_disable_and_enable_a_version(qtbot, page, ops, session):
    page.select(("youth", "1.0.2"))
    press(qtbot, page, "Disable or enable instrument")
    wait_idle(qtbot, ops)
    assert page.model.index(page.model.row_of(("youth", "1.0.2")), STATUS).data() == "Disabled"
    assert not session.instruments.get("youth", "1.0.2").enabled
    assert by_name(page, "Disable or enable instrument").text() == "&Enable"
    press(qtbot, page, "Disable or enable instrument")
    wait_idle(qtbot, ops)
    assert session.instruments.get("youth", "1.0.2").enabled
    assert page.model.index(page.model.row_of(("youth", "1.0.2")), STATUS).data() == "Enabled"


def test_export_writes_a_workbook_that_imports_back(qtbot, page, ops, files, tmp_path):
    page.select(("rescreen_uc", "1.0.0"))
    files.to_export = tmp_path / "out.xlsx"
    press(qtbot, page, "Export XLSForm")
    wait_idle(qtbot, ops)
    assert files.suggested == "rescreen_uc-1.0.0.xlsx"
    again = import_xlsform(files.to_export.read_bytes(), "out.xlsx").loaded.instrument
    assert dataclasses.replace(again, source="") == dataclasses.replace(page.selected().instrument, source="")
    assert by_name(page, "Import report").toPlainText() == "Exported rescreen_uc 1.0.0 to out.xlsx."


def test_preview_walks_through_the_sections_read_only(qtbot, page):
    page.select(("brief", "1.0.0"))
    press(qtbot, page, "Preview instrument")
    dialog = page.findChild(InstrumentPreviewDialog)
    qtbot.waitExposed(dialog)
    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QComboBox)
    assert all(c.accessibleName() or c.text().replace("&", "").strip() for c in controls)
    brief = page.selected().instrument
    text = by_name(dialog, "Section preview")
    assert brief.sections[0].questions[0].label["en"] in text.toPlainText()
    assert by_name(dialog, "Section position").text() == f"Section 1 of {len(brief.sections)}"
    assert not by_name(dialog, "Previous section").isEnabled()
    press(qtbot, dialog, "Next section")
    assert dialog.section_index == 1
    assert brief.sections[1].title["en"] in text.toPlainText()
    by_name(dialog, "Preview language").setCurrentIndex(1)
    assert brief.sections[1].title["es"] in text.toPlainText()
    dialog.close()
