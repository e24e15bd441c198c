"""What an answer may be for each question type; an answer that does not fit is rejected with a reason.

Values by type: ``yes_no`` and ``select_one`` take a choice value (``"yes"``/``"no"`` for yes/no);
``select_multiple`` a non-empty tuple of distinct choice values (kept in choice order); ``text`` and ``long_text``
non-blank text up to :data:`MAX_TEXT` / :data:`MAX_LONG_TEXT` characters; ``integer`` an ``int``; ``decimal`` a finite
number (kept as ``float``); ``date`` a ``date``; ``age`` whole years (``int``) or a date of birth (``date``, not in the
future). Declined, don't know and skipped answers carry no value; only skipped ones carry a reason, and only where the
question allows skipping. Notes take no answer.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime

from .errors import BugError, KnownError
from .expressions import age_in_years
from .i18n import fill, translate
from .models import Answer, AnswerStatus, AnswerValue, Question, QuestionType

MAX_TEXT = 1_000
"""Longest ``text`` answer, in characters."""
MAX_LONG_TEXT = 10_000
"""Longest ``long_text`` answer, in characters (also the longest text ``regex()`` reads)."""
MAX_NUMBER = 10**12
"""Largest size of a number answer; numbers are exact well beyond it."""
MAX_AGE = 130


class AnswerRejected(KnownError):
    """An answer does not fit its question; nothing was stored.

    Attributes:
        question: The question's name.
    """

    def __init__(self, question: str, reason: str) -> None:
        self.question = question
        super().__init__(reason)


def validate_answer(question: Question, answer: Answer, today: date) -> Answer:
    """The answer as it will be stored (selections in choice order, decimals as floats).

    Args:
        question: The question answered.
        answer: The answer given.
        today: The day a date of birth must not be after.

    Raises:
        AnswerRejected: The answer does not fit the question.
        BugError: ``answer`` is not an :class:`Answer`.
    """
    if not isinstance(answer, Answer) or not isinstance(answer.status, AnswerStatus):
        raise BugError(f"not an Answer: {type(answer).__name__}")
    if question.type is QuestionType.NOTE:
        raise AnswerRejected(question.name, translate("Screening", "A note cannot be answered."))
    if answer.status is not AnswerStatus.ANSWERED:
        _check_open(question, answer)
        return answer
    if answer.skip_reason:
        raise AnswerRejected(
            question.name, translate("Screening", "Only a skipped question has a reason for skipping.")
        )
    value = _value(question, answer.value, today)
    return answer if value == answer.value and type(value) is type(answer.value) else replace(answer, value=value)


def _check_open(question: Question, answer: Answer) -> None:
    if answer.value is not None:
        raise AnswerRejected(question.name, translate("Screening", "Declined, don't know and skipped carry no value."))
    if answer.status is AnswerStatus.SKIPPED:
        if not question.allow_skip:
            raise AnswerRejected(
                question.name,
                translate("Screening", "This question cannot be skipped; mark it declined or don't know instead."),
            )
        if not answer.skip_reason.strip():
            raise AnswerRejected(question.name, translate("Screening", "Give the reason for skipping."))
    elif answer.skip_reason:
        raise AnswerRejected(
            question.name, translate("Screening", "Only a skipped question has a reason for skipping.")
        )


def _value(question: Question, value: object, today: date) -> AnswerValue:
    kind = question.type
    if kind in (QuestionType.YES_NO, QuestionType.SELECT_ONE):
        if not isinstance(value, str) or value not in {c.value for c in question.choices}:
            raise AnswerRejected(question.name, translate("Screening", "Choose one of the choices."))
        return value
    if kind is QuestionType.SELECT_MULTIPLE:
        return _selection(question, value)
    if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        return _text(question, value)
    if kind is QuestionType.INTEGER:
        if not _is_number(value, whole=True):
            raise AnswerRejected(
                question.name, fill(translate("Screening", "Enter a whole number up to %1."), f"{MAX_NUMBER:,}")
            )
        return value  # type: ignore[return-value]
    if kind is QuestionType.DECIMAL:
        if not _is_number(value, whole=False):
            raise AnswerRejected(
                question.name, fill(translate("Screening", "Enter a number up to %1."), f"{MAX_NUMBER:,}")
            )
        return float(value)  # type: ignore[arg-type]
    if kind is QuestionType.DATE:
        if not isinstance(value, date) or isinstance(value, datetime):
            raise AnswerRejected(question.name, translate("Screening", "Enter a date."))
        return value
    return _age(question, value, today)


def _is_number(value: object, whole: bool) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float) or (whole and not isinstance(value, int)):
        return False
    return math.isfinite(value) and abs(value) <= MAX_NUMBER


def _selection(question: Question, value: object) -> tuple[str, ...]:
    values = [c.value for c in question.choices]
    picked = list(value) if isinstance(value, tuple | list) else None
    if not picked or len(set(picked)) != len(picked) or not all(isinstance(v, str) and v in values for v in picked):
        raise AnswerRejected(question.name, translate("Screening", "Choose one or more of the choices, each once."))
    return tuple(v for v in values if v in picked)


def _text(question: Question, value: object) -> str:
    limit = MAX_TEXT if question.type is QuestionType.TEXT else MAX_LONG_TEXT
    if not isinstance(value, str) or not value.strip():
        raise AnswerRejected(
            question.name, translate("Screening", "Enter some text, or mark the question declined or don't know.")
        )
    if len(value) > limit:
        raise AnswerRejected(question.name, fill(translate("Screening", "Keep the text under %1 characters."), limit))
    return value


def _age(question: Question, value: object, today: date) -> int | date:
    if isinstance(value, date) and not isinstance(value, datetime):
        if value > today or age_in_years(value, today) > MAX_AGE:
            raise AnswerRejected(question.name, translate("Screening", "The date of birth is not possible."))
        return value
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AGE:
        raise AnswerRejected(
            question.name,
            fill(translate("Screening", "Enter an age in years from 0 to %1, or a date of birth."), MAX_AGE),
        )
    return value
