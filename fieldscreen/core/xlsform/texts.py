"""Languages and texts: from pyxform's values (``{"English (en)": "Age"}`` or ``"Age"``) to ``{"en": "Age"}``.

Every word read is recorded in :class:`Origins` with the cell it came from, so that a problem the instrument loader
finds later (``sections[1].questions[2].label.es: must not be empty``) can be reported at its row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyxform.constants import DEFAULT_LANGUAGE_VALUE

from ..i18n import fill, translate
from ..instrument_schema import location
from .columns import DEFAULT_LANGUAGE, SETTINGS, SETTINGS_PLAIN, TEXTS, Tokens, column_name, split_language
from .languages import language_code
from .report import Cell, Report
from .sheets_pass import NO_CODE
from .workbook import Sheet


class Origins:
    """The cell each part of the instrument document came from, by location (``sections[0].questions[2].label``)."""

    def __init__(self) -> None:
        self._cells: dict[str, Cell] = {}

    def add(self, path: tuple[str | int, ...], cell: Cell) -> None:
        """Record that the value at ``path`` was read from ``cell``."""
        self._cells[location(path)] = cell

    def find(self, where: str) -> Cell | None:
        """The cell of ``where`` or of the closest enclosing part that has one."""
        while where:
            if where in self._cells:
                return self._cells[where]
            cut = max(where.rfind("."), where.rfind("["))
            where = where[:cut] if cut > 0 else ""
        return None


@dataclass(frozen=True)
class Languages:
    """The form's languages.

    Attributes:
        codes: Language codes in the order the survey sheet's columns first name them.
        default: The default language's code.
        default_key: How pyxform's values name the default language (the setting as written, or ``default``).
        names: Code -> the language's name as a header writes it (``Español (es)``).
    """

    codes: tuple[str, ...]
    default: str
    default_key: str
    names: dict[str, str]


def form_languages(survey: Sheet, settings: Sheet, report: Report) -> Languages | None:
    """The form's languages, or ``None`` (with a problem reported) when the default cannot be told."""
    names: dict[str, str] = {}
    order: list[str | None] = []  # None stands for columns without a language: the default language's
    for sheet in (survey, settings):
        for tokens in sheet.headers.values():
            column, name = split_language(sheet.name, tokens)
            if column not in TEXTS[sheet.name]:
                continue
            code = language_code(name) if name else None
            if code:
                names.setdefault(code, name)
            if sheet is survey and code not in order:
                order.append(code)
    header = settings.header(DEFAULT_LANGUAGE)
    setting = settings.rows[0].get(header or "")
    cell = Cell(SETTINGS, 2, header or SETTINGS_PLAIN[DEFAULT_LANGUAGE])
    written = [code for code in order if code]
    if setting:
        default = language_code(setting)
        if default is None:
            report.problem(cell, fill(translate("XLSForm", NO_CODE), setting))
            return None
        names.setdefault(default, setting)
    elif None in order or len(written) != 1:
        message = translate("XLSForm", "empty: name the form's default language, for example English (en)")
        report.problem(cell, message)
        return None
    else:
        default = written[0]
    codes = tuple(dict.fromkeys(code or default for code in order))
    return Languages(codes, default, setting or DEFAULT_LANGUAGE_VALUE, names)


class TextReader:
    """Turns pyxform's text values into ``{code: words}`` and records where each word was written.

    Args:
        languages: The form's languages.
        origins: Where to record the cells.
        report: Where to report missing and unknown translations.
    """

    def __init__(self, languages: Languages, origins: Origins, report: Report) -> None:
        self.languages = languages
        self.origins = origins
        self.report = report

    def read(
        self, value: Any, at: tuple[str | int, ...], sheet: Sheet, index: int, column: Tokens, *, needed: str = ""
    ) -> dict[str, str] | None:
        """The text in ``value`` (read from ``column`` of ``sheet.rows[index]``); ``None`` when there is none.

        Args:
            value: pyxform's value: words, or words by language name.
            at: The location of the text in the instrument document.
            sheet: The sheet it was read from.
            index: The row index.
            column: The column's tokens without the language.
            needed: The problem to report when there is no text (translated); empty when the text is optional.
        """
        default_header = self._header(sheet, column, self.languages.default)
        if not value:
            if needed:
                self.report.problem(sheet.cell(index, default_header), needed)
            return None
        text: dict[str, str] = {}
        for key, words in value.items() if isinstance(value, dict) else [(self.languages.default_key, value)]:
            code = self.languages.default if key == self.languages.default_key else language_code(key)
            if code is None:
                continue  # the language pass has reported the header
            cell = sheet.cell(index, self._header(sheet, column, code))
            self.origins.add((*at, code), cell)
            if code not in self.languages.codes:
                message = translate("XLSForm", "%1 is not one of the form's languages (%2): no survey column uses it")
                self.report.problem(cell, fill(message, code, ", ".join(self.languages.codes)))
            text[code] = words
        self.origins.add(at, sheet.cell(index, default_header))
        for code in self.languages.codes:
            if code not in text:
                message = fill(translate("XLSForm", "empty: the %1 translation is missing"), code)
                self.report.problem(sheet.cell(index, self._header(sheet, column, code)), message)
        return text

    def _header(self, sheet: Sheet, column: Tokens, code: str) -> str:
        """The header of ``column`` in the language ``code`` as written, or as it should be written."""
        name = self.languages.names.get(code, code)
        found = sheet.header((*column, name))
        if found is None and code == self.languages.default:
            found = sheet.header(column)
        return found or column_name(sheet.name, column, name if len(self.languages.codes) > 1 else None)
