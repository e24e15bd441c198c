"""What a referral packet is made from, read through the screening service's contract (docs/screening-service.md).

The outbox needs one finalized screening with its result: ``open(id)`` gives the answers, person and interview, and
``result(id)`` the assessment, routed actions, ICD-10-CM suggestions and person facts. The protocols below name only
the attributes read here, so any object keeping that contract (the real service, or a test double) will do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from fieldscreen.core.assessment import Assessment
from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, translate
from fieldscreen.core.icd10 import CodeSuggestion
from fieldscreen.core.instrument_loader import LoadedInstrument
from fieldscreen.core.languages import language_name
from fieldscreen.core.models import Answer, Instrument
from fieldscreen.core.person import PersonFacts, Tri
from fieldscreen.core.routing import Action
from fieldscreen.packets.content import DoneMark, tri_words
from fieldscreen.packets.from_screening import ScreeningReturn
from fieldscreen.store.screening_actions import DONE
from fieldscreen.store.screening_returns import ReturnRecord

from .screening_models import KNOWN_INTERPRETER, NOT_ALONE, NOT_PRIVATE, RELATIVE_INTERPRETER

PACKET_STATUSES = frozenset({"finalized", "approved"})
"""Statuses whose screenings have a referral packet."""

_INTERPRETER_KIND = {
    "in_person": QT_TRANSLATE_NOOP("Outbox", "in person"),
    "phone": QT_TRANSLATE_NOOP("Outbox", "by phone"),
    "video": QT_TRANSLATE_NOOP("Outbox", "by video"),
}
_INTERPRETER_RELATIONSHIP = {
    "professional": QT_TRANSLATE_NOOP("Outbox", "professional interpreter"),
    "relative": QT_TRANSLATE_NOOP("Outbox", "a relative of the person"),
    "companion": QT_TRANSLATE_NOOP("Outbox", "a companion of the person"),
    "other": QT_TRANSLATE_NOOP("Outbox", "other relationship"),
}


_GENDER_PREFERENCE = {
    "": QT_TRANSLATE_NOOP("Outbox", "Not asked"),
    "none": QT_TRANSLATE_NOOP("Outbox", "No preference"),
    "woman": QT_TRANSLATE_NOOP("Outbox", "Prefers a woman"),
    "man": QT_TRANSLATE_NOOP("Outbox", "Prefers a man"),
}
_CAUTIONS = {
    RELATIVE_INTERPRETER: QT_TRANSLATE_NOOP(
        "Outbox",
        "The interpreter was a relative or companion of the person: the answers may be incomplete or shaped by "
        "them. A new screening with a neutral interpreter is advised.",
    ),
    KNOWN_INTERPRETER: QT_TRANSLATE_NOOP("Outbox", "The interpreter knew the person."),
    NOT_ALONE: QT_TRANSLATE_NOOP("Outbox", "The person was not recorded as alone during the interview."),
    NOT_PRIVATE: QT_TRANSLATE_NOOP("Outbox", "The setting was not recorded as private."),
}


class InterviewLike(Protocol):
    """The interview context attributes a packet shows."""

    setting: str
    interpreter_used: bool
    interpreter_kind: str
    interpreter_language: str
    interpreter_relationship: str
    interpreter_id: str
    private_setting: Tri
    person_alone: Tri
    interviewer_gender_preference: str
    disclosure_given_at: datetime | None

    def concerns(self) -> tuple[str, ...]:
        """What may have kept the person from speaking freely (``screening_models.CONCERNS``)."""
        ...


class PersonLike(Protocol):
    """The identifying person fields a referral may carry."""

    name: str
    aliases: str
    nationality: str


class AnswersLike(Protocol):
    """The screening state: only the answers of shown questions go into a packet."""

    def scored_answers(self) -> dict[str, Answer]:
        """The answers of shown questions, in interview order."""


class ScreeningViewLike(Protocol):
    """``ScreeningView``: the attributes a packet needs."""

    id: int
    case_code: str
    status: str
    instrument: LoadedInstrument
    state: AnswersLike
    person: PersonLike
    context: InterviewLike
    interview_language: str
    screener: str
    training: bool
    review_comment: str
    returned: ReturnRecord | None
    amendments: Sequence[Mapping[str, Any]]


class ActionStateLike(Protocol):
    """``ActionState``: whether a stored action was done, when, by whom and with which reference number."""

    status: str
    done_at: datetime | None
    done_by: str
    reference: str


class ResultViewLike(Protocol):
    """``ResultView``: assessment, routed actions with their states, ICD-10-CM suggestions and person facts."""

    assessment: Assessment
    actions: Sequence[Action]
    action_states: Sequence[ActionStateLike]
    icd10: Sequence[CodeSuggestion]
    facts: PersonFacts


class ScreeningReader(Protocol):
    """The two reading methods of ``ScreeningService`` the outbox uses (each enforces the caller's role)."""

    def open(self, screening_id: int) -> ScreeningViewLike:
        """The screening (an audited view)."""

    def result(self, screening_id: int) -> ResultViewLike:
        """Its assessment, actions, ICD-10-CM suggestions and person facts."""


@dataclass(frozen=True)
class PacketSource:
    """Everything a referral packet is made from, already read and assessed.

    Attributes:
        screening_id: The screening.
        case_code: The neutral case code.
        instrument: The instrument version the screening used.
        language: The interview language.
        answers: The answers of shown questions.
        facts: The person facts routing used.
        assessment: The assessment.
        actions: The routed actions, most urgent first.
        action_done: For each action, in the same order, when, by whom and with which reference it was done
            (``None`` while open); empty when no action is done.
        icd10: ICD-10-CM suggestions (empty outside clinical settings).
        screener: The user name of the screener.
        name: The person's name ("" when not recorded).
        aliases: Other names used.
        nationality: Country of nationality ("" when not recorded).
        interpreter: The interpreter in words ("" without one).
        cautions: What may have kept the person from speaking freely, in words (:func:`interview_cautions`).
        conditions: Where and with whom the interview was held, in words (:func:`interview_conditions`).
        disclosure: The disclosure read (the interview setting, e.g. "health").
        disclosure_given_at: When it was read.
        training: Whether this is a practice case.
        amendments: The changes made after finalizing (the stored amendment records, oldest first).
        returned: The latest return to the screener, with its comment and the questions changed after it.
    """

    screening_id: int
    case_code: str
    instrument: Instrument
    language: str
    answers: Mapping[str, Answer]
    facts: PersonFacts
    assessment: Assessment
    actions: tuple[Action, ...]
    icd10: tuple[CodeSuggestion, ...]
    screener: str
    name: str = ""
    aliases: tuple[str, ...] = ()
    nationality: str = ""
    interpreter: str = ""
    cautions: tuple[str, ...] = ()
    conditions: tuple[tuple[str, str], ...] = ()
    disclosure: str = ""
    disclosure_given_at: datetime | None = None
    training: bool = False
    amendments: tuple[Mapping[str, Any], ...] = ()
    action_done: tuple[DoneMark | None, ...] = ()
    returned: ScreeningReturn | None = None


def _returned(view: ScreeningViewLike) -> ScreeningReturn | None:
    """The latest return with the supervisor's comment (the screening keeps the latest return's), if any."""
    record = view.returned
    if record is None:
        return None
    return ScreeningReturn(record.at, record.by, view.review_comment, record.questions, record.details)


def _done_marks(states: Sequence[ActionStateLike]) -> tuple[DoneMark | None, ...]:
    """A done mark per action (``None`` while open); empty when none is done, so unchanged packets stay unchanged."""
    marks = tuple(
        DoneMark(s.done_at, s.done_by, s.reference) if s.status == DONE and s.done_at is not None else None
        for s in states
    )
    return marks if any(marks) else ()


def interview_cautions(context: InterviewLike) -> tuple[str, ...]:
    """What may have kept the person from speaking freely, as the screener recorded it before the interview.

    The screener was warned on the first page; the receiving office reads it here, beside the answers it bears on.
    """
    return tuple(translate("Outbox", _CAUTIONS[concern]) for concern in context.concerns())


def interview_conditions(context: InterviewLike) -> tuple[tuple[str, str], ...]:
    """Whether the place was private and the person alone, and the interviewer gender preferred: (what, in words)."""
    preference = context.interviewer_gender_preference
    return (
        (translate("Outbox", "Private place"), tri_words(context.private_setting)),
        (translate("Outbox", "Person alone"), tri_words(context.person_alone)),
        (
            translate("Outbox", "Interviewer gender preference"),
            translate("Outbox", _GENDER_PREFERENCE[preference]) if preference in _GENDER_PREFERENCE else preference,
        ),
    )


def interpreter_words(context: InterviewLike) -> str:
    """The interpreter in words, e.g. "by phone, Español (es), professional interpreter, ID 4471"; "" without one."""
    if not context.interpreter_used:
        return ""
    parts = []
    if context.interpreter_kind in _INTERPRETER_KIND:
        parts.append(translate("Outbox", _INTERPRETER_KIND[context.interpreter_kind]))
    if context.interpreter_language:
        parts.append(language_name(context.interpreter_language))
    if context.interpreter_relationship in _INTERPRETER_RELATIONSHIP:
        parts.append(translate("Outbox", _INTERPRETER_RELATIONSHIP[context.interpreter_relationship]))
    if context.interpreter_id:
        parts.append(translate("Outbox", "ID") + " " + context.interpreter_id)
    return ", ".join(parts) or translate("Outbox", "an interpreter")


def read_source(screenings: ScreeningReader, screening_id: int) -> PacketSource:
    """Read a finalized screening and its result through the screening service.

    Raises:
        UsageError: The screening is not finalized.
        PermissionDenied: The signed-in account may not see the screening (raised by the screening service).
    """
    view = screenings.open(screening_id)
    if view.status not in PACKET_STATUSES:
        raise UsageError(translate("Outbox", "Only a finalized screening has a referral packet."))
    result = screenings.result(screening_id)
    return PacketSource(
        screening_id=view.id,
        case_code=view.case_code,
        instrument=view.instrument.instrument,
        language=view.interview_language,
        answers=view.state.scored_answers(),
        facts=result.facts,
        assessment=result.assessment,
        actions=tuple(result.actions),
        icd10=tuple(result.icd10),
        screener=view.screener,
        name=view.person.name.strip(),
        aliases=tuple(a.strip() for a in re.split(r"[,;\n]+", view.person.aliases) if a.strip()),
        nationality=view.person.nationality.strip(),
        interpreter=interpreter_words(view.context),
        cautions=interview_cautions(view.context),
        conditions=interview_conditions(view.context),
        disclosure=view.context.setting,
        disclosure_given_at=view.context.disclosure_given_at,
        training=view.training,
        amendments=tuple(view.amendments),
        action_done=_done_marks(result.action_states),
        returned=_returned(view),
    )
