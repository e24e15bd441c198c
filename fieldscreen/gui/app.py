"""The GUI's composition root: a thin QApplication, translations, the instance lock and the first window.

Everything the windows need is built here and passed in through constructors.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldscreen import __version__, paths
from fieldscreen.core import i18n
from fieldscreen.core.errors import KnownError
from fieldscreen.services.installation import Installation

from .activity import ActivityMonitor
from .error_presenter import ErrorPresenter
from .flow import AppFlow
from .look import APP_TITLE, Appearance
from .ops import OpRunner
from .translators import install_translators

log = logging.getLogger(__name__)


def _fatal(exc: KnownError, smoke_test: bool) -> int:
    """Tell the user why fieldscreen cannot start, and return the exit code."""
    if smoke_test:
        print(exc, file=sys.stderr)  # noqa: T201 - no one is looking at a window in a smoke test
    else:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, exc.message, QMessageBox.StandardButton.Ok)
        box.setInformativeText(exc.advice)
        box.exec()
    return 1


def prepare_application(argv: list[str]) -> tuple[QApplication, ErrorPresenter, Appearance]:
    """Make the thin QApplication with its names, translations and look; return it, the error presenter and the look."""
    app = QApplication(argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setApplicationVersion(__version__)
    i18n.set_backend(QCoreApplication.translate)
    install_translators(app)
    appearance = Appearance(app)
    appearance.apply()
    return app, ErrorPresenter(app), appearance


def compose(
    app: QApplication, installation: Installation, errors: ErrorPresenter, appearance: Appearance, *, training: bool
) -> tuple[OpRunner, AppFlow]:
    """Build the op runner and the window flow of ``installation``; the caller starts the flow and shuts both down."""
    ops = OpRunner(errors, parent=app)
    flow = AppFlow(installation, ops, ActivityMonitor(app), appearance=appearance, training=training, parent=app)
    return ops, flow


def run_gui(args: Any) -> int:
    """Run the desktop app with the parsed command-line ``args``; return the exit code."""
    app, errors, appearance = prepare_application(sys.argv)
    previous_hook = sys.excepthook
    sys.excepthook = lambda *info: _on_uncaught(errors, *info)
    try:
        data_dir = paths.data_dir(args.data_dir)
        if args.training:
            return _run_training(app, errors, appearance, data_dir, args.smoke_test)
        try:
            installation = Installation(data_dir)
            instance_lock = installation.lock_instance()
        except KnownError as exc:
            return _fatal(exc, args.smoke_test)
        with instance_lock:
            ops, flow = compose(app, installation, errors, appearance, training=False)
            flow.start(installation.is_set_up())
            code = _exec(app, flow, args.smoke_test)
            ops.shutdown()
        return code
    finally:
        sys.excepthook = previous_hook
        i18n.set_backend(None)


def _run_training(
    app: QApplication, errors: ErrorPresenter, appearance: Appearance, base_data_dir: Path, smoke_test: bool
) -> int:
    """Training mode: a separate process on a throwaway installation under ``base_data_dir``, wiped at the end."""
    ops = OpRunner(errors, parent=app)
    flow = AppFlow(None, ops, ActivityMonitor(app), appearance=appearance, training=True, parent=app)
    flow.start_training(base_data_dir)
    code = _exec(app, flow, smoke_test)
    ops.shutdown()
    for opened in flow.training_opened:
        try:
            opened.close()
        except KnownError as exc:
            log.warning("training data not wiped at exit (%s); wiped at the next start", type(exc).__name__)
    return code


def _exec(app: QApplication, flow: AppFlow, smoke_test: bool) -> int:
    """Run the event loop (a smoke test quits at once), then close the windows."""
    if smoke_test:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    flow.close()
    return code


def _on_uncaught(
    errors: ErrorPresenter, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A defect escaped a slot: log it without its message and tell the user plainly."""
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    errors.show(None, exc)
