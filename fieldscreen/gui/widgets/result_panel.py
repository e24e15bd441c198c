"""The result in plain words, the answers and rules behind it, and the actions that follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldscreen.core.assessment import Reason, Rule
from fieldscreen.core.elements import indicator_label
from fieldscreen.core.i18n import fill
from fieldscreen.core.instrument_loader import LoadedInstrument
from fieldscreen.services.screening_models import ResultView

from ..labels import pick
from .actions_panel import ActionsPanel
from .plain_label import PlainLabel
from .warning_label import WarningLabel


def _text_label(parent: QWidget, name: str, object_name: str = "") -> QLabel:
    label = PlainLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class ResultPanel(QWidget):
    """Summary, reasons (question, answer, indicator, rule), notes, coding suggestions and actions.

    Args:
        parent: Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = _text_label(self, self.tr("Result"), "resultSummary")
        self.basis_label = _text_label(self, self.tr("Result basis"), "hint")
        self.cautions = WarningLabel(self.tr("Interview conditions"), self)
        self.reasons_label = _text_label(self, self.tr("Reasons"))
        self.notes_label = _text_label(self, self.tr("Notes"))
        self.codes_label = _text_label(self, self.tr("ICD-10-CM codes to consider"))
        self.facts_label = _text_label(self, self.tr("Person and interview"))
        self.actions = ActionsPanel(parent=self)
        self.reasons_heading = PlainLabel(self.tr("Why"), self)
        self.reasons_heading.setObjectName("caseHeading")
        self.codes_heading = PlainLabel(self.tr("ICD-10-CM codes to consider"), self)
        self.codes_heading.setObjectName("caseHeading")
        actions_heading = PlainLabel(self.tr("What to do next"), self)
        actions_heading.setObjectName("caseHeading")
        self.facts_heading = PlainLabel(self.tr("Person and interview"), self)
        self.facts_heading.setObjectName("caseHeading")
        for heading in (self.reasons_heading, self.codes_heading, actions_heading, self.facts_heading):
            heading.setWordWrap(True)  # a long heading in Spanish at 200 % widened the window past the screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.cautions)
        layout.addWidget(actions_heading)
        layout.addWidget(self.actions)
        layout.addWidget(self.facts_heading)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.reasons_heading)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.codes_heading)
        layout.addWidget(self.codes_label)
        layout.addStretch(1)

    def show_result(
        self,
        result: ResultView,
        instrument: LoadedInstrument,
        language: str,
        cautions: tuple[str, ...] = (),
        facts: str = "",
    ) -> None:
        """Show ``result``; questions are named by their text in ``language``.

        ``cautions`` are the interview conditions that may have kept the person from speaking freely (a relative
        interpreting, others present), as the referral packet states them. ``facts`` are the person and the interview
        in words (the age, citizenship and custody the deadlines rest on), below the actions.
        """
        self.cautions.set_lines(cautions)
        self.facts_label.setText(facts)
        self.facts_heading.setVisible(bool(facts))
        self.facts_label.setVisible(bool(facts))
        assessment = result.assessment
        self.summary_label.setText(assessment.summary)
        self.basis_label.setText(
            fill(
                self.tr("Instrument %1 version %2, rules %3. This supports your judgment; it is not a legal finding."),
                pick(instrument.instrument.title, language) or assessment.instrument_id,
                assessment.instrument_version,
                assessment.rules_version,
            )
        )
        by_answer: dict[tuple[str, str], list[Reason]] = {}  # one block per answer, whatever codes it carries
        for reason in assessment.reasons:
            by_answer.setdefault((reason.question, reason.answer), []).append(reason)
        blocks = []
        for (question, answer), reasons in by_answer.items():
            if question in instrument.questions:
                asked = pick(instrument.questions[question].question.label, language)
            elif reasons[0].rule == Rule.SCREEN:
                asked = self.tr("The instrument's own screen")
            else:
                asked = self.tr("Person details")
            parts = [fill(self.tr("Answer: %1"), answer)]
            codes = list(dict.fromkeys(r.indicator for r in reasons if r.indicator))
            if len(codes) == 1:
                parts.append(fill(self.tr("Indicator: %1 (%2)"), codes[0], indicator_label(codes[0])))
            elif codes:
                named = ", ".join(f"{code} ({indicator_label(code)})" for code in codes)
                parts.append(fill(self.tr("Indicators: %1"), named))
            lines = [f"  {text}" for text in dict.fromkeys(r.text for r in reasons)]
            blocks.append("\n".join([f"- {asked}", f"  {'; '.join(parts)}", *lines]))
        self.reasons_label.setText("\n\n".join(blocks) or self.tr("No answer bears on the result."))
        self.notes_label.setText("\n".join(assessment.notes))
        self.notes_label.setVisible(bool(assessment.notes))
        self.codes_label.setText("\n".join(f"{c.code}  {c.title}. {c.note}".strip() for c in result.icd10))
        shown = bool(result.icd10)
        self.codes_heading.setVisible(shown)
        self.codes_label.setVisible(shown)
        self.actions.show_actions(result.actions, result.action_states)
