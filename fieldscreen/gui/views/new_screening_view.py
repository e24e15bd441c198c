"""Starting a screening in two steps: "Before you begin", then the person; then the interview starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Text
from fieldscreen.services.screening_models import InstrumentInfo, Intake
from fieldscreen.services.session import Session

from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel
from .begin_page import BeginPage
from .person_page import PersonPage

BEGIN, PERSON = range(2)


def _scrolling(page: QWidget, name: str, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class NewScreeningView(QWidget):
    """The two steps before the first question; "Start interview" creates the person and the draft.

    Args:
        ops: Runs the service calls off the GUI thread.
        parent: Qt parent.

    Signals:
        started: The draft exists; carries its ``ScreeningView``.
        cancelled: The screener went back to the list without starting.
    """

    started = Signal(object)
    cancelled = Signal()

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self.heading = PlainLabel(self)
        self.heading.setObjectName("heading")
        self.begin_page = BeginPage(self)
        self.person_page = PersonPage(self)
        self.steps = QStackedWidget(self)
        self.begin_area = _scrolling(self.begin_page, self.tr("Before you begin"), self)
        self.steps.addWidget(self.begin_area)
        self.steps.addWidget(_scrolling(self.person_page, self.tr("The person"), self))
        self.missing_label = PlainLabel(self)
        self.missing_label.setObjectName("hint")
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName(self.tr("Still needed"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel new screening"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to before you begin"))
        self.next_button = QPushButton(self.tr("&Continue"), self)
        self.next_button.setAccessibleName(self.tr("Continue to the person"))
        self.start_button = QPushButton(self.tr("&Start interview"), self)
        self.start_button.setAccessibleName(self.tr("Start interview"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.missing_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)

        self.begin_page.changed.connect(self._update)
        self.begin_page.warned.connect(self._on_begin_page_warned)
        self.person_page.changed.connect(self._update)
        self.cancel_button.clicked.connect(self.cancelled)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self._update()

    @Slot()
    def _on_begin_page_warned(self) -> None:
        """Scroll a new warning into view (at large text it can appear below the fold), once it is laid out."""
        QTimer.singleShot(0, self, lambda: self.begin_area.ensureWidgetVisible(self.begin_page.warnings))

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on."""
        self._session = session

    def begin(
        self, instruments: list[InstrumentInfo], disclosures: dict[str, dict[str, Text]], ui_language: str
    ) -> None:
        """Start over, blank, at "Before you begin" with a new case code (fetched from the service)."""
        self.begin_page.start_new(instruments, disclosures, ui_language)
        self.person_page.reset("")
        self._show(BEGIN)
        screenings = self._session.screenings
        self._ops.run("screening_case_code", screenings.new_case_code, busy=self, on_success=self.person_page.reset)

    def _show(self, step: int) -> None:
        if step == PERSON:
            begin = self.begin_page
            self.person_page.set_instrument(begin.instrument(), begin.offered, begin.ui_language)
        self.steps.setCurrentIndex(step)
        self.heading.setText(self.tr("Before you begin") if step == BEGIN else self.tr("The person"))
        self.focus_current()
        self._update()

    @Slot()
    def _update(self) -> None:
        step = self.steps.currentIndex()
        missing = self.begin_page.missing() if step == BEGIN else self.person_page.missing()
        self.back_button.setVisible(step == PERSON)
        self.next_button.setVisible(step == BEGIN)
        self.start_button.setVisible(step == PERSON)
        self.next_button.setEnabled(not missing)
        self.next_button.setDefault(not missing)
        self.start_button.setEnabled(not missing)
        self.missing_label.setText(fill(self.tr("Still needed: %1."), ", ".join(missing)) if missing else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter presses the button with the focus, else continues from a complete "Before you begin".

        A field that takes Enter itself (a multi-line one) never passes it on; buttons outside a dialog do.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
                return
            if self.steps.currentIndex() == BEGIN and self.next_button.isEnabled():
                self.next_button.click()
                return
        super().keyPressEvent(event)

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self._show(BEGIN)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if not self.begin_page.missing():
            self._show(PERSON)

    @Slot()
    def _on_start_button_clicked(self) -> None:
        info = self.begin_page.instrument()
        if info is None or self.begin_page.missing():
            self._show(BEGIN)
            return
        if self.person_page.missing():
            return
        interview, screener = self.begin_page.languages()
        intake = Intake(
            instrument_id=info.id,
            interview_language=interview,
            screener_language=screener,
            context=self.begin_page.context(),
            person=self.person_page.person(),
        )
        screenings = self._session.screenings
        self._ops.run("screening_start", lambda: screenings.start(intake), busy=self, on_success=self.started.emit)

    def focus_current(self) -> None:
        """Put the focus where the current step starts."""
        if self.steps.currentIndex() == BEGIN:
            self.begin_page.focus_first()
        else:
            self.person_page.focus_first()
