"""What must happen next: each action with its recipient, reason, legal basis and a live countdown to its due time.

An action already done shows when, by whom and with which reference instead of its countdown, so nobody sends a second
HHS request from the result screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.core.routing import Action
from fieldscreen.services.screening_models import ActionState

from ..timefmt import countdown_text, local_time, utc_now
from .icon_picture import IconPicture
from .plain_label import PlainLabel

TICK_MS = 1000
"""Countdowns are redrawn every second."""


class _IconLine(QWidget):
    """An icon beside a line of text that wraps: a card's due time or done mark."""

    def __init__(self, icon: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.picture = IconPicture(icon, 18, self)
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.label, 1)


class _DueLine(_IconLine):
    """A due time with its countdown, or the warning icon and "Overdue by ..." once it has passed."""

    def __init__(self, due_at: datetime, parent: QWidget) -> None:
        super().__init__("warning", parent)
        self.due_at = due_at
        self.picture.setAccessibleName(self.tr("Overdue"))
        self.label.setAccessibleName(self.tr("Due time"))

    def update_now(self, now: datetime) -> None:
        text, overdue = countdown_text(self.due_at, now)
        self.label.setText(fill(self.tr("Due %1  -  %2"), local_time(self.due_at), text))
        self.label.setObjectName("overdue" if overdue else "")
        self.label.style().polish(self.label)
        self.picture.setVisible(overdue)


class _DoneLine(_IconLine):
    """A tick and "Done <time> by <who>, reference <number>" for an action already done."""

    def __init__(self, state: ActionState, parent: QWidget) -> None:
        super().__init__("check", parent)
        text = fill(self.tr("Done %1 by %2"), local_time(state.done_at), state.done_by)
        if state.reference:
            text = fill(self.tr("%1, reference %2"), text, state.reference)
        self.label.setText(text)
        self.picture.setAccessibleName(self.tr("Done"))
        self.label.setAccessibleName(self.tr("Done"))


class ActionsPanel(QWidget):
    """The routed actions, most urgent first.

    Args:
        clock: The current time (aware).
        parent: Qt parent.
    """

    def __init__(self, clock: Callable[[], datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._due_lines: list[_DueLine] = []
        self._done_lines: list[_DoneLine] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)

    def show_actions(self, actions: list[Action], states: Sequence[ActionState] = ()) -> None:
        """Replace the actions shown; ``states`` (a stored result's, in the order of ``actions``) marks those done."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._due_lines, self._done_lines = [], []
        for index, action in enumerate(actions):
            state = states[index] if index < len(states) else None
            self._layout.addWidget(self._card(action, state))
        if not actions:
            self._layout.addWidget(PlainLabel(self.tr("Nothing to do."), self))
        self._on_tick_timeout()
        if self._due_lines:
            self._tick.start()
        else:
            self._tick.stop()

    def due_texts(self) -> list[str]:
        """The due lines as shown (for reading back)."""
        return [line.label.text() for line in self._due_lines]

    def done_texts(self) -> list[str]:
        """The done lines as shown (for reading back)."""
        return [line.label.text() for line in self._done_lines]

    def _card(self, action: Action, state: ActionState | None) -> QFrame:
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        title = PlainLabel(action.recipient, card)
        title.setWordWrap(True)
        title.setObjectName("actionTitle")
        title.setAccessibleName(self.tr("Action"))
        layout.addWidget(title)
        if state is not None and state.status == "done":
            done = _DoneLine(state, card)
            self._done_lines.append(done)
            layout.addWidget(done)
        elif action.due_at is not None:
            line = _DueLine(action.due_at, card)
            self._due_lines.append(line)
            layout.addWidget(line)
        lines = [action.reason]
        if action.contact:
            lines.append(fill(self.tr("Contact: %1"), action.contact))
        if action.legal_basis:
            lines.append(fill(self.tr("Legal basis: %1"), action.legal_basis))
        lines += [fill(self.tr("Caution: %1"), flag.text) for flag in action.flags]
        lines += list(action.notes)
        body = PlainLabel("\n".join(lines), card)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        return card

    @Slot()
    def _on_tick_timeout(self) -> None:
        now = self._clock()
        for line in self._due_lines:
            line.update_now(now)
