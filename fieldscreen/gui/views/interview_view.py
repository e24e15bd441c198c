"""The interview: one question at a time in the person's language, the screener's language beside it, autosaved.

The person may see this screen, so it never names what is screened for, and indicators appear only while the screener
holds "Show indicators" open (it closes again on every new question). The section's guidance, written for the
screener, can be hidden while the person can read the screen ("Hide guidance", Alt+H; it stays hidden until shown
again). A supervisor's comment is free text that may name it too, so it stays folded until the screener opens it.
After the last question the screen says only that the questions are done, or how many shown ones still have no
answer (after a jump past them), with a way back to the first one: the review, which shows the result, opens when
the screener asks for it. An answer shows as saved only after the service has committed it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Answer, Question
from fieldscreen.core.screening import MessageKind, Screening
from fieldscreen.services.screening_models import AnswerSaved, ScreeningView
from fieldscreen.services.session import Session

from ..labels import answer_text, pick, text_direction, unbroken
from ..ops import OpRunner
from ..timefmt import clock_time
from ..widgets.answer_panel import AnswerPanel, connect_answer_keys
from ..widgets.button_rows import ButtonRows
from ..widgets.confirm_box import confirm
from ..widgets.fitting_scroll_area import FittingScrollArea
from ..widgets.indicator_panel import IndicatorPanel
from ..widgets.plain_label import PlainLabel
from ..widgets.question_fit import QuestionFit
from ..widgets.sections_list import SectionsList
from ..widgets.warning_label import WarningLabel

IN_ORDER, GAPS, ONE_CHANGE, NEEDED = "in order", "gaps", "one change", "needed"
"""Where an answer leads (``InterviewView._following``)."""


class InterviewView(QWidget):
    """Asks the questions of one screening and saves every answer as it is given.

    Args:
        ops: Runs the service calls off the GUI thread.
        parent: Qt parent.

    Signals:
        answer_saved: The service committed an answer; carries the question's name and the time it was saved.
        pause_requested: The screener paused; the position is saved.
        review_requested: The screener asked for the review.
    """

    answer_saved = Signal(str, object)
    pause_requested = Signal()
    review_requested = Signal()

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._view: ScreeningView | None = None
        self.state: Screening | None = None
        self.current = ""
        self._saving = False
        self._insisted: set[str] = set()
        self._walk = IN_ORDER  # where an answer leads: see _following
        self._opened: list[str] = []  # the questions the walk's answers opened

        self.case_label = PlainLabel(self)
        self.case_label.setObjectName("caseHeading")
        self.case_label.setAccessibleName(self.tr("Case and section"))
        self.position_label = PlainLabel(self)
        self.position_label.setAccessibleName(self.tr("Question number"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Answered questions"))
        self.progress_bar.setTextVisible(False)
        self.save_label = PlainLabel(self)
        self.save_label.setObjectName("saveState")
        self.save_label.setAccessibleName(self.tr("Save state"))

        self.question_label = PlainLabel(self)
        self.question_label.setObjectName("questionText")
        self.question_label.setWordWrap(True)
        self.question_label.setAccessibleName(self.tr("Question"))
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secondary_label = PlainLabel(self)
        self.secondary_label.setObjectName("questionSecondary")
        self.secondary_label.setWordWrap(True)
        self.secondary_label.setAccessibleName(self.tr("Question in your language"))
        self.hint_label = PlainLabel(self)
        self.hint_label.setObjectName("questionHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Hint"))
        self.current_label = PlainLabel(self)
        self.current_label.setAccessibleName(self.tr("Current answer"))
        self.comment_button = QPushButton(self)
        self.comment_button.setCheckable(True)
        self.comment_button.setAccessibleName(self.tr("Show the supervisor's comment"))
        self.returned = WarningLabel(self.tr("Supervisor's comment"), self)
        self._comment = ""
        self.message = WarningLabel(self.tr("Needs attention"), self, object_name="inlineMessage")
        self.save_error = WarningLabel(self.tr("Not saved"), self, object_name="saveFailed")
        self.panel = AnswerPanel(self)
        self.indicators_button = QPushButton(self.tr("Show &indicators"), self)
        self.indicators_button.setCheckable(True)
        self.indicators_button.setAccessibleName(self.tr("Show indicators"))
        self.indicators_button.setToolTip(self.tr("For the screener only; hidden again on the next question."))
        self.indicator_panel = IndicatorPanel(self)

        self.sections = SectionsList(self)
        self.guidance = QTextBrowser(self)
        self.guidance.setAccessibleName(self.tr("Guidance for this section"))
        self.guidance.setTabChangesFocus(True)
        self.guidance_button = QPushButton(self)
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(True)
        self.guidance_button.setToolTip(
            self.tr("For you, not the person: hide it while they can read the screen. It stays hidden until shown.")
        )
        self.back_button = QPushButton(self.tr("< &Back  [PgUp]"), self)
        self.back_button.setAccessibleName(self.tr("Previous question"))
        self.next_button = QPushButton(self.tr("&Next >  [PgDn]"), self)
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setAccessibleName(self.tr("Pause interview"))
        self.pause_button.setToolTip(self.tr("Back to the list; every answer is kept and the interview resumes here."))
        self.stop_button = QPushButton(self.tr("S&top here..."), self)
        self.stop_button.setAccessibleName(self.tr("Stop the interview"))
        self.stop_button.setToolTip(
            self.tr("The person does not want to go on: the questions not answered yet are saved as declined.")
        )
        self.review_button = QPushButton(self.tr("&Review"), self)
        self.review_button.setAccessibleName(self.tr("Review answers"))
        self.finished = QWidget(self)
        self.finished_label = PlainLabel(self.finished)
        self.finished_label.setObjectName("questionSecondary")
        self.finished_label.setWordWrap(True)
        self.finished_label.setAccessibleName(self.tr("Interview finished"))
        self.first_open_button = QPushButton(self.tr("&Go to the first unanswered question"), self.finished)
        self.first_open_button.setAccessibleName(self.tr("Go to the first unanswered question"))
        self.open_review_button = QPushButton(self.tr("Open the review"), self.finished)
        self.open_review_button.setAccessibleName(self.tr("Open the review"))
        self.open_review_button.setToolTip(self.tr("Shows every answer and the result: for the screener only."))
        for button in (self.first_open_button, self.open_review_button):
            button.setAutoDefault(True)  # Enter presses the one with the focus, as Space does

        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        self.case_label.setWordWrap(True)
        status = QHBoxLayout()
        status.addWidget(self.position_label)
        status.addWidget(self.progress_bar, 1)
        status.addWidget(self.save_label)
        status.addWidget(self.stop_button)  # here the progress bar gives it room, in every language at 200 %
        question = QWidget(self)
        column = QVBoxLayout(question)
        column.setContentsMargins(0, 0, 8, 0)
        for widget in (
            self.question_label,
            self.secondary_label,
            self.hint_label,
            self.message,
            self.current_label,
            self.save_error,
            self.indicator_panel,
        ):
            column.addWidget(widget)
        self.question_scroll = FittingScrollArea(question, self)
        self.question_scroll.setAccessibleName(self.tr("Question"))
        asking = QWidget(self)
        asking_layout = QVBoxLayout(asking)
        asking_layout.setContentsMargins(0, 0, 0, 0)
        asking_layout.addWidget(self.question_scroll)
        asking_layout.addWidget(self.panel)
        asking_layout.addWidget(self.finished)
        asking_layout.addStretch(1)
        self.question_fit = QuestionFit(self.question_label, self.question_scroll, asking, (self.panel,))
        finished_layout = QVBoxLayout(self.finished)
        finished_layout.setContentsMargins(0, 0, 0, 0)
        finished_layout.addWidget(self.finished_label)
        finished_buttons = ButtonRows()
        finished_buttons.add_left(self.first_open_button)
        finished_buttons.add_right(self.open_review_button)
        finished_layout.addLayout(finished_buttons)
        self.finished.hide()
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(PlainLabel(self.tr("Sections"), side))
        side_layout.addWidget(self.sections, 2)
        side_layout.addWidget(self.guidance_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.guidance, 3)
        body = QSplitter(self)
        body.setChildrenCollapsible(False)
        body.addWidget(asking)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        buttons = ButtonRows()  # two rows when the labels are long (Spanish at 200 % text)
        for button in (self.back_button, self.next_button, self.indicators_button):
            buttons.add_left(button)
        buttons.add_right(self.pause_button)
        buttons.add_right(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_label)
        layout.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.returned)
        layout.addLayout(status)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        connect_answer_keys(self, self.panel)
        for key, slot in (
            (QKeySequence.StandardKey.MoveToNextPage, self._on_next_button_clicked),
            (QKeySequence.StandardKey.MoveToPreviousPage, self._on_back_button_clicked),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.panel.answered.connect(self._on_panel_answered)
        self.panel.invalid.connect(self._on_panel_invalid)
        self.indicators_button.toggled.connect(self.indicator_panel.setVisible)
        self.indicators_button.toggled.connect(lambda _on: self.question_fit.fit())
        self.guidance_button.toggled.connect(self._on_guidance_button_toggled)
        self._on_guidance_button_toggled(True)
        self.sections.section_chosen.connect(self._on_sections_section_chosen)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.review_button.clicked.connect(self.review_requested)
        self.open_review_button.clicked.connect(self.review_requested)
        self.first_open_button.clicked.connect(self._on_first_open_button_clicked)
        self.comment_button.toggled.connect(self._on_comment_button_toggled)

    # ---- opening ----

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on."""
        self._session = session

    @property
    def screening(self) -> ScreeningView | None:
        """The screening being asked."""
        return self._view

    def open(self, view: ScreeningView, question: str | None = None) -> None:
        """Ask ``view`` from ``question``, else from where it was left, else from its first open question."""
        self._view = view
        self.state = Screening(view.instrument, language=view.screener_language, answers=view.state.answers())
        self._saving = False
        self._insisted = set()
        self._walk, self._opened = IN_ORDER, []
        self.save_label.setText(self.tr("All answers saved"))
        self._comment = view.review_comment if view.status == "returned" else ""
        self.comment_button.setVisible(bool(self._comment))
        start = question or view.current_question
        if not start or start not in view.instrument.questions or not self.state.is_visible(start):
            first = self.state.first_unanswered() or self.state.next_question()
            start = first.name if first else ""
        if start:
            self.show_question(start)

    def show_question(self, name: str, *, record_position: bool = True) -> None:
        """Show the question ``name``; remember it as the place to resume unless the service already has."""
        view, state = self._view, self.state
        question = state.loaded.questions[name].question
        section = state.loaded.questions[name].section
        language, screener = view.interview_language, view.screener_language
        self.current = name
        title = pick(state.loaded.sections[section].section.title, screener)
        self.case_label.setText(fill(self.tr("Case %1  -  %2"), unbroken(view.case_code), title))
        self.question_label.setText(pick(question.label, language))
        self.question_label.setLayoutDirection(text_direction(language))  # an Arabic question reads from the right
        secondary = pick(question.label, screener)
        self.secondary_label.setText(secondary)
        self.secondary_label.setLayoutDirection(text_direction(screener))
        self.secondary_label.setVisible(language != screener)
        hints = [pick(question.hint, language), pick(question.hint, screener) if language != screener else ""]
        self.hint_label.setText("\n".join(h for h in dict.fromkeys(hints) if h))
        self.hint_label.setVisible(bool(question.hint))
        self.guidance.setPlainText(pick(state.loaded.sections[section].section.guidance, screener))
        self.panel.show_question(question, state.answer_of(name), language, screener)
        self._show_asking(True)
        self.indicators_button.setChecked(False)
        self.indicator_panel.hide()
        self.comment_button.setChecked(False)
        self._on_comment_button_toggled(False)
        self.indicator_panel.show_question(question, state, screener)
        self.save_error.set_lines([])
        self._refresh()
        self.question_scroll.updateGeometry()
        self.question_fit.fit()
        self.panel.focus_first()
        if record_position:
            screenings, screening_id = self._session.screenings, view.id
            self._ops.run("screening_position", lambda: screenings.set_position(screening_id, name), owner=self)

    def _refresh(self) -> None:
        """Bring progress, sections, the message and the current answer up to date."""
        state, name = self.state, self.current
        question = state.loaded.questions[name].question
        answered, total = state.progress()
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(answered)
        shown = [q.name for q in state.visible_questions()]
        finished = self.is_finished()
        index = shown.index(name)
        self.position_label.setText(
            fill(self.tr("Question %1 of %2, %n answered", None, answered), index + 1, len(shown))
        )
        passed = shown if finished else shown[:index]
        self.sections.show_progress(state, state.loaded.questions[name].section, self._view.screener_language, passed)
        message = state.message(name)
        if message is None or (message.kind is MessageKind.REQUIRED and name not in self._insisted):
            self.message.set_lines([])
        else:
            prefix = self.tr("Needed:") if message.kind is MessageKind.REQUIRED else self.tr("Check:")
            self.message.set_lines([f"{prefix} {message.text}"])
        answer = state.answer_of(name)
        self.current_label.setText(
            fill(self.tr("Current answer: %1"), answer_text(question, answer, self._view.screener_language))
            if answer
            else ""
        )
        self.back_button.setEnabled(finished or state.previous_question(name) is not None)

    def _show_asking(self, asking: bool) -> None:
        """The question and its answers, or (``asking`` false) the neutral end of the questions."""
        self.question_scroll.setVisible(asking)
        self.panel.setVisible(asking)
        self.finished.setVisible(not asking)
        self.next_button.setEnabled(asking)
        self.indicators_button.setEnabled(asking)
        self.stop_button.setEnabled(asking)
        if not asking:
            self.indicators_button.setChecked(False)

    def is_finished(self) -> bool:
        """Whether the screen shows the end of the questions."""
        return not self.finished.isHidden()

    def _finish(self, *, stopped: bool = False) -> None:
        """Past the last question: say in neutral words whether any shown one is still open; the review on request."""
        left = len(self.state.unanswered())
        if left:
            done = self.tr("%n questions have no answer yet.", None, left)
            then = self.tr("Go back to the first one, or open the review when the screen is turned away.")
        else:
            done = self.tr("The interview is stopped.") if stopped else self.tr("All questions are done.")
            then = self.tr("Thank the person. Open the review when the screen is turned away.")
        self.finished_label.setText(f"{done} {then}")
        self.first_open_button.setVisible(bool(left))
        self._show_asking(False)
        self._refresh()
        focus = self.first_open_button if left else self.open_review_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(bool)
    def _on_comment_button_toggled(self, shown: bool) -> None:
        self.comment_button.setText(
            self.tr("Supervisor's comment: press to hide") if shown else self.tr("Supervisor's comment: press to show")
        )
        line = fill(self.tr("Returned by the supervisor: %1"), self._comment)
        self.returned.set_lines([line] if shown and self._comment else [])

    # ---- answering ----

    def _still_saving(self) -> bool:
        """Whether an answer is being saved; a key or click meanwhile is ignored, and the screener hears and reads so.

        Nothing is queued: the next key must answer the question the screener sees, not one not shown yet.
        """
        if self._saving:
            QApplication.beep()
            self.save_label.setText(self.tr("Saving... wait for the next question"))
        return self._saving

    @Slot(bool)
    def _on_guidance_button_toggled(self, shown: bool) -> None:
        self.guidance.setVisible(shown)
        self.guidance_button.setText(self.tr("&Hide guidance") if shown else self.tr("S&how guidance"))
        self.guidance_button.setAccessibleName(self.tr("Hide guidance") if shown else self.tr("Show guidance"))

    @Slot(object)
    def _on_panel_answered(self, answer: Answer) -> None:
        if self._still_saving() or self._view is None:
            return
        self._saving = True
        name = self.current
        self.save_label.setText(self.tr("Saving..."))
        screenings, screening_id = self._session.screenings, self._view.id
        self._ops.run(
            "screening_answer",
            lambda: screenings.answer(screening_id, name, answer),
            owner=self,
            on_success=lambda saved: self._on_saved(name, answer, saved),
            on_failure=lambda exc: self._on_save_failed(name, exc),
        )

    def _on_saved(self, name: str, answer: Answer, saved: AnswerSaved) -> None:
        self._saving = False
        opened = self.state.answer(name, answer).shown
        self._opened += [question for question in opened if question not in self._opened]
        self.save_label.setText(fill(self.tr("Saved at %1"), clock_time(saved.saved_at)))
        self.answer_saved.emit(name, saved.saved_at)
        if name != self.current:
            return
        following = self._following(name)
        if following is None:
            self._walk = IN_ORDER
            self._finish()  # the neutral end, whatever the walk: the review (and the result) opens from there
        else:
            self.show_question(following.name, record_position=False)

    def _on_save_failed(self, name: str, exc: BaseException) -> None:
        self._saving = False
        self.save_label.setText(self.tr("Not saved"))
        what, advice = (exc.message, exc.advice) if isinstance(exc, KnownError) else self._ops.errors.describe(exc)
        lines = [fill(self.tr("The answer was not saved: %1"), what)]
        if advice:
            lines.append(advice)
        if name == self.current:
            self.save_error.set_lines(lines)
            self.panel.show_question(
                self.state.loaded.questions[name].question,
                self.state.answer_of(name),
                self._view.interview_language,
                self._view.screener_language,
            )
            self.panel.focus_first()

    @Slot(str)
    def _on_panel_invalid(self, reason: str) -> None:
        self.save_error.set_lines([reason])

    # ---- moving ----

    def _following(self, answered: str) -> Question | None:
        """The question an answer to ``answered`` leads to, as the walk under way has it (``None``: the end screen).

        In order: the next question. The gaps (from the end): the first one left open. From the review (one answer
        changed there, or the ones a refused finalize needs): first every follow-up the walk's answers opened that is
        still open, wherever it stands, then for a refused finalize the next required one still without an answer.
        """
        state = self.state
        if self._walk == IN_ORDER:
            return state.next_question(answered)
        if self._walk == GAPS:
            return state.first_unanswered()
        opened = [q for q in self._opened if state.is_visible(q) and state.answer_of(q) is None]
        needed = list(state.missing_required()) if self._walk == NEEDED else []
        following = (opened + needed)[:1]
        return state.loaded.questions[following[0]].question if following else None

    def edit(self, question: str, view: ScreeningView, *, one_change: bool) -> None:
        """Ask ``question`` from the review, as ``view`` has the screening now (its details may have changed there).

        Then the follow-ups it opens, and unless it is ``one_change`` (a refused finalize) the other required ones
        still needed; then the end screen, from which the review opens.
        """
        self._view = view
        self._move(self.state.loaded.questions[question].question, ONE_CHANGE if one_change else NEEDED)

    def _move(self, question: Question | None, walk: str = IN_ORDER) -> None:
        """Show ``question`` (if any, once no answer is being saved), where answers then lead as ``walk`` says."""
        if question is not None and not self._still_saving():
            self._walk, self._opened = walk, []
            self.show_question(question.name)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.state is None or self.is_finished():
            return
        message = self.state.message(self.current)
        if message is not None and self.current not in self._insisted:
            self._insisted.add(self.current)  # say once what is needed; the second Next moves on
            self._refresh()
            return
        following = self.state.next_question(self.current)
        if following is None:
            self._finish()
        else:
            self._move(following)

    @Slot()
    def _on_first_open_button_clicked(self) -> None:
        self._move(self.state.first_unanswered(), GAPS)

    @Slot()
    def _on_back_button_clicked(self) -> None:
        if self.state is None or self._still_saving():
            return
        if self.is_finished():
            self._walk = IN_ORDER
            self.show_question(self.current)  # back from the end to the last question
        else:
            self._move(self.state.previous_question(self.current))

    @Slot(str)
    def _on_sections_section_chosen(self, section: str) -> None:
        visible = [q for q in self.state.loaded.sections[section].section.questions if self.state.is_visible(q.name)]
        self._move(visible[0] if visible else None)

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        if self.state is None or self._still_saving() or self.is_finished():
            return
        confirm(
            self,
            self.tr("Stop the interview"),
            self.tr("Stop the interview here?"),
            self.tr("Stop here"),
            self._stop,
            detail=self.tr(
                "The %n question(s) not answered yet are saved as declined: not asked, as the interview stopped "
                'here, and never read as a "no". Until the screening is finalized, each can still be answered from '
                "the review.",
                None,
                len(self.state.unanswered()),
            ),
        )

    def _stop(self) -> None:
        if self._saving or self._view is None:
            return
        self._saving = True
        self.save_label.setText(self.tr("Saving..."))
        name, screenings, screening_id = self.current, self._session.screenings, self._view.id
        self._ops.run(
            "screening_stop",
            lambda: screenings.stop_interview(screening_id),
            owner=self,
            on_success=self._on_stopped,
            on_failure=lambda exc: self._on_save_failed(name, exc),
        )

    def _on_stopped(self, view: ScreeningView) -> None:
        self._saving = False
        self._view = view
        self.state = Screening(view.instrument, language=view.screener_language, answers=view.state.answers())
        self.save_label.setText(self.tr("All answers saved"))
        self._finish(stopped=True)

    @Slot()
    def _on_pause_button_clicked(self) -> None:
        if not self._still_saving():
            self.pause_requested.emit()
