"""The GUI's composition root: a thin QApplication, translations, the instance lock and the first window.

Everything the windows need is built here and passed in through constructors. The first window shows before the
installation and its services are imported; they load on a worker after the first paint (see ``AppFlow.start_loading``).
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldscreen import __version__, paths
from fieldscreen.core import i18n
from fieldscreen.core.errors import KnownError
from fieldscreen.store.instance_lock import InstanceLock
from fieldscreen.store.layout import DataLayout

from .activity import ActivityMonitor
from .error_presenter import ErrorPresenter
from .flow import AppFlow
from .look import APP_TITLE, SETTINGS_FILE, Appearance, TrainingMarks
from .ops import OpRunner
from .translators import install_translators
from .widgets.plain_label import as_plain_text

if TYPE_CHECKING:  # the services load after the first window is shown (start-up time)
    from fieldscreen.services.installation import Installation

log = logging.getLogger(__name__)


def _fatal(exc: KnownError, smoke_test: bool) -> int:
    """Tell the user why fieldscreen cannot start, and return the exit code."""
    if smoke_test:
        print(exc, file=sys.stderr)  # noqa: T201 - no one is looking at a window in a smoke test
    else:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, exc.message, QMessageBox.StandardButton.Ok)
        box.setInformativeText(exc.advice)
        as_plain_text(box).exec()
    return 1


def prepare_application(
    argv: list[str], data_dir: Path | None = None
) -> tuple[QApplication, ErrorPresenter, Appearance]:
    """Make the thin QApplication with its names, translations and look; return it, the error presenter and the look.

    The font scale and contrast chosen on this computer are kept in ``data_dir`` (not kept without one).
    """
    app = QApplication(argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setApplicationVersion(__version__)
    i18n.set_backend(QCoreApplication.translate)
    install_translators(app)
    appearance = Appearance(app, None if data_dir is None else data_dir / SETTINGS_FILE)
    appearance.apply()
    return app, ErrorPresenter(app), appearance


def compose(
    app: QApplication,
    installation: Installation | None,
    errors: ErrorPresenter,
    appearance: Appearance,
    *,
    training: bool,
) -> tuple[OpRunner, AppFlow]:
    """Build the op runner and the window flow of ``installation``; the caller starts the flow and shuts both down.

    ``installation`` is ``None`` when the flow loads it itself (:meth:`AppFlow.start_loading`).
    """
    ops = OpRunner(errors, parent=app)
    flow = AppFlow(installation, ops, ActivityMonitor(app), appearance=appearance, training=training, parent=app)
    return ops, flow


def run_gui(args: Any) -> int:
    """Run the desktop app with the parsed command-line ``args``; return the exit code."""
    data_dir = paths.data_dir(args.data_dir)
    app, errors, appearance = prepare_application(sys.argv, data_dir)
    previous_hook = sys.excepthook
    sys.excepthook = lambda *info: _on_uncaught(errors, *info)
    try:
        if args.training:
            return _run_training(app, errors, appearance, data_dir, args.smoke_test)
        layout = DataLayout(data_dir)
        try:
            instance_lock = InstanceLock(layout.instance_lock).acquire()
        except KnownError as exc:
            return _fatal(exc, args.smoke_test)
        with instance_lock:
            ops, flow = compose(app, None, errors, appearance, training=False)
            set_up = layout.holds_installation()  # a missing vault is not a new installation: sign-in says so
            flow.start_loading(partial(load_installation, data_dir), set_up)
            code = _exec(app, flow, args.smoke_test)
            ops.shutdown()
        return code
    finally:
        sys.excepthook = previous_hook
        i18n.set_backend(None)


def load_installation(data_dir: Path) -> Installation:
    """The installation in ``data_dir`` (on a worker, after the first window shows).

    The session's services, needed only once someone signs in, go on loading on a thread of their own meanwhile.
    """
    from fieldscreen.services.installation import Installation

    threading.Thread(target=_import_quietly, args=("fieldscreen.services.session",), name="preload").start()
    return Installation(data_dir)


def _import_quietly(module: str) -> None:
    """Import ``module`` ahead of its first use; a failure shows up again, in plain words, where it is used.

    An app quit within seconds of starting may end the interpreter mid-import (``RuntimeError``: no atexit handler may
    be registered then): nothing needs the module any more, so that too is only logged.
    """
    try:
        importlib.import_module(module)
    except (ImportError, RuntimeError) as exc:
        log.warning("preloading %s failed: %s", module, type(exc).__name__)


def _run_training(
    app: QApplication, errors: ErrorPresenter, appearance: Appearance, base_data_dir: Path, smoke_test: bool
) -> int:
    """Training mode: a separate process on a throwaway installation under ``base_data_dir``, wiped at the end."""
    TrainingMarks(app)
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
