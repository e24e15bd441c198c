"""The Screenings place: the list, starting a screening, the interview, and review with the result."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from fieldscreen.core.models import Text
from fieldscreen.services.instrument_library import bundled_library
from fieldscreen.services.screening_models import InstrumentInfo, ScreeningView
from fieldscreen.services.screenings import ScreeningService
from fieldscreen.services.session import Session

from ..labels import instrument_titles, ui_language
from ..ops import OpRunner
from ..views.interview_view import InterviewView
from ..views.new_screening_view import NewScreeningView
from ..views.review_view import EDITABLE, ReviewView
from ..views.screenings_list_view import ScreeningsListView

LIST, NEW, INTERVIEW, REVIEW = range(4)

Disclosures = dict[str, dict[str, Text]]
"""Instrument id -> setting -> the disclosure script in each language."""


def load_instruments(screenings: ScreeningService) -> tuple[list[InstrumentInfo], Disclosures]:
    """The instruments offered, and their disclosure scripts (from the library the service uses by default)."""
    infos = screenings.instruments()
    catalog = bundled_library().catalog()
    return infos, {info.id: dict(catalog.get(info.id, info.version).instrument.disclosure) for info in infos}


class ScreeningsPlace(QWidget):
    """Moves between the list and the screens of one screening.

    Args:
        ops: Runs the service calls off the GUI thread.
        parent: Qt parent.

    Signals:
        interview_mode_changed: True while a screening is open (the main window then gives it the whole width).
        screenings_changed: A screening was started, finalized or amended (deadlines may have changed).
    """

    interview_mode_changed = Signal(bool)
    screenings_changed = Signal()

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session | None = None
        self._instruments: list[InstrumentInfo] = []
        self._disclosures: Disclosures = {}
        self.list_view = ScreeningsListView(ops, self)
        self.new_view = NewScreeningView(ops, self)
        self.interview = InterviewView(ops, self)
        self.review = ReviewView(ops, self)
        self.pages = QStackedWidget(self)
        for page in (self.list_view, self.new_view, self.interview, self.review):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.list_view.new_requested.connect(self._on_list_view_new_requested)
        self.list_view.open_requested.connect(self.open_screening)
        self.new_view.cancelled.connect(self.show_list)
        self.new_view.started.connect(self._on_new_view_started)
        self.interview.pause_requested.connect(self._on_interview_pause_requested)
        self.interview.review_requested.connect(self._on_interview_review_requested)
        self.review.edit_requested.connect(self._on_review_edit_requested)
        self.review.closed.connect(self.show_list)
        self.review.screening_changed.connect(self._on_review_screening_changed)

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on: load the instruments and the list."""
        self._session = session
        for view in (self.new_view, self.interview, self.review):
            view.set_session(session)
        screenings = session.screenings
        self._ops.run(
            "screening_instruments", lambda: load_instruments(screenings), owner=self, on_success=self._on_instruments
        )

    def _on_instruments(self, loaded: tuple[list[InstrumentInfo], Disclosures]) -> None:
        instruments, self._disclosures = loaded
        self._instruments = instruments
        language = ui_language()
        self.list_view.set_instruments(instruments, language)
        titles = instrument_titles(instruments, language)
        self.list_view.model.set_source(self._session.screenings.list, titles)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.interview_mode_changed.emit(page in (INTERVIEW, REVIEW))

    @Slot()
    def show_list(self, screening_id: int | None = None) -> None:
        """Back to the list, reloaded, with the row of ``screening_id`` (else the first row) selected and focused."""
        self._show(LIST)
        self.list_view.model.reload()
        self.list_view.focus_list(screening_id)

    @Slot()
    def _on_interview_pause_requested(self) -> None:
        self.show_list(self.interview.screening.id)

    @Slot()
    def _on_list_view_new_requested(self) -> None:
        if not self._instruments:
            return
        self._show(NEW)
        self.new_view.begin(self._instruments, self._disclosures, ui_language())

    @Slot(int)
    def open_screening(self, screening_id: int) -> None:
        """Open a screening: own drafts resume where left; the rest open at the review (others' drafts read-only)."""
        screenings = self._session.screenings
        self._ops.run("screening_open", lambda: screenings.open(screening_id), busy=self, on_success=self._on_opened)

    def _on_opened(self, view: ScreeningView) -> None:
        if view.status in EDITABLE and view.screener == self._session.account.username:
            self._show(INTERVIEW)
            self.interview.open(view)
        else:
            self._show(REVIEW)
            self.review.open(view)

    @Slot(object)
    def _on_new_view_started(self, view: ScreeningView) -> None:
        self._show(INTERVIEW)
        self.interview.open(view)
        self.screenings_changed.emit()

    @Slot()
    def _on_interview_review_requested(self) -> None:
        self._show(REVIEW)
        self.review.open(self.interview.screening, self.interview.state, self.interview.current)

    @Slot(str, bool)
    def _on_review_edit_requested(self, question: str, one_change: bool) -> None:
        self._show(INTERVIEW)
        self.interview.edit(question, self.review.screening, one_change=one_change)

    @Slot(object)
    def _on_review_screening_changed(self, _view: ScreeningView) -> None:
        self.screenings_changed.emit()
