"""``fieldscreen export``, run for real in subprocesses on real data folders, killed with SIGKILL mid-run too.

The data folders are set up as in test_sync_cli (cheap Argon2 costs, screenings finalized through the screening
service). Every subprocess gets its own empty TMPDIR, which must still be empty when it ends.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from test_sync_cli import ADMIN, CHEAP, PASSWORD, ROOT, set_up

from fieldscreen.core.models import Answer, AnswerStatus, Role
from fieldscreen.packets import suggested_filename
from fieldscreen.services.installation import Installation
from fieldscreen.store import packets_repo
from fieldscreen.store.packets_repo import NewPacket

EXPORT_PASSWORD = "seven blue kites over the bay"
SUE = "sue"
SUE_PASSWORD = "sue keeps a long passphrase here"
SUE_FIRST_PASSWORD = "the administrator chose this for sue"
KILL_AT_RENAME = """
import os, signal, sys
from fieldscreen.__main__ import main
rename = os.replace
os.replace = lambda src, dst: os.kill(os.getpid(), signal.SIGKILL) if str(dst).endswith(".pdf") else rename(src, dst)
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def tmpdir_env(tmp_path):
    """An environment whose TMPDIR is an empty folder of its own (checked empty at the end)."""
    temp = tmp_path / "process-tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "FIELDSCREEN_DATA_DIR"}
    env["TMPDIR"] = str(temp)
    yield env
    assert list(temp.iterdir()) == []


def _command(data_dir: Path, out: Path, *options: str, user: str = ADMIN, code: str = "") -> list[str]:
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "fieldscreen"]
    return [
        *head,
        "--data-dir",
        str(data_dir),
        "export",
        "--out",
        str(out),
        *options,
        "--user",
        user,
        "--password-stdin",
    ]


def export(
    env: dict[str, str],
    data_dir: Path,
    out: Path,
    *options: str,
    stdin: str = f"{PASSWORD}\n{EXPORT_PASSWORD}\n",
    **kwargs: str,
) -> subprocess.CompletedProcess[str]:
    command = _command(data_dir, out, *options, **kwargs)
    return subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _signed_in(data_dir: Path, user: str = ADMIN, password: str = PASSWORD):
    return Installation(data_dir, kdf=CHEAP).sign_in(user, password)


def _amend_first(data_dir: Path) -> str:
    """Amend the oldest screening (a second packet version); return its case code."""
    session = _signed_in(data_dir)
    try:
        screening_id = min(row.screening_id for row in session.export.exportable())
        answer = Answer(AnswerStatus.ANSWERED, "yes", datetime.now(UTC))
        session.screenings.amend(screening_id, "job_changed", answer, "The person told us more")
        session.outbox.on_amended(screening_id)
        return next(r.case_code for r in session.export.exportable() if r.screening_id == screening_id)
    finally:
        session.lock()


def _opens_only_with_the_password(path: Path) -> str:
    """The text of an exported file, after checking that it needs EXPORT_PASSWORD."""
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path)
    with pikepdf.open(path, password=EXPORT_PASSWORD) as pdf:
        assert int(pdf.trailer.Encrypt.R) == 6
    reader = PdfReader(path)
    reader.decrypt(EXPORT_PASSWORD)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_export_writes_the_latest_packets_and_the_options_choose(tmp_path, tmpdir_env):
    data_dir = set_up(tmp_path / "data", screenings=3)
    code = _amend_first(data_dir)
    day = datetime.now(UTC).astimezone().date()

    everything = tmp_path / "all"
    everything.mkdir()
    done = export(tmpdir_env, data_dir, everything)
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert sorted(written) == sorted(everything.iterdir()) and len(written) == 3
    assert "Written: 0 of 3" in done.stderr and "Written: 3 of 3" in done.stderr
    stem = Path(suggested_filename(code, day)).stem
    assert everything / f"{stem}_v2.pdf" in written, "the amended packet's name says its version"
    assert code in _opens_only_with_the_password(everything / f"{stem}_v2.pdf")

    versions = tmp_path / "versions"
    versions.mkdir()
    done = export(tmpdir_env, data_dir, versions, "--all", "--case", code.lower(), "--since", day.isoformat())
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.splitlines()) == [str(versions / f"{stem}.pdf"), str(versions / f"{stem}_v2.pdf")]
    first, second = (_opens_only_with_the_password(versions / name) for name in (f"{stem}.pdf", f"{stem}_v2.pdf"))
    assert first != second

    none = export(tmpdir_env, data_dir, versions, "--since", "2999-01-01")
    assert none.returncode == 1 and "nothing was written" in none.stderr
    unknown = export(tmpdir_env, data_dir, versions, "--case", "FS-0000-0000")
    assert unknown.returncode == 2 and "FS-0000-0000" in unknown.stderr
    bad_day = export(tmpdir_env, data_dir, versions, "--since", "yesterday")
    assert bad_day.returncode == 2 and "YYYY-MM-DD" in bad_day.stderr
    assert len(list(versions.iterdir())) == 2


def test_passwords_roles_and_folders_are_refused_in_plain_words(tmp_path, tmpdir_env):
    data_dir = set_up(tmp_path / "data", screenings=1)
    session = _signed_in(data_dir)
    try:
        session.accounts.add(SUE, Role.SCREENER, SUE_FIRST_PASSWORD)
    finally:
        session.lock()
    sue = _signed_in(data_dir, SUE, SUE_FIRST_PASSWORD)
    sue.accounts.change_own_password(SUE_FIRST_PASSWORD, SUE_PASSWORD)  # her own, as at her first sign-in
    sue.lock()
    out = tmp_path / "out"
    out.mkdir()

    short = export(tmpdir_env, data_dir, out, stdin=f"{PASSWORD}\nkite\n")
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
    missing = export(tmpdir_env, data_dir, out, stdin=f"{PASSWORD}\n")
    assert missing.returncode == 2 and "export password" in missing.stderr
    wrong = export(tmpdir_env, data_dir, out, stdin=f"not the right password at all\n{EXPORT_PASSWORD}\n")
    assert wrong.returncode == 2
    screener = export(tmpdir_env, data_dir, out, user=SUE, stdin=f"{SUE_PASSWORD}\n{EXPORT_PASSWORD}\n")
    assert screener.returncode == 1 and "Your role does not allow this" in screener.stderr
    unplugged = export(tmpdir_env, data_dir, out / "usb")
    assert unplugged.returncode == 1 and "not there" in unplugged.stderr and not (out / "usb").exists()
    assert list(out.iterdir()) == []
    for done in (short, missing, wrong, screener, unplugged):
        assert "Traceback" not in done.stdout + done.stderr and EXPORT_PASSWORD not in done.stdout + done.stderr


def _case_code(data_dir: Path) -> str:
    session = _signed_in(data_dir)
    try:
        return session.export.exportable()[0].case_code
    finally:
        session.lock()


def _many_versions(data_dir: Path, count: int) -> None:
    """Store ``count`` more versions of the first screening's packet (copies of its PDF), cheaply."""
    session = _signed_in(data_dir)
    try:
        row = session.export.exportable()[0]
        pdf, manifest = session._ctx.run(packets_repo.pdf_and_manifest, row.packet_id)
        for number in range(count):
            digest = hashlib.sha256(b"%d" % number).hexdigest()
            packet = NewPacket(
                row.screening_id, "referral", row.created_at, row.case_code, digest, digest, manifest, False, pdf
            )
            session._ctx.run(packets_repo.insert_version, packet)
    finally:
        session.lock()


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".fieldscreen-export-*.tmp"))


@pytest.mark.slow
def test_a_killed_export_leaves_complete_encrypted_files_and_the_next_one_cleans_up(tmp_path, tmpdir_env):
    data_dir = set_up(tmp_path / "data", screenings=1)
    _many_versions(data_dir, 300)
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        _command(data_dir, out, "--all"),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=tmpdir_env,
    )
    process.stdin.write(f"{PASSWORD}\n{EXPORT_PASSWORD}\n")
    process.stdin.close()
    for line in process.stderr:
        if line.startswith("Written: 20 of"):
            break
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=60) == -signal.SIGKILL
    process.stderr.close()

    finished = sorted(out.glob("*.pdf"))
    assert 20 <= len(finished) < 301
    assert set(out.iterdir()) <= set(finished) | set(_temporaries(out))
    code = _case_code(data_dir).encode()
    for path in [*finished, *_temporaries(out)][-5:]:
        assert code not in path.read_bytes()
    for path in finished[-3:]:
        _opens_only_with_the_password(path)

    again = export(tmpdir_env, data_dir, out)
    assert again.returncode == 0, again.stderr
    assert _temporaries(out) == []


def test_a_temporary_file_left_by_a_kill_is_encrypted_and_removed_by_the_next_export(tmp_path, tmpdir_env):
    data_dir = set_up(tmp_path / "data", screenings=1)
    out = tmp_path / "out"
    out.mkdir()

    killed = export(tmpdir_env, data_dir, out, code=KILL_AT_RENAME)

    assert killed.returncode == -signal.SIGKILL
    [leftover] = list(out.iterdir())
    assert leftover.name.startswith(".fieldscreen-export-") and leftover.suffix == ".tmp"
    code = _case_code(data_dir)
    assert leftover.stat().st_mode & 0o777 == 0o600 and code.encode() not in leftover.read_bytes()
    assert code in _opens_only_with_the_password(leftover)

    done = export(tmpdir_env, data_dir, out)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.iterdir()] == [Path(done.stdout.strip()).name]


def _office_with_received(tmp_path: Path) -> tuple[Path, str]:
    """An office that received three packets (one amended twice over) from a laptop; returns its data dir and the
    amended case code."""
    office_dir = set_up(tmp_path / "office")
    field_dir = set_up(tmp_path / "field", screenings=2)
    code = _amend_first(field_dir)
    drive = tmp_path / "share"
    drive.mkdir()
    office = _signed_in(office_dir)
    try:
        office.office_keys.generate()
        office.office_keys.export_to(tmp_path / "key.txt")
        office.sync_targets.set_folder(str(drive))
        field = _signed_in(field_dir)
        try:
            field.office_keys.import_key((tmp_path / "key.txt").read_bytes())
            field.sync_targets.set_folder(str(drive))
            assert field.sync.sync_now().delivered == 3
        finally:
            field.lock()
        assert office.ingest.ingest_from().imported == 3
    finally:
        office.lock()
    return office_dir, code


def test_the_office_exports_the_packets_it_received(tmp_path, tmpdir_env):
    office_dir, code = _office_with_received(tmp_path)
    day = datetime.now(UTC).astimezone().date()
    out = tmp_path / "out"
    out.mkdir()

    made_here = export(tmpdir_env, office_dir, out)
    assert made_here.returncode == 1 and "nothing was written" in made_here.stderr
    assert "--received" in made_here.stderr

    done = export(tmpdir_env, office_dir, out, "--received")
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert sorted(written) == sorted(out.iterdir()) and len(written) == 2  # the latest of each case
    stem = Path(suggested_filename(code, day)).stem
    assert out / f"{stem}_v2.pdf" in written
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.name.split("_")[0] in _opens_only_with_the_password(path)

    versions = tmp_path / "versions"
    versions.mkdir()
    done = export(tmpdir_env, office_dir, versions, "--received", "--all", "--case", code)
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.splitlines()) == [str(versions / f"{stem}.pdf"), str(versions / f"{stem}_v2.pdf")]
    first, second = (_opens_only_with_the_password(versions / name) for name in (f"{stem}.pdf", f"{stem}_v2.pdf"))
    assert code in first and first != second
    session = _signed_in(office_dir)
    try:
        [_, last] = session.audit.recent(action="received_packets_exported")
        assert last.detail["count"] == 2 and last.detail["outcome"] == "done"
    finally:
        session.lock()
