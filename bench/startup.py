"""Start-up time: from process start to the sign-in window shown, against a bare PySide6 window.

Both are measured in the same run as whole processes that show their first window and quit as soon as the event loop
runs (``--smoke-test``), so interpreter start, imports and Qt start-up count on both sides. Target ratio: <= 2.0.

The sign-in window is the real one: typing works at once, and its sign-in button is enabled when the installation and
the services it imports have loaded on a worker, which starts after the first paint and so is not part of this time.

Usage: ``.venv/bin/python bench/startup.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
layout = QVBoxLayout(window)
for widget in (QLabel("Sign in"), QLineEdit(), QLineEdit(), QPushButton("Sign in")):
    layout.addWidget(widget)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{command[:4]} failed with exit code {done.returncode}:\n{done.stderr}")
    return elapsed


def _set_up(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from fieldscreen.services.installation import Installation
    from fieldscreen.store.kdf import KdfParams

    Installation(data_dir, kdf=KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)).set_up(
        agency="Bench agency", office="Bench office", admin_username="admin", admin_password="bench password 1234567"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("FIELDSCREEN_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        _set_up(data_dir)
        app = [sys.executable, "-m", "fieldscreen", "--data-dir", str(data_dir), "--smoke-test"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _time(app, env), _time(bare, env)  # warm the file cache for both
        app_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_s / bare_s
    print(f"bare PySide6 window:     {bare_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"fieldscreen sign-in:     {app_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio: {ratio:.2f} (target <= {TARGET:.1f}) {'OK' if ratio <= TARGET else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
