"""The real application, started as a subprocess the way a user starts it, quits cleanly (ert#10577)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldscreen.services.installation import Installation
from fieldscreen.store.kdf import KdfParams

ROOT = Path(__file__).resolve().parents[2]
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)

pytestmark = pytest.mark.e2e


def _launch(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FIELDSCREEN_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--data-dir", str(data_dir), "--smoke-test", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _clean(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Error" not in done.stderr


def test_first_run_shows_setup_and_quits_cleanly(tmp_path):
    _clean(_launch(tmp_path / "data"))


def test_set_up_installation_shows_sign_in_and_quits_cleanly(tmp_path):
    data = tmp_path / "data"
    Installation(data, kdf=CHEAP).set_up(
        agency="Agency", office="Office", admin_username="admin", admin_password="violet kettle drums at noon"
    )
    _clean(_launch(data))


def test_training_uses_its_own_data_folder(tmp_path):
    data = tmp_path / "data"
    _clean(_launch(data, "--training"))
    assert (data / "training").is_dir()


def test_second_instance_is_refused_in_plain_words(tmp_path):
    data = tmp_path / "data"
    with Installation(data, kdf=CHEAP).lock_instance():
        done = _launch(data)
    assert done.returncode == 1
    assert "already running" in done.stderr
    assert "Traceback" not in done.stderr
