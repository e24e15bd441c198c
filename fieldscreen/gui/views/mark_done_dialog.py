"""Marking an action done: when (default now), by whom (the signed-in user), and a reference number."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.services.screening_models import DRAFT, RETURNED, DeadlineItem
from fieldscreen.services.session import Session

from ..labels import unbroken
from ..ops import OpRunner
from ..timefmt import DATE_TIME_FORMAT, from_qdatetime, local_time
from ..widgets.plain_label import PlainLabel
from ..widgets.warning_label import WarningLabel


class MarkDoneDialog(QDialog):
    """Records that an action was done; stays open with the reason if the service refuses.

    Args:
        session: The signed-in session (it is who did it).
        ops: Runs the change off the GUI thread.
        item: The action.
        parent: Qt parent.

    Signals:
        marked: Saved; carries the updated ``DeadlineItem``.
    """

    marked = Signal(object)

    def __init__(self, session: Session, ops: OpRunner, item: DeadlineItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._ops = ops
        self._item = item
        self.setWindowTitle(self.tr("Mark done"))
        self.setAccessibleName(self.tr("Mark done"))
        what = PlainLabel(fill(self.tr("%1 for case %2"), item.title, unbroken(item.case_code)), self)
        what.setWordWrap(True)
        what.setObjectName("caseHeading")
        due = PlainLabel(fill(self.tr("Due %1. Recipient: %2"), local_time(item.due_at), item.recipient), self)
        due.setWordWrap(True)
        self.not_final_note = WarningLabel(self.tr("Screening not finalized"), self)
        if item.screening_status == RETURNED:
            self.not_final_note.set_lines(
                [
                    self.tr(
                        "This screening was returned to its screener: the receiving office learns that this was done "
                        "from the next packet, once the screening is finalized again."
                    )
                ]
            )
        elif item.screening_status == DRAFT:
            self.not_final_note.set_lines(
                [
                    self.tr(
                        "This screening is not finalized yet: the receiving office learns that this was done from its "
                        "packet, once it is finalized."
                    )
                ]
            )
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setAccessibleName(self.tr("Done at"))
        self.when_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        account = session.account
        who = PlainLabel(account.display_name or account.username, self)
        who.setAccessibleName(self.tr("Done by"))
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setAccessibleName(self.tr("Reference number"))
        self.reference_edit.setPlaceholderText(self.tr("for example the HHS request number"))
        self.problem = WarningLabel(self.tr("Problem"), self, object_name="inlineMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Mark done"))
        self.save_button.setAccessibleName(self.tr("Confirm mark done"))
        form = QFormLayout()
        form.addRow(self.tr("Done &at"), self.when_edit)
        form.addRow(self.tr("Done by"), who)
        form.addRow(self.tr("&Reference"), self.reference_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(due)
        layout.addWidget(self.not_final_note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.reference_edit.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        screenings, action_id = self._session.screenings, self._item.action_id
        reference = self.reference_edit.text().strip()
        done_at = from_qdatetime(self.when_edit.dateTime())
        self._ops.run(
            "action_done",
            lambda: screenings.mark_action_done(action_id, reference=reference, done_at=done_at),
            busy=self,
            on_success=self._on_saved,
            on_failure=self._on_failed,
        )

    def _on_saved(self, item: DeadlineItem) -> None:
        self.marked.emit(item)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        message, advice = self._ops.errors.describe(exc)
        self.problem.set_lines([message, advice] if advice else [message])
