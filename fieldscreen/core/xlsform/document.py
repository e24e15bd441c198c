"""From pyxform's form (its JSON dict) to an instrument document: the mapping an instrument YAML file holds.

Groups become sections, questions keep their names, choice lists are copied into each question that uses them, and
a ``select_one yesno`` whose list holds exactly ``yes`` and ``no`` becomes a ``yes_no`` question (labelled with
fieldscreen's built-in words). Every value is recorded in :class:`~.texts.Origins` with its cell.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from pyxform import aliases

from ..i18n import fill, translate
from ..instrument_build import YES_NO_WORDS
from .columns import (
    ALLOW_SKIP,
    APPEARANCE,
    CONSTRAINT,
    CONSTRAINT_MESSAGE,
    DEFAULT_LANGUAGE,
    DESCRIPTION,
    DISCLOSURE_SETTINGS,
    ELEMENTS,
    FORM_ID,
    GUIDANCE_HINT,
    HINT,
    INDICATOR,
    LABEL,
    NAME,
    PLAIN,
    POPULATION,
    POSITIVE_RULE,
    RECOMMENDS,
    RELEVANT,
    REQUIRED,
    REQUIRED_MESSAGE,
    SETTINGS,
    SETTINGS_TEXTS,
    TITLE,
    TYPE,
    VALIDATION_NOTE,
    VERSION,
    Tokens,
    split_language,
)
from .report import Cell, Report
from .texts import Languages, Origins, TextReader
from .workbook import Sheet

YES_NO_LISTS = frozenset({"yesno", "yes_no"})
"""Lists whose choices ``yes`` and ``no`` make a ``select_one`` a fieldscreen ``yes_no`` question."""

_TYPES = {"text": "text", "integer": "integer", "decimal": "decimal", "date": "date", "note": "note"}
_BY_APPEARANCE = {("text", "multiline"): "long_text", ("integer", "age"): "age"}
_SELECTS = {"select one": "select_one", "select all that apply": "select_multiple"}
_QUESTION_COLUMNS = (
    ("type", TYPE),
    ("name", NAME),
    ("relevant", RELEVANT),
    ("constraint", CONSTRAINT),
    ("required", REQUIRED),
    ("allow_skip", ALLOW_SKIP),
    ("indicators", INDICATOR),
    ("elements", ELEMENTS),
)


@dataclass(frozen=True)
class Layout:
    """The sheets as read and where each group, question and choice is written (row indexes, 0 for row 2)."""

    survey: Sheet
    choices: Sheet | None
    settings: Sheet
    groups: Mapping[str, int]
    questions: Mapping[str, int]
    choice_rows: Mapping[tuple[str, str], int]


def build_document(
    form: dict[str, Any], layout: Layout, languages: Languages, report: Report, installed: Collection[str] | None
) -> tuple[dict[str, Any], Origins]:
    """The instrument document pyxform's ``form`` describes, and where each of its values was written.

    Args:
        form: pyxform's form (``workbook_to_json``).
        layout: The sheets and rows the first pass learnt.
        languages: The form's languages.
        report: Receives the problems and warnings.
        installed: Ids of the installed instruments ``recommends`` may name; ``None`` skips that check.
    """
    builder = _Builder(layout, languages, report)
    document = builder.settings(form, installed)
    groups = [child for child in form.get("children", ()) if child.get("name") in layout.groups]
    document["sections"] = [builder.section(group, ("sections", i)) for i, group in enumerate(groups)]
    return document, builder.origins


def _cell(sheet: Sheet, index: int, tokens: Tokens) -> Cell:
    """The cell of ``tokens``'s column in ``sheet.rows[index]`` (named as fieldscreen writes it if absent)."""
    return sheet.cell(index, sheet.header(tokens) or PLAIN[sheet.name].get(tokens) or tokens[-1])


def _setting_needed() -> str:
    return translate("XLSForm", "empty: fieldscreen needs this setting (docs/xlsform.md)")


def _marks(target: dict[str, Any], key: str, codes: Any) -> None:
    """Add space-separated codes (or a list of them) to ``target[key]``, each once, in order."""
    found = codes.split() if isinstance(codes, str) else list(codes or ())
    if found:
        target[key] = list(dict.fromkeys([*target.get(key, ()), *found]))


class _Builder:
    def __init__(self, layout: Layout, languages: Languages, report: Report) -> None:
        self.layout = layout
        self.languages = languages
        self.report = report
        self.origins = Origins()
        self.texts = TextReader(languages, self.origins, report)

    # -- settings ------------------------------------------------------------------------------------------------

    def settings(self, form: dict[str, Any], installed: Collection[str] | None) -> dict[str, Any]:
        settings = self.layout.settings
        document: dict[str, Any] = {
            "id": self._setting(form, FORM_ID, "id"),
            "version": self._setting(form, VERSION, "version"),
            "title": self._setting_text(form, TITLE, ("title",), required=True),
            "population": self._setting(form, POPULATION, "population"),
            "languages": list(self.languages.codes),
            "default_language": self.languages.default,
            "validation_note": self._setting_text(form, VALIDATION_NOTE, ("validation_note",), required=True),
        }
        self.origins.add(("languages",), Cell(self.layout.survey.name, 1))
        self.origins.add(("default_language",), _cell(settings, 0, DEFAULT_LANGUAGE))
        description = self._setting_text(form, DESCRIPTION, ("description",), required=False)
        if description:
            document["description"] = description
        recommends = self._setting(form, RECOMMENDS, "recommends", required=False)
        if recommends:
            document["recommends"] = recommends
            if installed is not None and recommends not in installed and recommends != document["id"]:
                message = fill(translate("XLSForm", "no instrument '%1' is installed"), recommends)
                self.report.problem(_cell(settings, 0, RECOMMENDS), message)
        document["disclosure"] = {
            setting: self._setting_text(form, (f"disclosure_{setting}",), ("disclosure", setting), required=True)
            for setting in DISCLOSURE_SETTINGS
        }
        document["positive_rule"] = self._setting(form, POSITIVE_RULE, "positive_rule")
        return document

    def _setting(self, form: dict[str, Any], tokens: Tokens, key: str, *, required: bool = True) -> str | None:
        settings = self.layout.settings
        cell = _cell(settings, 0, tokens)
        self.origins.add((key,), cell)
        if cell.column not in settings.rows[0]:
            if required:
                self.report.problem(cell, _setting_needed())
            return None
        return form[tokens[0]]

    def _setting_text(self, form: dict[str, Any], tokens: Tokens, at: tuple, *, required: bool) -> Any:
        settings = self.layout.settings
        if not any(split_language(SETTINGS, settings.headers[header])[0] == tokens for header in settings.rows[0]):
            if required:
                cell = settings.cell(0, SETTINGS_TEXTS[tokens])
                self.origins.add(at, cell)
                self.report.problem(cell, _setting_needed())
            return None
        return self.texts.read(form[tokens[0]], at, settings, 0, tokens, needed=_setting_needed() if required else "")

    # -- survey --------------------------------------------------------------------------------------------------

    def section(self, group: dict[str, Any], at: tuple) -> dict[str, Any]:
        survey = self.layout.survey
        index = self.layout.groups[group["name"]]
        self.origins.add(at, survey.cell(index))
        for key, tokens in (("name", NAME), ("relevant", RELEVANT)):
            self.origins.add((*at, key), _cell(survey, index, tokens))
        needed = translate("XLSForm", "empty: every group needs a title in its label")
        section: dict[str, Any] = {
            "name": group["name"],
            "title": self.texts.read(group.get("label"), (*at, "title"), survey, index, LABEL, needed=needed),
        }
        column = GUIDANCE_HINT if "guidance_hint" in group else HINT
        if "guidance_hint" in group and "hint" in group:
            message = translate("XLSForm", "a group's guidance goes in hint or in guidance_hint, not in both")
            self.report.problem(_cell(survey, index, GUIDANCE_HINT), message)
        guidance = group.get(column[0])
        needed = translate("XLSForm", "empty: every group needs interviewer guidance in its hint")
        section["guidance"] = self.texts.read(guidance, (*at, "guidance"), survey, index, column, needed=needed)
        if group.get("bind", {}).get("relevant"):
            section["relevant"] = group["bind"]["relevant"]
        self._ignore_appearance(group, index)
        children = group.get("children", ())
        section["questions"] = [self.question(child, (*at, "questions", j)) for j, child in enumerate(children)]
        return section

    def question(self, child: dict[str, Any], at: tuple) -> dict[str, Any]:
        survey = self.layout.survey
        index = self.layout.questions[child["name"]]
        self.origins.add(at, survey.cell(index))
        for key, tokens in _QUESTION_COLUMNS:
            self.origins.add((*at, key), _cell(survey, index, tokens))
        question: dict[str, Any] = {"name": child["name"], "type": self._type(child, index)}
        needed = translate("XLSForm", "empty: every question needs a label")
        question["label"] = self.texts.read(child.get("label"), (*at, "label"), survey, index, LABEL, needed=needed)
        hint = self.texts.read(child.get("hint"), (*at, "hint"), survey, index, HINT)
        if hint:
            question["hint"] = hint
        bind = child.get("bind", {})
        if bind.get("relevant"):
            question["relevant"] = bind["relevant"]
        self._conditions(question, bind, at, index)
        allow_skip = child.get("allow_skip")
        if allow_skip not in (None, *aliases.yes_no):
            message = fill(translate("XLSForm", "'%1' is not yes or no"), allow_skip)
            self.report.problem(_cell(survey, index, ALLOW_SKIP), message)
        elif aliases.yes_no.get(allow_skip):
            question["allow_skip"] = True
        _marks(question, "indicators", child.get("indicator"))
        _marks(question, "elements", child.get("elements"))
        if child["type"] in _SELECTS:
            self._choices(question, child, at)
        return question

    def _type(self, child: dict[str, Any], index: int) -> str:
        kind, appearance = child["type"], child.get("control", {}).get("appearance")
        if (kind, appearance) in _BY_APPEARANCE:
            return _BY_APPEARANCE[kind, appearance]
        self._ignore_appearance(child, index)
        if kind != "select one" or child["list_name"] not in YES_NO_LISTS:
            return _SELECTS.get(kind) or _TYPES[kind]
        values = sorted(choice["name"] for choice in child.get("choices", ()))
        words = all(code in YES_NO_WORDS for code in self.languages.codes)
        return "yes_no" if values == ["no", "yes"] and words else "select_one"

    def _ignore_appearance(self, element: dict[str, Any], index: int) -> None:
        appearance = element.get("control", {}).get("appearance")
        if appearance:
            message = fill(translate("XLSForm", "the appearance '%1' is ignored"), appearance)
            self.report.warn(_cell(self.layout.survey, index, APPEARANCE), message)

    def _conditions(self, question: dict[str, Any], bind: dict[str, Any], at: tuple, index: int) -> None:
        survey = self.layout.survey
        if bind.get("constraint"):
            question["constraint"] = bind["constraint"]
        message = self.texts.read(
            bind.get("jr:constraintMsg"),
            (*at, "constraint_message"),
            survey,
            index,
            CONSTRAINT_MESSAGE,
            needed=translate("XLSForm", "empty: a constraint needs a message") if "constraint" in question else "",
        )
        if message:
            question["constraint_message"] = message
        required = bind.get("required")
        if required and aliases.yes_no.get(required, True):
            question["required"] = True if required in aliases.yes_no else required
        message = self.texts.read(
            bind.get("jr:requiredMsg"), (*at, "required_message"), survey, index, REQUIRED_MESSAGE
        )
        if message:
            question["required_message"] = message

    def _choices(self, question: dict[str, Any], child: dict[str, Any], at: tuple) -> None:
        sheet = self.layout.choices
        choices = []
        for k, option in enumerate(child.get("choices", ())):
            here = (*at, "choices", k)
            index = self.layout.choice_rows[child["list_name"], option["name"]]
            self.origins.add(here, sheet.cell(index))
            for key, tokens in (("value", NAME), ("indicators", INDICATOR), ("elements", ELEMENTS)):
                self.origins.add((*here, key), _cell(sheet, index, tokens))
            if question["type"] == "yes_no":
                if option["name"] == "yes":
                    self._yes_marks(question, option, at, index)
                continue
            needed = translate("XLSForm", "empty: every choice needs a label")
            label = self.texts.read(option.get("label"), (*here, "label"), sheet, index, LABEL, needed=needed)
            choice: dict[str, Any] = {"value": option["name"], "label": label}
            _marks(choice, "indicators", option.get("indicator"))
            _marks(choice, "elements", option.get("elements"))
            choices.append(choice)
        if choices:
            question["choices"] = choices

    def _yes_marks(self, question: dict[str, Any], yes: dict[str, Any], at: tuple, index: int) -> None:
        """A yes_no question also carries the indicators and elements of its list's ``yes`` choice."""
        for key, column, tokens in (("indicators", "indicator", INDICATOR), ("elements", "elements", ELEMENTS)):
            if yes.get(column) and not question.get(key):
                self.origins.add((*at, key), _cell(self.layout.choices, index, tokens))
            _marks(question, key, yes.get(column))
