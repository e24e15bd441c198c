"""The JSON Schema of an instrument file (structure only) and its errors as readable problems.

The schema checks shapes and spellings; what needs the whole instrument (names, references, translations, cycles) is
checked after it, in instrument_loader. docs/instruments.md describes every key.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .elements import DIRECT_ELEMENTS
from .i18n import QT_TRANSLATE_NOOP, fill, translate
from .models import Population, QuestionType

LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
INDICATOR_PATTERN = r"^D(0[1-9]|1[01])$"

_TEXT = {
    "type": "object",
    "minProperties": 1,
    "propertyNames": {
        "pattern": LANGUAGE_PATTERN,
        "description": QT_TRANSLATE_NOOP(
            "Instruments", "a language code (two or three lower-case letters, such as en or es)"
        ),
    },
    "additionalProperties": {"type": "string", "minLength": 1},
}
_NAME = {
    "type": "string",
    "pattern": r"^[A-Za-z_][A-Za-z0-9_]*$",
    "description": QT_TRANSLATE_NOOP("Instruments", "a name (letters, digits and _, not starting with a digit)"),
}
_ID = {
    "type": "string",
    "pattern": r"^[a-z][a-z0-9_]*$",
    "description": QT_TRANSLATE_NOOP("Instruments", "an id (lower-case letters, digits and _, starting with a letter)"),
}
_EXPRESSION = {"type": "string", "minLength": 1}
_INDICATORS = {
    "type": "array",
    "uniqueItems": True,
    "items": {
        "type": "string",
        "pattern": INDICATOR_PATTERN,
        "description": QT_TRANSLATE_NOOP("Instruments", "an indicator code from D01 to D11"),
    },
}
_ELEMENTS = {
    "type": "array",
    "uniqueItems": True,
    "items": {
        "enum": [e.value for e in DIRECT_ELEMENTS],
        "description": QT_TRANSLATE_NOOP(
            "Instruments",
            "only these elements can be stated by an answer itself; force, fraud, coercion, the labor purpose and "
            "the age at the act need indicator codes",
        ),
    },
}

_CHOICE = {
    "type": "object",
    "required": ["value", "label"],
    "additionalProperties": False,
    "properties": {
        "value": {
            "type": "string",
            "pattern": r"^[A-Za-z0-9_]+$",
            "description": QT_TRANSLATE_NOOP("Instruments", "a choice value (letters, digits and _)"),
        },
        "label": _TEXT,
        "indicators": _INDICATORS,
        "elements": _ELEMENTS,
    },
}

_QUESTION = {
    "type": "object",
    "required": ["name", "type", "label"],
    "additionalProperties": False,
    "properties": {
        "name": _NAME,
        "type": {"enum": [t.value for t in QuestionType]},
        "label": _TEXT,
        "hint": _TEXT,
        "indicators": _INDICATORS,
        "elements": _ELEMENTS,
        "choices": {"type": "array", "minItems": 2, "items": _CHOICE},
        "relevant": _EXPRESSION,
        "constraint": _EXPRESSION,
        "constraint_message": _TEXT,
        "required": {"type": ["string", "boolean"], "minLength": 1},
        "required_message": _TEXT,
        "allow_skip": {"type": "boolean"},
    },
}

_SECTION = {
    "type": "object",
    "required": ["name", "title", "guidance", "questions"],
    "additionalProperties": False,
    "properties": {
        "name": _NAME,
        "title": _TEXT,
        "guidance": _TEXT,
        "relevant": _EXPRESSION,
        "questions": {"type": "array", "minItems": 1, "items": _QUESTION},
    },
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "fieldscreen instrument",
    "type": "object",
    "required": [
        "id",
        "version",
        "title",
        "population",
        "languages",
        "default_language",
        "validation_note",
        "disclosure",
        "positive_rule",
        "sections",
    ],
    "additionalProperties": False,
    "properties": {
        "id": _ID,
        "version": {
            "type": "string",
            "pattern": r"^[0-9]+(\.[0-9]+){1,2}$",
            "description": QT_TRANSLATE_NOOP("Instruments", "a version such as 1.0 or 1.2.0"),
        },
        "title": _TEXT,
        "population": {"enum": [p.value for p in Population]},
        "languages": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {
                "type": "string",
                "pattern": LANGUAGE_PATTERN,
                "description": _TEXT["propertyNames"]["description"],
            },
        },
        "default_language": {"type": "string"},
        "validation_note": _TEXT,
        "description": _TEXT,
        "recommends": _ID,
        "disclosure": {
            "type": "object",
            "required": ["law_enforcement", "health", "social_service"],
            "additionalProperties": False,
            "properties": {"law_enforcement": _TEXT, "health": _TEXT, "social_service": _TEXT},
        },
        "positive_rule": _EXPRESSION,
        "sections": {"type": "array", "minItems": 1, "items": _SECTION},
    },
}
"""The instrument schema (JSON Schema 2020-12)."""

_VALIDATOR = Draft202012Validator(SCHEMA)


def location(path: Sequence[str | int]) -> str:
    """A path such as ``("sections", 2, "questions", 4, "relevant")`` written ``sections[2].questions[4].relevant``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or translate("Instruments", "(top level)")


def schema_problems(data: Any) -> list[tuple[str, str]]:
    """Every structural problem as ``(location, message)``, sorted by location, each once."""
    found: dict[tuple[str, str], tuple] = {}
    for error in _VALIDATOR.iter_errors(data):
        for path, message in _describe(error):
            found.setdefault((location(path), message), _sort_key(path))
    return sorted(found, key=lambda item: (found[item], item[1]))


def _sort_key(path: Sequence[str | int]) -> tuple:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _describe(error: ValidationError) -> Iterator[tuple[list[str | int], str]]:
    path = list(error.absolute_path)
    kind = error.validator
    if kind == "required":
        for key in error.validator_value:
            if key not in error.instance:
                yield path, fill(translate("Instruments", "'%1' is missing"), key)
    elif kind == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in known:
                yield [*path, key], translate("Instruments", "unknown key") + _suggestion(str(key), known)
    elif kind == "type":
        yield path, _type_message(error.validator_value, error.instance)
    elif kind == "enum":
        options = [str(option) for option in error.validator_value]
        message = fill(translate("Instruments", "'%1' is not one of: %2"), error.instance, ", ".join(options))
        message += _suggestion(str(error.instance), options)
        if "description" in error.schema:
            message += "; " + translate("Instruments", error.schema["description"])
        yield path, message
    elif kind == "pattern":
        description = translate("Instruments", error.schema.get("description", error.validator_value))
        yield path, fill(translate("Instruments", "'%1' is not %2"), error.instance, description)
    elif kind == "minItems":
        yield path, translate("Instruments", "needs at least %n item(s)", None, error.validator_value)
    elif kind in ("minLength", "minProperties"):
        yield path, translate("Instruments", "must not be empty")
    elif kind == "uniqueItems":
        twice = [str(item) for item, count in Counter(map(str, error.instance)).items() if count > 1]
        yield path, fill(translate("Instruments", "lists %1 more than once"), ", ".join(twice))
    else:
        yield path, error.message


_TYPE_WORDS = {
    "object": QT_TRANSLATE_NOOP("Instruments", "a mapping (key: value lines)"),
    "array": QT_TRANSLATE_NOOP("Instruments", "a list"),
    "string": QT_TRANSLATE_NOOP("Instruments", "text"),
    "boolean": QT_TRANSLATE_NOOP("Instruments", "true or false"),
}


def _type_message(expected: str | list[str], instance: Any) -> str:
    wanted = [expected] if isinstance(expected, str) else expected
    words = translate("Instruments", " or ").join(translate("Instruments", _TYPE_WORDS.get(w, w)) for w in wanted)
    message = fill(translate("Instruments", "must be %1, not %2"), words, _kind_of(instance))
    if "string" in wanted and isinstance(instance, int | float) and not isinstance(instance, bool):
        message += fill(translate("Instruments", ' (put it in quotes: "%1")'), instance)
    return message


def _kind_of(instance: Any) -> str:
    if instance is None:
        return translate("Instruments", "nothing")
    if isinstance(instance, bool):
        return translate("Instruments", "true or false")
    if isinstance(instance, int | float):
        return translate("Instruments", "a number")
    if isinstance(instance, str):
        return translate("Instruments", "text")
    if isinstance(instance, list):
        return translate("Instruments", "a list")
    return translate("Instruments", "a mapping")


def _suggestion(word: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.7)
    return fill(translate("Instruments", " (did you mean '%1'?)"), close[0]) if close else ""
