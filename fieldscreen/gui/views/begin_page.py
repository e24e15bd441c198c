"""Before you begin: instrument, languages, setting, privacy, interpreter, and the disclosure read aloud."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.core.languages import language_name
from fieldscreen.core.models import Text
from fieldscreen.core.person import Tri
from fieldscreen.services.screening_models import (
    INTERPRETER_KINDS,
    INTERPRETER_RELATIONSHIPS,
    SETTINGS,
    InstrumentInfo,
    InterviewContext,
)

from ..labels import (
    interpreter_kind_label,
    pick,
    plain_tooltip,
    population_label,
    relationship_label,
    setting_label,
    tri_label,
)
from ..timefmt import clock_time, utc_now
from ..widgets.plain_label import PlainLabel
from ..widgets.warning_label import WarningLabel

SIDE_BY_SIDE_CHARS = 120
"""Below this width (in average characters) the interpreter's details go below the checklist."""


def _combo(parent: QWidget, name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class BeginPage(QWidget):
    """The checklist done before the first question.

    Args:
        parent: Qt parent.

    Signals:
        changed: Something on the page changed (completeness may have changed).
        warned: A warning appeared that was not shown before.
    """

    changed = Signal()
    warned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instruments: list[InstrumentInfo] = []
        self._disclosure_texts: dict[str, dict[str, Text]] = {}
        self._ui_language = "en"
        self.disclosure_given_at: datetime | None = None
        self._given_text = ""
        self._recorded = False  # correcting a recorded interview: the disclosure then was given as recorded
        choose = self.tr("Choose...")
        tri = [(choose, None), *((tri_label(t), t) for t in Tri)]

        self.instrument_combo = _combo(self, self.tr("Instrument"), [])
        self.instrument_note = PlainLabel(self)
        self.instrument_note.setObjectName("hint")
        self.instrument_note.setWordWrap(True)
        self.interview_language_combo = _combo(self, self.tr("Interview language"), [])
        self.screener_language_combo = _combo(self, self.tr("Screener language"), [])
        self.setting_combo = _combo(
            self, self.tr("Setting"), [(choose, None), *((setting_label(s), s) for s in SETTINGS)]
        )
        self.private_combo = _combo(self, self.tr("Private setting"), tri)
        self.alone_combo = _combo(self, self.tr("Person alone"), tri)
        self.gender_combo = _combo(
            self,
            self.tr("Interviewer gender preference"),
            [
                (self.tr("Not asked"), ""),
                (self.tr("No preference"), "none"),
                (self.tr("Prefers a woman"), "woman"),
                (self.tr("Prefers a man"), "man"),
            ],
        )

        self.interpreter_check = QCheckBox(self.tr("An &interpreter takes part"), self)
        self.interpreter_check.setAccessibleName(self.tr("Interpreter used"))
        self.interpreter_kind_combo = _combo(
            self, self.tr("Interpreter kind"), [(interpreter_kind_label(k), k) for k in INTERPRETER_KINDS if k]
        )
        self.interpreter_language_edit = QLineEdit(self)
        self.interpreter_language_edit.setAccessibleName(self.tr("Interpreter language"))
        self.relationship_combo = _combo(
            self,
            self.tr("Interpreter relationship to the person"),
            [(choose, None), *((relationship_label(r), r) for r in INTERPRETER_RELATIONSHIPS)],
        )
        self.interpreter_id_edit = QLineEdit(self)
        self.interpreter_id_edit.setAccessibleName(self.tr("Interpreter ID"))
        self.interpreter_id_edit.setPlaceholderText(self.tr("optional, e.g. the agency's interpreter number"))
        self.warnings = WarningLabel(self.tr("Warnings"), self)

        self.interview_heading = PlainLabel(self)
        self.screener_heading = PlainLabel(self)
        self.interview_disclosure = QTextBrowser(self)
        self.interview_disclosure.setObjectName("disclosure")
        self.interview_disclosure.setAccessibleName(self.tr("Disclosure in the interview language"))
        self.screener_disclosure = QTextBrowser(self)
        self.screener_disclosure.setObjectName("disclosure")
        self.screener_disclosure.setAccessibleName(self.tr("Disclosure in the screener language"))
        for browser in (self.interview_disclosure, self.screener_disclosure):
            browser.setTabChangesFocus(True)
        self.interview_disclosure.setPlaceholderText(self.tr("Choose the setting to see the disclosure for it."))
        self.disclosure_button = QPushButton(self.tr("&Disclosure given"), self)
        self.disclosure_button.setAccessibleName(self.tr("Disclosure given"))
        self.disclosure_label = PlainLabel(self.tr("Not given yet."), self)
        self.disclosure_label.setAccessibleName(self.tr("Disclosure time"))

        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        interview = QFormLayout()
        interview.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        interview.addRow(self.tr("I&nstrument"), self.instrument_combo)
        interview.addRow("", self.instrument_note)
        interview.addRow(self.tr("Intervie&w language"), self.interview_language_combo)
        interview.addRow(self.tr("&Your language"), self.screener_language_combo)
        interview.addRow(self.tr("&Setting"), self.setting_combo)
        interview.addRow(self.tr("&Private place?"), self.private_combo)
        interview.addRow(self.tr("Person &alone?"), self.alone_combo)
        interview.addRow(self.tr("Preferred in&terviewer gender"), self.gender_combo)
        interpreter = QFormLayout()
        interpreter.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        interpreter.addRow(self.interpreter_check)
        interpreter.addRow(self.tr("&How"), self.interpreter_kind_combo)
        interpreter.addRow(self.tr("Lan&guage"), self.interpreter_language_edit)
        interpreter.addRow(self.tr("&Relationship"), self.relationship_combo)
        interpreter.addRow(self.tr("Int&erpreter ID"), self.interpreter_id_edit)
        interpreter_box = QGroupBox(self.tr("Interpreter"), self)
        interpreter_box.setLayout(interpreter)
        self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._top.addLayout(interview, 3)
        self._top.addWidget(interpreter_box, 2)

        disclosure = QGridLayout()
        disclosure.addWidget(self.interview_heading, 0, 0)
        disclosure.addWidget(self.screener_heading, 0, 1)
        disclosure.addWidget(self.interview_disclosure, 1, 0)
        disclosure.addWidget(self.screener_disclosure, 1, 1)
        given = QHBoxLayout()
        given.addWidget(self.disclosure_button)
        given.addWidget(self.disclosure_label, 1)
        disclosure_box = QGroupBox(self.tr("Before the first question, read this aloud"), self)
        box_layout = QVBoxLayout(disclosure_box)
        box_layout.addLayout(disclosure, 1)
        box_layout.addLayout(given)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addWidget(self.warnings)
        layout.addWidget(disclosure_box, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Put the interpreter's details beside the checklist when there is room, else below it."""
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        wanted = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._top.direction() != wanted:
            self._top.setDirection(wanted)
        super().resizeEvent(event)

    def _connect(self) -> None:
        self.instrument_combo.currentIndexChanged.connect(self._on_instrument_combo_changed)
        for combo in (self.interview_language_combo, self.screener_language_combo, self.setting_combo):
            combo.currentIndexChanged.connect(self._show_disclosure)
        for combo in (
            self.private_combo,
            self.alone_combo,
            self.relationship_combo,
            self.interpreter_kind_combo,
            self.gender_combo,
        ):
            combo.currentIndexChanged.connect(self._on_changed)
        self.interpreter_check.toggled.connect(self._on_interpreter_check_toggled)
        self.interpreter_language_edit.textChanged.connect(self._on_changed)
        self.disclosure_button.clicked.connect(self._on_disclosure_button_clicked)
        self._on_interpreter_check_toggled(False)

    # ---- filling ----

    def set_instruments(
        self, instruments: list[InstrumentInfo], disclosures: dict[str, dict[str, Text]], ui_language: str
    ) -> None:
        """Offer ``instruments``; ``disclosures`` maps an instrument id to its texts by setting and language."""
        self._instruments = instruments
        self._disclosure_texts = disclosures
        self._ui_language = ui_language
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        for info in instruments:
            self.instrument_combo.addItem(pick(info.title, ui_language), info.id)
        self.instrument_combo.blockSignals(False)
        self._on_instrument_combo_changed()

    def start_new(
        self, instruments: list[InstrumentInfo], disclosures: dict[str, dict[str, Text]], ui_language: str
    ) -> None:
        """Start a new screening's checklist: ``set_instruments``, and nothing of an earlier screening kept.

        The first instrument and its languages are chosen as ``set_instruments`` chooses them; every other answer
        goes back to "Choose..." or empty, and the disclosure to not given.
        """
        self._recorded = False
        self.set_instruments(instruments, disclosures, ui_language)
        for combo in (
            self.setting_combo,
            self.private_combo,
            self.alone_combo,
            self.gender_combo,
            self.interpreter_kind_combo,
            self.relationship_combo,
        ):
            combo.setCurrentIndex(0)
        self.interpreter_check.setChecked(False)
        self.interpreter_language_edit.clear()
        self.interpreter_id_edit.clear()
        self._show_disclosure_given(None)

    def show_recorded(
        self, info: InstrumentInfo, disclosures: dict[str, Text], languages: tuple[str, str], context: InterviewContext
    ) -> None:
        """Show a started screening's context to correct it; its instrument and languages stay as they are.

        Args:
            info: The screening's instrument.
            disclosures: Its disclosure scripts by setting (each in its languages).
            languages: The interview language and the screener's language.
            context: The recorded context.
        """
        self.set_instruments([info], {info.id: disclosures}, languages[1])
        for combo, code in zip((self.interview_language_combo, self.screener_language_combo), languages, strict=True):
            combo.setCurrentIndex(combo.findData(code))
        for combo in (self.instrument_combo, self.interview_language_combo, self.screener_language_combo):
            combo.setEnabled(False)
        self.setting_combo.setCurrentIndex(self.setting_combo.findData(context.setting))
        self.private_combo.setCurrentIndex(self.private_combo.findData(Tri(context.private_setting)))
        self.alone_combo.setCurrentIndex(self.alone_combo.findData(Tri(context.person_alone)))
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(context.interviewer_gender_preference), 0))
        self.interpreter_check.setChecked(context.interpreter_used)
        if context.interpreter_used:
            self.interpreter_kind_combo.setCurrentIndex(self.interpreter_kind_combo.findData(context.interpreter_kind))
            self.interpreter_language_edit.setText(context.interpreter_language)
            self.relationship_combo.setCurrentIndex(self.relationship_combo.findData(context.interpreter_relationship))
            self.interpreter_id_edit.setText(context.interpreter_id)
        self._show_disclosure_given(context.disclosure_given_at)
        self._recorded = True

    @property
    def offered(self) -> list[InstrumentInfo]:
        """The instruments offered for a new screening."""
        return list(self._instruments)

    @property
    def ui_language(self) -> str:
        """The screener's language the page was filled for."""
        return self._ui_language

    def instrument(self) -> InstrumentInfo | None:
        """The chosen instrument."""
        index = self.instrument_combo.currentIndex()
        return self._instruments[index] if 0 <= index < len(self._instruments) else None

    def languages(self) -> tuple[str, str]:
        """The interview language and the screener's language."""
        return self.interview_language_combo.currentData() or "", self.screener_language_combo.currentData() or ""

    @Slot()
    def _on_instrument_combo_changed(self) -> None:
        info = self.instrument()
        for combo in (self.interview_language_combo, self.screener_language_combo):
            combo.blockSignals(True)
            combo.clear()
        if info is not None:
            for code in info.languages:
                self.interview_language_combo.addItem(language_name(code), code)
                self.screener_language_combo.addItem(language_name(code), code)
            screener = self.screener_language_combo.findData(self._ui_language)
            self.screener_language_combo.setCurrentIndex(max(screener, 0))
            other = next((c for c in info.languages if c != self._ui_language), info.languages[0])
            self.interview_language_combo.setCurrentIndex(self.interview_language_combo.findData(other))
            self.instrument_note.setText(population_label(info.population))
            self.instrument_combo.setToolTip(plain_tooltip(pick(info.description, self._ui_language)))
        for combo in (self.interview_language_combo, self.screener_language_combo):
            combo.blockSignals(False)
        self._show_disclosure()

    @Slot()
    def _show_disclosure(self) -> None:
        info = self.instrument()
        setting = self.setting_combo.currentData()
        interview, screener = self.languages()
        texts = self._disclosure_texts.get(info.id, {}).get(setting, {}) if info and setting else {}
        if texts:
            self.interview_heading.setText(fill(self.tr("Read aloud (%1)"), language_name(interview)))
            self.screener_heading.setText(fill(self.tr("In your language (%1)"), language_name(screener)))
        else:
            self.interview_heading.setText(self.tr("Read aloud"))
        self.interview_disclosure.setPlainText(texts.get(interview, ""))
        self.screener_disclosure.setPlainText(texts.get(screener, ""))
        both = bool(texts) and interview != screener
        self.screener_heading.setVisible(both)
        self.screener_disclosure.setVisible(both)
        heard = self.disclosure_given_at is not None and self.interview_disclosure.toPlainText() == self._given_text
        if self.disclosure_given_at is not None and not heard and not self._recorded:
            self._show_disclosure_given(None)  # another setting or language: the person has not heard this text
        self._on_changed()

    @Slot(bool)
    def _on_interpreter_check_toggled(self, used: bool) -> None:
        for widget in (
            self.interpreter_kind_combo,
            self.interpreter_language_edit,
            self.relationship_combo,
            self.interpreter_id_edit,
        ):
            widget.setEnabled(used)
        self._on_changed()

    @Slot()
    def _on_disclosure_button_clicked(self) -> None:
        self._show_disclosure_given(utc_now())

    def _show_disclosure_given(self, at: datetime | None) -> None:
        self.disclosure_given_at = at
        self._given_text = self.interview_disclosure.toPlainText() if at else ""
        shown = fill(self.tr("Given at %1."), clock_time(at)) if at else self.tr("Not given yet.")
        self.disclosure_label.setText(shown)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        before = set(self.warnings.text().splitlines())
        lines = self.context().warnings() if self.setting_combo.currentData() else []
        self.warnings.set_lines(lines)
        self.changed.emit()
        if not set(lines) <= before:
            self.warned.emit()

    # ---- reading ----

    def missing(self) -> list[str]:
        """What still has to be filled in, in plain words (empty when the page is complete)."""
        missing = []
        if self.instrument() is None:
            missing.append(self.tr("an instrument"))
        if self.setting_combo.currentData() is None:
            missing.append(self.tr("the setting"))
        if self.private_combo.currentData() is None:
            missing.append(self.tr("whether the place is private"))
        if self.alone_combo.currentData() is None:
            missing.append(self.tr("whether the person is alone"))
        if self.interpreter_check.isChecked():
            if not self.interpreter_language_edit.text().strip():
                missing.append(self.tr("the interpreter's language"))
            if self.relationship_combo.currentData() is None:
                missing.append(self.tr("the interpreter's relationship to the person"))
        if self.disclosure_given_at is None:
            missing.append(self.tr("the disclosure"))
        return missing

    def context(self) -> InterviewContext:
        """The interview context as filled in."""
        used = self.interpreter_check.isChecked()
        return InterviewContext(
            setting=self.setting_combo.currentData() or "",
            private_setting=Tri(self.private_combo.currentData() or Tri.UNKNOWN),
            person_alone=Tri(self.alone_combo.currentData() or Tri.UNKNOWN),
            interpreter_used=used,
            interpreter_kind=self.interpreter_kind_combo.currentData() if used else "",
            interpreter_language=self.interpreter_language_edit.text().strip() if used else "",
            interpreter_relationship=(self.relationship_combo.currentData() or "none") if used else "none",
            interpreter_id=self.interpreter_id_edit.text().strip() if used else "",
            interviewer_gender_preference=self.gender_combo.currentData(),
            disclosure_given_at=self.disclosure_given_at,
        )

    def focus_first(self) -> None:
        """Start at the instrument choice."""
        self.instrument_combo.setFocus(Qt.FocusReason.OtherFocusReason)
