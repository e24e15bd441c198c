"""The XLSForm columns fieldscreen reads and writes, as pyxform's header tokens.

pyxform reads a header such as ``constraint_message::Español (es)`` as the tokens
``("bind", "jr:constraintMsg", "Español (es)")``, resolving aliases (``relevance`` is ``relevant``) on the way. The
tables below use those tokens without the language; the value is the header fieldscreen writes for the column.
"""

from __future__ import annotations

from collections.abc import Mapping

Tokens = tuple[str, ...]

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"

TYPE: Tokens = ("type",)
NAME: Tokens = ("name",)
LABEL: Tokens = ("label",)
HINT: Tokens = ("hint",)
GUIDANCE_HINT: Tokens = ("guidance_hint",)
RELEVANT: Tokens = ("bind", "relevant")
CONSTRAINT: Tokens = ("bind", "constraint")
CONSTRAINT_MESSAGE: Tokens = ("bind", "jr:constraintMsg")
REQUIRED: Tokens = ("bind", "required")
REQUIRED_MESSAGE: Tokens = ("bind", "jr:requiredMsg")
APPEARANCE: Tokens = ("control", "appearance")
ALLOW_SKIP: Tokens = ("allow_skip",)
INDICATOR: Tokens = ("indicator",)
ELEMENTS: Tokens = ("elements",)
LIST_NAME: Tokens = ("list name",)

FORM_ID: Tokens = ("id_string",)
VERSION: Tokens = ("version",)
TITLE: Tokens = ("title",)
DEFAULT_LANGUAGE: Tokens = ("default_language",)
POPULATION: Tokens = ("population",)
POSITIVE_RULE: Tokens = ("positive_rule",)
RECOMMENDS: Tokens = ("recommends",)
DESCRIPTION: Tokens = ("description",)
VALIDATION_NOTE: Tokens = ("validation_note",)
DISCLOSURE_SETTINGS = ("law_enforcement", "health", "social_service")
"""The settings an instrument says its disclosure for; each is a settings column ``disclosure_<setting>``."""

SURVEY_TEXTS: Mapping[Tokens, str] = {
    LABEL: "label",
    HINT: "hint",
    GUIDANCE_HINT: "guidance_hint",
    CONSTRAINT_MESSAGE: "constraint_message",
    REQUIRED_MESSAGE: "required_message",
}
SURVEY_PLAIN: Mapping[Tokens, str] = {
    TYPE: "type",
    NAME: "name",
    RELEVANT: "relevant",
    CONSTRAINT: "constraint",
    REQUIRED: "required",
    APPEARANCE: "appearance",
    ALLOW_SKIP: "allow_skip",
    INDICATOR: "indicator",
    ELEMENTS: "elements",
}
CHOICES_TEXTS: Mapping[Tokens, str] = {LABEL: "label"}
CHOICES_PLAIN: Mapping[Tokens, str] = {
    LIST_NAME: "list_name",
    NAME: "name",
    INDICATOR: "indicator",
    ELEMENTS: "elements",
}
SETTINGS_TEXTS: Mapping[Tokens, str] = {
    TITLE: "form_title",
    DESCRIPTION: "description",
    VALIDATION_NOTE: "validation_note",
    **{(f"disclosure_{setting}",): f"disclosure_{setting}" for setting in DISCLOSURE_SETTINGS},
}
SETTINGS_PLAIN: Mapping[Tokens, str] = {
    FORM_ID: "form_id",
    VERSION: "version",
    DEFAULT_LANGUAGE: "default_language",
    POPULATION: "population",
    POSITIVE_RULE: "positive_rule",
    RECOMMENDS: "recommends",
}

TEXTS: Mapping[str, Mapping[Tokens, str]] = {SURVEY: SURVEY_TEXTS, CHOICES: CHOICES_TEXTS, SETTINGS: SETTINGS_TEXTS}
PLAIN: Mapping[str, Mapping[Tokens, str]] = {SURVEY: SURVEY_PLAIN, CHOICES: CHOICES_PLAIN, SETTINGS: SETTINGS_PLAIN}


def split_language(sheet: str, tokens: Tokens) -> tuple[Tokens, str | None]:
    """A header's tokens as ``(column, language name)``; the language is ``None`` for a column without one."""
    if len(tokens) > 1 and tokens[:-1] in TEXTS[sheet]:
        return tokens[:-1], tokens[-1]
    return tokens, None


def column_name(sheet: str, column: Tokens, language: str | None = None) -> str:
    """The header fieldscreen writes for a column (with ``::language`` for a text in one language)."""
    base = TEXTS[sheet].get(column) or PLAIN[sheet].get(column) or "::".join(column)
    return f"{base}::{language}" if language else base
