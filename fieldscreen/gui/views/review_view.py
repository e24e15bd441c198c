"""Review and result: every answer by section, the result with its reasons and live deadlines, finalize, amend."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Answer, QuestionType
from fieldscreen.core.screening import MessageKind, Screening
from fieldscreen.services.packet_source import interview_cautions
from fieldscreen.services.screening_errors import ScreeningIncomplete, incomplete
from fieldscreen.services.screening_models import ResultView, ScreeningView
from fieldscreen.services.session import Session

from ..labels import answer_text, pick, status_label, unbroken
from ..look import icon
from ..ops import OpRunner
from ..screening_facts import facts_text
from ..timefmt import local_time
from ..widgets.button_rows import ButtonRows
from ..widgets.plain_label import PlainLabel, as_plain_text
from ..widgets.result_panel import ResultPanel
from .amend_dialog import AmendDialog
from .edit_details_dialog import EditContextDialog, EditPersonDialog

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
EDITABLE = ("draft", "returned")


class ReviewView(QWidget):
    """All answers with what still needs attention, and the result; finalizing locks the screening.

    Args:
        ops: Runs the service calls off the GUI thread.
        parent: Qt parent.
        read_only: Only show (the supervisor's review): no changing, amending or finalizing here.

    Signals:
        edit_requested: Change an answer in the interview; carries the question's name, and whether it is one change
            (else: the first of the answers a refused finalize needs).
        closed: Back to the list.
        screening_changed: Finalized or amended; carries the new ``ScreeningView``.
    """

    edit_requested = Signal(str, bool)
    closed = Signal()
    screening_changed = Signal(object)

    def __init__(self, ops: OpRunner, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self._ops = ops
        self._read_only = read_only
        self._session: Session | None = None
        self._view: ScreeningView | None = None
        self._others_draft = False
        self.state: Screening | None = None
        self.heading = PlainLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Review heading"))
        self.locked_label = PlainLabel(self)
        self.locked_label.setObjectName("lockedBanner")
        self.locked_label.setWordWrap(True)
        self.locked_label.setAccessibleName(self.tr("Finalized"))
        self.answers_model = QStandardItemModel(self)
        self.answers = QTreeView(self)
        self.answers.setAccessibleName(self.tr("Answers"))
        self.answers.setModel(self.answers_model)
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.answers.setWordWrap(True)
        self.answers.setAlternatingRowColors(True)
        self.detail_label = PlainLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("Selected answer"))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = ResultPanel(self)
        result_scroll = QScrollArea(self)
        result_scroll.setWidgetResizable(True)
        result_scroll.setFrameShape(QFrame.Shape.NoFrame)
        result_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        result_scroll.setWidget(self.result)
        self.result_scroll = result_scroll
        result_scroll.setAccessibleName(self.tr("Result and what to do next"))
        self.edit_button = QPushButton(self.tr("&Change selected answer"), self)
        self.edit_button.setAccessibleName(self.tr("Change selected answer"))
        self.person_button = QPushButton(self.tr("Edit &person..."), self)
        self.person_button.setAccessibleName(self.tr("Edit person"))
        self.context_button = QPushButton(self.tr("Edit &interview details..."), self)
        self.context_button.setAccessibleName(self.tr("Edit interview details"))
        self.finalize_button = QPushButton(self.tr("Fi&nalize..."), self)
        self.finalize_button.setAccessibleName(self.tr("Finalize"))
        self.close_button = QPushButton(self.tr("Back to the lis&t"), self)
        self.close_button.setAccessibleName(self.tr("Back to the list"))

        answers = QWidget(self)
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addWidget(self.answers, 1)
        answers_layout.addWidget(self.detail_label)
        splitter = QSplitter(self)
        splitter.addWidget(answers)
        splitter.addWidget(result_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = self._buttons = ButtonRows()
        buttons.add_left(self.edit_button)
        buttons.add_right(self.close_button)
        buttons.add_right(self.finalize_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.person_button)
        top.addWidget(self.context_button)
        layout.addLayout(top)
        layout.addWidget(self.locked_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.answers, self.result_scroll)
        self.setTabOrder(self.result_scroll, self.edit_button)
        self.setTabOrder(self.edit_button, self.close_button)
        self.setTabOrder(self.person_button, self.context_button)
        self.setTabOrder(self.context_button, self.answers)
        self.setTabOrder(self.close_button, self.finalize_button)

        self.answers.activated.connect(self._on_answers_activated)
        self.answers.selectionModel().currentChanged.connect(self._on_answers_current_changed)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.person_button.clicked.connect(self._on_person_button_clicked)
        self.context_button.clicked.connect(self._on_context_button_clicked)
        self.finalize_button.clicked.connect(self._on_finalize_button_clicked)
        self.close_button.clicked.connect(self.closed)

    def add_buttons(self, left: list[QWidget], right: list[QWidget]) -> None:
        """Put a place's own buttons in the bottom row: ``left`` after Edit, ``right`` after Finalize."""
        for widget in left:
            self._buttons.add_left(widget)
        previous = self.finalize_button
        for widget in right:
            self._buttons.add_right(widget)
            self.setTabOrder(previous, widget)
            previous = widget

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on."""
        self._session = session

    @property
    def screening(self) -> ScreeningView | None:
        """The screening reviewed."""
        return self._view

    def open(self, view: ScreeningView, state: Screening | None = None, question: str = "") -> None:
        """Review ``view``; ``state`` holds its answers as the interview left them (read from ``view`` if not given).

        The answer to ``question`` is selected if it is shown (the last one asked), else the first.
        """
        self._view = view
        self.state = state or Screening(view.instrument, language=view.screener_language, answers=view.state.answers())
        others = view.status in EDITABLE and view.screener != self._session.account.username
        self._others_draft = others  # only its screener answers, edits or finalizes it (the service refuses others)
        editable = view.status in EDITABLE and not others
        read_only = self._read_only or others
        case = unbroken(view.case_code)
        self.heading.setText(fill(self.tr("Review: case %1 (%2)"), case, status_label(view.status)))
        if self._read_only:
            self.locked_label.setText(
                fill(self.tr("Finalized %1 by %2. Read-only."), local_time(view.finalized_at), view.screener)
            )
        elif others:
            self.locked_label.setText(
                fill(
                    self.tr(
                        "Read-only: only %1, who started this screening, can answer its questions, change it or "
                        "finalize it. Once it is finalized, it can be reviewed and amended with a reason."
                    ),
                    view.screener,
                )
            )
        elif editable:
            check = self.tr("Check the answers, change any that need it, then finalize. Nothing is locked yet.")
            returned = view.review_comment if view.status == "returned" else ""
            self.locked_label.setText(
                fill(self.tr("Returned by the supervisor: %1\n%2"), returned, check) if returned else check
            )
        else:
            self.locked_label.setText(
                fill(
                    self.tr(
                        "Finalized %1: locked. A change is now an amendment with a reason; the original answer is kept."
                    ),
                    local_time(view.finalized_at),
                )
            )
        self.edit_button.setText(
            self.tr("&Change selected answer") if editable else self.tr("&Amend selected answer...")
        )
        self.edit_button.setAccessibleName(self.tr("Change selected answer"))
        self.edit_button.setVisible(not read_only)
        self.finalize_button.setVisible(editable and not read_only)
        self.person_button.setVisible(editable and not read_only)
        self.context_button.setVisible(editable and not read_only)
        self._fill_answers(selected=question)
        self.result_scroll.verticalScrollBar().setValue(0)  # each screening's result starts at its headline
        self.result.summary_label.setText(self.tr("Working out the result..."))
        screenings, screening_id = self._session.screenings, view.id
        self._ops.run(
            "screening_result",
            lambda: screenings.result(screening_id),
            owner=self,
            on_success=lambda result: self._on_result(view, result),
        )
        self.answers.setFocus()

    def _on_result(self, view: ScreeningView, result: ResultView) -> None:
        if self._view is not view:  # another screening, or a newer view of it, was shown since: its result follows
            return
        cautions = interview_cautions(view.context)
        self.result.show_result(result, view.instrument, view.screener_language, cautions, facts_text(view))

    def _fill_answers(self, *, selected: str) -> None:
        view, state = self._view, self.state
        language = view.screener_language
        messages = state.messages()
        self.answers_model.clear()
        self.answers_model.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        for name, compiled in state.loaded.sections.items():
            if not state.is_section_visible(name):
                continue
            section = QStandardItem(pick(compiled.section.title, language))
            for question in compiled.section.questions:
                if not state.is_visible(question.name) or question.type is QuestionType.NOTE:
                    continue
                section.appendRow(self._row(question.name, state.answer_of(question.name), messages))
            self.answers_model.appendRow([section, QStandardItem()])
        self.answers.expandAll()
        header = self.answers.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        model = self.answers_model
        sections = [model.index(number, 0) for number in range(model.rowCount())]
        rows = [model.index(r, 0, section) for section in sections for r in range(model.rowCount(section))]
        chosen = next((index for index in rows if index.data(NAME_ROLE) == selected), rows[0] if rows else None)
        if chosen is not None:
            self.answers.setCurrentIndex(chosen)

    def _row(self, name: str, answer: Answer | None, messages: dict) -> list[QStandardItem]:
        question = self.state.loaded.questions[name].question
        language = self._view.screener_language
        asked = QStandardItem(pick(question.label, language))
        asked.setData(name, NAME_ROLE)
        shown = answer_text(question, answer, language)
        given = QStandardItem(shown)
        note = ""
        message = messages.get(name)
        if message is not None:
            word = self.tr("Required: not answered") if message.kind is MessageKind.REQUIRED else self.tr("Check")
            note = fill(self.tr("%1. %2"), word, message.text)
            given.setText(fill(self.tr("%1 (%2)"), shown, word))
            given.setIcon(icon("warning"))
        elif changes := self._view.amendments_of(name):
            first, last = changes[0], changes[-1]
            before = Answer.from_json(first["before"], question.type) if first["before"] else None
            note = fill(
                self.tr("Amended %1: %2. Original answer (kept): %3"),
                local_time(datetime.fromisoformat(last["at"])),
                last["reason"].rstrip("."),
                answer_text(question, before, language),
            )
            given.setText(fill(self.tr("%1 (amended)"), shown))
        detail = "\n".join(part for part in (asked.text(), fill(self.tr("Answer: %1"), shown), note) if part)
        for item in (asked, given):
            item.setToolTip(detail)
            item.setData(name, NAME_ROLE)
            item.setData(detail, DETAIL_ROLE)
        return [asked, given]

    # ---- actions ----

    def _selected_question(self) -> str | None:
        index = self.answers.currentIndex()
        return index.data(NAME_ROLE) if index.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _on_answers_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail_label.setText(current.data(DETAIL_ROLE) or "")

    @Slot(QModelIndex)
    def _on_answers_activated(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        name = self._selected_question()
        if name is None or self._read_only or self._others_draft:
            return
        if self._view.status in EDITABLE:
            self.edit_requested.emit(name, True)
            return
        dialog = AmendDialog(self._session, self._ops, self._view, self.state, name, self)
        dialog.amended.connect(self._on_changed)
        dialog.open()

    @Slot()
    def _on_person_button_clicked(self) -> None:
        self._edit_details(EditPersonDialog(self._session, self._ops, self._view, self))

    @Slot()
    def _on_context_button_clicked(self) -> None:
        self._edit_details(EditContextDialog(self._session, self._ops, self._view, self))

    def _edit_details(self, dialog: EditPersonDialog | EditContextDialog) -> None:
        """Correct the person or the interview details; the review (and the live result) follows the change."""
        dialog.changed.connect(self._on_changed)
        dialog.open()

    @Slot()
    def _on_finalize_button_clicked(self) -> None:
        refusal = incomplete(self.state, self._view.screener_language)
        if refusal is not None:
            self._show_incomplete(refusal)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Finalize"), self.tr("Finalize this screening?"), parent=self
        )
        box.setInformativeText(
            self.tr(
                "The screening is then locked and its actions appear under Deadlines. Later changes are amendments "
                "with a reason, and the original answers are kept."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        finalize = box.addButton(self.tr("Finalize"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(finalize)
        box.setAccessibleName(self.tr("Confirm finalize"))
        finalize.clicked.connect(self._finalize)
        as_plain_text(box).open()

    def _show_incomplete(self, refusal: ScreeningIncomplete) -> None:
        """Say what stops finalizing and offer to go to the first of those questions, not a Finalize that would fail."""
        count = len(refusal.questions)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Not ready to finalize"),
            self.tr("%n questions need attention before this screening can be finalized.", None, count),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setInformativeText(f"{refusal.message}\n\n{refusal.advice}")
        box.setAccessibleName(self.tr("Not ready to finalize"))
        go = box.addButton(self.tr("&Go to the first one"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        first = refusal.questions[0]
        go.clicked.connect(lambda: self.edit_requested.emit(first, False))
        as_plain_text(box).open()

    def _finalize(self) -> None:
        session, screening_id = self._session, self._view.id

        def finalize() -> tuple[ScreeningView, int]:
            return session.screenings.finalize(screening_id), session.outbox.waiting_to_seal()

        self._ops.run("screening_finalize", finalize, busy=self, on_success=self._on_finalized)

    def _on_finalized(self, done: tuple[ScreeningView, int]) -> None:
        view, unsealed = done
        self._on_changed(view)
        if view.training:  # practice packets are never sent, as the Outbox says
            return
        if unsealed:  # the screener must not take the referral for sent
            where = self.tr(
                "Nothing is sent yet: the referral packet waits in the Outbox until an administrator imports the "
                "receiving office's key."
            )
        elif view.returned is not None:  # finalized again: the office gets a version that replaces the one it has
            where = self.tr(
                "A new version of the referral packet, saying what changed after the return, is in the Outbox and goes "
                "to the receiving office at the next sync; it replaces the version sent before."
            )
        else:
            where = self.tr("The referral packet is in the Outbox and goes to the receiving office at the next sync.")
        self.locked_label.setText(f"{self.locked_label.text()}\n{where}")

    def _on_changed(self, view: ScreeningView) -> None:
        self.open(view)
        self.screening_changed.emit(view)
