"""The GUI's composition root: a thin QApplication, translations, the instance lock and the first window.

Everything the windows need is built here and passed in through constructors.
"""

from __future__ import annotations

import logging
import sys
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
from .look import APP_TITLE, apply_style
from .ops import OpRunner
from .translators import install_translators

log = logging.getLogger(__name__)

TRAINING_DIR = "training"
"""The training installation lives in this sub-folder of the data directory."""


def _fatal(exc: KnownError, smoke_test: bool) -> int:
    """Tell the user why fieldscreen cannot start, and return the exit code."""
    if smoke_test:
        print(exc, file=sys.stderr)  # noqa: T201 - no one is looking at a window in a smoke test
    else:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, exc.message, QMessageBox.StandardButton.Ok)
        box.setInformativeText(exc.advice)
        box.exec()
    return 1


def run_gui(args: Any) -> int:
    """Run the desktop app with the parsed command-line ``args``; return the exit code."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setApplicationVersion(__version__)
    i18n.set_backend(QCoreApplication.translate)
    install_translators(app)
    apply_style(app)
    errors = ErrorPresenter(app)
    previous_hook = sys.excepthook
    sys.excepthook = lambda *info: _on_uncaught(errors, *info)
    try:
        data_dir = paths.data_dir(args.data_dir)
        if args.training:
            data_dir = data_dir / TRAINING_DIR
        try:
            installation = Installation(data_dir)
            instance_lock = installation.lock_instance()
        except KnownError as exc:
            return _fatal(exc, args.smoke_test)
        with instance_lock:
            ops = OpRunner(errors, parent=app)
            flow = AppFlow(installation, ops, ActivityMonitor(app), training=args.training, parent=app)
            flow.start(installation.is_set_up())
            if args.smoke_test:
                QTimer.singleShot(0, app.quit)
            code = app.exec()
            flow.close()
            ops.shutdown()
        return code
    finally:
        sys.excepthook = previous_hook
        i18n.set_backend(None)


def _on_uncaught(
    errors: ErrorPresenter, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A defect escaped a slot: log it without its message and tell the user plainly."""
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    errors.show(None, exc)
