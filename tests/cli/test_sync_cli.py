"""The office-key, sync-target, sync and ingest commands, run for real in subprocesses on real data folders.

The folders are set up in this process with cheap Argon2 costs (the vault keeps the costs, so the subprocesses
unlock cheaply too), and a screening is finalized through the screening service as the app would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from dav_server import PASSWORD as DAV_PASSWORD  # the WebDAV test server lives with the sync tests
from dav_server import USER as DAV_USER

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput
from fieldscreen.store.kdf import KdfParams

ROOT = Path(__file__).resolve().parents[2]
CHEAP = KdfParams(memory_kib=64, iterations=1, parallelism=1)
ADMIN = "boss"
PASSWORD = "purple elephants dance slowly at dawn"
FINGERPRINT = re.compile(r"Fingerprint: ([0-9A-F]{4}(?:-[0-9A-F]{4}){3})")


def fieldscreen(data_dir: Path, *args: str, stdin: str = PASSWORD + "\n") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FIELDSCREEN_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def signed(*args: str) -> tuple[str, ...]:
    return (*args, "--user", ADMIN, "--password-stdin")


def set_up(data_dir: Path, *, screenings: int = 0) -> Path:
    installation = Installation(data_dir, kdf=CHEAP)
    installation.set_up(agency="County", office="North", admin_username=ADMIN, admin_password=PASSWORD)
    session = installation.sign_in(ADMIN, PASSWORD)
    try:
        now = datetime.now(UTC)
        for _ in range(screenings):
            person = PersonInput(discovered_at=now - timedelta(hours=1), citizenship=Citizenship.US_CITIZEN)
            view = session.screenings.start(Intake("brief", "en", "en", InterviewContext(setting="health"), person))
            while (question := view.state.first_unanswered()) is not None:
                answer = Answer(AnswerStatus.ANSWERED, "yes" if question.name == "threatened" else "no", now)
                session.screenings.answer(view.id, question.name, answer)
                view = session.screenings.open(view.id)
            session.screenings.finalize(view.id)
            session.outbox.on_finalized(view.id)
    finally:
        session.lock()
    return data_dir


@pytest.fixture
def office(tmp_path):
    """A receiving office with its key generated through the CLI; yields (data dir, key file, fingerprint)."""
    data_dir = set_up(tmp_path / "office")
    done = fieldscreen(data_dir, *signed("office-key", "generate", "--office", "Central Intake"))
    assert done.returncode == 0, done.stderr
    assert "A backup holding the office's private key was made" in done.stdout
    fingerprint = FINGERPRINT.search(done.stdout)[1]
    key_file = tmp_path / "office-key.txt"
    hint = re.search(r"'fieldscreen (office-key export [^']+)'", done.stdout)[1]  # the command it tells the user
    assert hint == f"office-key export --out FILE --user {ADMIN} --password-stdin"
    done = fieldscreen(data_dir, *[str(key_file) if word == "FILE" else word for word in hint.split()])
    assert done.returncode == 0, done.stderr
    return data_dir, key_file, fingerprint


def test_field_to_office_through_a_folder(tmp_path, office):
    office_dir, key_file, fingerprint = office
    text = key_file.read_text()
    assert text.startswith("fieldscreen-office-key 1") and fingerprint in text and "AGE-SECRET" not in text.upper()
    field = set_up(tmp_path / "field", screenings=2)

    refused = fieldscreen(field, *signed("sync"))
    assert refused.returncode == 1 and "No office key imported" in refused.stderr
    assert "Waiting: 2" in refused.stdout

    wrong = fieldscreen(field, *signed("office-key", "import", str(key_file), "--fingerprint", "0000-0000-0000-0000"))
    assert wrong.returncode == 2 and "Nothing was imported" in wrong.stderr
    done = fieldscreen(field, *signed("office-key", "import", str(key_file), "--fingerprint", fingerprint.lower()))
    assert done.returncode == 0, done.stderr
    assert fingerprint in done.stdout and "Packets sealed and queued now: 2" in done.stdout
    shown = fieldscreen(field, *signed("office-key", "show"))
    assert "field laptop" in shown.stdout and fingerprint in shown.stdout

    no_target = fieldscreen(field, *signed("sync"))
    assert no_target.returncode == 1 and "No sync folder" in no_target.stderr

    drive = tmp_path / "usb"
    assert fieldscreen(field, *signed("sync-target", "set-folder", str(drive))).returncode == 0
    assert str(drive) in fieldscreen(field, *signed("sync-target", "show")).stdout
    unplugged = fieldscreen(field, *signed("sync"))
    assert unplugged.returncode == 1 and "USB drive" in unplugged.stdout and "Waiting: 2" in unplugged.stdout
    drive.mkdir()
    practice = fieldscreen(field, "--training", *signed("sync"))
    assert practice.returncode == 0 and "practice packets are never sealed or sent" in practice.stdout
    assert list(drive.iterdir()) == []  # a practice command leaves the real outbox alone
    delivered = fieldscreen(field, *signed("sync"))
    assert delivered.returncode == 0, delivered.stdout + delivered.stderr
    assert "Delivered now: 2" in delivered.stdout and "Waiting: 0" in delivered.stdout
    again = fieldscreen(field, *signed("sync"))
    assert again.returncode == 0 and "Delivered now: 0" in again.stdout
    assert "Nothing was waiting to be sent. The sync folder is there and fieldscreen can write to it." in again.stdout
    assert len(list(drive.glob("*.fsitem"))) == 2

    ingested = fieldscreen(office_dir, *signed("ingest", "--from", str(drive)))
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr
    assert "Imported: 2" in ingested.stdout
    assert "Already here: 2" in fieldscreen(office_dir, *signed("ingest", "--from", str(drive))).stdout

    not_office = fieldscreen(field, *signed("ingest", "--from", str(drive)))
    assert not_office.returncode == 2 and "not a receiving office" in not_office.stderr


def test_a_damaged_item_is_named_and_the_rest_ingested(tmp_path, office):
    office_dir, key_file, _ = office
    field = set_up(tmp_path / "field", screenings=2)
    drive = tmp_path / "usb"
    drive.mkdir()
    assert fieldscreen(field, *signed("office-key", "import", str(key_file))).returncode == 0
    assert fieldscreen(field, *signed("sync-target", "set-folder", str(drive))).returncode == 0
    assert fieldscreen(field, *signed("sync")).returncode == 0
    damaged = sorted(drive.glob("*.fsitem"))[0]
    damaged.write_bytes(damaged.read_bytes()[:-10])
    done = fieldscreen(office_dir, *signed("ingest", "--from", str(drive)))
    assert done.returncode == 1
    assert "Imported: 1" in done.stdout and f"Not imported: {damaged.name}" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_the_office_is_told_why_nothing_can_be_received(tmp_path, office):
    office_dir = office[0]
    done = fieldscreen(office_dir, *signed("ingest"))
    assert done.returncode == 1
    assert done.stderr.startswith("No sync folder or office server is set up: packets cannot be received.")
    done = fieldscreen(office_dir, *signed("ingest", "--from", str(tmp_path / "unplugged")))
    assert done.returncode == 1
    assert "Nothing was received and nothing is lost" in done.stderr
    assert "outbox" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("sync", "--user", ADMIN, "--password-stdin"), "not the right password at all\n"),
        (("sync", "--user", ADMIN), PASSWORD + "\n"),
        (("sync",), ""),
        (signed("sync-target", "set-webdav", "https://x.example/", "--dav-user", "u"), PASSWORD + "\n"),
    ],
)
def test_usage_and_sign_in_problems_exit_2(tmp_path, args, stdin):
    data_dir = set_up(tmp_path / "field")
    done = fieldscreen(data_dir, *args, stdin=stdin)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.strip() and "Traceback" not in done.stderr


def test_sync_on_an_empty_folder_exits_2(tmp_path):
    done = fieldscreen(tmp_path / "nothing", *signed("sync"))
    assert done.returncode == 2 and "not been set up" in done.stderr


def test_webdav_with_a_pinned_certificate_and_credentials_from_stdin(tmp_path, office, dav, tls):
    office_dir, key_file, _ = office
    field = set_up(tmp_path / "field", screenings=1)
    assert fieldscreen(field, *signed("office-key", "import", str(key_file))).returncode == 0
    secrets_in = f"{PASSWORD}\n{DAV_PASSWORD}\n"
    credentials = ("--dav-user", DAV_USER, "--dav-password-stdin")

    wrong = ("--pin", "00" * 32, *credentials)
    assert fieldscreen(field, *signed("sync-target", "set-webdav", dav.url(), *wrong), stdin=secrets_in).returncode == 0
    refused = fieldscreen(field, *signed("sync"))
    assert refused.returncode == 1 and "does not match the pinned fingerprint" in refused.stdout
    assert not (dav.root / "dav" / "inbox").exists()

    target = ("--pin", tls.sha256, *credentials)
    done = fieldscreen(field, *signed("sync-target", "set-webdav", dav.url(), *target), stdin=secrets_in)
    assert done.returncode == 0, done.stderr
    assert "pinned certificate" in done.stdout and DAV_PASSWORD not in done.stdout
    synced = fieldscreen(field, *signed("sync"))
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert len(list((dav.root / "dav" / "inbox").glob("*.fsitem"))) == 1

    ingested = fieldscreen(office_dir, *signed("ingest", "--from", dav.url(), *target), stdin=secrets_in)
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr
    assert "Imported: 1" in ingested.stdout

    for path in [p for p in field.rglob("*") if p.is_file()] + [p for p in office_dir.rglob("*") if p.is_file()]:
        assert DAV_PASSWORD.encode() not in path.read_bytes(), path
