"""The op helper: blocking work (disk, crypto, database) runs on a worker pool, never on the GUI thread.

``OpRunner.run`` submits a callable to the pool and delivers ``on_success(result)`` or ``on_failure(exc)`` back on the
GUI thread through a queued signal. While the op runs, the ``busy`` widget is greyed out and the cursor shows that
work is going on. Never touch widgets inside the callable itself.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from fieldscreen.core.errors import KnownError, SessionLocked

from .error_presenter import ErrorPresenter

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    name: str
    busy: QWidget | None
    owner: QObject | None
    focus: QWidget | None
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None


class OpRunner(QObject):
    """Runs callables on worker threads and reports back on the GUI thread.

    Args:
        errors: Shows failures that the caller does not handle itself.
        workers: Size of the worker pool.
        parent: Qt parent.
    """

    _finished = Signal(int, object, object)

    def __init__(self, errors: ErrorPresenter, *, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="op")
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._busy_counts: dict[QWidget, int] = {}
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        """How many ops have not reported back yet."""
        return len(self._pending)

    @property
    def errors(self) -> ErrorPresenter:
        """The presenter used for failures nobody else handles."""
        return self._errors

    def run(
        self,
        name: str,
        fn: Callable[[], Any],
        *,
        busy: QWidget | None = None,
        owner: QObject | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn()`` on a worker; then call ``on_success(result)`` or ``on_failure(exc)`` on the GUI thread.

        Args:
            name: A short event name for the log (never personal data).
            fn: The blocking work. It must not touch widgets.
            busy: Greyed out while the op runs.
            owner: Callbacks are skipped if it is deleted meanwhile; defaults to ``busy``.
            on_success: Receives the result.
            on_failure: Receives the exception; without it, the error presenter shows it next to ``busy`` (except
                ``SessionLocked``: the lock screen already says so).
        """
        op_id = next(self._ids)
        focus = QApplication.focusWidget()
        if busy is not None and not (focus is not None and (focus is busy or busy.isAncestorOf(focus))):
            focus = None
        self._pending[op_id] = _Pending(name, busy, owner or busy, focus, on_success, on_failure)
        if busy is not None:
            self._busy_counts[busy] = self._busy_counts.get(busy, 0) + 1
            busy.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f, op_id=op_id: self._deliver(op_id, f))

    def _deliver(self, op_id: int, future: Future[Any]) -> None:
        exc = future.exception()
        self._finished.emit(op_id, None if exc else future.result(), exc)

    @Slot(int, object, object)
    def _on_finished(self, op_id: int, result: Any, exc: BaseException | None) -> None:
        op = self._pending.pop(op_id)
        QApplication.restoreOverrideCursor()
        alive = op.owner is None or shiboken6.isValid(op.owner)
        if op.busy is not None:
            left = self._busy_counts.pop(op.busy) - 1
            if left:
                self._busy_counts[op.busy] = left
            elif shiboken6.isValid(op.busy):
                op.busy.setEnabled(True)
                if op.focus is not None and shiboken6.isValid(op.focus) and op.focus.isVisible():
                    op.focus.setFocus()
        if exc is not None and not isinstance(exc, KnownError):
            log.error("op %s failed", op.name, exc_info=(type(exc), exc, exc.__traceback__))
        if not alive:
            return
        if exc is None:
            if op.on_success is not None:
                op.on_success(result)
        elif op.on_failure is not None:
            op.on_failure(exc)
        elif isinstance(exc, SessionLocked):
            log.info("op %s ended: session locked", op.name)
        else:
            self._errors.show(op.busy.window() if op.busy is not None else None, exc)

    def shutdown(self) -> None:
        """Wait for running ops to end and stop the pool; results still queued are dropped."""
        self._pool.shutdown(wait=True)
        self._pending.clear()

    def wait_for(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the pool and block until it is done. Only for shutdown, after the event loop has ended."""
        return self._pool.submit(fn).result()
