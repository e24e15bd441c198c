"""Amending a finalized screening: a new answer and the reason for the change; the original answer is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Answer
from fieldscreen.core.screening import Screening
from fieldscreen.services.screening_models import ScreeningView
from fieldscreen.services.session import Session

from ..labels import answer_text, pick
from ..ops import OpRunner
from ..widgets.answer_panel import AnswerPanel, connect_answer_keys
from ..widgets.plain_label import PlainLabel
from ..widgets.warning_label import WarningLabel


class AmendDialog(QDialog):
    """Choose the new answer, give the reason, save; stays open with the reason if the service refuses.

    Args:
        session: The signed-in session.
        ops: Runs the amendment off the GUI thread.
        view: The finalized screening.
        state: Its answers.
        question: The name of the question amended.
        parent: Qt parent.

    Signals:
        amended: The amendment was saved; carries the new ``ScreeningView``.
    """

    amended = Signal(object)

    def __init__(
        self,
        session: Session,
        ops: OpRunner,
        view: ScreeningView,
        state: Screening,
        question: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._ops = ops
        self._view = view
        self._question = question
        self._answer: Answer | None = None
        self.setWindowTitle(self.tr("Amend an answer"))
        self.setAccessibleName(self.tr("Amend an answer"))
        asked = state.loaded.questions[question].question
        language = view.screener_language
        heading = PlainLabel(pick(asked.label, language), self)
        heading.setWordWrap(True)
        heading.setObjectName("caseHeading")
        current = answer_text(asked, state.answer_of(question), language)
        if changes := view.amendments_of(question):  # amended before: the interview's answer is the first "before"
            first = changes[0]["before"]
            kept = answer_text(asked, Answer.from_json(first, asked.type) if first else None, language)
            words = fill(self.tr("Current answer: %1. Original answer (kept): %2"), current, kept)
        else:
            words = fill(self.tr("Original answer (kept): %1"), current)
        original = PlainLabel(words, self)
        original.setWordWrap(True)
        original.setAccessibleName(self.tr("Original answer"))
        self.panel = AnswerPanel(self)
        self.panel.show_question(asked, None, view.interview_language, language)
        self.new_label = PlainLabel(self.tr("New answer: none chosen yet."), self)
        self.new_label.setAccessibleName(self.tr("New answer"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the change"))
        self.reason_edit.setPlaceholderText(self.tr("For example: the person corrected the answer at a later meeting"))
        self.problem = WarningLabel(self.tr("Problem"), self, object_name="inlineMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save amendment"))
        self.save_button.setAccessibleName(self.tr("Save amendment"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(original)
        layout.addWidget(self.panel)
        layout.addWidget(self.new_label)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        connect_answer_keys(self, self.panel)
        self.panel.answered.connect(self._on_panel_answered)
        self.panel.invalid.connect(self._on_panel_invalid)
        self.reason_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._update()

    @Slot(object)
    def _on_panel_answered(self, answer: Answer) -> None:
        asked = self._view.instrument.questions[self._question].question
        self._answer = answer
        self.new_label.setText(
            fill(self.tr("New answer: %1"), answer_text(asked, answer, self._view.screener_language))
        )
        self.problem.set_lines([])
        self._update()

    @Slot(str)
    def _on_panel_invalid(self, reason: str) -> None:
        self.problem.set_lines([reason])

    @Slot()
    def _update(self) -> None:
        self.save_button.setEnabled(self._answer is not None and bool(self.reason_edit.text().strip()))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.save_button.isEnabled():
            self.problem.set_lines([self.tr("Choose the new answer and give the reason for the change.")])
            return
        screenings, screening_id = self._session.screenings, self._view.id
        question, answer, reason = self._question, self._answer, self.reason_edit.text().strip()
        self._ops.run(
            "screening_amend",
            lambda: screenings.amend(screening_id, question, answer, reason),
            busy=self,
            on_success=self._on_amended,
            on_failure=self._on_failed,
        )

    def _on_amended(self, view: ScreeningView) -> None:
        self.amended.emit(view)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        message, advice = self._ops.errors.describe(exc)
        self.problem.set_lines([message, advice] if advice else [message])
