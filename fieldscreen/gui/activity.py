"""Watching for input application-wide: the inactivity lock, the 12-hour re-authentication and the panic key.

The panic key is **Ctrl+Shift+L** (Cmd+Shift+L on macOS). It is caught by an application event filter, so it works
in every window of the app, dialogs included, and it hides all content at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence

PANIC_KEY = QKeySequence("Ctrl+Shift+L")
"""The one panic shortcut: lock at once, from anywhere in the app."""

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_MODIFIER_MASK = _MODIFIERS | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _is_panic_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_L and (event.modifiers() & _MODIFIER_MASK) == _MODIFIERS


class ActivityMonitor(QObject):
    """Emits ``lock_due`` after inactivity or when re-authentication is due, and ``panic_pressed`` on the panic key.

    Idle time is measured on both the monotonic and the wall clock and the larger one counts, so neither a suspended
    laptop nor a clock change keeps a session open.

    Args:
        app: The application whose input is watched.
        seconds_per_minute: Length of a "minute" of inactivity; tests make it short.
        tick_ms: How often the clocks are checked.
        wall: Wall clock (seconds since the epoch).
        mono: Monotonic clock (seconds).
    """

    lock_due = Signal(str)
    """Emitted with "inactivity" or "reauth"; the monitor is stopped by then."""
    panic_pressed = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        *,
        seconds_per_minute: float = 60.0,
        tick_ms: int = 1000,
        wall: Callable[[], float] = time.time,
        mono: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(app)
        self._seconds_per_minute = seconds_per_minute
        self._wall = wall
        self._mono = mono
        self._idle_limit = 10 * seconds_per_minute
        self._reauth_at = 0.0
        self._last_wall = wall()
        self._last_mono = mono()
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._on_tick_timeout)
        app.installEventFilter(self)

    @property
    def running(self) -> bool:
        """Whether a session is being watched."""
        return self._tick.isActive()

    def start(self, lock_minutes: int, reauth_due: datetime) -> None:
        """Watch a session: lock after ``lock_minutes`` without input, and at ``reauth_due`` at the latest."""
        self._reauth_at = reauth_due.timestamp()
        self.set_lock_minutes(lock_minutes)
        self._touch()
        self._tick.start()

    def set_lock_minutes(self, minutes: int) -> None:
        """Change the inactivity limit of the running session."""
        self._idle_limit = minutes * self._seconds_per_minute

    def stop(self) -> None:
        """Stop watching (the session is locked or closed)."""
        self._tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note input as activity; swallow the panic key and report it."""
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._touch()
            if kind == QEvent.Type.KeyPress and self.running and _is_panic_key(event):  # type: ignore[arg-type]
                self.panic_pressed.emit()
                return True
        return False

    def _touch(self) -> None:
        self._last_wall = self._wall()
        self._last_mono = self._mono()

    @Slot()
    def _on_tick_timeout(self) -> None:
        now = self._wall()
        idle = max(now - self._last_wall, self._mono() - self._last_mono)
        if idle >= self._idle_limit:
            self.stop()
            self.lock_due.emit("inactivity")
        elif now >= self._reauth_at:
            self.stop()
            self.lock_due.emit("reauth")
