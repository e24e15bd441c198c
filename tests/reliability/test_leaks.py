"""Leaks: a full screening with a marked string in every field, run in its own process; then no file it touched and
nothing it printed or logged holds any of them (UTF-8 or UTF-16, any letter case).

Scanned: the data folder (database, vault, logs, backups), the office installation, the sync folder (sealed items),
the process's TMPDIR, HOME and XDG folders (settings and caches), the export folder, and the process's stdout and
stderr. Each marked field is first proved stored: the run reads every one back from the encrypted database.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import leaks_support
import pikepdf
import pytest
from leaks_support import EXPORT_PASSWORD, FIELDS, hits_in

HOME_VARS = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Run the field laptop once in a subprocess with every folder it may write to inside one test folder."""
    root = tmp_path_factory.mktemp("leaks")
    folders = {name: root / name for name in ("data", "office", "drive", "tmp", "home")}
    for folder in folders.values():
        folder.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items() if key not in HOME_VARS}
    env.update({var: str(folders["home"] / var.lower()) for var in HOME_VARS})
    env.update(HOME=str(folders["home"]), TMPDIR=str(folders["tmp"]), FIELDSCREEN_DATA_DIR=str(folders["data"]))
    result = root / "result.json"
    args = [folders[name] for name in ("data", "office", "drive")] + [result]
    proc = subprocess.run(
        [sys.executable, leaks_support.__file__, *map(str, args)],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-3000:]
    return root, proc, json.loads(result.read_text())


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "result.json")


def test_every_marked_field_was_stored_and_packets_were_sealed(run):
    root, _proc, result = run
    assert result["stored"] == dict.fromkeys(FIELDS, True)
    # the brief packet, its versions with the action done and amended, the free-text screening's packet
    assert result["delivered"] == 4
    assert len(list((root / "drive").glob("*.fsitem"))) == 4
    assert (root / "data" / "logs" / "fieldscreen.log").stat().st_size > 0, "the app's log was written and scanned"


def test_no_file_holds_a_marked_value(run):
    root, _proc, _result = run
    files = _files(root)
    assert len(files) >= 9
    assert [(str(p.relative_to(root)), hits) for p in files if (hits := hits_in(p.read_bytes()))] == []
    size = sum(p.stat().st_size for p in files)
    print(f"FIGURE leaks: {len(FIELDS)} marked fields stored, {len(files)} files ({size} bytes) scanned, 0 hits")


def test_stdout_stderr_and_log_hold_no_marked_value(run):
    root, proc, _result = run
    assert hits_in(proc.stdout) == []
    assert hits_in(proc.stderr) == []
    logs = b"".join(p.read_bytes() for p in (root / "data" / "logs").iterdir())
    assert b"signed in" in logs and hits_in(logs) == []


def test_exported_pdfs_are_encrypted_and_hold_the_packet(run):
    _root, _proc, result = run
    assert len(result["exported"]) == 4
    for name in result["exported"]:
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(name)
        assert hits_in(Path(name).read_bytes()) == []
        with pikepdf.open(name, password=EXPORT_PASSWORD) as pdf:
            assert pdf.is_encrypted and pdf.encryption.R >= 6, "AES-256 (revision 6)"
            plain = io.BytesIO()
            pdf.save(plain, encryption=False)
        assert hits_in(plain.getvalue()), "the opened export holds the marked text: the scan would see a plain one"
