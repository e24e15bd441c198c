"""Everything a packet shows, already resolved to text: the builder's only input.

The packet layouts read nothing from the engine; :mod:`fieldscreen.packets.from_screening` fills these classes from
core objects, tests and benchmarks fill them directly. Times are time-zone aware and shown in ``display_tz``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum

from fieldscreen.core.errors import BugError
from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, translate
from fieldscreen.core.models import AnswerStatus
from fieldscreen.core.person import Tri, require_aware
from fieldscreen.core.routing import Urgency


class PacketKind(StrEnum):
    """What a packet is."""

    REFERRAL = "referral"
    """The full referral packet of a finished screening."""
    INITIAL_NOTICE = "initial_notice"
    """The 24-hour notice to HHS for a foreign-national minor, shaped like the Request for Assistance."""
    SUPPLEMENT = "supplement"
    """What became known after an initial notice; refers to that notice."""


@dataclass(frozen=True)
class Requester:
    """Who sends the packet (RFA part 1)."""

    agency: str
    office: str = ""
    screener: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Person:
    """What a referral needs to know about the person (RFA part 2); identifying fields are optional.

    Attributes:
        citizenship: Citizenship or immigration status, in words.
        discovered_at: When an official first had reason to think the person may be affected.
        name: Name, only when the referral needs it.
        aliases: Other names used.
        date_of_birth: Date of birth, when known.
        estimated_age: Estimated age in years, when the date of birth is not known.
        nationality: Country of nationality, in words.
        unaccompanied: Whether the person is an unaccompanied child in federal custody (UAC: the legal status of a
            child in ORR custody, not whether the child travelled alone).
    """

    citizenship: str
    discovered_at: datetime | None = None
    name: str = ""
    aliases: tuple[str, ...] = ()
    date_of_birth: date | None = None
    estimated_age: int | None = None
    nationality: str = ""
    unaccompanied: Tri = Tri.UNKNOWN


@dataclass(frozen=True)
class Interview:
    """How the interview was held.

    Attributes:
        language: The interview language in words, e.g. "Español (es)".
        language_tag: Its language tag, e.g. "es" (chooses fonts for CJK text).
        interpreter: Interpreter details in words ("" when none).
        disclosure: Which disclosure was read, in words.
        disclosure_given_at: When the disclosure was given.
        cautions: What may have kept the person from speaking freely (a relative interpreting, others present).
        conditions: Where and with whom it was held, as the screener recorded it: (what, in words) pairs such as
            whether the place was private, whether the person was alone, the interviewer gender preferred.
    """

    language: str
    language_tag: str = ""
    interpreter: str = ""
    disclosure: str = ""
    disclosure_given_at: datetime | None = None
    cautions: tuple[str, ...] = ()
    conditions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ReasonLine:
    """One answer that produced the result.

    Attributes:
        question: The question in English.
        answer: The answer in English.
        indicator: The indicator code and label ("" without one).
        rule: What it points to, in words: the elements it indicates (``core.assessment.rule_words``), "; " between.
        changes: The numbers of the changes after finalizing (:class:`AmendmentLine`) that made this answer.
        answer_at_finalizing: The answer when the screening was finalized, in English words (when changed).
    """

    question: str
    answer: str
    indicator: str
    rule: str
    changes: tuple[int, ...] = ()
    answer_at_finalizing: str = ""


@dataclass(frozen=True)
class Result:
    """The result of the screening: never a legal determination.

    Attributes:
        summary: One plain sentence ("Indicators of possible labor trafficking are present ...").
        category: The result category in words.
        screen_result: The instrument's own screen result in words.
        reasons: The answers that produced the result.
        notes: Plain-words notes about the result.
    """

    summary: str
    category: str
    screen_result: str = ""
    reasons: tuple[ReasonLine, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnswerRow:
    """One question and how it was answered.

    Attributes:
        question: The question in the interview language.
        question_en: The question in English.
        status: How the question was left; only ``ANSWERED`` shows an answer.
        answer: The answer in the interview language (a choice label, or the words recorded for a text question).
        answer_en: The answer in English (the same words for a text question).
        free_text: Whether the answer is words recorded as given (shown once, full width).
        skip_reason: Why the question was skipped.
        number: The question's number in the packet (the answered questions, numbered without gaps).
        changes: The numbers of the changes after finalizing (:class:`AmendmentLine`) that made this answer.
        answer_at_finalizing: The answer when the screening was finalized, in English words (when changed).
    """

    question: str
    question_en: str
    status: AnswerStatus
    answer: str = ""
    answer_en: str = ""
    free_text: bool = False
    skip_reason: str = ""
    number: str = ""
    changes: tuple[int, ...] = ()
    answer_at_finalizing: str = ""


@dataclass(frozen=True)
class AnswerSection:
    """A section of the instrument with its answers."""

    title: str
    title_en: str
    rows: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class DoneMark:
    """That an action was done: when, by whom and its reference number (e.g. the Shepherd RFA number)."""

    at: datetime
    by: str
    reference: str = ""


@dataclass(frozen=True)
class ActionLine:
    """One referral action with its due time and legal basis; ``done`` when it was recorded as done."""

    recipient: str
    urgency: Urgency
    reason: str
    due_at: datetime | None = None
    contact: str = ""
    legal_basis: str = ""
    cautions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    done: DoneMark | None = None


@dataclass(frozen=True)
class AmendmentLine:
    """A change made after finalizing, in words: the question, the answer before and after, why, when and by whom.

    ``number`` is the question's number in the answers; the change's own number is its place in the list, from 1.
    """

    question: str
    before: str
    after: str
    reason: str
    at: datetime
    by: str
    number: str = ""


@dataclass(frozen=True)
class ReturnNote:
    """That a supervisor returned the screening to its screener before this version, and what changed after that.

    Attributes:
        at: When it was returned (the latest return).
        by: Who returned it.
        comment: What the supervisor asked the screener to change.
        changed: The questions answered again after the return, with the answer now, as the answers show them.
        unanswered: The questions changed after the return that have no answer now (cleared, or no longer asked):
            (in the interview language, in English).
        details: What else was changed after the return, in words (the person's details, the interview's).
    """

    at: datetime
    by: str
    comment: str
    changed: tuple[AnswerRow, ...] = ()
    unanswered: tuple[tuple[str, str], ...] = ()
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class IcdLine:
    """An ICD-10-CM code suggested to the clinician (never asserted)."""

    code: str
    title: str
    note: str = ""


@dataclass(frozen=True)
class InstrumentInfo:
    """The instrument the screening used."""

    id: str
    version: str
    title: str
    validation_note: str = ""


@dataclass(frozen=True)
class Concern:
    """RFA part 3: the potential trafficking concern, as far as known.

    Attributes:
        labor: Concern of forced labor or services (``None``: not known yet).
        commercial_sex: Concern of commercial sex (``None``: not known yet).
        circumstances: What is known, one statement each (indicators present, recorded words).
    """

    labor: bool | None
    commercial_sex: bool | None
    circumstances: tuple[str, ...] = ()


@dataclass(frozen=True)
class PriorNotice:
    """The initial notice a supplement follows."""

    sent_at: datetime | None
    reference: str = ""


@dataclass(frozen=True)
class PacketContent:
    """Everything one packet shows.

    Attributes:
        kind: Referral, initial notice or supplement.
        case_code: The neutral case code (never a name).
        created_at: When the packet was made.
        urgency: The most urgent open action's urgency (done actions are not outstanding).
        deadline: The earliest legal deadline of the open actions, or ``None``.
        deadline_label: What the deadline is for.
        requester: Agency, office and screener.
        person: What the referral needs to know about the person.
        interview: Language, interpreter and disclosure; ``None`` before the interview.
        result: The result and its reasons; ``None`` when not assessed yet.
        sections: The answers by section.
        amendments: The answers changed after finalizing, oldest first (the sections show the changed answers).
        returned: The latest return to the screener and the answers changed after it; ``None`` if never returned.
        actions: The referral actions, open ones most urgent first, then the done ones.
        icd10: ICD-10-CM suggestions; only for clinical settings, else empty.
        icd10_notes: The coding notes shown beside the suggestions.
        concern: The trafficking concern (notices and supplements).
        prior_notice: The initial notice a supplement refers to.
        instrument: The instrument used, or ``None``.
        rules_version: The version of the assessment and routing rules.
        complete: Whether the screening was complete when the packet was made.
        training: Whether this is a practice case (a TRAINING watermark on every page).
        display_tz: The time zone times are shown in.
        version: The packet's version (1, then one more per new packet of the same screening and kind).
        replaces_at: When the version this one replaces was made (from version 2 on).
    """

    kind: PacketKind
    case_code: str
    created_at: datetime
    urgency: Urgency
    requester: Requester
    person: Person
    deadline: datetime | None = None
    deadline_label: str = ""
    interview: Interview | None = None
    result: Result | None = None
    sections: tuple[AnswerSection, ...] = ()
    amendments: tuple[AmendmentLine, ...] = ()
    returned: ReturnNote | None = None
    actions: tuple[ActionLine, ...] = ()
    icd10: tuple[IcdLine, ...] = ()
    icd10_notes: tuple[str, ...] = ()
    concern: Concern | None = None
    prior_notice: PriorNotice | None = None
    instrument: InstrumentInfo | None = None
    rules_version: str = ""
    complete: bool = True
    training: bool = False
    display_tz: tzinfo = UTC
    version: int = 1
    replaces_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.case_code.strip():
            raise BugError("a packet needs a case code")
        if self.kind is PacketKind.SUPPLEMENT and self.prior_notice is None:
            raise BugError("a supplement must refer to its initial notice")
        if self.version < 1:
            raise BugError("a packet version starts at 1")
        times = [self.created_at, self.deadline, self.person.discovered_at, self.replaces_at]
        times += [a.due_at for a in self.actions] + [a.at for a in self.amendments]
        times += [a.done.at for a in self.actions if a.done is not None]
        times += [self.interview.disclosure_given_at] if self.interview else []
        times += [self.prior_notice.sent_at] if self.prior_notice else []
        times += [self.returned.at] if self.returned else []
        for when in times:
            if when is not None:
                require_aware(when)


_STATUS_WORDS = {
    AnswerStatus.DECLINED: QT_TRANSLATE_NOOP("Packet", "Declined"),
    AnswerStatus.DONT_KNOW: QT_TRANSLATE_NOOP("Packet", "Don't know"),
    AnswerStatus.SKIPPED: QT_TRANSLATE_NOOP("Packet", "Skipped"),
}


def left_words(status: AnswerStatus, *, english: bool = False) -> str:
    """How a question was left ``status`` (not answered with a value), in words: "Declined", "Don't know", "Skipped".

    The words are in the app's language, or in English (``english``) for the English half of the packet.
    """
    return _STATUS_WORDS[status] if english else translate("Packet", _STATUS_WORDS[status])


_TRI_WORDS = {
    Tri.YES: QT_TRANSLATE_NOOP("Packet", "Yes"),
    Tri.NO: QT_TRANSLATE_NOOP("Packet", "No"),
    Tri.UNKNOWN: QT_TRANSLATE_NOOP("Packet", "Not known"),
}


def tri_words(value: Tri | str) -> str:
    """A yes, no or not-known fact in words: "Yes", "No", "Not known"."""
    return translate("Packet", _TRI_WORDS[Tri(value)])
