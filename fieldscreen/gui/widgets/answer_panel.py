"""The answer controls for one question, by type, with Declined, Don't know and skip-with-reason always at hand.

Keys are the same in every language so the screener's hands learn them: Y and N for yes and no, 1 to 9 and 0 for the
first ten choices, D for Declined, K for Don't know, S to skip with a reason, Enter to save a typed answer. They are
shown on the buttons. Alt+D and Alt+K also work while the cursor is in a typed answer (where D and K are typing), and
typed questions show those.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QDoubleValidator, QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Answer, AnswerStatus, Choice, Question, QuestionType

from ..labels import pick
from .fitting_scroll_area import FittingScrollArea
from .typed_dates import TypedDateEdit
from .wrapping_button import WrappingButton, WrappingCheckBox

CHOICE_KEYS = "1234567890"
SHORTCUT_KEYS = ("Y", "N", "D", "K", "S", *CHOICE_KEYS)
"""The answer keys shown on the panel's buttons: yes, no, declined, don't know, skip, and the choices."""
YES_NO_KEYS = {"yes": "Y", "no": "N"}
STATUS_KEYS = {AnswerStatus.DECLINED: "D", AnswerStatus.DONT_KNOW: "K", AnswerStatus.SKIPPED: "S"}
TYPED = (
    QuestionType.TEXT,
    QuestionType.LONG_TEXT,
    QuestionType.INTEGER,
    QuestionType.DECIMAL,
    QuestionType.DATE,
    QuestionType.AGE,
)


class AnswerPanel(QWidget):
    """Builds the controls for each question shown and emits the answer given.

    Args:
        parent: Qt parent.

    Signals:
        answered: An answer was given; carries the ``Answer`` (not yet saved).
        invalid: A typed value cannot be an answer; carries the reason in plain words.
    """

    answered = Signal(object)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: Question | None = None
        self._keys: dict[str, QAbstractButton] = {}
        self._value_widget: QWidget | None = None
        self.controls = QWidget(self)
        self.controls_scroll = FittingScrollArea(self.controls, self)
        self.controls_scroll.setAccessibleName(self.tr("Answers"))
        self.declined_button = self._status_button(self.tr("Declined"), AnswerStatus.DECLINED)
        self.dont_know_button = self._status_button(self.tr("Don't know"), AnswerStatus.DONT_KNOW)
        self.skip_button = self._status_button(self.tr("Skip..."), AnswerStatus.SKIPPED)
        self.skip_button.setAccessibleName(self.tr("Skip with a reason"))
        self.skip_reason_edit = QLineEdit(self)
        self.skip_reason_edit.setAccessibleName(self.tr("Reason for skipping"))
        self.skip_reason_edit.setPlaceholderText(self.tr("Why is this question skipped? Then press Enter."))
        self.skip_reason_edit.hide()
        status_row = QHBoxLayout()
        for button in (self.declined_button, self.dont_know_button, self.skip_button):
            status_row.addWidget(button)
        status_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls_scroll)
        layout.addLayout(status_row)
        layout.addWidget(self.skip_reason_edit)

    def _status_button(self, text: str, status: AnswerStatus) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName("statusButton")
        button.setCheckable(True)
        button.setAccessibleName(text.rstrip("."))
        button.setProperty("words", text)
        button.clicked.connect(lambda _checked=False, s=status: self._on_status_clicked(s))
        return button

    def _show_status_key(self, button: QPushButton, status: AnswerStatus, typed: bool) -> None:
        """Show the key of ``button``: its letter, or Alt+letter where the letter alone would be typed."""
        key = STATUS_KEYS[status]
        # the mnemonic makes Alt+D and Alt+K, the same in every language; S stays a plain key (Alt+S is taken)
        shown = key if status is AnswerStatus.SKIPPED else f"{'Alt+' if typed else ''}&{key}"
        button.setText(fill(self.tr("%1   [%2]"), button.property("words"), shown))
        button.setAccessibleDescription(fill(self.tr("Key %1"), shown.replace("&", "")))

    # ---- building ----

    def show_question(self, question: Question, current: Answer | None, language: str, screener: str) -> None:
        """Build the controls for ``question``, marking the ``current`` answer; labels in both languages."""
        self._question = question
        self._keys = {}
        self._value_widget = None
        old = self.controls_scroll.takeWidget()  # deleted later: its button may be the one being clicked
        old.hide()
        old.deleteLater()
        self.controls = QWidget(self)
        kind = question.type
        if kind in (QuestionType.YES_NO, QuestionType.SELECT_ONE):
            self._build_choices(question, current, language, screener)
        elif kind is QuestionType.SELECT_MULTIPLE:
            self._build_checks(question, current, language, screener)
        elif kind in TYPED:
            self._build_typed(question, current)
        self.controls_scroll.setWidget(self.controls)
        self._tab_before_status_buttons()
        answerable = kind is not QuestionType.NOTE
        status = current.status if current else None
        for button, wanted in (
            (self.declined_button, AnswerStatus.DECLINED),
            (self.dont_know_button, AnswerStatus.DONT_KNOW),
            (self.skip_button, AnswerStatus.SKIPPED),
        ):
            self._show_status_key(button, wanted, kind in TYPED)
            button.setVisible(answerable and (wanted is not AnswerStatus.SKIPPED or question.allow_skip))
            button.setChecked(status is wanted)
            self._keys[STATUS_KEYS[wanted]] = button
        self.skip_reason_edit.setVisible(False)
        self.skip_reason_edit.setText(current.skip_reason if current and current.skip_reason else "")

    def _tab_before_status_buttons(self) -> None:
        """Put the new controls in the Tab order just before Declined.

        New widgets go to the end of the window's order: Tab went from the answers to the account and Lock buttons,
        and only then to Declined.
        """
        previous = self.declined_button.previousInFocusChain()
        while previous.focusPolicy() == Qt.FocusPolicy.NoFocus:  # Qt orders only after a widget that takes focus
            previous = previous.previousInFocusChain()
        for control in self.controls.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, control)
                previous = control

    def _label(self, choice: Choice, key: str, language: str, screener: str) -> str:
        """The choice in both languages, after its key in brackets (no brackets for a choice without a key)."""
        first = pick(choice.label, language)
        second = pick(choice.label, screener)
        both = first if first == second else fill(self.tr("%1  (%2)"), first, second)
        return fill(self.tr("[%1]   %2"), key, both) if key else both

    def _build_choices(self, question: Question, current: Answer | None, language: str, screener: str) -> None:
        layout = QGridLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        picked = current.value if current and current.status is AnswerStatus.ANSWERED else None
        columns = 2 if question.type is QuestionType.YES_NO else 1
        for i, choice in enumerate(question.choices):
            key = YES_NO_KEYS.get(choice.value, "") if question.type is QuestionType.YES_NO else CHOICE_KEYS[i : i + 1]
            button = WrappingButton(self._label(choice, key, language, screener), self.controls)
            button.setObjectName("answerButton")
            button.setProperty("choice", choice.value)
            button.setCheckable(True)
            button.setChecked(choice.value == picked)
            button.setAccessibleName(pick(choice.label, screener))
            button.setAccessibleDescription(fill(self.tr("Key %1"), key) if key else "")
            button.clicked.connect(lambda _checked=False, v=choice.value: self._emit(v))
            layout.addWidget(button, i // columns, i % columns)
            if key:
                self._keys[key] = button
        layout.setRowStretch(layout.rowCount(), 1)  # room to spare goes below the answers, not into them

    def _build_checks(self, question: Question, current: Answer | None, language: str, screener: str) -> None:
        layout = QVBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        picked = set(current.value) if current and isinstance(current.value, tuple) else set()
        boxes = []
        for i, choice in enumerate(question.choices):
            key = CHOICE_KEYS[i : i + 1]
            box = WrappingCheckBox(self._label(choice, key, language, screener), self.controls)
            box.setChecked(choice.value in picked)
            box.setAccessibleName(pick(choice.label, screener))
            box.setProperty("choice", choice.value)
            layout.addWidget(box)
            boxes.append(box)
            if key:
                self._keys[key] = box
        save = self._save_button()
        save.clicked.connect(lambda: self._emit(tuple(b.property("choice") for b in boxes if b.isChecked()) or None))
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _build_typed(self, question: Question, current: Answer | None) -> None:
        layout = QHBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        value = current.value if current and current.status is AnswerStatus.ANSWERED else None
        kind = question.type
        if kind is QuestionType.LONG_TEXT:
            widget: QWidget = QPlainTextEdit(str(value or ""), self.controls)
            widget.setTabChangesFocus(True)
        elif kind is QuestionType.DATE:
            widget = TypedDateEdit(self.controls)
            widget.setDate(
                QDate(value.year, value.month, value.day) if isinstance(value, date) else QDate.currentDate()
            )
        elif kind is QuestionType.AGE:
            widget = QSpinBox(self.controls)
            widget.setRange(0, 130)
            widget.setSuffix(self.tr(" years"))
            widget.setValue(value if isinstance(value, int) else 0)
        else:
            widget = QLineEdit("" if value is None else str(value), self.controls)
            if kind is QuestionType.INTEGER:
                widget.setValidator(QIntValidator(widget))
            elif kind is QuestionType.DECIMAL:
                widget.setValidator(QDoubleValidator(widget))
        widget.setAccessibleName(self.tr("Answer"))
        self._value_widget = widget
        save = self._save_button()
        save.clicked.connect(self._save_typed)
        layout.addWidget(widget, 1)
        layout.addWidget(save)

    def _save_button(self) -> QPushButton:
        button = QPushButton(self.tr("Save answer   [Enter]"), self.controls)
        button.setAccessibleName(self.tr("Save answer"))
        button.setDefault(False)
        return button

    # ---- answering ----

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter saves the skip reason, or what was typed or ticked (child widgets pass Enter on to here)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
        elif self.skip_reason_edit.hasFocus():
            self._save_skip()
        elif not self.save_typed():
            super().keyPressEvent(event)

    def trigger(self, key: str) -> bool:
        """Act on a shortcut key; whether the key meant something for this question."""
        button = self._keys.get(key)
        if button is None or not button.isVisible():
            return False
        if isinstance(button, QCheckBox):
            button.setFocus()
            button.toggle()
        else:
            button.click()
        if button.parent() is self.controls:
            self.controls_scroll.ensureWidgetVisible(button)
        return True

    def save_typed(self) -> bool:
        """Save what was typed or ticked; whether this question takes a typed or ticked answer."""
        if self._question is None or self._question.type not in (*TYPED, QuestionType.SELECT_MULTIPLE):
            return False
        if self._question.type is QuestionType.SELECT_MULTIPLE:
            save = self.controls.findChild(QPushButton)
            save.click()
        else:
            self._save_typed()
        return True

    @Slot()
    def _save_typed(self) -> None:
        widget = self._value_widget
        if isinstance(widget, QPlainTextEdit):
            self._emit(widget.toPlainText().strip() or None)
        elif isinstance(widget, QDateEdit):
            picked = widget.date()
            self._emit(date(picked.year(), picked.month(), picked.day()))
        elif isinstance(widget, QSpinBox):
            self._emit(widget.value())
        elif isinstance(widget, QLineEdit):
            self._emit_text(widget.text().strip())

    def _emit_text(self, text: str) -> None:
        kind = self._question.type
        if not text:
            self._emit(None)
        elif kind is QuestionType.INTEGER:
            try:
                self._emit(int(text))
            except ValueError:
                self.invalid.emit(self.tr("Enter a whole number."))
        elif kind is QuestionType.DECIMAL:
            try:
                self._emit(float(text.replace(",", ".")))
            except ValueError:
                self.invalid.emit(self.tr("Enter a number."))
        else:
            self._emit(text)

    def _emit(self, value: object) -> None:
        if value is None:
            self.invalid.emit(self.tr("Give an answer first, or choose Declined or Don't know."))
            return
        self._give(Answer(AnswerStatus.ANSWERED, value))  # type: ignore[arg-type]

    def _give(self, answer: Answer) -> None:
        """Mark ``answer`` as the chosen one (buttons checked to match) and emit it."""
        for button in self.controls.findChildren(QPushButton):
            if button.isCheckable():
                button.setChecked(button.property("choice") == answer.value)
        self.declined_button.setChecked(answer.status is AnswerStatus.DECLINED)
        self.dont_know_button.setChecked(answer.status is AnswerStatus.DONT_KNOW)
        self.answered.emit(answer)

    def _on_status_clicked(self, status: AnswerStatus) -> None:
        if status is AnswerStatus.SKIPPED:
            self.skip_button.setChecked(False)
            self.skip_reason_edit.show()
            self.skip_reason_edit.setFocus()
            return
        self._give(Answer(status))

    def _save_skip(self) -> None:
        reason = self.skip_reason_edit.text().strip()
        if not reason:
            self.invalid.emit(self.tr("Give the reason for skipping."))
            return
        self._give(Answer(AnswerStatus.SKIPPED, skip_reason=reason))

    def focus_first(self) -> None:
        """Focus the current answer, else the first control."""
        buttons = [w for w in self.controls.findChildren(QAbstractButton) if w.isChecked()]
        target = buttons[0] if buttons else self._value_widget or self.controls.findChild(QAbstractButton)
        if target is None:
            target = self.declined_button if self.declined_button.isVisible() else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def connect_answer_keys(owner: QWidget, panel: AnswerPanel) -> None:
    """Make the keys shown on ``panel``'s buttons answer while the focus is anywhere in ``owner``.

    A text field keeps the letters typed into it (Qt gives printable keys to the field first).
    """
    for key in SHORTCUT_KEYS:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda k=key: panel.trigger(k))
