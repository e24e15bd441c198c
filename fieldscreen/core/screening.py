"""The state of one screening interview: answers, what is shown, what needs attention, and the screen result.

Every change returns a :class:`Changes` naming what became visible or hidden and whose message changed, so views
refresh only that. Relevance is re-evaluated on every change, but only for what the change can affect: the
instrument's dependency graph is walked in evaluation order from the changed question.

A question's value, for every condition, is its answer when the question is shown and answered; a hidden,
unanswered, declined, don't-know or skipped question is UNKNOWN (docs/instruments.md). Hidden questions keep their
answers (they come back if the question is shown again) but :meth:`Screening.scored_answers` leaves them out.
A question hidden because a condition came out UNKNOWN rather than false (a declined lead question) is listed by
:meth:`Screening.undecided`: it might apply, so assessment counts it as open.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from .errors import BugError, KnownError
from .expressions import UNKNOWN, Env, Unknown, Value, age_in_years
from .i18n import fill, translate
from .instrument_loader import CompiledQuestion, LoadedInstrument, section_key
from .models import Answer, AnswerStatus, Question, QuestionType, Text
from .screening_answers import AnswerRejected, validate_answer


class MessageKind(StrEnum):
    """Why a question needs attention."""

    REQUIRED = "required"
    CONSTRAINT = "constraint"


@dataclass(frozen=True)
class Message:
    """What the screener is told about one question, in the interview language."""

    kind: MessageKind
    text: str


@dataclass(frozen=True)
class Changes:
    """What one change did, in interview order.

    Attributes:
        answered: Questions whose stored answer changed.
        shown: Questions that became visible.
        hidden: Questions that became hidden.
        sections_shown: Sections that became visible.
        sections_hidden: Sections that became hidden.
        messages: Questions whose message appeared, changed or went away (read :meth:`Screening.message`).
    """

    answered: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    sections_shown: tuple[str, ...] = ()
    sections_hidden: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any((self.answered, self.shown, self.hidden, self.sections_shown, self.sections_hidden, self.messages))


@dataclass(frozen=True)
class SectionProgress:
    """How far one section is.

    Attributes:
        name: The section's name.
        visible: Whether the section is shown.
        answered: Shown questions with an answer of any status.
        total: Shown questions that can be answered (notes excluded).
        needs_attention: Shown questions with a message (a required answer missing or a constraint not met).
    """

    name: str
    visible: bool
    answered: int
    total: int
    needs_attention: int


class ScreeningDataInvalid(KnownError):
    """Saved screening data cannot be read back."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            fill(translate("Screening", "The saved answers of this screening cannot be read: %1"), detail),
            translate("Screening", "Restore the latest backup, or contact your administrator."),
        )


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Screening:
    """The answers of one interview over one loaded instrument.

    Args:
        loaded: The instrument, with its compiled conditions.
        language: The interview language; messages fall back to the instrument's default language.
        answers: Answers to start from (restored screenings); each is validated.
        today: Gives the date ``today()`` means in conditions (injectable for tests).
        clock: Gives the time stamped on answers given without one (aware, UTC).

    Raises:
        AnswerRejected: One of ``answers`` is not valid for its question.
    """

    def __init__(
        self,
        loaded: LoadedInstrument,
        *,
        language: str | None = None,
        answers: Mapping[str, Answer] | None = None,
        today: Callable[[], date] = date.today,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._loaded = loaded
        self._questions = loaded.questions
        self._rank = {key: i for i, key in enumerate(loaded.visibility_order)}
        self._today = today
        self._clock = clock
        self._language = language or loaded.instrument.default_language
        self._section_keys = {name: section_key(c.section) for name, c in loaded.questions.items()}
        self._section_relevance = {section_key(name): c.relevant for name, c in loaded.sections.items()}
        self._visible: dict[str, bool] = {}
        self._values: dict[str, Value] = {}
        self._env = Env(self._values, today())
        self._answers: dict[str, Answer] = {}
        for name, answer in (answers or {}).items():
            self._answers[name] = validate_answer(self._compiled(name).question, answer, self._env.today)
        self._messages: dict[str, Message] = {}
        self._evaluate_all()

    # ---- reading ----

    @property
    def loaded(self) -> LoadedInstrument:
        """The instrument this screening uses."""
        return self._loaded

    @property
    def language(self) -> str:
        """The interview language."""
        return self._language

    def answer_of(self, name: str) -> Answer | None:
        """The stored answer to a question, shown or hidden."""
        self._compiled(name)
        return self._answers.get(name)

    def answers(self) -> dict[str, Answer]:
        """Every stored answer, hidden questions' included, in interview order."""
        return {name: self._answers[name] for name in self._questions if name in self._answers}

    def scored_answers(self) -> dict[str, Answer]:
        """The answers of shown questions only, in interview order: what assessment may use."""
        return {name: self._answers[name] for name in self._questions if name in self._answers and self._visible[name]}

    def is_visible(self, name: str) -> bool:
        """Whether a question is shown (its section shown and its ``relevant`` true)."""
        self._compiled(name)
        return self._visible[name]

    def is_section_visible(self, name: str) -> bool:
        """Whether a section is shown."""
        if name not in self._loaded.sections:
            raise BugError(f"no section {name!r} in instrument {self._loaded.instrument.id}")
        return self._visible[section_key(name)]

    def message(self, name: str) -> Message | None:
        """The message a shown question needs, if any."""
        self._compiled(name)
        return self._messages.get(name)

    def messages(self) -> dict[str, Message]:
        """Every current message by question, in interview order."""
        return {name: self._messages[name] for name in self._questions if name in self._messages}

    def positive(self) -> bool | None:
        """The instrument's positive rule: ``True``, ``False``, or ``None`` when the answers cannot decide it."""
        result = self._loaded.positive_rule.truth(self._env)
        return None if result is UNKNOWN else bool(result)

    # ---- navigation and completeness ----

    def visible_questions(self) -> tuple[Question, ...]:
        """The shown questions, notes included, in interview order."""
        return tuple(c.question for name, c in self._questions.items() if self._visible[name])

    def next_question(self, after: str | None = None) -> Question | None:
        """The first shown question after ``after`` (from the start when ``None``); ``None`` at the end."""
        names = list(self._questions)
        start = 0 if after is None else names.index(self._compiled(after).question.name) + 1
        return next((self._questions[n].question for n in names[start:] if self._visible[n]), None)

    def previous_question(self, before: str) -> Question | None:
        """The last shown question before ``before``; ``None`` at the start."""
        names = list(self._questions)
        end = names.index(self._compiled(before).question.name)
        return next((self._questions[n].question for n in reversed(names[:end]) if self._visible[n]), None)

    def unanswered(self) -> tuple[str, ...]:
        """Shown questions (notes excluded) with no answer of any status."""
        return tuple(
            name
            for name, compiled in self._questions.items()
            if self._visible[name] and compiled.question.type is not QuestionType.NOTE and name not in self._answers
        )

    def undecided(self) -> tuple[str, ...]:
        """Hidden questions (notes excluded) that might apply: their relevance, or their section's, is unknown.

        A question is listed when it is hidden only because a condition it depends on came out UNKNOWN (a lead
        question declined, not known, skipped or not yet answered), never when its relevance or its section's is
        false. Its stored answer, if any, is not scored. Assessment must treat it as open (it could carry indicators):
        use ``assessment.assess_screening``, or pass ``undecided=screening.undecided()`` (or add it to
        ``unanswered``) to ``assessment.assess``.
        """
        sections: dict[str, bool | Unknown] = {}
        for name, compiled in self._loaded.sections.items():
            if self._visible[section_key(name)] or compiled.relevant is None:
                sections[name] = True
            else:
                sections[name] = compiled.relevant.truth(self._env)
        out = []
        for name, compiled in self._questions.items():
            if self._visible[name] or compiled.question.type is QuestionType.NOTE:
                continue
            if sections[compiled.section] is False:
                continue
            if compiled.relevant is not None and compiled.relevant.truth(self._env) is False:
                continue
            out.append(name)
        return tuple(out)

    def first_unanswered(self) -> Question | None:
        """The first shown question still without an answer, where a resumed interview continues."""
        names = self.unanswered()
        return self._questions[names[0]].question if names else None

    def missing_required(self) -> tuple[str, ...]:
        """Shown, required questions with no answer. Declined, don't know and skipped count as answers."""
        return tuple(name for name, m in self.messages().items() if m.kind is MessageKind.REQUIRED)

    def is_complete(self) -> bool:
        """Whether nothing needs attention: no required answer missing and every constraint met."""
        return not self._messages

    def sections(self, passed: Collection[str] | None = None) -> tuple[SectionProgress, ...]:
        """Progress of every section, in interview order.

        Args:
            passed: The questions the interview has gone past: then only those and the answered ones count as
                needing attention (a required question not reached yet is still to ask). ``None``: every shown one.
        """
        out = []
        for name, compiled in self._loaded.sections.items():
            shown = [
                q.name for q in compiled.section.questions if self._visible[q.name] and q.type is not QuestionType.NOTE
            ]
            out.append(
                SectionProgress(
                    name=name,
                    visible=self._visible[section_key(name)],
                    answered=sum(1 for q in shown if q in self._answers),
                    total=len(shown),
                    needs_attention=sum(
                        1
                        for q in shown
                        if q in self._messages and (passed is None or q in passed or q in self._answers)
                    ),
                )
            )
        return tuple(out)

    def progress(self) -> tuple[int, int]:
        """``(answered, total)`` over shown questions that can be answered."""
        parts = self.sections()
        return sum(p.answered for p in parts), sum(p.total for p in parts)

    # ---- changing ----

    def answer(self, name: str, answer: Answer) -> Changes:
        """Store an answer (stamped with the clock when it has no time) and re-evaluate what it affects.

        Raises:
            AnswerRejected: The answer does not fit the question (type, choice, status); nothing changed.
        """
        self._new_day()
        answer = validate_answer(self._compiled(name).question, answer, self._env.today)
        if answer.at is None:
            answer = replace(answer, at=self._clock())
        return self._apply(name, answer)

    def clear(self, name: str) -> Changes:
        """Remove the answer to a question, leaving it unanswered."""
        self._compiled(name)
        self._new_day()
        return self._apply(name, None)

    def set_language(self, language: str) -> Changes:
        """Change the interview language; the messages are given again in it."""
        self._language = language
        return self.refresh()

    def refresh(self) -> Changes:
        """Re-evaluate everything, for example when an interview resumes on another day (``today()`` moved)."""
        self._new_day()
        return self._evaluate_all()

    # ---- serialization ----

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the instrument's id and version, the language and every stored answer."""
        instrument = self._loaded.instrument
        return {
            "instrument": {"id": instrument.id, "version": instrument.version},
            "language": self._language,
            "answers": {name: answer.to_json() for name, answer in self.answers().items()},
        }

    @classmethod
    def from_json(
        cls,
        loaded: LoadedInstrument,
        data: Mapping[str, Any],
        *,
        today: Callable[[], date] = date.today,
        clock: Callable[[], datetime] = _utc_now,
    ) -> Screening:
        """The screening :meth:`to_json` wrote, over the instrument version it was written with.

        Raises:
            ScreeningDataInvalid: ``data`` is damaged, names another instrument, or holds an invalid answer.
        """
        try:
            key = (data["instrument"]["id"], data["instrument"]["version"])
            if key != loaded.key:
                raise ScreeningDataInvalid(fill(translate("Screening", "it belongs to instrument %1"), " ".join(key)))
            answers = {
                name: Answer.from_json(raw, loaded.questions[name].question.type)
                for name, raw in data["answers"].items()
            }
            return cls(loaded, language=data["language"], answers=answers, today=today, clock=clock)
        except (KeyError, TypeError, ValueError, AttributeError, AnswerRejected) as exc:
            raise ScreeningDataInvalid(type(exc).__name__ if not isinstance(exc, KnownError) else str(exc)) from None

    # ---- evaluation ----

    def _compiled(self, name: str) -> CompiledQuestion:
        try:
            return self._questions[name]
        except KeyError:
            raise BugError(f"no question {name!r} in instrument {self._loaded.instrument.id}") from None

    def _new_day(self) -> None:
        """Ask the clock for today's date; conditions evaluated from now on see it."""
        today = self._today()
        if today != self._env.today:
            self._env = Env(self._values, today)

    def _apply(self, name: str, answer: Answer | None) -> Changes:
        before = self._answers.get(name)
        if answer is None:
            self._answers.pop(name, None)
        else:
            self._answers[name] = answer
        flipped: list[str] = []
        changed: list[str] = []
        if self._refresh_value(name):
            changed.append(name)
            self._propagate(name, flipped, changed)
        recheck = {name, *(key for key in flipped if key in self._questions)}
        for read in changed:
            recheck.update(self._loaded.check_dependents[read])
        messages = [question for question in recheck if self._refresh_message(question)]
        return self._changes(flipped, messages, answered=(name,) if before != answer else ())

    def _propagate(self, start: str, flipped: list[str], changed: list[str]) -> None:
        """Re-evaluate, in dependency order, the visibility of what reads ``start``, and on through what flips.

        Args:
            start: The question whose value changed.
            flipped: Receives the keys whose visibility changed.
            changed: Receives the questions whose value changed because their visibility did.
        """
        rank = self._rank
        dependents = self._loaded.visibility_dependents
        visible_now = self._visible
        heap = [(rank[key], key) for key in dependents[start]]
        heapq.heapify(heap)
        queued = set(dependents[start])
        while heap:
            key = heapq.heappop(heap)[1]
            visible = self._compute_visible(key)
            if visible is visible_now[key]:
                continue
            visible_now[key] = visible
            flipped.append(key)
            if key in self._questions:
                if not self._refresh_value(key):
                    continue
                changed.append(key)
            for dependent in dependents[key]:
                if dependent not in queued:
                    queued.add(dependent)
                    heapq.heappush(heap, (rank[dependent], dependent))

    def _evaluate_all(self) -> Changes:
        visible_before = dict(self._visible)
        for key in self._loaded.visibility_order:
            self._visible[key] = self._compute_visible(key)
            if key in self._questions:
                self._refresh_value(key)
        messages = [name for name in self._questions if self._refresh_message(name)]
        flipped = [key for key, seen in visible_before.items() if seen != self._visible[key]]
        return self._changes(flipped, messages)

    def _changes(self, flipped: list[str], messages: list[str], answered: tuple[str, ...] = ()) -> Changes:
        """The :class:`Changes` for the keys whose visibility flipped and the questions whose message changed."""
        if not flipped and not messages:  # most answers: no walk over the whole instrument
            return Changes(answered=answered)
        moved = set(flipped)
        noted = set(messages)
        visible = self._visible
        sections = [(name, section_key(name)) for name in self._loaded.sections]
        return Changes(
            answered=answered,
            shown=tuple(n for n in self._questions if n in moved and visible[n]),
            hidden=tuple(n for n in self._questions if n in moved and not visible[n]),
            sections_shown=tuple(name for name, key in sections if key in moved and visible[key]),
            sections_hidden=tuple(name for name, key in sections if key in moved and not visible[key]),
            messages=tuple(n for n in self._questions if n in noted),
        )

    def _compute_visible(self, key: str) -> bool:
        compiled = self._questions.get(key)
        if compiled is None:
            relevant = self._section_relevance[key]
        else:
            if not self._visible[self._section_keys[key]]:
                return False
            relevant = compiled.relevant
        return relevant is None or relevant.truth(self._env) is True

    def _refresh_value(self, name: str) -> bool:
        """Bring the value conditions see for ``name`` up to date; whether it changed."""
        answer = self._answers.get(name)
        if answer is None or answer.status is not AnswerStatus.ANSWERED or not self._visible[name]:
            return self._values.pop(name, UNKNOWN) is not UNKNOWN
        value = answer.value
        if isinstance(value, date) and self._questions[name].question.type is QuestionType.AGE:
            value = age_in_years(value, self._env.today)
        before = self._values.get(name, UNKNOWN)
        self._values[name] = value  # type: ignore[assignment]
        return before is UNKNOWN or type(before) is not type(value) or before != value

    def _refresh_message(self, name: str) -> bool:
        """Bring the message of ``name`` up to date; whether it changed."""
        message = self._compute_message(name)
        if message == self._messages.get(name):
            return False
        if message is None:
            del self._messages[name]
        else:
            self._messages[name] = message
        return True

    def _compute_message(self, name: str) -> Message | None:
        compiled = self._questions[name]
        question = compiled.question
        if not self._visible[name] or question.type is QuestionType.NOTE:
            return None
        answer = self._answers.get(name)
        if answer is None:
            if compiled.required and compiled.required.truth(self._env) is True:
                text = self._text(question.required_message) or translate(
                    "Screening", "An answer is needed. If the person does not answer, mark it declined or don't know."
                )
                return Message(MessageKind.REQUIRED, text)
            return None
        if answer.status is AnswerStatus.ANSWERED and compiled.constraint is not None:
            env = Env(self._values, self._env.today, self._values.get(name, UNKNOWN))
            if compiled.constraint.truth(env) is False:
                return Message(MessageKind.CONSTRAINT, self._text(question.constraint_message))
        return None

    def _text(self, text: Text) -> str:
        default = self._loaded.instrument.default_language
        return text.get(self._language) or text.get(default) or ""
