"""Export then import: every built-in instrument, the documented example and an imported form come back the same."""

from __future__ import annotations

import dataclasses
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
from xlsform_cases.sheets import load_sheets, workbook_bytes

from fieldscreen import paths
from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.instrument_loader import load_instrument_file
from fieldscreen.core.models import Instrument
from fieldscreen.core.xlsform import export_xlsform, import_xlsform

BUILT_IN, _ = load_catalog([paths.resources() / "instruments"])
DEMO = Path(__file__).parent / "data" / "instruments" / "demo" / "1.0.0.yaml"


def same(instrument: Instrument) -> Instrument:
    """The instrument without where it was loaded from (the only field a round trip may change)."""
    return dataclasses.replace(instrument, source="")


def test_every_built_in_instrument_is_covered():
    assert {loaded.instrument.id for loaded in BUILT_IN.list()} >= {"adult_full", "brief", "rescreen_uc", "youth"}


@pytest.mark.parametrize("loaded", BUILT_IN.list(), ids=lambda loaded: loaded.instrument.id)
def test_built_in_instrument_round_trips_without_warnings(loaded):
    imported = import_xlsform(export_xlsform(loaded.instrument), f"{loaded.instrument.id}.xlsx")
    assert same(imported.loaded.instrument) == same(loaded.instrument)
    assert imported.warnings == ()


def test_every_question_type_and_key_round_trips():
    demo = load_instrument_file(DEMO).instrument
    kinds = {question.type for question in demo.questions()}
    assert {"age", "date", "decimal", "integer", "note", "select_multiple", "select_one", "text", "yes_no"} <= kinds
    assert same(import_xlsform(export_xlsform(demo), "demo.xlsx").loaded.instrument) == same(demo)


def test_an_imported_form_exports_and_imports_again_unchanged():
    first = import_xlsform(workbook_bytes(load_sheets("htcds")), "htcds.xlsx").loaded.instrument
    second = import_xlsform(export_xlsform(first), "again.xlsx").loaded.instrument
    assert same(second) == same(first)
    assert {q.type.value for q in first.questions()} >= {"long_text", "age", "yes_no", "select_multiple", "note"}


def test_exported_workbook_is_plain_xlsform():
    brief = BUILT_IN.get("brief", "1.0.0").instrument
    book = openpyxl.load_workbook(BytesIO(export_xlsform(brief)))
    assert book.sheetnames == ["survey", "choices", "settings"]
    survey = [[cell.value for cell in row] for row in book["survey"].iter_rows()]
    assert survey[0][:4] == ["type", "name", "label::English (en)", "label::Español (es)"]
    assert survey[1][:2] == ["begin_group", brief.sections[0].name]
    assert survey[-1][0] == "end_group"
    choices = [[cell.value for cell in row][:4] for row in book["choices"].iter_rows()]
    assert choices[1:3] == [["yesno", "yes", "Yes", "Sí"], ["yesno", "no", "No", "No"]]
    settings = dict(zip(*[[cell.value for cell in row] for row in book["settings"].iter_rows()], strict=True))
    assert settings["form_id"] == "brief"
    assert settings["version"] == "1.0.0"
    assert settings["default_language"] == "English (en)"
    assert settings["recommends"] == "adult_full"


def test_a_text_that_looks_like_a_formula_stays_text():
    brief = BUILT_IN.get("brief", "1.0.0").instrument
    section = brief.sections[0]
    question = dataclasses.replace(section.questions[0], label={"en": "=1+1 is two", "es": "=1+1 es dos"})
    section = dataclasses.replace(section, questions=(question, *section.questions[1:]))
    changed = dataclasses.replace(brief, sections=(section, *brief.sections[1:]))
    imported = import_xlsform(export_xlsform(changed), "formula.xlsx").loaded.instrument
    assert imported.sections[0].questions[0].label == {"en": "=1+1 is two", "es": "=1+1 es dos"}
