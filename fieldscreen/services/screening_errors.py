"""What the screening service refuses, in plain words (``AnswerRejected`` for a wrong value comes from core)."""

from __future__ import annotations

from collections.abc import Sequence

from fieldscreen.core.errors import KnownError, PermissionDenied
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.screening import MessageKind, Screening


class ScreeningLocked(KnownError):
    """The screening is finalized (or approved): answers change only through an amendment with a reason."""

    def __init__(self) -> None:
        super().__init__(
            translate("Screenings", "This screening is finalized; use an amendment with a reason."),
            translate("Screenings", "Open the review, choose Amend and say why the answer changes."),
        )


class NotFinalized(KnownError):
    """An amendment was asked for a screening that can still be changed directly."""

    def __init__(self) -> None:
        super().__init__(
            translate("Screenings", "This screening is not finalized, so it needs no amendment."),
            translate("Screenings", "Change the answer in the interview or the review."),
        )


class OthersDraft(PermissionDenied):
    """Someone other than the screener who started an editable screening tried to answer, stop, edit or finalize it.

    Attributes:
        screener: The user name of the screener who started it.
    """

    def __init__(self, screener: str) -> None:
        self.screener = screener
        KnownError.__init__(
            self,
            fill(
                translate(
                    "Screenings",
                    "Only %1, who started this screening, can answer its questions or change it until it is finalized.",
                ),
                screener,
            ),
            translate(
                "Screenings",
                "You can read it. Once it is finalized, a supervisor or an administrator can review it and amend "
                "answers with a reason.",
            ),
        )


def _lines(labels: Sequence[str]) -> str:
    """One question label a line: labels end in their own "?" or ".", so none is added."""
    return "\n".join(f"- {label}" for label in labels)


class ScreeningIncomplete(KnownError):
    """Finalizing was refused: required answers are missing or answers break a rule.

    Attributes:
        questions: The names of the questions that need attention, in interview order.
    """

    def __init__(self, questions: Sequence[str], missing: Sequence[str], wrong: Sequence[str]) -> None:
        self.questions = tuple(questions)
        parts = []
        if missing:
            parts.append(fill(translate("Screenings", "These questions still need an answer:\n%1"), _lines(missing)))
        if wrong:
            parts.append(fill(translate("Screenings", "These answers need a correction:\n%1"), _lines(wrong)))
        super().__init__(
            "\n".join(parts),
            translate(
                "Screenings",
                "Answer them before finalizing. If the person does not answer, mark the question Declined or "
                "Don't know: both count as answers.",
            ),
        )


class ScreeningNotFound(KnownError):
    """No screening (or action) has the id asked for."""

    def __init__(self) -> None:
        super().__init__(
            translate("Screenings", "This screening no longer exists."),
            translate("Screenings", "Refresh the list of screenings."),
        )


class WrongStatus(KnownError):
    """A review step does not fit the screening's status (for example approving a draft)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Screenings", "This screening is not waiting for review."),
            translate("Screenings", "Only finalized screenings can be approved or returned. Refresh the list."),
        )


def incomplete(state: Screening, language: str) -> ScreeningIncomplete | None:
    """What stops finalizing ``state``: the refusal naming each question by its label, or ``None``.

    Args:
        state: The answers.
        language: The language to name the questions in (the instrument's default when it lacks it).
    """
    messages = state.messages()
    if not messages:
        return None
    questions = state.loaded.questions
    fallback = state.loaded.instrument.default_language

    def label(name: str) -> str:
        text = questions[name].question.label
        return text.get(language) or text.get(fallback) or name

    missing = [label(n) for n, m in messages.items() if m.kind is MessageKind.REQUIRED]
    wrong = [label(n) for n, m in messages.items() if m.kind is MessageKind.CONSTRAINT]
    return ScreeningIncomplete(tuple(messages), missing, wrong)


def require_complete(state: Screening, language: str) -> None:
    """Refuse to finalize while a shown question needs attention.

    Raises:
        ScreeningIncomplete: Naming each question by its label.
    """
    refusal = incomplete(state, language)
    if refusal is not None:
        raise refusal
