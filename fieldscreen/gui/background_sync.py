"""Background sync: every few minutes, while a target is set and reachable, one delivery round on a worker thread.

It never blocks work and never opens a dialog: a failed round only updates the outbox's status (each waiting item
keeps its error in plain words). Each round runs on its own daemon thread, so a slow server never holds up the op
runner's pool, shows its busy cursor or delays quitting; two rounds never overlap. A round cut short by quitting or
locking loses nothing: every outbox step is one committed transaction or one idempotent transfer.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from fieldscreen.core.errors import KnownError
from fieldscreen.services.session import Session

log = logging.getLogger(__name__)

INTERVAL_MS = 3 * 60 * 1000
"""How often a background round is tried."""


def _round(session: Session) -> bool:
    """Run a background round if one can work now; return whether it ran."""
    if session.locked or not session.sync.status().ready or not session.sync.target_reachable():
        return False
    session.sync.sync_now(background=True)
    return True


class BackgroundSync(QObject):
    """Tries a sync round every ``interval_ms`` for the current session.

    Args:
        interval_ms: Time between tries.
        parent: Qt parent.
    """

    round_finished = Signal()
    """A round ran (delivered, or failed and recorded why); the outbox may show new figures."""
    _done = Signal(bool)

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.try_now)
        self._done.connect(self._on_done)

    def start(self, session: Session) -> None:
        """Work for ``session`` from now on, trying at once and then every interval."""
        self._session = session
        self._timer.start()
        self.try_now()

    @Slot()
    def try_now(self) -> None:
        """Start a round on the worker unless one is running or there is no open session."""
        session = self._session
        if self._running or session is None or session.locked:
            return
        self._running = True
        threading.Thread(target=self._work, args=(session,), name="background-sync", daemon=True).start()

    def _work(self, session: Session) -> None:
        ran = False
        try:
            ran = _round(session)
        except KnownError as exc:  # the target went away, the session locked ...: the status already says why
            log.info("background sync: %s", type(exc).__name__)
        except Exception:
            log.exception("background sync failed")
        try:
            self._done.emit(ran)
        except RuntimeError:  # the place was closed meanwhile
            log.debug("background sync finished after its owner was deleted")

    @Slot(bool)
    def _on_done(self, ran: bool) -> None:
        self._running = False
        if ran:
            self.round_finished.emit()
