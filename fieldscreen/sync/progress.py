"""The plain progress-and-cancel protocol long sync work reports to (no Qt; the GUI adapts it)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Receives progress and may ask the work to stop between items."""

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` items have been handled."""

    def cancelled(self) -> bool:
        """Return True to stop before the next item; items not reached stay as they were."""
