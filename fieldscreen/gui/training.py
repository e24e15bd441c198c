"""Practice with training cases: a second fieldscreen process on the separate training installation.

The training data never shares a process, a database or a key with the real data: the menu entry starts
``fieldscreen --training`` with the same data folder, and that process opens only the ``training`` sub-folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QWidget

from .error_presenter import ErrorPresenter


def training_command(data_dir: Path) -> tuple[str, list[str]]:
    """The program and arguments that start the training installation of ``data_dir``."""
    args = ["--data-dir", str(data_dir), "--training"]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "fieldscreen", *args]


def start_training(data_dir: Path, errors: ErrorPresenter, parent: QWidget) -> bool:
    """Start the training process beside this one; say so plainly if it cannot start."""
    program, args = training_command(data_dir)
    started, _pid = QProcess.startDetached(program, args)
    if not started:
        errors.show_text(
            parent,
            QCoreApplication.translate("Training", "The practice window could not be started."),
            QCoreApplication.translate("Training", "Start fieldscreen again with the --training option."),
        )
    return started
