"""Plain data shared across layers: roles, accounts, instruments, answers.

Instruments are immutable once loaded. Text that appears in several languages is a ``Text`` mapping from a language
code ("en", "es") to the words in that language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

Text = dict[str, str]
"""Words keyed by language code, for example ``{"en": "Yes", "es": "Sí"}``."""


class Role(StrEnum):
    """What an account may do (enforced in the service layer)."""

    SCREENER = "screener"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class Account:
    """A person who may sign in on this installation."""

    username: str
    role: Role
    display_name: str = ""
    disabled: bool = False
    created_at: datetime | None = None
    last_login_at: datetime | None = None


class QuestionType(StrEnum):
    """The kinds of question an instrument may ask."""

    YES_NO = "yes_no"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    AGE = "age"
    NOTE = "note"


class Population(StrEnum):
    """Who an instrument is written for."""

    ADULT = "adult"
    YOUTH = "youth"
    ANY = "any"


@dataclass(frozen=True)
class Choice:
    """One answer option.

    Attributes:
        value: The value stored and read by expressions.
        label: The words shown.
        indicators: Indicator codes from DOMAIN 2.8 (D01 ... D11) this answer carries.
        elements: TVPA elements this answer establishes by itself, without an indicator code (``elements.Element``
            values from ``elements.DIRECT_ELEMENTS``, e.g. ``labor_or_services`` for "I have worked for someone").
    """

    value: str
    label: Text
    indicators: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """One question. Expressions are kept as source text here and compiled by the expression engine."""

    name: str
    type: QuestionType
    label: Text
    hint: Text = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: Text = field(default_factory=dict)
    required: str | None = None
    required_message: Text = field(default_factory=dict)
    allow_skip: bool = False


@dataclass(frozen=True)
class Section:
    """A group of questions with interviewer guidance."""

    name: str
    title: Text
    guidance: Text = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    relevant: str | None = None


@dataclass(frozen=True)
class Instrument:
    """A screening instrument: data, not code (see docs/instruments.md)."""

    id: str
    version: str
    title: Text
    population: Population
    languages: tuple[str, ...]
    default_language: str
    sections: tuple[Section, ...]
    positive_rule: str
    validation_note: Text = field(default_factory=dict)
    description: Text = field(default_factory=dict)
    disclosure: dict[str, Text] = field(default_factory=dict)
    recommends: str | None = None
    source: str = ""

    def questions(self) -> tuple[Question, ...]:
        """All questions in interview order."""
        return tuple(q for s in self.sections for q in s.questions)


class AnswerStatus(StrEnum):
    """How a question was left; only ``ANSWERED`` carries a value."""

    ANSWERED = "answered"
    DECLINED = "declined"
    DONT_KNOW = "dont_know"
    SKIPPED = "skipped"


AnswerValue = str | int | float | date | tuple[str, ...] | None


@dataclass(frozen=True)
class Answer:
    """An answer with its status and the time it was given (UTC)."""

    status: AnswerStatus
    value: AnswerValue = None
    at: datetime | None = None
    skip_reason: str = ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO text, tuples as lists)."""
        value: Any = self.value
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        return {
            "status": self.status.value,
            "value": value,
            "at": self.at.isoformat() if self.at else None,
            "skip_reason": self.skip_reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], kind: QuestionType) -> Answer:
        """The answer :meth:`to_json` wrote for a question of type ``kind`` (dates and selections restored).

        Raises:
            KeyError, TypeError, ValueError: ``data`` is not what :meth:`to_json` writes.
        """
        raw = data["value"]
        value: AnswerValue = raw
        if raw is None:
            value = None
        elif kind is QuestionType.SELECT_MULTIPLE:
            value = tuple(str(item) for item in raw)
        elif kind is QuestionType.DATE or (kind is QuestionType.AGE and isinstance(raw, str)):
            value = date.fromisoformat(raw)
        elif kind is QuestionType.DECIMAL:
            value = float(raw)
        at = data.get("at")
        return cls(AnswerStatus(data["status"]), value, datetime.fromisoformat(at) if at else None, data["skip_reason"])
