"""Importing an XLSForm: from the bytes of an ``.xlsx`` workbook to a checked instrument and its YAML text.

The import runs in passes; each reports every problem it finds, and the import stops after a pass that found one:

1. pyxform reads the workbook; fieldscreen checks the sheets, columns, types, groups, names and choice lists, so
   that what it cannot represent is refused at its row and column (survey_pass, sheets_pass).
2. pyxform builds its form (``workbook_to_json``); its warnings are kept.
3. The form becomes an instrument document, each value remembered with its cell (document).
4. The document is written as YAML and loaded by the instrument loader, which runs every check of
   docs/instruments.md (expressions, translations, indicator codes ...); its problems are reported at their cells.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData

from ..i18n import fill, translate
from ..instrument_loader import InstrumentInvalid, LoadedInstrument, load_instrument_text
from .columns import CHOICES, SETTINGS, SURVEY
from .document import Layout, build_document
from .report import Cell, Report, XLSFormInvalid
from .sheets_pass import choices_pass, languages_pass, settings_pass, unused_sheets_pass
from .survey_pass import survey_pass
from .texts import form_languages
from .workbook import python_warnings_to, read_workbook, sheet_of
from .yaml_text import document_text


@dataclass(frozen=True)
class ImportedForm:
    """A workbook turned into an instrument.

    Attributes:
        loaded: The instrument, checked and compiled.
        text: Its YAML text (what an installation keeps).
        warnings: pyxform's warnings and fieldscreen's, one line each, naming the file and the cell.
    """

    loaded: LoadedInstrument
    text: str
    warnings: tuple[str, ...]


def import_xlsform(data: bytes, name: str, *, installed: Collection[str] | None = None) -> ImportedForm:
    """Turn the bytes of an ``.xlsx`` XLSForm into an instrument.

    Args:
        data: The workbook file's content.
        name: How problems name the file (its file name).
        installed: Ids of the installed instruments; when given, ``recommends`` must name one of them.

    Raises:
        XLSFormInvalid: With every problem of the pass that found some, as ``FILE: sheet row N, column C: message``.
    """
    report = Report(name)
    definition = read_workbook(data, report)
    if definition is None:
        raise XLSFormInvalid(report.problems)
    layout = _first_pass(definition, report)
    report.stop_if_any()
    form = _pyxform_form(definition, report)
    report.stop_if_any()
    languages = form_languages(layout.survey, layout.settings, report)
    report.stop_if_any()
    document, origins = build_document(form, layout, languages, report, installed)
    report.stop_if_any()
    text = document_text(document)
    try:
        loaded = load_instrument_text(text, name)
    except InstrumentInvalid as exc:
        for problem in exc.problems:
            where, _, message = problem.removeprefix(f"{name}: ").partition(": ")
            report.problem(origins.find(where), message)
        raise XLSFormInvalid(report.problems) from None
    return ImportedForm(loaded, text, tuple(report.warnings))


def _first_pass(definition: DefinitionData, report: Report) -> Layout:
    survey = sheet_of(definition, SURVEY)
    choices = sheet_of(definition, CHOICES)
    settings = sheet_of(definition, SETTINGS)
    if survey is None:
        report.problem(Cell(SURVEY), translate("XLSForm", "the workbook has no sheet with this name"))
        raise XLSFormInvalid(report.problems)
    unused_sheets_pass(definition, report)
    found = survey_pass(survey, report)
    choice_rows = choices_pass(choices, found, report)
    settings_pass(settings, report)
    languages_pass([sheet for sheet in (survey, choices, settings) if sheet is not None], report)
    report.stop_if_any()
    return Layout(survey, choices, settings, found.groups, found.questions, choice_rows)


def _pyxform_form(definition: DefinitionData, report: Report) -> dict[str, Any]:
    """The form pyxform builds, with its warnings; an error pyxform raises becomes a problem, never a traceback."""
    warnings: list[str] = []
    try:
        with python_warnings_to(report):
            form = workbook_to_json(definition, warnings=warnings)
    except Exception as exc:  # noqa: BLE001 - pyxform reads an untrusted file; any failure is the file's problem
        cell, message = pyxform_place(str(exc).strip())
        report.problem(cell, fill(translate("XLSForm", "pyxform: %1"), message))
        return {}
    for warning in warnings:
        report.warn(None, fill(translate("XLSForm", "pyxform: %1"), warning.strip()))
    return form


_PYXFORM_CELL = re.compile(
    r"^\[row : (?P<row>\d+)\] On the '(?P<sheet>\w+)' sheet, the '(?P<column>[^']+)' value is invalid\. "
)
_PYXFORM_ROW = re.compile(r"^\[row : (?P<row>\d+)\] ")


def pyxform_place(message: str) -> tuple[Cell | None, str]:
    """The cell a pyxform error names (``[row : 6] On the 'survey' sheet, the 'relevant' value ...``) and the rest."""
    for pattern in (_PYXFORM_CELL, _PYXFORM_ROW):
        match = pattern.match(message)
        if match:
            found = match.groupdict()
            cell = Cell(found.get("sheet", SURVEY), int(found["row"]), found.get("column"))
            return cell, message[match.end() :]
    return None, message
