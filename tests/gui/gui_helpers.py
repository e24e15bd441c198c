"""Shared helpers for the GUI tests: test accounts and finding widgets by their accessible name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldscreen.core import i18n
from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui import translators
from fieldscreen.gui.error_presenter import ErrorPresenter
from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.ops import OpRunner
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput, ScreeningView
from fieldscreen.store.kdf import KdfParams

CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
ADMIN = "admin"
ADMIN_PASSWORD = "a long administrator passphrase"


@contextmanager
def op_runner() -> Iterator[OpRunner]:
    """An op runner for one test; afterwards its work stops, the windows left open close and the runner is deleted."""
    runner = OpRunner(ErrorPresenter())
    yield runner
    runner.shutdown()
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.close()
    shiboken6.delete(runner)


def by_name(root: QWidget, name: str) -> QWidget:
    """The one visible widget under ``root`` (or ``root`` itself) whose accessible name is ``name``."""
    found = [w for w in [root, *root.findChildren(QWidget)] if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} visible widgets named {name!r}"
    return found[0]


def open_main_window(
    qtbot, installation, ops, monitor, username=ADMIN, password=ADMIN_PASSWORD, size: tuple[int, int] | None = None
) -> MainWindow:
    """The main window of a new session of ``username`` (at ``size`` if given), shown and idle."""
    window = MainWindow(installation, installation.sign_in(username, password), ops, monitor)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, ops)
    return window


@contextmanager
def ui_catalogue(qapp: QApplication, language: str) -> Iterator[list]:
    """The GUI and the core shim in ``language`` (its catalogues installed) for the duration; yields the translators."""
    before = QLocale()
    installed = translators.install_translators(qapp, language)
    i18n.set_backend(QCoreApplication.translate)
    try:
        yield installed
    finally:
        i18n.set_backend(None)
        QLocale.setDefault(before)
        for translator in installed:
            qapp.removeTranslator(translator)


def press_enter(qtbot, widget: QWidget) -> None:
    """Press Return in ``widget``; the release is not sent, as the op it starts greys the window out first."""
    qtbot.keyPress(widget, Qt.Key.Key_Return)


def wait_idle(qtbot, ops: OpRunner) -> None:
    """Wait until no op is running (callbacks included)."""
    qtbot.waitUntil(lambda: not ops.running, timeout=15_000)


def finalized_with_deadline(session, *, discovered: datetime) -> ScreeningView:
    """A finalized youth screening with indicators present, so that referral deadlines run from ``discovered``."""
    person = PersonInput(estimated_age=16, citizenship=Citizenship.FOREIGN_NATIONAL, discovered_at=discovered)
    view = session.screenings.start(Intake("youth", "es", "en", InterviewContext("health", Tri.YES, Tri.YES), person))
    for question, value in (("did_work", "no"), ("sex_trade", "yes")):
        session.screenings.answer(view.id, question, Answer(AnswerStatus.ANSWERED, value))
    return session.screenings.finalize(view.id)
