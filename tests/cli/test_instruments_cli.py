"""``fieldscreen instruments validate`` and ``list``: one line per problem, exit codes, the installed catalog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldscreen import paths
from fieldscreen.cli import build_parser, run_command

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tests" / "core" / "data" / "instruments" / "demo" / "1.0.0.yaml"
BROKEN = ROOT / "tests" / "core" / "broken"


def cli(*args: str) -> int:
    return run_command(build_parser().parse_args(["instruments", *args]))


def test_validate_prints_ok_for_a_valid_file(capsys):
    assert cli("validate", str(DEMO)) == 0
    assert capsys.readouterr().out == f"{DEMO}: OK (demo 1.0.0, 13 questions)\n"


def test_validate_prints_every_problem_and_fails(capsys, tmp_path):
    two = tmp_path / "two.yaml"
    two.write_text(
        DEMO.read_text(encoding="utf-8")
        .replace("${has_worked} = 'yes'", "${has_workd} = 'yes'")
        .replace("count-selected(.)", "count-selected()"),
        encoding="utf-8",
    )
    assert cli("validate", str(DEMO), str(two), str(BROKEN / "not_utf8.yaml")) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{DEMO}: OK (demo 1.0.0, 13 questions)",
        f"{two}: sections[1].relevant: unknown question 'has_workd' (did you mean 'has_worked'?)",
        f"{two}: sections[1].questions[2].constraint: count-selected() takes 1 argument(s), not 0",
        f"{BROKEN / 'not_utf8.yaml'}: line 16: is not UTF-8 text (byte 0xed); save the file as UTF-8",
    ]


def test_list_shows_installed_instruments_and_versions(capsys, monkeypatch, tmp_path):
    for version in ("1.0.0", "1.1.0"):
        (tmp_path / "instruments" / "demo").mkdir(parents=True, exist_ok=True)
        text = DEMO.read_text(encoding="utf-8").replace('version: "1.0.0"', f'version: "{version}"')
        (tmp_path / "instruments" / "demo" / f"{version}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(paths, "resources", lambda: tmp_path)
    assert cli("list") == 1  # demo recommends demo_full, which is not installed
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "ID    VERSION  TITLE        POPULATION  LANGUAGES",
        "demo  1.0.0    Demo screen  any         en, es",
        "demo  1.1.0    Demo screen  any         en, es",
    ]
    assert "demo/1.0.0.yaml: recommends: no instrument 'demo_full' is installed" in captured.err


def test_the_real_command_lists_the_built_in_instruments(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FIELDSCREEN_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--data-dir", str(tmp_path), "instruments", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    ids = [line.split()[0] for line in done.stdout.splitlines()[1:]]
    assert {"brief", "adult_full", "youth", "rescreen_uc"} <= set(ids)


@pytest.mark.parametrize("args", [["validate"], []])
def test_usage_errors(args, capsys):
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["instruments", *args])
    assert caught.value.code == 2
    assert "usage: fieldscreen instruments" in capsys.readouterr().err


def test_validate_reports_a_missing_file(capsys, tmp_path):
    gone = tmp_path / "gone.yaml"
    assert cli("validate", str(gone)) == 1
    assert capsys.readouterr().out == f"{gone}: (file): No such file or directory\n"
