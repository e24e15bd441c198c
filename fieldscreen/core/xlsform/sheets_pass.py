"""The first pass over the choices and settings sheets and over every language named in a header.

Like the survey pass, it runs before pyxform builds its form and names the row and column of each problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pyxform.xls2json_backends import DefinitionData

from ..i18n import QT_TRANSLATE_NOOP, fill, translate
from .columns import (
    CHOICES,
    CHOICES_PLAIN,
    CHOICES_TEXTS,
    FORM_ID,
    LIST_NAME,
    NAME,
    SETTINGS,
    SETTINGS_PLAIN,
    SETTINGS_TEXTS,
    split_language,
)
from .languages import language_code
from .report import Cell, Report
from .survey_pass import SurveyLayout
from .workbook import Sheet

NO_CODE = QT_TRANSLATE_NOOP("XLSForm", "'%1' gives no language code; add it in brackets, as in 'English (en)'")
VALUE_PATTERN = re.compile(r"^[A-Za-z0-9_]+$")
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


def choices_pass(sheet: Sheet | None, survey: SurveyLayout, report: Report) -> dict[tuple[str, str], int]:
    """Check the choices sheet against the lists the survey uses.

    Returns:
        ``(list name, choice name)`` -> row index of the choice.
    """
    if sheet is None:
        if survey.lists:
            rows = sorted(index + 2 for indexes in survey.lists.values() for index in indexes)
            message = translate("XLSForm", "the workbook has no choices sheet, but survey rows %1 use choice lists")
            report.problem(Cell(CHOICES), fill(message, ", ".join(map(str, rows))))
        return {}
    list_column, name_column = sheet.header(LIST_NAME), sheet.header(NAME)
    if list_column is None or name_column is None:
        for column, present in ((CHOICES_PLAIN[LIST_NAME], list_column), (CHOICES_PLAIN[NAME], name_column)):
            if present is None:
                report.problem(Cell(CHOICES, 1, column), translate("XLSForm", "the column is missing"))
        return {}
    found: dict[tuple[str, str], int] = {}
    ignored: set[str] = set()
    for index, row in enumerate(sheet.rows):
        if row:
            _choice_row(sheet, index, row, found, report)
            _choice_columns(sheet, index, row, ignored, report)
    defined = {list_name for list_name, _name in found}
    for list_name, indexes in survey.lists.items():
        if list_name not in defined:
            message = translate("XLSForm", "the list '%1' is not on the choices sheet")
            for index in indexes:
                report.problem(Cell("survey", index + 2, "type"), fill(message, list_name))
    return found


def _choice_row(
    sheet: Sheet, index: int, row: dict[str, str], found: dict[tuple[str, str], int], report: Report
) -> None:
    list_column, name_column = sheet.header(LIST_NAME) or "", sheet.header(NAME) or ""
    list_name, name = row.get(list_column), row.get(name_column)
    if not list_name:
        report.problem(sheet.cell(index, list_column), translate("XLSForm", "empty: every choice needs a list_name"))
    elif not name:
        report.problem(sheet.cell(index, name_column), translate("XLSForm", "empty: every choice needs a name"))
    elif not VALUE_PATTERN.match(name):
        message = translate("XLSForm", "'%1' is not a choice name (letters, digits and _)")
        report.problem(sheet.cell(index, name_column), fill(message, name))
    elif (list_name, name) in found:
        message = translate("XLSForm", "'%1' is already a choice of the list '%2' in row %3")
        report.problem(sheet.cell(index, name_column), fill(message, name, list_name, found[list_name, name] + 2))
    else:
        found[list_name, name] = index


def _choice_columns(sheet: Sheet, index: int, row: dict[str, str], ignored: set[str], report: Report) -> None:
    for header in row:
        tokens, _language = split_language(CHOICES, sheet.headers[header])
        if tokens[0] == "media":
            report.problem(sheet.cell(index, header), translate("XLSForm", "this column is not supported"))
        elif tokens not in CHOICES_PLAIN and tokens not in CHOICES_TEXTS and header not in ignored:
            ignored.add(header)
            message = translate("XLSForm", "fieldscreen does not read this column; it is ignored")
            report.warn(sheet.cell(index, header), message)


def settings_pass(sheet: Sheet | None, report: Report) -> None:
    """Check that the settings sheet exists, has a row of values and a usable form_id."""
    if sheet is None:
        message = translate(
            "XLSForm",
            "the workbook has no settings sheet; fieldscreen needs form_id, version, form_title, population, "
            "positive_rule, validation_note and the disclosure columns there (docs/xlsform.md)",
        )
        report.problem(Cell(SETTINGS), message)
        return
    if not sheet.rows or not sheet.rows[0]:
        report.problem(Cell(SETTINGS, 2), translate("XLSForm", "empty: the settings go in row 2, under the headers"))
        return
    for index, row in enumerate(sheet.rows[1:], start=1):
        if row:
            report.warn(sheet.cell(index), translate("XLSForm", "only row 2 of the settings sheet is read"))
    for header in sheet.rows[0]:
        tokens, _language = split_language(SETTINGS, sheet.headers[header])
        if tokens not in SETTINGS_PLAIN and tokens not in SETTINGS_TEXTS:
            message = translate("XLSForm", "fieldscreen does not read this setting; it is ignored")
            report.warn(sheet.cell(0, header), message)
    column = sheet.header(FORM_ID)
    form_id = sheet.rows[0].get(column or "")
    if column and form_id and not ID_PATTERN.match(form_id):
        message = translate("XLSForm", "'%1' is not an id (lower-case letters, digits and _, starting with a letter)")
        report.problem(sheet.cell(0, column), fill(message, form_id))


def languages_pass(sheets: Iterable[Sheet], report: Report) -> None:
    """Check that every language in a header gives its code, and that one code has one name."""
    names: dict[str, str] = {}
    for sheet in sheets:
        for header, tokens in sheet.headers.items():
            _column, language = split_language(sheet.name, tokens)
            if language is None:
                continue
            code = language_code(language)
            if code is None:
                report.problem(Cell(sheet.name, 1, header), fill(translate("XLSForm", NO_CODE), language))
            elif names.setdefault(code, language) != language:
                message = translate("XLSForm", "'%1' and '%2' are two names for the language %3; use one")
                report.problem(Cell(sheet.name, 1, header), fill(message, names[code], language, code))


def unused_sheets_pass(definition: DefinitionData, report: Report) -> None:
    """Refuse the sheets fieldscreen has no use for when they hold anything (entities, external choices, osm)."""
    for name in ("entities", "external_choices", "osm"):
        if any(getattr(definition, name) or ()):
            report.problem(Cell(name), translate("XLSForm", "this sheet is not supported"))
