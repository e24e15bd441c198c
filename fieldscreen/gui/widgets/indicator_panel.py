"""For the screener only: which answers to the current question carry indicators, and how many answers so far do.

Hidden unless the screener opens it; the interview closes it again on every new question.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from fieldscreen.core.elements import indicator_label
from fieldscreen.core.i18n import fill
from fieldscreen.core.models import AnswerStatus, Question
from fieldscreen.core.screening import Screening

from ..labels import pick
from .plain_label import PlainLabel


def answers_with_indicators(state: Screening) -> int:
    """How many shown, answered questions have an answer that carries an indicator."""
    count = 0
    for name, answer in state.scored_answers().items():
        if answer.status is not AnswerStatus.ANSWERED:
            continue
        picked = set(answer.value) if isinstance(answer.value, tuple) else {answer.value}
        choices = state.loaded.questions[name].question.choices
        count += any(c.indicators for c in choices if c.value in picked)
    return count


class IndicatorPanel(QFrame):
    """The indicator codes of the current question's choices, in the screener's language.

    Args:
        parent: Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorPanel")
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Indicators"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.hide()

    def show_question(self, question: Question, state: Screening, language: str) -> None:
        """Describe ``question``'s choices and the answers of ``state`` so far."""
        lines = []
        for choice in question.choices:
            for code in choice.indicators:
                lines.append(fill(self.tr("%1: %2 (%3)"), pick(choice.label, language), code, indicator_label(code)))
        if not lines:
            lines.append(self.tr("No answer to this question carries an indicator."))
        lines.append(fill(self.tr("Answers so far that carry an indicator: %1"), answers_with_indicators(state)))
        self.label.setText("\n".join(lines))
