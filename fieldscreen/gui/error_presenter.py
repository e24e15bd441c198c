"""One place that turns an exception into words for the user.

A ``KnownError`` is shown as its own message and advice. Anything else is a defect: the op helper has already logged
it (type and stack only, never its text), and the user sees a plain "internal error" note.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldscreen.core.errors import KnownError

from .widgets.plain_label import as_plain_text


class ErrorPresenter(QObject):
    """Shows errors in plain words, in a window-modal message box that never blocks the event loop."""

    def describe(self, exc: BaseException) -> tuple[str, str]:
        """What happened and what to do, for ``exc``, in the user's language."""
        if isinstance(exc, KnownError):
            return exc.message, exc.advice
        return (
            self.tr("Internal error: fieldscreen hit a defect and the step did not finish."),
            self.tr(
                "Try again. If it happens again, tell your administrator: the log in the data folder has the "
                "technical details (no personal data)."
            ),
        )

    def show(self, parent: QWidget | None, exc: BaseException) -> QMessageBox:
        """Show ``exc`` next to ``parent`` and return the (already open) message box."""
        message, advice = self.describe(exc)
        return self.show_text(parent, message, advice)

    def show_text(self, parent: QWidget | None, message: str, advice: str = "") -> QMessageBox:
        """Show a problem described by ``message`` and ``advice``."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("fieldscreen")
        box.setText(message)
        box.setInformativeText(advice)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(self.tr("Problem"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        as_plain_text(box).open()
        return box
