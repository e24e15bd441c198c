"""The data the screening service takes and gives (docs/screening-service.md), as frozen dataclasses.

Times are aware datetimes in UTC. Statuses are the strings :data:`DRAFT`, :data:`FINALIZED`, :data:`RETURNED` and
:data:`APPROVED`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, translate
from fieldscreen.core.person import Citizenship, Tri

if TYPE_CHECKING:  # annotations only: importing this module stays cheap for the GUI's start-up
    from fieldscreen.core.assessment import Assessment
    from fieldscreen.core.icd10 import CodeSuggestion
    from fieldscreen.core.instrument_loader import LoadedInstrument
    from fieldscreen.core.models import Text
    from fieldscreen.core.person import PersonFacts
    from fieldscreen.core.routing import Action
    from fieldscreen.core.screening import Changes, Screening
    from fieldscreen.store.screening_returns import ReturnRecord

DRAFT = "draft"
FINALIZED = "finalized"
RETURNED = "returned"
APPROVED = "approved"

SETTINGS = ("law_enforcement", "health", "social_service")
"""Where an interview takes place; it chooses the disclosure script."""
INTERPRETER_KINDS = ("", "in_person", "phone", "video")
INTERPRETER_RELATIONSHIPS = ("none", "professional", "relative", "companion", "other")

RELATIVE_INTERPRETER, KNOWN_INTERPRETER, NOT_ALONE, NOT_PRIVATE = CONCERNS = (
    "relative_interpreter",
    "known_interpreter",
    "not_alone",
    "not_private",
)
"""What may keep a person from speaking freely (``InterviewContext.concerns``)."""
_WARNINGS = {
    RELATIVE_INTERPRETER: QT_TRANSLATE_NOOP(
        "Screenings",
        "The interpreter is a relative or companion of the person. Use a trained, neutral interpreter (a phone "
        "interpreter is fine): a relative or companion may be involved, or may repeat what is said.",
    ),
    KNOWN_INTERPRETER: QT_TRANSLATE_NOOP(
        "Screenings", "The interpreter knows the person. Make sure they are not connected to anyone who controls them."
    ),
    NOT_ALONE: QT_TRANSLATE_NOOP(
        "Screenings", "The person may not be alone. Separate them from any companion before asking these questions."
    ),
    NOT_PRIVATE: QT_TRANSLATE_NOOP(
        "Screenings", "The setting may not be private. Move somewhere others cannot overhear."
    ),
}


@dataclass(frozen=True)
class InstrumentInfo:
    """An installed instrument, as the screener chooses it."""

    id: str
    version: str
    title: Text
    population: str
    languages: tuple[str, ...]
    description: Text


@dataclass(frozen=True)
class InterviewContext:
    """How and where the interview happens (DOMAIN.md 5).

    Attributes:
        setting: One of :data:`SETTINGS`.
        private_setting: Whether the place is private.
        person_alone: Whether the person is interviewed without a companion.
        interpreter_used: Whether an interpreter takes part.
        interpreter_kind: One of :data:`INTERPRETER_KINDS` ("" without an interpreter).
        interpreter_language: The language interpreted.
        interpreter_relationship: One of :data:`INTERPRETER_RELATIONSHIPS`; anything but "none" or "professional"
            is warned about.
        interpreter_id: The interpreter's id number or service reference.
        interviewer_gender_preference: The person's preference, as the screener recorded it ("" if none).
        disclosure_given_at: When the disclosure script was read (``None``: not yet).
    """

    setting: str
    private_setting: Tri = Tri.UNKNOWN
    person_alone: Tri = Tri.UNKNOWN
    interpreter_used: bool = False
    interpreter_kind: str = ""
    interpreter_language: str = ""
    interpreter_relationship: str = "none"
    interpreter_id: str = ""
    interviewer_gender_preference: str = ""
    disclosure_given_at: datetime | None = None

    def concerns(self) -> tuple[str, ...]:
        """What may keep the person from speaking freely, most serious first: codes of :data:`CONCERNS`."""
        found = []
        if self.interpreter_used and self.interpreter_relationship in ("relative", "companion"):
            found.append(RELATIVE_INTERPRETER)
        elif self.interpreter_used and self.interpreter_relationship == "other":
            found.append(KNOWN_INTERPRETER)
        if self.person_alone is not Tri.YES:
            found.append(NOT_ALONE)
        if self.private_setting is not Tri.YES:
            found.append(NOT_PRIVATE)
        return tuple(found)

    def warnings(self) -> list[str]:
        """Plain-words warnings about the interview conditions, before the interview, most serious first."""
        return [translate("Screenings", _WARNINGS[concern]) for concern in self.concerns()]


@dataclass(frozen=True, kw_only=True)
class PersonInput:
    """The screened person: a neutral case code and only what a referral needs.

    Attributes:
        case_code: The neutral case code (``ScreeningService.new_case_code``); "" lets ``start`` make one.
        name: The name, optional.
        aliases: Other names, optional.
        date_of_birth: The date of birth, when known.
        estimated_age: Age in years when the date of birth is not known.
        citizenship: Immigration status as far as known.
        nationality: Country of nationality, in words, optional (the HHS Request for Assistance asks for it).
        discovered_at: When an official first had reason to think the person may be affected; deadlines run from it.
        unaccompanied: An unaccompanied child in federal custody (``UNKNOWN`` until the screener says).
        age_at_exploitation: Age at the time of (at least one) act, when known.
        under18_at_exploitation: Whether under 18 at the time of the act, when the age is not known.
    """

    case_code: str = ""
    name: str = ""
    aliases: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None
    citizenship: Citizenship = Citizenship.UNKNOWN
    nationality: str = ""
    discovered_at: datetime
    unaccompanied: Tri = Tri.UNKNOWN
    age_at_exploitation: int | None = None
    under18_at_exploitation: Tri | None = None


@dataclass(frozen=True)
class Intake:
    """What starting a screening needs.

    Attributes:
        person_id: A person screened before (a later meeting); their stored details are kept and ``person`` is
            not used. ``None`` records ``person`` as a new person.
    """

    instrument_id: str
    interview_language: str
    screener_language: str
    context: InterviewContext
    person: PersonInput
    person_id: int | None = None


@dataclass(frozen=True)
class ScreeningView:
    """One screening as the screens show it.

    Attributes:
        instrument: The instrument version the screening began with.
        state: A snapshot of the answers over that instrument (the service keeps its own live copy; a change made
            to this object is never saved).
        current_question: Where the interview resumes ("" when nothing is recorded).
        review_comment: The supervisor's comment when the screening was returned (the latest return's).
        returned: The latest return (when, by whom, the questions changed after it); ``None`` if never returned.
        amendments: Changes made after finalizing, oldest first: ``question``, ``before`` and ``after`` (answer JSON;
            ``before`` is ``None`` when there was no answer), ``reason``, ``at`` (ISO text) and ``by``.
        training: Whether this is practice data (the training installation).
        person_id: The person's id, to screen them again at a later meeting (``Intake.person_id``).
    """

    id: int
    case_code: str
    status: str
    instrument: LoadedInstrument
    state: Screening
    person: PersonInput
    context: InterviewContext
    interview_language: str
    screener_language: str
    screener: str
    started_at: datetime
    finalized_at: datetime | None
    current_question: str
    review_comment: str
    amendments: list[dict[str, Any]] = field(default_factory=list)
    training: bool = False
    person_id: int | None = None
    returned: ReturnRecord | None = None

    def amendments_of(self, question: str) -> list[dict[str, Any]]:
        """The amendments of ``question``, oldest first (the first one's ``before`` is the interview's answer)."""
        return [change for change in self.amendments if change["question"] == question]


@dataclass(frozen=True)
class AnswerSaved:
    """An answer is durably committed: what it changed, and when it was saved."""

    changes: Changes
    saved_at: datetime


@dataclass(frozen=True)
class ActionState:
    """How a stored action stands: ``open``, ``done`` (when, by whom, with which reference number) or ``info``."""

    status: str
    done_at: datetime | None = None
    done_by: str = ""
    reference: str = ""


@dataclass(frozen=True)
class ResultView:
    """The result as it stands: the assessment, the actions that follow, ICD-10 suggestions (clinical settings).

    ``action_states`` gives, for a stored result, each action's state in the order of ``actions``; a live result
    (nothing stored yet) leaves it empty.
    """

    assessment: Assessment
    actions: list[Action]
    icd10: tuple[CodeSuggestion, ...]
    facts: PersonFacts
    action_states: tuple[ActionState, ...] = ()


@dataclass(frozen=True)
class ListQuery:
    """Which screenings to list.

    Attributes:
        search: Text found in the case code, the name or the aliases (any case).
        status: One status only (``None``: any).
        instrument_id: One instrument only (``None``: any).
        limit: Rows per page (1 to 1,000).
        offset: Rows to skip.
        order: ``started_at``, ``case_code``, ``instrument_id``, ``status``, ``screener``, ``result_category`` or
            ``next_due_at``; ties by start time, then id, in the same direction. Ascending by ``next_due_at`` lists
            the soonest deadline first and screenings without one last; descending is the exact reverse.
        descending: Whether the order is descending.
    """

    search: str = ""
    status: str | None = None
    instrument_id: str | None = None
    limit: int = 200
    offset: int = 0
    order: str = "started_at"
    descending: bool = True


@dataclass(frozen=True)
class ScreeningSummary:
    """One row of the screenings list (no name: lists show case codes only).

    Attributes:
        finalized_at: When it was last finalized (``None``: never).
        review_comment: The supervisor's comment when it was returned ("" if none).
    """

    id: int
    case_code: str
    instrument_id: str
    instrument_version: str
    status: str
    screener: str
    started_at: datetime
    result_category: str
    next_due_at: datetime | None
    finalized_at: datetime | None = None
    review_comment: str = ""


@dataclass(frozen=True)
class ListPage:
    """One page of the list and how many screenings match in all."""

    rows: list[ScreeningSummary]
    total: int


@dataclass(frozen=True)
class DeadlineItem:
    """One referral action of a finalized screening.

    Attributes:
        kind: The ``core.routing.ActionKind`` value.
        title: What to do, in a few words.
        recipient: Who receives it.
        due_at: The deadline (``None``: none).
        status: ``open`` or ``done``.
        done_at: When it was done.
        done_by: Who marked it done.
        reference: The reference number given when it was done (for example the HHS request number).
        legal_basis: The legal reference ("" when none).
        screening_status: The screening's status: while ``returned``, a done mark reaches the receiving office with
            the packet of the next finalize.
    """

    action_id: int
    screening_id: int
    case_code: str
    kind: str
    title: str
    recipient: str
    due_at: datetime | None
    status: str
    done_at: datetime | None
    done_by: str
    reference: str
    legal_basis: str
    screening_status: str
