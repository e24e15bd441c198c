"""Returning a finalized screening to its screener with a comment the screener will see (required)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.services.screening_models import ScreeningView
from fieldscreen.services.session import Session

from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel
from ..widgets.warning_label import WarningLabel


class ReturnDialog(QDialog):
    """Asks what the screener should change, then returns the screening; stays open with the reason if refused.

    Args:
        session: The signed-in supervisor's or administrator's session.
        ops: Runs the change off the GUI thread.
        screening_id: The screening to return.
        case_code: Its case code, to say which one.
        parent: Qt parent.

    Signals:
        returned: Done; carries the updated ``ScreeningView``.
    """

    returned = Signal(object)

    def __init__(
        self, session: Session, ops: OpRunner, screening_id: int, case_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._ops = ops
        self._screening_id = screening_id
        self.setWindowTitle(self.tr("Return to the screener"))
        self.setAccessibleName(self.tr("Return to the screener"))
        what = PlainLabel(fill(self.tr("Return case %1 to its screener for changes."), case_code), self)
        what.setObjectName("caseHeading")
        what.setWordWrap(True)
        label = PlainLabel(
            self.tr("&What should the screener change? They see this note when they open the screening."), self
        )
        label.setWordWrap(True)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setAccessibleName(self.tr("Comment for the screener"))
        self.comment_edit.setTabChangesFocus(True)
        label.setBuddy(self.comment_edit)
        self.problem = WarningLabel(self.tr("Problem"), self, object_name="inlineMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.return_button = self.buttons.addButton(self.tr("&Return"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.return_button.setAccessibleName(self.tr("Confirm return"))
        self.return_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(label)
        layout.addWidget(self.comment_edit, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.comment_edit.textChanged.connect(self._on_comment_edit_text_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.comment_edit.setFocus()

    @Slot()
    def _on_comment_edit_text_changed(self) -> None:
        self.return_button.setEnabled(bool(self.comment_edit.toPlainText().strip()))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        comment = self.comment_edit.toPlainText().strip()
        if not comment:
            return
        screenings, screening_id = self._session.screenings, self._screening_id
        self._ops.run(
            "screening_return",
            lambda: screenings.return_to_screener(screening_id, comment),
            busy=self,
            on_success=self._on_returned,
            on_failure=self._on_failed,
        )

    def _on_returned(self, view: ScreeningView) -> None:
        self.returned.emit(view)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        message, advice = self._ops.errors.describe(exc)
        self.problem.set_lines([message, advice] if advice else [message])
