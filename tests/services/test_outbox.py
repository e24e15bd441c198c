"""Packets and the outbox: stored on finalize, sealed and queued once an office key is there, versions on amendment."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from outbox_helpers import amend_screening, finalize_screening, office_installation
from pypdf import PdfReader
from services_support import ADMIN, ADMIN_PASSWORD, FAST_KDF

from fieldscreen.core.errors import BugError, PermissionDenied, UsageError
from fieldscreen.core.models import Role
from fieldscreen.services.installation import Installation
from fieldscreen.services.office_keys_service import ReceivingOffice, office_key_backup_advice
from fieldscreen.services.sync_service import PracticeNotSent
from fieldscreen.services.training_marker import mark_training
from fieldscreen.store import backups, packets_repo
from fieldscreen.sync.errors import NoOfficeKey, OfficeKeyInvalid

SAM_PASSWORD = "sam has a long passphrase too"


@pytest.fixture
def office_key(tmp_path, clock):
    return office_installation(tmp_path / "office", clock)[1]


def _outbox_count(session) -> int:
    return len(session.outbox.items())


def test_without_an_office_key_the_packet_waits_unsealed_and_sync_refuses(session, clock):
    screening_id = finalize_screening(session, clock)
    [packet] = session.outbox.versions(screening_id)
    assert packet.version == 1 and packet.superseded_by is None
    assert session.outbox.items() == []
    status = session.sync.status()
    assert status.waiting == 1 and not status.ready
    assert "No office key imported" in status.last_error_plain_words
    with pytest.raises(NoOfficeKey):
        session.sync.sync_now()
    assert session.outbox.waiting_to_seal() == 1  # nothing dropped
    assert session.outbox.versions(screening_id) == [packet]


def test_importing_the_key_later_seals_and_queues_the_waiting_packets(session, clock, office_key):
    screening_id = finalize_screening(session, clock)
    imported = session.office_keys.import_key(office_key)
    assert imported.queued == 1 and imported.replaced_fingerprint == ""
    [item] = session.outbox.items()
    [packet] = session.outbox.versions(screening_id)
    assert item.case_code == packet.case_code and item.delivered_at is None and item.attempts == 0
    assert session.outbox.waiting_to_seal() == 0
    actions = [entry.action for entry in session.audit.recent(action=None)]
    assert {"office_key_imported", "packet_queued", "packet_stored"} <= set(actions)


def test_a_packet_that_cannot_be_sealed_holds_back_no_other(session, clock, office_key):
    broken, fine = finalize_screening(session, clock), finalize_screening(session, clock)
    [packet] = session.outbox.versions(broken)

    def break_manifest(conn):  # a defect: a manifest that sealing refuses
        conn.execute("UPDATE packets SET manifest = json_remove(manifest, '$.case_code') WHERE id = ?", (packet.id,))

    session._ctx.run(break_manifest)
    with pytest.raises(BugError):
        session.office_keys.import_key(office_key)
    [item] = session.outbox.items()
    assert item.case_code == session.outbox.versions(fine)[0].case_code
    assert session.outbox.waiting_to_seal() == 1


def test_with_a_key_a_finalized_screening_is_queued_at_once_and_only_once(session, clock, office_key):
    session.office_keys.import_key(office_key)
    screening_id = finalize_screening(session, clock)
    again = session.outbox.on_finalized(screening_id)
    assert not again.new and again.queued
    assert len(session.outbox.versions(screening_id)) == 1
    assert _outbox_count(session) == 1
    assert session.sync.status().waiting == 1


def test_an_amendment_makes_a_new_version_and_keeps_the_old(session, clock, office_key):
    session.office_keys.import_key(office_key)
    screening_id = finalize_screening(session, clock)
    clock.advance(minutes=30)
    amend_screening(session, clock, screening_id)
    first, second = session.outbox.versions(screening_id)
    assert (first.version, second.version) == (1, 2)
    assert first.superseded_by == second.id and second.superseded_by is None
    assert first.sha256 != second.sha256
    assert [item.version for item in session.outbox.items()] == [2, 1]


def test_a_returned_screening_has_no_new_packet(session, clock):
    screening_id = finalize_screening(session, clock)
    session.screenings.return_to_screener(screening_id, "Please check the answers")
    with pytest.raises(UsageError):
        session.outbox.on_finalized(screening_id)
    assert len(session.outbox.versions(screening_id)) == 1


def test_practice_packets_are_stored_but_never_queued(installation, recovery_key, data_dir, clock, office_key):
    mark_training(data_dir)
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.office_keys.import_key(office_key)
        screening_id = finalize_screening(session, clock)
        [packet] = session.outbox.versions(screening_id)
        assert packet.training
        assert session.outbox.items() == [] and session.sync.status().waiting == 0
        status = session.sync.status()
        assert status.practice and not status.ready
        assert "practice packets are never sealed or sent" in status.last_error_plain_words
        with pytest.raises(PracticeNotSent):
            session.sync.sync_now()
    finally:
        session.lock()


def test_a_screener_may_not_import_the_key_nor_see_others_packets(installation, session, clock, office_key):
    screening_id = finalize_screening(session, clock)
    session.accounts.add("sam", Role.SCREENER, SAM_PASSWORD)
    sam = installation.sign_in("sam", SAM_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            sam.office_keys.import_key(office_key)
        with pytest.raises(PermissionDenied):
            sam.outbox.versions(screening_id)
        assert sam.office_keys.info().key is None
    finally:
        sam.lock()


def test_a_key_file_that_is_not_one_is_refused(session):
    with pytest.raises(OfficeKeyInvalid):
        session.office_keys.import_key(b"AGE-SECRET-KEY-1QQQQ")
    assert session.office_keys.info().key is None


def test_the_office_cannot_import_a_key_and_keeps_its_own(tmp_path, clock, office_key):
    office, _ = office_installation(tmp_path / "office2", clock)
    session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        own = session.office_keys.info().key
        with pytest.raises(ReceivingOffice):
            session.office_keys.import_key(office_key)
        assert session.office_keys.info().key == own
    finally:
        session.lock()


def test_an_amended_packet_shows_what_changed_from_what_why_when_and_by_whom(session, clock):
    screening_id = finalize_screening(session, clock)
    clock.advance(minutes=30)
    amend_screening(session, clock, screening_id)
    first, second = session.outbox.versions(screening_id)

    def text(packet) -> str:
        pdf = session.export.pdf(packet.id)
        return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())

    assert "Changed after finalizing" not in text(first)
    amended = text(second)
    assert "Changed after finalizing" in amended
    change = amended.split("Changed after finalizing", 1)[1]
    assert "Has anyone threatened you or your family, or said they would call the police" in change
    assert "so that you would keep working or do what they say? No Yes" in change, "the answer before, then after"
    assert f"The person told us more at the end ({clock.now:%Y-%m-%d %H:%M} UTC, {ADMIN})" in change


def test_packets_stored_before_versions_were_added_are_sealed_with_their_version(session, clock, tmp_path):
    office, key = office_installation(tmp_path / "office", clock)
    drive = tmp_path / "share"
    drive.mkdir()
    screening_id = finalize_screening(session, clock)
    clock.advance(minutes=30)
    amend_screening(session, clock, screening_id)
    first, second = session.outbox.versions(screening_id)

    def as_stored_before_versions(conn):  # the manifests that waiting packets of an earlier release have
        for row in (first, second):
            stored = packets_repo.pdf_and_manifest(conn, row.id)[1]
            old = {k: v for k, v in stored.items() if k not in ("version", "replaces", "sender")}
            old["actions"] = [{"kind": a["kind"], "due_at": a["due_at"]} for a in old["actions"]]
            conn.execute("UPDATE packets SET manifest = ? WHERE id = ?", (json.dumps(old), row.id))

    session._ctx.run(as_stored_before_versions)
    assert session.office_keys.import_key(key).queued == 2
    session.sync_targets.set_folder(str(drive))
    assert session.sync.sync_now().delivered == 2
    office_session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        office_session.sync_targets.set_folder(str(drive))
        assert office_session.ingest.ingest_from().imported == 2
        received = {p.manifest["version"]: p.manifest for p in office_session.ingest.packets()}
    finally:
        office_session.lock()
    assert received[1]["replaces"] is None
    assert received[2]["replaces"] == {"version": 1, "created_at": first.created_at.isoformat()}
    assert received[2]["case_code"] == second.case_code and "done" not in received[2]["actions"][0]
    assert "sender" not in received[1] and "sender" not in received[2]


def test_making_the_office_key_backs_it_up_at_once_and_the_backup_opens_with_it(tmp_path, clock):
    office = Installation(tmp_path / "office", clock=clock, kdf=FAST_KDF)
    office.set_up(agency="State office", office="Central Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        made = session.office_keys.generate()
    finally:
        session.lock()
    assert made.backup is not None and backups.reason_of(made.backup) == backups.OFFICE_KEY
    assert str(made.backup) in office_key_backup_advice(made.backup)

    restored = tmp_path / "restored"  # the backup copied back as a data folder, as the README says
    shutil.copytree(made.backup, restored)
    again = Installation(restored, clock=clock, kdf=FAST_KDF).sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        assert again.office_keys.info().key.fingerprint == made.key.fingerprint
    finally:
        again.lock()

    clock.advance(days=30)  # daily backups come and go; the office key's stays
    for _ in range(10):
        clock.advance(days=1)
        office.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    assert made.backup in office.backups()
