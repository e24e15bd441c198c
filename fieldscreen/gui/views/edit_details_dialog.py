"""Correcting a started screening: the person's details, or the interview details (the service audits the change)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.services.screening_models import InstrumentInfo, ScreeningView
from fieldscreen.services.session import Session

from ..labels import ui_language
from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel
from ..widgets.warning_label import WarningLabel
from .begin_page import BeginPage
from .person_page import PersonPage


def _recorded_instrument(view: ScreeningView) -> InstrumentInfo:
    """The instrument ``view`` was started with."""
    instrument = view.instrument.instrument
    return InstrumentInfo(
        instrument.id,
        instrument.version,
        instrument.title,
        instrument.population.value,
        instrument.languages,
        instrument.description,
    )


class _EditDialog(QDialog):
    """A page in a scroll area with Save and Cancel; stays open with the reason if the service refuses.

    Save is refused while the page says something is still needed. Subclasses make the page before calling this and
    save in ``_save_page``. The texts here are in the ``EditDetailsDialog`` context: ``self.tr`` would look them up in
    each subclass's.

    Args:
        session: The signed-in session.
        ops: Runs the change off the GUI thread.
        view: The editable screening.
        page: The page with the recorded details; it has ``missing()`` and a ``changed`` signal.
        title: The window title.
        parent: Qt parent.

    Signals:
        changed: Saved; carries the updated ``ScreeningView``.
    """

    changed = Signal(object)

    def __init__(
        self, session: Session, ops: OpRunner, view: ScreeningView, page: QWidget, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ops = ops
        self._screenings = session.screenings
        self._screening_id = view.id
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        heading = QCoreApplication.translate("EditDetailsDialog", "Case %1: the change is recorded in the audit trail.")
        what = PlainLabel(fill(heading, view.case_code), self)
        what.setObjectName("caseHeading")
        what.setWordWrap(True)
        area = QScrollArea(self)
        area.setAccessibleName(title)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        self.problem = WarningLabel(
            QCoreApplication.translate("EditDetailsDialog", "Problem"), self, object_name="inlineMessage"
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("EditDetailsDialog", "Cancel changes")
        )
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("EditDetailsDialog", "Sa&ve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(QCoreApplication.translate("EditDetailsDialog", "Save changes"))
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(area, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumSize(760, 600)
        self._fit_text_size()
        self.page = page
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        page.changed.connect(self._on_page_changed)
        self._on_page_changed()

    def _fit_text_size(self) -> None:
        """Open larger at a larger text size (within the screen): 760 x 600 pixels squeezed the form at 200 %."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 34).expandedTo(self.minimumSize())
        screen = self.screen().availableGeometry().size() * 0.95
        self.resize(wanted.boundedTo(screen.expandedTo(self.minimumSize())))

    @Slot()
    def _on_page_changed(self) -> None:
        missing = self.page.missing()
        self.save_button.setEnabled(not missing)
        still_needed = QCoreApplication.translate("EditDetailsDialog", "Still needed: %1.")
        self.problem.set_lines([fill(still_needed, ", ".join(missing))] if missing else [])

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.page.missing():
            self._save_page()

    def _save(self, name: str, call: Callable[[], ScreeningView]) -> None:
        self.problem.set_lines([])
        self._ops.run(name, call, busy=self, on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, view: ScreeningView) -> None:
        self.changed.emit(view)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        message, advice = self._ops.errors.describe(exc)
        self.problem.set_lines([message, advice] if advice else [message])


class EditPersonDialog(_EditDialog):
    """The person page filled with the recorded person; Save calls ``update_person`` (arguments as the base's)."""

    def __init__(self, session: Session, ops: OpRunner, view: ScreeningView, parent: QWidget | None = None) -> None:
        self.page = PersonPage()
        self.page.load(view.person)
        self.page.set_instrument(_recorded_instrument(view), [], ui_language())  # no other: the answers are in it
        title = QCoreApplication.translate("EditPersonDialog", "Edit person")
        super().__init__(session, ops, view, self.page, title, parent)
        self.page.focus_first()

    def _save_page(self) -> None:
        screenings, screening_id, person = self._screenings, self._screening_id, self.page.person()
        self._save("screening_update_person", lambda: screenings.update_person(screening_id, person))


class EditContextDialog(_EditDialog):
    """The "Before you begin" page with the recorded context; Save calls ``update_context``.

    The instrument and the languages are shown but cannot change: the answers were given in them. Arguments as the
    base's.
    """

    def __init__(self, session: Session, ops: OpRunner, view: ScreeningView, parent: QWidget | None = None) -> None:
        self.page = BeginPage()
        info, instrument = _recorded_instrument(view), view.instrument.instrument
        languages = (view.interview_language, view.screener_language)
        self.page.show_recorded(info, dict(instrument.disclosure), languages, view.context)
        title = QCoreApplication.translate("EditContextDialog", "Edit interview details")
        super().__init__(session, ops, view, self.page, title, parent)
        self.page.setting_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_page(self) -> None:
        screenings, screening_id, context = self._screenings, self._screening_id, self.page.context()
        self._save("screening_update_context", lambda: screenings.update_context(screening_id, context))
