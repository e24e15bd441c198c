"""Export: real packets from finalized screenings, written encrypted into real folders and opened again with pikepdf
and pypdf; at the receiving office, the packets it received (listed with versions, previewed, exported)."""

from __future__ import annotations

import errno
import fcntl
import io
import json
import multiprocessing
import os
import signal
import subprocess
import threading
from pathlib import Path

import pikepdf
import pytest
from outbox_helpers import INTERPRETER_ID, PERSON_NAME, amend_screening, finalize_screening, office_installation
from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError
from services_support import ADMIN, ADMIN_PASSWORD, CANARY

from fieldscreen.core.errors import PasswordRejected, PermissionDenied
from fieldscreen.core.models import Role
from fieldscreen.packets import suggested_filename
from fieldscreen.services.export_service import ExportFailed, ExportResult, PacketNotFound
from fieldscreen.services.training_marker import mark_training

PASSWORD = "river stones at noon"
SAM_PASSWORD = "sam has a long passphrase too"


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _packet_ids(session) -> list[int]:
    return [row.packet_id for row in session.export.exportable()]


def _text(path, password: str = PASSWORD) -> str:
    reader = PdfReader(path)
    assert reader.decrypt(password) == PasswordType.USER_PASSWORD
    return "\n".join(page.extract_text() for page in reader.pages)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _stored_text(session, packet_id: int) -> str:
    return _pdf_text(session.export.pdf(packet_id))


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".pdf")


def _children_seen(pids: set[int]):
    """A progress callback that adds the pids of this process's multiprocessing children to ``pids``."""
    return lambda done, total: pids.update(child.pid for child in multiprocessing.active_children())


def _all_gone(pids: set[int]) -> bool:
    return multiprocessing.active_children() == [] and not any(Path(f"/proc/{pid}").exists() for pid in pids)


def test_an_exported_packet_opens_only_with_its_password_is_aes256_r6_and_has_no_metadata(session, clock, out):
    screening_id = finalize_screening(session, clock)
    [row] = session.export.exportable()
    assert (row.screening_id, row.version, row.status, row.training) == (screening_id, 1, "finalized", False)

    result = session.export.export([row.packet_id], out, PASSWORD)

    assert not result.cancelled
    assert result.written == [out / suggested_filename(row.case_code, row.created_at.astimezone().date())]
    path = result.written[0]
    assert sorted(out.iterdir()) == [path] and path.stat().st_mode & 0o777 == 0o600
    for wrong in (None, "", "river stones at noo", PASSWORD.upper()):
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(path, **({} if wrong is None else {"password": wrong}))
    with pikepdf.open(path, password=PASSWORD) as pdf:
        encrypt = pdf.trailer.Encrypt
        assert (int(encrypt.R), int(encrypt.V), int(encrypt.Length)) == (6, 5, 256)
        assert str(encrypt.CF.StdCF.CFM) == "/AESV3" and str(encrypt.StmF) == str(encrypt.StrF) == "/StdCF"
        assert pdf.encryption.bits == 256 and pdf.encryption.user_password == PASSWORD.encode()
        assert dict(pdf.docinfo) == {"/Producer": "fieldscreen"} and "/Metadata" not in pdf.Root
        assert not pdf.open_metadata()  # no XMP packet
    raw = path.read_bytes()
    for secret in (PERSON_NAME, INTERPRETER_ID, row.case_code, CANARY, "Referral"):
        assert secret.encode() not in raw
    text = _text(path)
    assert row.case_code in text and PERSON_NAME in text and INTERPRETER_ID in text
    assert text == _stored_text(session, row.packet_id)


def test_a_practice_packet_is_exported_under_a_training_name(installation, recovery_key, data_dir, clock, out):
    mark_training(data_dir)
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        finalize_screening(session, clock)
        [row] = session.export.exportable()
        [path] = session.export.export([row.packet_id], out, PASSWORD).written
    finally:
        session.lock()
    assert row.training and path.name.startswith(f"TRAINING_{row.case_code}_")


def test_latest_versions_progress_and_name_collisions(session, clock, out):
    first = finalize_screening(session, clock)
    amend_screening(session, clock, first)
    second = finalize_screening(session, clock)
    latest = session.export.exportable()
    every = session.export.exportable(latest_only=False)
    assert [(r.screening_id, r.version) for r in latest] == [(second, 1), (first, 2)]
    assert sorted((r.screening_id, r.version) for r in every) == [(first, 1), (first, 2), (second, 1)]
    old = next(r for r in every if r.version == 1 and r.screening_id == first)
    taken = out / suggested_filename(old.case_code, old.created_at.astimezone().date())
    taken.write_bytes(b"somebody else's file")

    calls = []
    result = session.export.export(
        [old.packet_id, *(r.packet_id for r in latest), old.packet_id],
        out,
        PASSWORD,
        progress=lambda done, total: calls.append((done, total, threading.get_ident())),
    )

    assert [(done, total) for done, total, _ in calls] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert {ident for *_, ident in calls} == {threading.get_ident()}
    stem = taken.stem
    assert [p.name for p in result.written] == [
        f"{stem}-2.pdf",  # version 1, beside somebody else's file of that name
        suggested_filename(latest[0].case_code, latest[0].created_at.astimezone().date()),
        f"{stem}_v2.pdf",  # the amended version says so in its name
    ]
    assert taken.read_bytes() == b"somebody else's file"
    assert _text(result.written[0]) == _stored_text(session, old.packet_id)
    assert _text(result.written[1]) == _stored_text(session, latest[0].packet_id) != _text(result.written[0])
    assert _leftovers(out) == []


def test_screeners_may_not_export_and_preview_only_their_own(installation, session, clock, out):
    others = finalize_screening(session, clock)
    session.accounts.add("sam", Role.SCREENER, SAM_PASSWORD)
    sam = installation.sign_in("sam", SAM_PASSWORD)
    try:
        own = finalize_screening(sam, clock)
        ids = {r.screening_id: r.packet_id for r in session.export.exportable()}
        with pytest.raises(PermissionDenied):
            sam.export.exportable()
        with pytest.raises(PermissionDenied):
            sam.export.export([ids[own]], out, PASSWORD)
        with pytest.raises(PermissionDenied):
            sam.export.pdf(ids[others])
        assert sam.export.pdf(ids[own]).startswith(b"%PDF-")
    finally:
        sam.lock()
    assert list(out.iterdir()) == []
    with pytest.raises(PacketNotFound):
        session.export.pdf(max(ids.values()) + 1)


def test_supervisors_export_returned_and_approved_screenings(installation, session, clock, out):
    returned = finalize_screening(session, clock)
    approved = finalize_screening(session, clock)
    session.screenings.return_to_screener(returned, "Please check the answers")
    session.screenings.approve(approved)
    session.accounts.add("sue", Role.SUPERVISOR, SAM_PASSWORD)
    sue = installation.sign_in("sue", SAM_PASSWORD)
    try:
        rows = sue.export.exportable()
        assert {(r.screening_id, r.status) for r in rows} == {(returned, "returned"), (approved, "approved")}
        assert len(sue.export.export([r.packet_id for r in rows], out, PASSWORD).written) == 2
    finally:
        sue.lock()


@pytest.mark.parametrize(
    ("password", "words"),
    [("", "Enter a password"), ("short words", "at least 12"), ("password1234", "easy to guess"), ("x" * 128, "long")],
)
def test_weak_passwords_are_refused_before_anything_happens(session, clock, out, password, words):
    finalize_screening(session, clock)
    with pytest.raises(PasswordRejected, match=words):
        session.export.export(_packet_ids(session), out, password)
    assert list(out.iterdir()) == []
    assert session.audit.recent(action="packets_export") == []


def test_cancel_stops_between_packets_and_leaves_no_temporary_file(session, clock, out):
    for _ in range(3):
        finalize_screening(session, clock)
    cancel = threading.Event()
    cancel.set()
    assert session.export.export(_packet_ids(session), out, PASSWORD, cancel=cancel) == ExportResult([], True)

    cancel.clear()
    result = session.export.export(
        _packet_ids(session), out, PASSWORD, progress=lambda done, total: done == 1 and cancel.set(), cancel=cancel
    )

    assert result.cancelled and len(result.written) == 1
    assert sorted(out.iterdir()) == result.written
    assert session.audit.recent(action="packets_exported")[0].detail["outcome"] == "cancelled"
    assert multiprocessing.active_children() == []


def test_the_encrypting_child_runs_only_while_exporting(session, clock, out):
    for _ in range(2):
        finalize_screening(session, clock)
    seen: set[int] = set()
    result = session.export.export(_packet_ids(session), out, PASSWORD, progress=_children_seen(seen))
    assert len(result.written) == 2 and len(seen) == 1 and os.getpid() not in seen
    assert _all_gone(seen)


def test_a_killed_encrypting_child_is_a_known_error_and_keeps_the_complete_files(session, clock, out):
    for _ in range(3):
        finalize_screening(session, clock)
    seen: set[int] = set()

    def kill_after_first(done: int, total: int) -> None:
        _children_seen(seen)(done, total)
        if done == 1:
            for pid in seen:
                os.kill(pid, signal.SIGKILL)

    with pytest.raises(ExportFailed, match="encrypts the files stopped") as failed:
        session.export.export(_packet_ids(session), out, PASSWORD, progress=kill_after_first)

    assert len(failed.value.written) == 1 and sorted(out.iterdir()) == failed.value.written
    assert "Files written completely before this: 1" in str(failed.value)
    assert _text(failed.value.written[0])
    assert session.audit.recent(action="packets_exported")[0].detail["outcome"] == "failed"
    assert seen and _all_gone(seen)


def test_a_full_disk_mid_export_keeps_the_complete_files_and_no_temporary_one(session, clock, out, monkeypatch):
    for _ in range(3):
        finalize_screening(session, clock)
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)

    with pytest.raises(ExportFailed, match="full") as failed:
        session.export.export(_packet_ids(session), out, PASSWORD)

    assert failed.value.written == [calls[0]] and sorted(out.iterdir()) == [calls[0]]
    assert "Files written completely before this: 1" in str(failed.value)
    assert session.audit.recent(action="packets_exported")[0].detail["outcome"] == "failed"


@pytest.fixture
def read_only(out):
    """``out`` made read-only: by its mode, or for root (who ignores modes) by the immutable attribute."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(out)], capture_output=True).returncode != 0:
            pytest.skip("running as root without chattr: a read-only folder cannot be made here")
        yield out
        subprocess.run(["chattr", "-i", str(out)], check=True)
    else:
        out.chmod(0o500)
        yield out
        out.chmod(0o700)


def test_a_read_only_or_missing_folder_is_a_known_error(session, clock, read_only):
    finalize_screening(session, clock)
    with pytest.raises(ExportFailed, match="may not write"):
        session.export.export(_packet_ids(session), read_only, PASSWORD)
    assert list(read_only.iterdir()) == []
    with pytest.raises(ExportFailed, match="not there"):
        session.export.export(_packet_ids(session), read_only / "unplugged", PASSWORD)
    assert not (read_only / "unplugged").exists()


def test_leftovers_of_killed_exports_are_removed_unless_another_export_writes_them(session, clock, out):
    finalize_screening(session, clock)
    dead = out / ".fieldscreen-export-0123456789abcdef.tmp"
    dead.write_bytes(b"%PDF-1.7 cut short")
    busy = out / ".fieldscreen-export-fedcba9876543210.tmp"
    other = out / ".not-ours.tmp"
    other.write_bytes(b"x")
    with open(busy, "wb") as writing:
        fcntl.flock(writing.fileno(), fcntl.LOCK_EX)
        written = session.export.export(_packet_ids(session), out, PASSWORD).written
        assert sorted(p.name for p in out.iterdir()) == sorted([busy.name, other.name, written[0].name])


def test_every_export_is_audited_without_paths_or_password(session, clock, out):
    finalize_screening(session, clock)
    ids = _packet_ids(session)
    session.export.export(ids, out, PASSWORD)
    session.export.pdf(ids[0])

    [begin] = session.audit.recent(action="packets_export")
    [end] = session.audit.recent(action="packets_exported")
    [view] = session.audit.recent(action="packet_view")
    assert (begin.actor, begin.detail) == ("admin", {"packet_ids": ids, "count": 1})
    assert (end.actor, end.detail) == ("admin", {"packet_ids": ids, "count": 1, "outcome": "done"})
    assert view.detail == {"packet_id": ids[0]}
    logged = json.dumps([(e.subject, e.detail) for e in session.audit.recent(limit=500)])
    for secret in (PASSWORD, str(out), "usb", ".pdf", PERSON_NAME):
        assert secret not in logged


@pytest.fixture
def received(session, clock, tmp_path):
    """The office's session after receiving two versions of one screening's packet and another screening's packet.

    Returns (office installation, office session, {(case code, version): pdf bytes as the laptop stored them}).
    """
    office, key = office_installation(tmp_path / "office", clock)
    drive = tmp_path / "share"
    drive.mkdir()
    session.office_keys.import_key(key)
    session.sync_targets.set_folder(str(drive))
    first = finalize_screening(session, clock)
    clock.advance(minutes=5)
    amend_screening(session, clock, first)
    clock.advance(minutes=5)
    finalize_screening(session, clock)
    session.sync.sync_now()
    stored = {
        (row.case_code, row.version): session.export.pdf(row.packet_id)
        for row in session.export.exportable(latest_only=False)
    }
    office_session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    office_session.sync_targets.set_folder(str(drive))
    assert office_session.ingest.ingest_from().imported == 3
    yield office, office_session, stored
    if not office_session.locked:
        office_session.lock()


def test_received_packets_are_listed_with_versions_newest_first(received):
    _, office, stored = received
    every = office.export.received(latest_only=False)
    assert sorted((p.case_code, p.version) for p in every) == sorted(stored)
    assert [p.created_at for p in every] == sorted((p.created_at for p in every), reverse=True)
    latest = office.export.received()
    assert sorted((p.case_code, p.version) for p in latest) == sorted(
        key for key in stored if (key[0], key[1] + 1) not in stored
    )
    assert office.export.exportable() == []  # the office made no packet itself


def test_received_packets_are_exported_encrypted_with_the_names_of_field_exports(received, out):
    _, office, stored = received
    every = office.export.received(latest_only=False)

    result = office.export.export([p.packet_id for p in reversed(every)], out, PASSWORD, received=True)

    assert not result.cancelled
    expected = []
    for packet in reversed(every):
        name = suggested_filename(packet.case_code, packet.created_at.astimezone().date())
        expected.append(name if packet.version == 1 else name.replace(".pdf", f"_v{packet.version}.pdf"))
    assert [p.name for p in result.written] == expected
    assert any(name.endswith("_v2.pdf") for name in expected)
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    for packet, path in zip(reversed(every), result.written, strict=True):
        assert path.stat().st_mode & 0o777 == 0o600
        data = path.read_bytes()
        assert PERSON_NAME.encode() not in data and packet.case_code.encode() not in data  # encrypted
        with pytest.raises(FileNotDecryptedError):
            _pdf_text(data)
        assert PdfReader(path).decrypt("not the password at all") == PasswordType.NOT_DECRYPTED
        text = _text(path)
        assert packet.case_code in text and PERSON_NAME in text and INTERPRETER_ID in text
        assert text == _pdf_text(stored[(packet.case_code, packet.version)])


def test_viewing_and_exporting_received_packets_is_audited_without_personal_data(received, out):
    _, office, _ = received
    [packet] = [p for p in office.export.received() if p.version == 1]
    assert packet.case_code in _pdf_text(office.ingest.pdf(packet.packet_id))
    office.export.export([packet.packet_id], out, PASSWORD, received=True)

    [view] = office.audit.recent(action="ingested_packet_view")
    [begin] = office.audit.recent(action="received_packets_export")
    [end] = office.audit.recent(action="received_packets_exported")
    assert (view.actor, view.detail) == (ADMIN, {"ingested_id": packet.packet_id})
    assert (begin.actor, begin.detail) == (ADMIN, {"packet_ids": [packet.packet_id], "count": 1})
    assert end.detail == {"packet_ids": [packet.packet_id], "count": 1, "outcome": "done"}
    logged = json.dumps([(e.subject, e.detail) for e in office.audit.recent(limit=500)])
    for secret in (PASSWORD, str(out), "usb", ".pdf", PERSON_NAME, packet.case_code):
        assert secret not in logged


def test_a_screener_at_the_office_may_not_view_list_or_export_received_packets(received, out):
    installation, office, _ = received
    ids = [p.packet_id for p in office.export.received(latest_only=False)]
    office.accounts.add("sam", Role.SCREENER, SAM_PASSWORD)
    sam = installation.sign_in("sam", SAM_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            sam.export.received()
        with pytest.raises(PermissionDenied):
            sam.export.export(ids, out, PASSWORD, received=True)
        with pytest.raises(PermissionDenied):
            sam.ingest.pdf(ids[0])
    finally:
        sam.lock()
    assert list(out.iterdir()) == []
    assert office.audit.recent(action="received_packets_export") == []
    assert office.audit.recent(action="ingested_packet_view") == []


def test_unknown_packets_and_weak_passwords_write_nothing(received, out):
    _, office, _ = received
    ids = [p.packet_id for p in office.export.received(latest_only=False)]
    with pytest.raises(PacketNotFound):
        office.export.export([*ids, max(ids) + 1], out, PASSWORD, received=True)
    with pytest.raises(PacketNotFound):  # ids of received packets are not ids of packets made here
        office.export.export(ids, out, PASSWORD)
    with pytest.raises(PasswordRejected):
        office.export.export(ids, out, "short", received=True)
    assert list(out.iterdir()) == []
    assert office.audit.recent(action="received_packets_export") == []


def test_a_received_version_2_is_version_2_even_before_version_1_arrives(session, clock, tmp_path, out):
    office, key = office_installation(tmp_path / "office", clock)
    drive, held_back = tmp_path / "share", tmp_path / "held-back"
    drive.mkdir()
    held_back.mkdir()
    session.office_keys.import_key(key)
    session.sync_targets.set_folder(str(drive))
    first = finalize_screening(session, clock)
    session.sync.sync_now()
    for item in drive.iterdir():  # version 1 is delivered late
        item.rename(held_back / item.name)
    clock.advance(minutes=5)
    amend_screening(session, clock, first)
    session.sync.sync_now()
    made = {row.version: row.created_at for row in session.export.exportable(latest_only=False)}
    office_session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        office_session.sync_targets.set_folder(str(drive))
        assert office_session.ingest.ingest_from().imported == 1
        [only] = office_session.export.received(latest_only=False)
        assert (only.version, only.created_at, only.latest) == (2, made[2], True)
        [written] = office_session.export.export([only.packet_id], out, PASSWORD, received=True).written
        assert written.name.endswith("_v2.pdf")

        for item in held_back.iterdir():
            item.rename(drive / item.name)
        assert office_session.ingest.ingest_from().imported == 1
        every = office_session.export.received(latest_only=False)
        assert [(p.version, p.created_at, p.latest) for p in every] == [(2, made[2], True), (1, made[1], False)]
        assert [p.version for p in office_session.export.received()] == [2]
    finally:
        office_session.lock()
