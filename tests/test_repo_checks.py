"""Repository-wide checks that belong to "the whole suite": lint, import layers, core and store without Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_ruff_reports_nothing():
    done = subprocess.run([_tool("ruff"), "check", "--no-cache", str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_layers_hold():
    done = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower().replace("0 broken", "")


BLOCK_QT = textwrap.dedent(
    """
    import importlib.abc, sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                raise ImportError(f"{name} is blocked: this run proves the code works without Qt")
            return None

    sys.meta_path.insert(0, BlockQt())
    import pytest
    sys.exit(pytest.main(sys.argv[1:]))
    """
)


@pytest.mark.slow
def test_core_and_store_pass_without_qt(tmp_path):
    ini = tmp_path / "headless.ini"
    ini.write_text(
        "[pytest]\naddopts = --strict-markers -p no:pytest-qt -p no:cacheprovider -q\n"
        "filterwarnings = error\nmarkers =\n    slow: slow\n    reliability: reliability\n"
    )
    targets = [str(ROOT / "tests" / d) for d in ("core", "store", "services") if (ROOT / "tests" / d).is_dir()]
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "-c", str(ini), "--rootdir", str(ROOT), *targets],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout
