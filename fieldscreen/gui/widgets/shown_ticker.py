"""A timer that runs only while its widget is shown: countdowns tick on screen and cost nothing in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class ShownTicker(QObject):
    """Call ``tick`` every ``interval_ms`` while ``widget`` is shown (it watches the widget's show and hide events).

    Args:
        widget: The widget whose visibility starts and stops the timer (also the ticker's parent).
        interval_ms: Milliseconds between ticks.
        tick: What to call.
    """

    def __init__(self, widget: QWidget, interval_ms: int, tick: Callable[[], None]) -> None:
        super().__init__(widget)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(tick)
        widget.installEventFilter(self)
        if widget.isVisible():
            self._timer.start()

    @property
    def running(self) -> bool:
        """Whether the timer runs now."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Start on show, stop on hide; the widget still gets every event."""
        if event.type() == QEvent.Type.Show:
            self._timer.start()
        elif event.type() == QEvent.Type.Hide:
            self._timer.stop()
        return False
