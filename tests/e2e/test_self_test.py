"""``fieldscreen --self-test`` from the checkout: every step passes, nothing touches user data, failures are plain."""

from __future__ import annotations

import io
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldscreen import paths
from fieldscreen.gui.self_test_qt import load_translations
from fieldscreen.services.self_test import SelfTest, SelfTestFailed, run_self_test

ROOT = Path(__file__).resolve().parents[2]
QT_STEP = "load the .qm translations with Qt"

pytestmark = pytest.mark.e2e


def step_names(tmp_path: Path) -> list[str]:
    """Every step the self-test prints, in order (the services' steps, then the Qt step added by __main__)."""
    return [step.name for step in SelfTest(tmp_path).steps()] + [QT_STEP]


def test_self_test_passes_from_the_checkout_without_touching_user_data(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    env.pop("FIELDSCREEN_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in step_names(tmp_path / "names"):
        assert any(line.startswith(f"{name} ... ok") for line in lines), done.stdout
    assert lines[-1] == "self-test passed"
    assert done.stderr == ""
    assert not [p for p in home.rglob("*") if "fieldscreen" in p.name.lower()]


def test_a_missing_font_stops_the_self_test_with_a_plain_message(tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources(), resources, ignore=shutil.ignore_patterns("SymbolaEmoji.ttf"))
    monkeypatch.setattr(paths, "resources", lambda: resources)
    out, err = io.StringIO(), io.StringIO()

    assert run_self_test(out=out, err=err) == 1

    assert "load every built-in instrument ... ok" in out.getvalue()
    assert out.getvalue().endswith("render a referral packet with the bundled fonts ... FAILED\n")
    assert "SymbolaEmoji.ttf" in err.getvalue()
    assert "Traceback" not in out.getvalue() + err.getvalue()


def test_compiled_catalogues_load_and_a_damaged_one_fails(tmp_path, monkeypatch):
    (tmp_path / "fieldscreen_es.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">\n'
        "<context><name>Packet</name><message><source>Screening support</source>"
        "<translation>Apoyo a la evaluaci\u00f3n</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    build_qm = runpy.run_path(str(ROOT / "tools" / "build_qm.py"))["build_qm"]
    assert build_qm(tmp_path) == [tmp_path / "fieldscreen_es.qm"]
    monkeypatch.setattr(paths, "translations", lambda: tmp_path)

    assert load_translations() == "fieldscreen_es.qm"

    (tmp_path / "fieldscreen_fr.qm").write_bytes(b"not a catalogue")
    with pytest.raises(SelfTestFailed, match="fieldscreen_fr.qm"):
        load_translations()
