"""Exporting an instrument as an XLSForm workbook that imports back as the same instrument.

The workbook uses only what the importer reads (docs/xlsform.md): one group per section, one list per select
question (named after it), one shared ``yesno`` list for the yes/no questions (whose indicators and elements go in
the survey's ``indicator`` and ``elements`` columns), and every text in every language (``label::English (en)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from io import BytesIO

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..errors import KnownError
from ..i18n import fill, translate
from ..languages import language_name
from ..models import Instrument, Question, QuestionType, Section, Text
from .columns import DISCLOSURE_SETTINGS
from .document import YES_NO_LISTS

_TYPES = {
    QuestionType.TEXT: ("text", ""),
    QuestionType.LONG_TEXT: ("text", "multiline"),
    QuestionType.INTEGER: ("integer", ""),
    QuestionType.AGE: ("integer", "age"),
    QuestionType.DECIMAL: ("decimal", ""),
    QuestionType.DATE: ("date", ""),
    QuestionType.NOTE: ("note", ""),
}
_SELECTS = {QuestionType.SELECT_ONE: "select_one", QuestionType.SELECT_MULTIPLE: "select_multiple"}
YES_NO_LIST = "yesno"

Row = dict[str, str]


def export_xlsform(instrument: Instrument) -> bytes:
    """The bytes of an ``.xlsx`` XLSForm holding ``instrument``.

    Raises:
        KnownError: A text holds a control character, which a workbook cannot keep.
    """
    writer = _Writer(instrument)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, header, rows in (writer.survey(), writer.choices(), writer.settings()):
        sheet = book.create_sheet(title)
        sheet.append(header)
        sheet.freeze_panes = "A2"
        for row in rows:
            sheet.append([_cell_text(row.get(column, ""), title, column) for column in header])
        for cells in sheet.iter_rows():
            for cell in cells:
                cell.data_type = "s"  # a text starting with "=" stays text, never a formula
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _cell_text(value: str, sheet: str, column: str) -> str | None:
    if ILLEGAL_CHARACTERS_RE.search(value):
        message = translate("XLSForm", "A text in the %1 sheet, column %2, holds a control character.")
        raise KnownError(fill(message, sheet, column), translate("XLSForm", "Remove it from the instrument first."))
    return value or None


class _Writer:
    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.names = [language_name(code) for code in instrument.languages]
        selects = [q for q in instrument.questions() if q.type in _SELECTS]
        self.lists = _list_names(q.name for q in selects)

    def texts(self, column: str, text: Mapping[str, str]) -> Row:
        codes = self.instrument.languages
        return {f"{column}::{name}": text[code] for code, name in zip(codes, self.names, strict=True) if code in text}

    def columns(self, *names: str) -> list[str]:
        return [f"{name}::{language}" for name in names for language in self.names]

    # -- sheets ------------------------------------------------------------------------------------------------

    def survey(self) -> tuple[str, list[str], list[Row]]:
        header = [
            "type",
            "name",
            *self.columns("label", "hint"),
            "relevant",
            "required",
            *self.columns("required_message"),
            "constraint",
            *self.columns("constraint_message"),
            "appearance",
            "allow_skip",
            "indicator",
            "elements",
        ]
        rows: list[Row] = []
        for section in self.instrument.sections:
            rows.append(self.group(section))
            rows += (self.question(question) for question in section.questions)
            rows.append({"type": "end_group"})
        return "survey", header, rows

    def group(self, section: Section) -> Row:
        row = {"type": "begin_group", "name": section.name, "relevant": section.relevant or ""}
        return row | self.texts("label", section.title) | self.texts("hint", section.guidance)

    def question(self, question: Question) -> Row:
        if question.type is QuestionType.YES_NO:
            kind, appearance = f"select_one {YES_NO_LIST}", ""
        elif question.type in _SELECTS:
            kind, appearance = f"{_SELECTS[question.type]} {self.lists[question.name]}", ""
        else:
            kind, appearance = _TYPES[question.type]
        row = {
            "type": kind,
            "name": question.name,
            "relevant": question.relevant or "",
            "required": "yes" if question.required == "true()" else question.required or "",
            "constraint": question.constraint or "",
            "appearance": appearance,
            "allow_skip": "yes" if question.allow_skip else "",
        }
        if question.type is QuestionType.YES_NO:
            row["indicator"] = " ".join(question.choices[0].indicators)
            row["elements"] = " ".join(question.choices[0].elements)
        for column in ("label", "hint", "required_message", "constraint_message"):
            row |= self.texts(column, getattr(question, column))
        return row

    def choices(self) -> tuple[str, list[str], list[Row]]:
        header = ["list_name", "name", *self.columns("label"), "indicator", "elements"]
        rows: list[Row] = []
        yes_no = next((q for q in self.instrument.questions() if q.type is QuestionType.YES_NO), None)
        if yes_no is not None:
            for choice in yes_no.choices:
                rows.append({"list_name": YES_NO_LIST, "name": choice.value} | self.texts("label", choice.label))
        for question in self.instrument.questions():
            if question.type in _SELECTS:
                for choice in question.choices:
                    row = {"list_name": self.lists[question.name], "name": choice.value}
                    row["indicator"] = " ".join(choice.indicators)
                    row["elements"] = " ".join(choice.elements)
                    rows.append(row | self.texts("label", choice.label))
        return "choices", header, rows

    def settings(self) -> tuple[str, list[str], list[Row]]:
        instrument = self.instrument
        texts: list[tuple[str, Text]] = [("form_title", instrument.title)]
        if instrument.description:
            texts.append(("description", instrument.description))
        texts.append(("validation_note", instrument.validation_note))
        texts += ((f"disclosure_{setting}", instrument.disclosure[setting]) for setting in DISCLOSURE_SETTINGS)
        row = {
            "form_id": instrument.id,
            "version": instrument.version,
            "default_language": language_name(instrument.default_language),
            "population": instrument.population.value,
            "positive_rule": instrument.positive_rule,
            "recommends": instrument.recommends or "",
        }
        for column, text in texts:
            row |= self.texts(column, text)
        plain = ["form_id", "version", "default_language", "population", "positive_rule"]
        header = [*plain, *(["recommends"] if instrument.recommends else []), *self.columns(*(c for c, _ in texts))]
        return "settings", header, [row]


def _list_names(questions: Iterable[str]) -> dict[str, str]:
    """A choice list name for each select question: its own name, unless that is taken (``yesno``)."""
    taken = set(YES_NO_LISTS)
    names: dict[str, str] = {}
    for question in questions:
        name, n = question, 1
        while name in taken:
            n += 1
            name = f"{question}_{n}"
        taken.add(name)
        names[question] = name
    return names
