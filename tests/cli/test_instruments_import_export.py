"""``fieldscreen instruments import`` and ``export``, and ``validate`` of an .xlsx: exit codes, messages, files."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
import yaml

from fieldscreen import paths
from fieldscreen.cli import build_parser, run_command
from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.xlsform import import_xlsform
from fieldscreen.services.installation import Installation
from fieldscreen.store.kdf import KdfParams

ROOT = Path(__file__).resolve().parents[2]
HTCDS = ROOT / "tests" / "core" / "xlsform_cases" / "htcds.yaml"
PASSWORD = "purple elephants dance slowly at dawn"


def workbook(sheets: dict) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    installation = Installation(folder, kdf=KdfParams(memory_kib=64, iterations=1, parallelism=1))
    installation.set_up(agency="Agency", office="", admin_username="boss", admin_password=PASSWORD)
    return folder


@pytest.fixture
def htcds_file(tmp_path):
    path = tmp_path / "htcds.xlsx"
    path.write_bytes(workbook(yaml.safe_load(HTCDS.read_text(encoding="utf-8"))))
    return path


def cli(data_dir: Path, *args: str, stdin: str = "", monkeypatch=None) -> int:
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run_command(build_parser().parse_args(["--data-dir", str(data_dir), "instruments", *args]))


def signed_in(*args: str) -> tuple[str, ...]:
    return (*args, "--user", "boss", "--password-stdin")


def test_built_in_instrument_exports_without_signing_in(tmp_path, capsys):
    out = tmp_path / "brief.xlsx"
    assert cli(tmp_path / "nowhere", "export", "brief", "--out", str(out)) == 0
    assert capsys.readouterr().out == f"Wrote {out}.\n"
    brief = load_catalog([paths.resources() / "instruments"])[0].get("brief", "1.0.0").instrument
    again = import_xlsform(out.read_bytes(), out.name).loaded.instrument
    assert dataclasses.replace(again, source="") == dataclasses.replace(brief, source="")
    assert not (tmp_path / "nowhere").exists()


def test_an_unknown_instrument_is_not_exported(tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert cli(tmp_path, "export", "nothing", "--version", "1.0.0", "--out", str(out)) == 2
    assert "nothing is not a built-in instrument." in capsys.readouterr().err
    assert not out.exists()


def test_import_then_export_an_imported_instrument(data_dir, htcds_file, tmp_path, capsys, monkeypatch):
    assert cli(data_dir, *signed_in("import", str(htcds_file)), stdin=PASSWORD + "\n", monkeypatch=monkeypatch) == 0
    captured = capsys.readouterr()
    assert captured.out == "Imported htcds_core 1.0.0 (13 questions); new screenings may use it.\n"
    assert captured.err == ""
    out = tmp_path / "back.xlsx"
    assert cli(data_dir, "export", "htcds_core", "--out", str(out)) == 2
    assert "An imported instrument is exported with --user and --password-stdin." in capsys.readouterr().err
    args = signed_in("export", "htcds_core", "--out", str(out))
    assert cli(data_dir, *args, stdin=PASSWORD + "\n", monkeypatch=monkeypatch) == 0
    original = import_xlsform(htcds_file.read_bytes(), "htcds.xlsx").loaded.instrument
    again = import_xlsform(out.read_bytes(), "back.xlsx").loaded.instrument
    assert dataclasses.replace(again, source="") == dataclasses.replace(original, source="")


def test_a_broken_workbook_prints_its_problems(data_dir, tmp_path, capsys, monkeypatch):
    sheets = yaml.safe_load(HTCDS.read_text(encoding="utf-8"))
    sheets["survey"][3][0] = "begin_repeat"
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(workbook(sheets))
    assert cli(data_dir, *signed_in("import", str(bad)), stdin=PASSWORD + "\n", monkeypatch=monkeypatch) == 1
    err = capsys.readouterr().err
    assert err.startswith("bad.xlsx: survey row 4, column type: 'begin_repeat' is not supported\n")
    assert err.endswith("\n\nCorrect the workbook and import it again.\n"), "the advice stands apart from the list"
    assert "Traceback" not in err


def test_a_file_that_is_no_workbook_keeps_its_problem_and_the_advice_apart(data_dir, tmp_path, capsys, monkeypatch):
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"not a workbook")
    assert cli(data_dir, *signed_in("import", str(bad)), stdin=PASSWORD + "\n", monkeypatch=monkeypatch) == 1
    assert capsys.readouterr().err.splitlines() == [
        "notes.xlsx: the file is not an Excel workbook (.xlsx); save it as .xlsx",
        "",
        "Correct the workbook and import it again.",
    ]


def test_import_needs_a_signed_in_account(data_dir, htcds_file, capsys):
    assert cli(data_dir, "import", str(htcds_file)) == 2
    assert "Add --user and --password-stdin" in capsys.readouterr().err


def test_validate_checks_a_workbook_without_installing_it(htcds_file, capsys):
    assert cli(htcds_file.parent, "validate", str(htcds_file)) == 0
    assert capsys.readouterr().out == f"{htcds_file}: OK (htcds_core 1.0.0, 13 questions)\n"


def test_the_real_command_exports(tmp_path):
    out = tmp_path / "youth.xlsx"
    env = {k: v for k, v in os.environ.items() if k != "FIELDSCREEN_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--data-dir", str(tmp_path / "data"), "instruments", "export", "youth"]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(out).sheetnames == ["survey", "choices", "settings"]


def test_list_with_a_signed_in_account_shows_imported_instruments(data_dir, htcds_file, capsys, monkeypatch):
    assert cli(data_dir, *signed_in("import", str(htcds_file)), stdin=PASSWORD + "\n", monkeypatch=monkeypatch) == 0
    capsys.readouterr()
    assert cli(data_dir, "list") == 0
    assert "htcds_core" not in capsys.readouterr().out  # without signing in: built-ins only
    assert cli(data_dir, *signed_in("list"), stdin=PASSWORD + "\n", monkeypatch=monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "VERSION", "TITLE", "POPULATION", "LANGUAGES", "SOURCE", "STATE"]
    imported = [line for line in lines if line.startswith("htcds_core ")]
    assert len(imported) == 1 and imported[0].split()[-2:] == ["imported", "enabled"]
    assert any(line.startswith("adult_full ") and line.split()[-2:] == ["built-in", "enabled"] for line in lines)
