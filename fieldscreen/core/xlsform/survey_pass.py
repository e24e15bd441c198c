"""The first pass over the survey sheet: types, groups, names and columns, each problem at its row and column.

This pass runs before pyxform builds its form, so that anything fieldscreen cannot represent (repeats, geopoints,
calculations, nested groups ...) is refused at the place it is written rather than as pyxform's exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pyxform import aliases
from pyxform.question import MultipleChoiceQuestion
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT
from pyxform.xls2json import RE_BEGIN_CONTROL, RE_END_CONTROL, RE_SELECT

from ..i18n import fill, translate
from .columns import (
    APPEARANCE,
    GUIDANCE_HINT,
    HINT,
    LABEL,
    NAME,
    RELEVANT,
    SURVEY,
    SURVEY_PLAIN,
    SURVEY_TEXTS,
    TYPE,
    split_language,
)
from .report import Cell, Report
from .workbook import Sheet

NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PLAIN_TYPES = frozenset({"text", "integer", "decimal", "date", "note"})
SELECT_COMMANDS = frozenset({"select_one", "select one", "select_multiple", "select all that apply"})
GROUP_COLUMNS = frozenset({TYPE, NAME, LABEL, HINT, GUIDANCE_HINT, RELEVANT, APPEARANCE})
"""The columns a begin_group row may fill."""
PYXFORM_COLUMNS = frozenset(MultipleChoiceQuestion.get_slot_names()) | {"disabled"}
"""First tokens of the survey columns that mean something to XLSForm (anything else is the author's own column)."""


@dataclass
class SurveyLayout:
    """Where the survey sheet writes each group and question, by name (row indexes: 0 is spreadsheet row 2).

    Attributes:
        groups: Group name -> index of its begin_group row.
        questions: Question name -> index of its row.
        lists: Choice list name -> indexes of the select rows that use it.
    """

    groups: dict[str, int] = field(default_factory=dict)
    questions: dict[str, int] = field(default_factory=dict)
    lists: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class _Open:
    """A begin_group (or begin_repeat) row not yet ended."""

    group: bool
    index: int
    questions: int = 0


def survey_pass(sheet: Sheet, report: Report) -> SurveyLayout:
    """Check the survey sheet's rows and learn where each group, question and list is written."""
    has_label = any(tokens[0] == LABEL[0] for tokens in sheet.headers.values())
    for needed, present in ((TYPE, sheet.header(TYPE)), (NAME, sheet.header(NAME)), (LABEL, has_label)):
        if not present:
            cell = Cell(SURVEY, 1, SURVEY_PLAIN.get(needed, "label"))
            report.problem(cell, translate("XLSForm", "the column is missing"))
    return _Pass(sheet, report).run()


class _Pass:
    def __init__(self, sheet: Sheet, report: Report) -> None:
        self.sheet = sheet
        self.report = report
        self.layout = SurveyLayout()
        self.open: list[_Open] = []
        self.ignored: set[str] = set()
        self.type_column = sheet.header(TYPE) or "type"
        self.name_column = sheet.header(NAME) or "name"

    def run(self) -> SurveyLayout:
        for index, row in enumerate(self.sheet.rows):
            if row:
                self.row(index, row)
        for entry in self.open:
            if entry.group:
                self.problem(entry.index, self.type_column, translate("XLSForm", "this group has no end_group row"))
        return self.layout

    def problem(self, index: int, column: str, message: str) -> None:
        self.report.problem(self.sheet.cell(index, column), message)

    def row(self, index: int, row: dict[str, str]) -> None:
        kind = row.get(self.type_column, "")
        if not kind:
            if self.name_column in row or any(self.sheet.headers[h][0] == LABEL[0] for h in row):
                message = translate("XLSForm", "empty: a row with a name or a label needs a type")
                self.problem(index, self.type_column, message)
            return
        begin, select = RE_BEGIN_CONTROL.search(kind), RE_SELECT.search(kind)
        if begin:
            self.begin(index, row, kind, group=begin["type"] == "group" and not begin["list_name"])
        elif RE_END_CONTROL.search(kind):
            self.end(index)
        elif select and select["select_command"] in SELECT_COMMANDS and not select["specify_other"]:
            self.question(index, row)
            self.layout.lists.setdefault(select["list_name"], []).append(index)
        elif kind in PLAIN_TYPES:
            self.question(index, row)
        elif kind in QUESTION_TYPE_DICT or select or kind.split(" ")[0] in aliases.osm:
            self.problem(index, self.type_column, fill(translate("XLSForm", "'%1' is not supported"), kind))
        else:
            message = translate(
                "XLSForm",
                "'%1' is not a question type (fieldscreen reads text, integer, decimal, date, note, select_one, "
                "select_multiple, begin_group and end_group)",
            )
            self.problem(index, self.type_column, fill(message, kind))

    def begin(self, index: int, row: dict[str, str], kind: str, *, group: bool) -> None:
        if not group:
            self.problem(index, self.type_column, fill(translate("XLSForm", "'%1' is not supported"), kind))
        elif any(entry.group for entry in self.open):
            message = translate("XLSForm", "a group inside a group is not supported: each group is one section")
            self.problem(index, self.type_column, message)
        else:
            self.name(index, row, self.layout.groups)
            self.columns(index, row, group=True)
        self.open.append(_Open(group, index))

    def end(self, index: int) -> None:
        if not self.open:
            self.problem(index, self.type_column, translate("XLSForm", "there is no begin_group for this end_group"))
            return
        entry = self.open.pop()
        if entry.group and not entry.questions:
            self.problem(entry.index, self.type_column, translate("XLSForm", "this group has no questions"))

    def question(self, index: int, row: dict[str, str]) -> None:
        if self.open:
            self.open[-1].questions += 1
        else:
            message = translate("XLSForm", "this question is outside any group: put every question in a group")
            self.problem(index, self.type_column, message)
        self.name(index, row, self.layout.questions)
        self.columns(index, row, group=False)

    def name(self, index: int, row: dict[str, str], seen: dict[str, int]) -> None:
        name = row.get(self.name_column, "")
        if not name:
            self.problem(index, self.name_column, translate("XLSForm", "empty: every group and question needs a name"))
        elif not NAME_PATTERN.match(name):
            message = translate("XLSForm", "'%1' is not a name (letters, digits and _, not starting with a digit)")
            self.problem(index, self.name_column, fill(message, name))
        elif name in seen:
            message = translate("XLSForm", "the name '%1' is already used in row %2")
            self.problem(index, self.name_column, fill(message, name, seen[name] + 2))
        else:
            seen[name] = index

    def columns(self, index: int, row: dict[str, str], *, group: bool) -> None:
        """Refuse XLSForm columns fieldscreen cannot honour; ignore (with a warning) the author's own columns."""
        for header in row:
            tokens, _language = split_language(SURVEY, self.sheet.headers[header])
            if tokens == GUIDANCE_HINT and not group:
                message = translate("XLSForm", "guidance_hint is read for groups only; put a question's help in hint")
                self.problem(index, header, message)
            elif group and tokens not in GROUP_COLUMNS and (tokens in SURVEY_TEXTS or tokens in SURVEY_PLAIN):
                message = translate("XLSForm", "a group has no %1; put it on the group's questions")
                self.problem(index, header, fill(message, SURVEY_TEXTS.get(tokens) or SURVEY_PLAIN[tokens]))
            elif tokens in SURVEY_TEXTS or tokens in SURVEY_PLAIN:
                continue
            elif tokens[0] in PYXFORM_COLUMNS:
                self.problem(index, header, translate("XLSForm", "this column is not supported"))
            elif header not in self.ignored:
                self.ignored.add(header)
                message = translate("XLSForm", "fieldscreen does not read this column; it is ignored")
                self.report.warn(self.sheet.cell(index, header), message)
