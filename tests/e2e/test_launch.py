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


def _launch(data_dir: Path, *extra: str, python: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FIELDSCREEN_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, *python, "-m", "fieldscreen", "--data-dir", str(data_dir), "--smoke-test", *extra],
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


def _set_up(data: Path) -> None:
    Installation(data, kdf=CHEAP).set_up(
        agency="Agency", office="Office", admin_username="admin", admin_password="violet kettle drums at noon"
    )


def test_set_up_installation_shows_sign_in_and_quits_cleanly(tmp_path):
    data = tmp_path / "data"
    _set_up(data)
    _clean(_launch(data))


@pytest.mark.parametrize("set_up", [True, False], ids=["sign-in", "setup"])
def test_the_first_window_does_not_wait_for_the_services_or_the_commands(tmp_path, set_up):
    """The smoke test quits once the first window is up, before the installation, sessions or commands are imported.

    The window loads the back end after its first paint; bench/startup.py measures the time to the window.
    """
    data = tmp_path / "data"
    if set_up:
        _set_up(data)
    done = _launch(data, python=("-X", "importtime"))
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
    assert f"fieldscreen.gui.views.{'sign_in_window' if set_up else 'setup_wizard'}" in imported
    heavy = ("fieldscreen.services.installation", "fieldscreen.services.session", "fieldscreen.cli.")
    assert sorted(m for m in imported if m.startswith(heavy)) == []


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


def test_a_read_only_data_folder_is_named_with_what_to_do(tmp_path, make_read_only):
    data = tmp_path / "data"
    Installation(data, kdf=CHEAP).set_up(
        agency="Agency", office="Office", admin_username="admin", admin_password="a long administrator passphrase"
    )
    make_read_only(data)
    done = _launch(data)
    assert done.returncode == 1
    assert f"fieldscreen cannot start: it cannot write to its data folder ({data})." in done.stderr
    assert "may write to this folder" in done.stderr
    assert "last change" not in done.stderr and "Traceback" not in done.stderr


def test_a_data_folder_that_is_no_folder_is_named_with_what_to_do(not_a_folder):
    done = _launch(not_a_folder)
    assert done.returncode == 1
    assert f"fieldscreen cannot start: its data folder ({not_a_folder}) is a file, not a folder" in done.stderr
    assert "--data-dir" in done.stderr and "Traceback" not in done.stderr
