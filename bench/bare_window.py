"""A bare PySide6 window for memory comparisons: a QTableView of a few rows in a QWidget, shown, run briefly.

Prints ``qt PEAK`` after creating the QApplication and ``shown PEAK ROWS`` after half a second of event loop, peaks
in KiB (``ru_maxrss``). Imports nothing but PySide6 and the standard library, so it is the floor a Qt app stands on.

Usage: ``.venv/bin/python bench/bare_window.py`` (offscreen when there is no display)
"""

from __future__ import annotations

import os
import resource

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

WINDOW = (1280, 800)
SETTLE_MS = 500


def peak_kib() -> int:
    """This process's peak resident memory (KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def shown(widget: QWidget) -> None:
    """Show ``widget`` at the bench's window size and wait until it is on screen."""
    widget.resize(*WINDOW)
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    QTest.qWait(20)


def main() -> None:
    app = QApplication(["bench"])  # noqa: F841 - widgets need it to exist
    print(f"qt {peak_kib()}")
    window = QWidget()
    table = QTableView(window)
    model = QStandardItemModel(5, 7, window)
    for row in range(5):
        for column in range(7):
            model.setItem(row, column, QStandardItem(f"cell {row}, {column}"))
    table.setModel(model)
    QVBoxLayout(window).addWidget(table)
    shown(window)
    QTest.qWait(SETTLE_MS)
    print(f"shown {peak_kib()} {model.rowCount()}")


if __name__ == "__main__":
    main()
