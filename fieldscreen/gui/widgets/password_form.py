"""Choosing a new password: two fields, a show/hide switch and live feedback on the password rules."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from fieldscreen.services import password_policy

from .plain_label import PlainLabel

MARK_BAD = "\u2717"
MARK_GOOD = "\u2713"


class NewPasswordForm(QWidget):
    """A password and its repetition, checked against the rules as the user types.

    The rules are NIST SP 800-63B: at least 15 characters, any characters, not a common password, no composition
    rules. Feedback is text with a mark, never colour alone.

    Args:
        username: Returns the user name the password is for (a password may not be the user name).
        label: Label of the first field (with its ``&`` mnemonic).
        parent: Qt parent.
        rules: Every rule a password breaks (default: the account password rules, with ``username``).
        hint: What the rules ask, shown while both fields are empty (default: the account password rules).
    """

    changed = Signal()

    def __init__(
        self,
        username: Callable[[], str] | None = None,
        *,
        label: str | None = None,
        parent: QWidget | None = None,
        rules: Callable[[str], list[str]] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._username = username or (lambda: "")
        self._rules = rules or (lambda password: password_policy.problems(password, self._username()))
        self._hint = hint
        first = label or self.tr("&Password")
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(first.replace("&", ""))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat password"))
        self.show_box = QCheckBox(self.tr("S&how password"), self)
        self.show_box.setAccessibleName(self.tr("Show password"))
        self.feedback = PlainLabel(self)
        self.feedback.setObjectName("passwordFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Password feedback"))

        self._fields_above = 0
        self._focus_above: list[QWidget] = []
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(first, self.password_edit)
        self.form.addRow(self.tr("Repeat pass&word"), self.repeat_edit)
        self.form.addRow("", self.show_box)
        self.form.addRow("", self.feedback)
        self.setTabOrder(self.password_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.show_box)

        self.password_edit.textChanged.connect(self._on_text_changed)
        self.repeat_edit.textChanged.connect(self._on_text_changed)
        self.show_box.toggled.connect(self._on_show_box_toggled)
        self._on_text_changed()

    def add_field_above(self, label: str, field: QWidget, focus: QWidget | None = None) -> None:
        """Add a row above the password fields (after those added before), so all labels line up.

        ``focus`` is the control in ``field`` that the label's Alt+key moves to, when ``field`` holds several (a
        row of widgets takes no focus itself). Tab goes through the rows in order, whenever the widgets were made: a
        field made by the dialog before this form would otherwise come after the dialog's buttons, and a typed
        password could land on them.
        """
        self.form.insertRow(self._fields_above, label, field)
        self._fields_above += 1
        if focus is not None:
            self.form.labelForField(field).setBuddy(focus)
        elif field.focusPolicy() is not Qt.FocusPolicy.NoFocus:
            self._focus_above.append(field)
        for first, second in pairwise([*self._focus_above, self.password_edit]):
            QWidget.setTabOrder(first, second)

    def tab_rows(self) -> list[QWidget]:
        """The controls Tab goes through, in row order: the focusable fields above, then the password rows."""
        return [*self._focus_above, self.password_edit, self.repeat_edit, self.show_box]

    def password(self) -> str:
        """The password as typed."""
        return self.password_edit.text()

    def problems(self) -> list[str]:
        """Every reason the password cannot be used yet (empty when it can)."""
        password = self.password()
        if not password:
            return [self.tr("Enter a password.")]
        found = self._rules(password)
        if self.repeat_edit.text() != password:
            found.append(self.tr("The two passwords are not the same."))
        return found

    def is_acceptable(self) -> bool:
        """Whether the password meets the rules and was typed the same twice."""
        return not self.problems()

    def clear(self) -> None:
        """Forget both fields."""
        self.password_edit.clear()
        self.repeat_edit.clear()

    @Slot()
    def refresh(self) -> None:
        """Re-check, for example after the user name changed."""
        self._on_text_changed()

    @Slot()
    def _on_text_changed(self) -> None:
        if not self.password() and not self.repeat_edit.text():
            self.feedback.setText(
                self._hint
                or self.tr(
                    "At least 15 characters. Any letters, spaces and symbols are fine: "
                    "a phrase of several words is easy to remember and hard to guess."
                )
            )
        else:
            problems = self.problems()
            if problems:
                self.feedback.setText("\n".join(f"{MARK_BAD} {p}" for p in problems))
            else:
                self.feedback.setText(f"{MARK_GOOD} " + self.tr("This password meets the rules."))
        self.changed.emit()

    @Slot(bool)
    def _on_show_box_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)
