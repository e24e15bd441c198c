"""Resolve core objects (instrument, answers, assessment, actions, person facts) into :class:`PacketContent`."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from fieldscreen.core.assessment import (
    RULES_VERSION,
    Assessment,
    Finding,
    Reason,
    ResultCategory,
    Rule,
    ScreenResult,
    rule_words,
    shown_in_english,
)
from fieldscreen.core.elements import indicator_label
from fieldscreen.core.errors import BugError
from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldscreen.core.icd10 import CodeSuggestion, coding_notes
from fieldscreen.core.languages import language_name
from fieldscreen.core.models import Answer, AnswerStatus, Instrument, Question, QuestionType, Text
from fieldscreen.core.person import Citizenship, PersonFacts
from fieldscreen.core.routing import Action, Urgency

from .content import (
    ActionLine,
    AmendmentLine,
    AnswerRow,
    AnswerSection,
    Concern,
    DoneMark,
    IcdLine,
    InstrumentInfo,
    Interview,
    PacketContent,
    PacketKind,
    Person,
    PriorNotice,
    ReasonLine,
    Requester,
    Result,
    ReturnNote,
    left_words,
)

ENGLISH = "en"

_CATEGORY = {
    ResultCategory.POSSIBLE_SEX_TRAFFICKING: QT_TRANSLATE_NOOP("Packet", "Possible sex trafficking"),
    ResultCategory.POSSIBLE_LABOR_TRAFFICKING: QT_TRANSLATE_NOOP("Packet", "Possible labor trafficking"),
    ResultCategory.BOTH: QT_TRANSLATE_NOOP("Packet", "Possible sex and labor trafficking"),
    ResultCategory.NO_INDICATORS_IDENTIFIED: QT_TRANSLATE_NOOP("Packet", "No indicators identified"),
    ResultCategory.INCONCLUSIVE: QT_TRANSLATE_NOOP("Packet", "Inconclusive"),
}
_SCREEN = {
    ScreenResult.POSITIVE: QT_TRANSLATE_NOOP("Packet", "Positive"),
    ScreenResult.NEGATIVE: QT_TRANSLATE_NOOP("Packet", "Negative"),
    ScreenResult.INCOMPLETE: QT_TRANSLATE_NOOP("Packet", "Incomplete"),
}
_CITIZENSHIP = {
    Citizenship.US_CITIZEN: QT_TRANSLATE_NOOP("Packet", "U.S. citizen"),
    Citizenship.PERMANENT_RESIDENT: QT_TRANSLATE_NOOP("Packet", "Lawful permanent resident"),
    Citizenship.FOREIGN_NATIONAL: QT_TRANSLATE_NOOP("Packet", "Foreign national"),
    Citizenship.UNKNOWN: QT_TRANSLATE_NOOP("Packet", "Unknown"),
}
_DISCLOSURE = {
    "law_enforcement": QT_TRANSLATE_NOOP("Packet", "Law enforcement disclosure"),
    "health": QT_TRANSLATE_NOOP("Packet", "Health care disclosure"),
    "social_service": QT_TRANSLATE_NOOP("Packet", "Social services disclosure"),
}
_FREE_TEXT = (QuestionType.TEXT, QuestionType.LONG_TEXT)


def _text(text: Text, language: str, fallback: str) -> str:
    return text.get(language) or text.get(fallback) or next(iter(text.values()), "")


def _value_words(question: Question, answer: Answer, language: str, fallback: str) -> str:
    value = answer.value
    if value is None:
        return ""
    picked = value if isinstance(value, tuple) else (value,)
    labels = {choice.value: choice.label for choice in question.choices}
    if question.choices:
        return "; ".join(_text(labels[v], language, fallback) if v in labels else str(v) for v in picked)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def question_numbers(instrument: Instrument, answers: Mapping[str, Answer]) -> dict[str, str]:
    """Question name -> its number in the packet: the questions with an answer, in interview order, from 1.

    Questions without an answer (hidden, or not reached yet) are not listed, so they take no number: the numbers
    run without gaps.
    """
    listed = [q.name for q in instrument.questions() if q.type is not QuestionType.NOTE and q.name in answers]
    return {name: str(i) for i, name in enumerate(listed, start=1)}


def answer_rows(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    language: str,
    amendments: Sequence[Mapping[str, Any]] = (),
) -> dict[str, AnswerRow]:
    """Question name -> its row under Answers, in interview order, in the interview language and English.

    Questions without an answer (not reached yet, or not relevant) are left out, so partial screenings work. An
    answer changed after finalizing (``amendments``, the stored records oldest first) carries the numbers of its
    changes and the answer it had when the screening was finalized.
    """
    fallback = instrument.default_language
    numbers = question_numbers(instrument, answers)
    changes, at_finalizing = _changes_by_question(instrument, amendments)
    rows = {}
    for question in instrument.questions():
        answer = answers.get(question.name)
        if answer is None or question.type is QuestionType.NOTE:
            continue
        rows[question.name] = AnswerRow(
            question=_text(question.label, language, fallback),
            question_en=_text(question.label, ENGLISH, fallback),
            status=answer.status,
            answer=_value_words(question, answer, language, fallback),
            answer_en=_value_words(question, answer, ENGLISH, fallback),
            free_text=question.type in _FREE_TEXT,
            skip_reason=answer.skip_reason,
            number=numbers[question.name],
            changes=tuple(changes.get(question.name, ())),
            answer_at_finalizing=at_finalizing.get(question.name, ""),
        )
    return rows


def answer_sections(instrument: Instrument, rows: Mapping[str, AnswerRow], language: str) -> tuple[AnswerSection, ...]:
    """The answers' rows (:func:`answer_rows`) by section; a section without one is left out."""
    fallback = instrument.default_language
    sections = []
    for section in instrument.sections:
        listed = tuple(rows[question.name] for question in section.questions if question.name in rows)
        if listed:
            titles = _text(section.title, language, fallback), _text(section.title, ENGLISH, fallback)
            sections.append(AnswerSection(*titles, listed))
    return tuple(sections)


@dataclasses.dataclass(frozen=True)
class ScreeningReturn:
    """The latest return of a screening to its screener, as stored: when, by whom, the comment, what changed after.

    ``questions`` are the names of the questions answered or cleared after the return, ``details`` what else was
    changed after it: ``"person"`` and/or ``"interview"``.
    """

    at: datetime
    by: str
    comment: str
    questions: tuple[str, ...] = ()
    details: tuple[str, ...] = ()


_DETAILS_CHANGED = {
    "person": QT_TRANSLATE_NOOP(
        "Packet",
        "The person's details were changed after the return; Person and interview shows them as they are now.",
    ),
    "interview": QT_TRANSLATE_NOOP(
        "Packet",
        "The interview's details were changed after the return; Person and interview shows them as they are now.",
    ),
}


def return_note(
    instrument: Instrument, returned: ScreeningReturn, rows: Mapping[str, AnswerRow], language: str
) -> ReturnNote:
    """The return in words, with the questions changed after it in interview order.

    Those with an answer now take their rows under Answers (:func:`answer_rows`); the others (cleared, or no longer
    asked) their text in the interview language and English.
    """
    fallback = instrument.default_language
    changed = [q for q in instrument.questions() if q.name in returned.questions]
    return ReturnNote(
        at=returned.at,
        by=returned.by,
        comment=returned.comment,
        changed=tuple(rows[q.name] for q in changed if q.name in rows),
        unanswered=tuple(
            (_text(q.label, language, fallback), _text(q.label, ENGLISH, fallback))
            for q in changed
            if q.name not in rows
        ),
        details=tuple(translate("Packet", _DETAILS_CHANGED[kind]) for kind in returned.details),
    )


def _changes_by_question(
    instrument: Instrument, amendments: Sequence[Mapping[str, Any]]
) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Question name -> the numbers of its changes after finalizing, and -> its answer when finalized (English)."""
    fallback = instrument.default_language
    questions = {q.name: q for q in instrument.questions()}
    changes: dict[str, list[int]] = {}
    at_finalizing: dict[str, str] = {}
    for i, change in enumerate(amendments, start=1):
        name = change["question"]
        if name not in changes and name in questions:
            at_finalizing[name] = _answer_words(questions[name], change["before"], fallback)
        changes.setdefault(name, []).append(i)
    return changes, at_finalizing


def _answer_words(question: Question, data: Mapping[str, Any] | None, fallback: str) -> str:
    if data is None:
        return translate("Packet", "Not answered")
    answer = Answer.from_json(data, question.type)
    if answer.status is not AnswerStatus.ANSWERED:
        words = left_words(answer.status, english=True)
        return f"{words}: {answer.skip_reason}" if answer.skip_reason else words
    return _value_words(question, answer, ENGLISH, fallback)


def amendment_lines(
    instrument: Instrument, amendments: Sequence[Mapping[str, Any]], numbers: Mapping[str, str] | None = None
) -> tuple[AmendmentLine, ...]:
    """The changes made after finalizing, in English words, from the stored amendment records (oldest first).

    Each record holds ``question``, ``before`` (answer JSON or ``None``), ``after``, ``reason``, ``at`` (UTC ISO
    text) and ``by``. ``numbers`` gives the questions' numbers in the packet (:func:`question_numbers`).
    """
    numbers = numbers or {}
    questions = {q.name: q for q in instrument.questions()}
    fallback = instrument.default_language
    return tuple(
        AmendmentLine(
            question=_text(questions[change["question"]].label, ENGLISH, fallback),
            before=_answer_words(questions[change["question"]], change["before"], fallback),
            after=_answer_words(questions[change["question"]], change["after"], fallback),
            reason=change["reason"],
            at=datetime.fromisoformat(change["at"]),
            by=change["by"],
            number=numbers.get(change["question"], ""),
        )
        for change in amendments
    )


def indicators_present(instrument: Instrument, answers: Mapping[str, Answer]) -> tuple[str, ...]:
    """The indicator codes (D01-D11) the given answers carry, in interview order, each once."""
    found: list[str] = []
    for question in instrument.questions():
        answer = answers.get(question.name)
        if answer is None or answer.status is not AnswerStatus.ANSWERED:
            continue
        picked = answer.value if isinstance(answer.value, tuple) else (answer.value,)
        for choice in question.choices:
            if choice.value in picked:
                found += [code for code in choice.indicators if code not in found]
    return tuple(found)


def _reason_line(
    instrument: Instrument, reason: Reason, changes: Mapping[str, list[int]], at_finalizing: Mapping[str, str]
) -> ReasonLine:
    """A reason for English readers: the question's English text, the chosen answer's English label (or words).

    A reason whose answer was changed after finalizing carries its change numbers and the answer when finalized.
    """
    fallback = instrument.default_language
    question = next((q for q in instrument.questions() if q.name == reason.question), None)
    if question is None and reason.rule == Rule.SCREEN:
        question_text, answer = translate("Packet", "The instrument's own screen"), reason.answer
    elif question is None:
        question_text = reason.question or translate("Packet", "Person facts")
        answer = reason.answer
    else:
        question_text = _text(question.label, ENGLISH, fallback)
        chosen = next((c for c in question.choices if reason.answer in c.label.values()), None)
        answer = _text(chosen.label, ENGLISH, fallback) if chosen else shown_in_english(reason.answer)
    indicator = f"{reason.indicator}: {indicator_label(reason.indicator)}" if reason.indicator else ""
    return ReasonLine(
        question=question_text,
        answer=answer,
        indicator=indicator,
        rule=rule_words(reason.rule),
        changes=tuple(changes.get(reason.question, ())) if question is not None else (),
        answer_at_finalizing=at_finalizing.get(reason.question, "") if question is not None else "",
    )


def _merged(lines: list[ReasonLine]) -> tuple[ReasonLine, ...]:
    """One line per answer, with the indicators it carries and the rules it feeds joined (each once).

    An answer carrying two codes (sex exchanged while under 18: D07 and D08) was two rows, the question repeated.
    """
    merged: dict[tuple[str, str], list[ReasonLine]] = {}
    for line in lines:
        merged.setdefault((line.question, line.answer), []).append(line)
    return tuple(
        dataclasses.replace(
            same[0],
            indicator="; ".join(dict.fromkeys(line.indicator for line in same if line.indicator)),
            rule="; ".join(dict.fromkeys(line.rule for line in same)),
        )
        for same in merged.values()
    )


def _result(instrument: Instrument, assessment: Assessment, amendments: Sequence[Mapping[str, Any]]) -> Result:
    changes, at_finalizing = _changes_by_question(instrument, amendments)
    return Result(
        summary=assessment.summary,
        category=translate("Packet", _CATEGORY[assessment.category]),
        screen_result=translate("Packet", _SCREEN[assessment.screen_result]),
        reasons=_merged([_reason_line(instrument, r, changes, at_finalizing) for r in assessment.reasons]),
        notes=assessment.notes,
    )


def _finding(finding: Finding | None, complete: bool) -> bool | None:
    if finding is Finding.INDICATED:
        return True
    if finding is Finding.NOT_INDICATED and complete:
        return False
    return None


def _concern(
    instrument: Instrument, answers: Mapping[str, Answer], assessment: Assessment | None, complete: bool
) -> Concern:
    circumstances = tuple(
        fill(translate("Packet", "Indicator present: %1 (%2)."), indicator_label(code), code)
        for code in indicators_present(instrument, answers)
    )
    return Concern(
        labor=_finding(assessment.labor if assessment else None, complete),
        commercial_sex=_finding(assessment.sex if assessment else None, complete),
        circumstances=circumstances,
    )


_URGENCY_ORDER = tuple(Urgency)


def _action_line(action: Action, done: DoneMark | None) -> ActionLine:
    return ActionLine(
        recipient=action.recipient,
        urgency=action.urgency,
        reason=action.reason,
        due_at=action.due_at,
        contact=action.contact,
        legal_basis=action.legal_basis,
        cautions=tuple(flag.text for flag in action.flags),
        notes=action.notes,
        done=done,
    )


def action_lines(actions: Sequence[Action], done: Sequence[DoneMark | None] = ()) -> tuple[ActionLine, ...]:
    """The actions with their done marks: open ones most urgent first, then the done ones.

    ``done`` holds a mark (or ``None``) per action in the same order; empty means all are open. Within each group the
    given order is kept.
    """
    if done and len(done) != len(actions):
        raise BugError("one done mark (or None) per action")
    marks = list(done) or [None] * len(actions)
    lines = [_action_line(a, mark) for a, mark in zip(actions, marks, strict=True)]
    return tuple(sorted(lines, key=lambda line: (line.done is not None, _URGENCY_ORDER.index(line.urgency))))


def packet_content(
    kind: PacketKind,
    *,
    case_code: str,
    created_at: datetime,
    instrument: Instrument,
    language: str,
    answers: Mapping[str, Answer],
    facts: PersonFacts,
    actions: Sequence[Action],
    requester: Requester,
    assessment: Assessment | None = None,
    name: str = "",
    aliases: tuple[str, ...] = (),
    nationality: str = "",
    interpreter: str = "",
    cautions: tuple[str, ...] = (),
    conditions: tuple[tuple[str, str], ...] = (),
    disclosure: str = "",
    disclosure_given_at: datetime | None = None,
    icd10: Sequence[CodeSuggestion] = (),
    prior_notice: PriorNotice | None = None,
    amendments: Sequence[Mapping[str, Any]] = (),
    returned: ScreeningReturn | None = None,
    action_done: Sequence[DoneMark | None] = (),
    complete: bool = True,
    training: bool = False,
    display_tz: tzinfo = UTC,
    version: int = 1,
    replaces_at: datetime | None = None,
) -> PacketContent:
    """Everything a packet shows, resolved from the screening's core objects.

    Args:
        kind: Referral, initial notice or supplement.
        case_code: The neutral case code.
        created_at: When the packet is made (aware).
        instrument: The instrument the screening uses (the version it began with).
        language: The interview language code.
        answers: Question name -> answer, for the questions answered so far.
        facts: The person facts routing used.
        actions: The routing actions, most urgent first (``routing.route``).
        requester: Agency, office and screener.
        assessment: The assessment, when the screening has been assessed.
        name: The person's name, only when the referral needs it.
        aliases: Other names used.
        nationality: Country of nationality.
        interpreter: Interpreter details.
        cautions: What may have kept the person from speaking freely, in words.
        conditions: Where and with whom the interview was held: (what, in words) pairs (``Interview.conditions``).
        disclosure: The key of the disclosure read (``instrument.disclosure``), e.g. "health".
        disclosure_given_at: When the disclosure was given.
        icd10: ICD-10-CM suggestions; pass them only when the installation is a clinical setting.
        prior_notice: The initial notice a supplement follows.
        amendments: The stored amendment records (:func:`amendment_lines`).
        returned: The latest return to the screener (``None`` if never returned).
        action_done: For each action, in the same order, its done mark or ``None`` while open (empty: all open).
            Done actions are shown as done, never as the deadline or the urgency of the packet.
        complete: Whether the screening is complete.
        training: Whether this is a practice case.
        display_tz: The time zone to show times in.
        version: The packet's version.
        replaces_at: When the version it replaces was made (from version 2 on).

    Returns:
        The packet content.
    """
    lines = action_lines(actions, action_done)
    still_open = [a for a in lines if a.done is None]
    dated = sorted((a for a in still_open if a.due_at is not None), key=lambda a: a.due_at or created_at)
    first_due = dated[0] if dated else None
    numbers = question_numbers(instrument, answers)
    rows = answer_rows(instrument, answers, language, amendments)
    disclosure_words = translate("Packet", _DISCLOSURE[disclosure]) if disclosure in _DISCLOSURE else disclosure
    return PacketContent(
        kind=kind,
        case_code=case_code,
        created_at=created_at,
        urgency=still_open[0].urgency if still_open else Urgency.INFORMATION,
        requester=requester,
        person=Person(
            citizenship=translate("Packet", _CITIZENSHIP[facts.citizenship]),
            discovered_at=facts.discovered_at,
            name=name,
            aliases=aliases,
            date_of_birth=facts.date_of_birth,
            estimated_age=facts.estimated_age,
            nationality=nationality,
            unaccompanied=facts.unaccompanied_child_in_custody,
        ),
        deadline=first_due.due_at if first_due else None,
        deadline_label=first_due.recipient if first_due else "",
        interview=Interview(
            language_name(language), language, interpreter, disclosure_words, disclosure_given_at, cautions, conditions
        ),
        result=_result(instrument, assessment, amendments) if assessment else None,
        sections=answer_sections(instrument, rows, language),
        amendments=amendment_lines(instrument, amendments, numbers),
        returned=return_note(instrument, returned, rows, language) if returned else None,
        actions=lines,
        icd10=tuple(IcdLine(s.code, s.title, s.note) for s in icd10),
        icd10_notes=coding_notes() if icd10 else (),
        concern=_concern(instrument, answers, assessment, complete) if kind is not PacketKind.REFERRAL else None,
        prior_notice=prior_notice,
        instrument=InstrumentInfo(
            instrument.id,
            instrument.version,
            _text(instrument.title, ENGLISH, instrument.default_language),
            _text(instrument.validation_note, ENGLISH, instrument.default_language),
        ),
        rules_version=assessment.rules_version if assessment else RULES_VERSION,
        complete=complete,
        training=training,
        display_tz=display_tz,
        version=version,
        replaces_at=replaces_at,
    )
