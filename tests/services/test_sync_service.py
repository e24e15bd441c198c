"""Sync through the session: a folder target delivers exactly once, the office ingests and opens the packet, the laptop
cannot; failures keep every packet; credentials never reach a file."""

from __future__ import annotations

import io

import pytest
from outbox_helpers import INTERPRETER_ID, PERSON_NAME, finalize_screening, office_installation
from pypdf import PdfReader
from services_support import ADMIN, ADMIN_PASSWORD, CANARY

from fieldscreen.core.errors import PermissionDenied, UsageError
from fieldscreen.core.models import Role
from fieldscreen.services import outbox_service
from fieldscreen.services.sync_targets_service import NoSyncTarget
from fieldscreen.store.outbox import Outbox
from fieldscreen.sync.errors import ItemUnreadable, NoOfficeIdentity, SyncSettingsInvalid
from fieldscreen.sync.office_keys import generate_office_key, load_identity
from fieldscreen.sync.sealed_item import open_item

SECRET_CANARY = "dav-SECRET-canary-93e1"


@pytest.fixture
def office(tmp_path, clock):
    return office_installation(tmp_path / "office", clock)


@pytest.fixture
def drive(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def ready(session, office, drive):
    """The field session with the office key imported and the USB folder as its target."""
    session.office_keys.import_key(office[1])
    session.sync_targets.set_folder(str(drive))
    return session


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_folder_sync_delivers_exactly_once_and_the_office_opens_the_packet(ready, clock, office, drive):
    screening_id = finalize_screening(ready, clock)
    case_code = ready.outbox.versions(screening_id)[0].case_code
    first = ready.sync.sync_now()
    assert (first.delivered, first.waiting, first.failed_this_round) == (1, 0, 0)
    again = ready.sync.sync_now()
    assert (again.delivered, again.waiting) == (0, 0)
    files = [p.name for p in drive.iterdir()]
    assert len(files) == 1 and files[0].endswith(".fsitem")
    status = ready.sync.status()
    assert status.waiting == 0 and status.delivered == 1 and status.last_success == clock.now
    assert status.last_error_plain_words == "" and str(drive) in status.target_description

    session = office[0].sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.sync_targets.set_folder(str(drive))
        report = session.ingest.ingest_from()
        assert (report.imported, report.problems, report.complete) == (1, (), True)
        assert session.ingest.ingest_from().known == 1  # the second run downloads nothing
        [packet] = session.ingest.packets()
        assert packet.manifest["case_code"] == case_code and packet.manifest["instrument_id"] == "brief"
        assert packet.manifest["result_category"] == "possible_labor_trafficking"
        assert packet.manifest["sender"] == {"agency": f"Agency {CANARY}", "office": f"Office {CANARY}"}
        text = _pdf_text(session.ingest.pdf(packet.id))
        assert case_code in text and PERSON_NAME in text and INTERPRETER_ID in text
        assert "TRAINING" not in text
    finally:
        session.lock()


def test_the_field_laptop_cannot_open_what_it_sealed(ready, clock, drive):
    finalize_screening(ready, clock)
    ready.sync.sync_now()
    [item] = drive.iterdir()
    with pytest.raises(NoOfficeIdentity):
        ready.ingest.ingest_from()
    with pytest.raises(NoOfficeIdentity):
        open_item(item.read_bytes(), None)
    stranger = generate_office_key("Another office", clock.now.date())
    with pytest.raises(ItemUnreadable):
        open_item(item.read_bytes(), load_identity(stranger.secret))


def test_an_unplugged_drive_keeps_every_packet_and_says_why(ready, clock, drive):
    finalize_screening(ready, clock)
    drive.rmdir()
    report = ready.sync.sync_now()
    assert (report.delivered, report.waiting, report.failed_this_round) == (0, 1, 1)
    assert "USB drive" in ready.sync.status().last_error_plain_words
    assert not ready.sync.target_reachable()
    drive.mkdir()
    assert ready.sync.target_reachable()
    assert ready.sync.sync_now().delivered == 1
    assert ready.sync.status().last_error_plain_words == ""


def test_a_background_round_leaves_items_waiting_out_their_retry_delay(ready, clock, drive):
    finalize_screening(ready, clock)
    drive.rmdir()
    ready.sync.sync_now(background=True)
    drive.mkdir()
    assert ready.sync.sync_now(background=True).delivered == 0  # retry is due in 15 to 30 s
    clock.advance(minutes=1)
    assert ready.sync.sync_now(background=True).delivered == 1


def test_sync_refuses_without_a_target_and_keeps_the_packets(session, clock, office):
    session.office_keys.import_key(office[1])
    finalize_screening(session, clock)
    with pytest.raises(NoSyncTarget):
        session.sync.sync_now()
    status = session.sync.status()
    assert status.waiting == 1 and "No sync folder" in status.last_error_plain_words
    assert session.outbox.items()[0].delivered_at is None


def test_sync_rounds_are_audited_with_counts_only(ready, clock):
    finalize_screening(ready, clock)
    ready.sync.sync_now()
    [entry] = ready.audit.recent(action="sync")
    assert entry.detail == {"delivered": 1, "failed": 0, "waiting": 0, "background": False, "target": "folder"}


def test_screeners_sync_but_only_administrators_set_the_target(installation, ready, clock, drive):
    ready.accounts.add("sam", Role.SCREENER, "sam has a long passphrase too")
    sam = installation.sign_in("sam", "sam has a long passphrase too")
    try:
        finalize_screening(sam, clock)
        assert sam.sync.sync_now().delivered == 1
        with pytest.raises(PermissionDenied):
            sam.sync_targets.set_folder(str(drive))
        with pytest.raises(PermissionDenied):
            sam.ingest.packets()
    finally:
        sam.lock()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"url": "http://office.example/dav/"},
        {"url": "https://office.example/dav/", "pinned_sha256": "abc"},
        {"url": "https://office.example/dav/", "username": "laptop"},
        {"url": "https://office.example/dav/", "token": "t", "username": "u", "password": "p"},
        {"url": "https://office.example/dav/", "ca_file": "/no/such/ca.pem"},
    ],
)
def test_webdav_settings_that_cannot_work_are_refused(session, kwargs):
    with pytest.raises(SyncSettingsInvalid):
        session.sync_targets.set_webdav(**kwargs)
    assert session.sync_targets.get() is None


def test_credentials_stay_inside_the_encrypted_database(session, data_dir):
    pin = "ab" * 32
    session.sync_targets.set_webdav(
        "https://office.example/dav/inbox/", pinned_sha256=pin, username="laptop-7", password=SECRET_CANARY
    )
    settings = session.sync_targets.get()
    assert settings.username == "laptop-7" and SECRET_CANARY not in repr(settings)
    assert "pinned certificate" in settings.describe()
    assert session.sync_targets.stored()[1].password == SECRET_CANARY
    session.sync_targets.set_webdav("https://office.example/dav/inbox/", token=SECRET_CANARY + "-token")
    session.lock()
    for path in [p for p in data_dir.rglob("*") if p.is_file()]:
        assert SECRET_CANARY.encode() not in path.read_bytes(), path


def test_outbox_rows_never_lose_their_bytes(ready, clock, drive):
    finalize_screening(ready, clock)
    ready.sync.sync_now()
    sealed = ready._ctx.run(lambda conn: Outbox(conn).sealed_bytes(ready.outbox.items()[0].item_id))
    assert sealed == next(drive.iterdir()).read_bytes()


def _office_ingest(office, drive):
    session = office[0].sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.sync_targets.set_folder(str(drive))
        report = session.ingest.ingest_from()
        return report, sorted(packet.manifest["case_code"] for packet in session.ingest.packets())
    finally:
        session.lock()


def test_a_new_office_key_reseals_the_waiting_packets_and_leaves_delivered_ones(
    ready, clock, office, drive, tmp_path, monkeypatch
):
    finalize_screening(ready, clock)
    assert ready.sync.sync_now().delivered == 1
    finalize_screening(ready, clock)
    finalize_screening(ready, clock)
    rows = {row.item_id: row for row in ready.outbox.items()}
    sealed = {item_id: ready._ctx.run(lambda conn, i=item_id: Outbox(conn).sealed_bytes(i)) for item_id in rows}
    old_fingerprint = ready.office_keys.info().key.fingerprint
    new_office = office_installation(tmp_path / "new-office", clock)
    reseal_for = ready.outbox.reseal_for

    def queue_one_more_while_sealing(key, resealed):  # another packet queued, for the old key, after the sealing
        monkeypatch.setattr(ready.outbox, "reseal_for", reseal_for)
        reseal_for(key, resealed)
        finalize_screening(ready, clock)

    monkeypatch.setattr(ready.outbox, "reseal_for", queue_one_more_while_sealing)

    imported = ready.office_keys.import_key(new_office[1])

    assert (imported.replaced_fingerprint, imported.resealed, imported.queued) == (old_fingerprint, 3, 0)
    [entry] = ready.audit.recent(action="office_key_imported")[:1]
    assert entry.detail["resealed"] == 3 and entry.detail["replaced"] == old_fingerprint
    after = {row.item_id: row for row in ready.outbox.items()}
    assert after.keys() > rows.keys() and len(after) == len(rows) + 1
    for item_id, row in rows.items():
        now_sealed = ready._ctx.run(lambda conn, i=item_id: Outbox(conn).sealed_bytes(i))
        assert (now_sealed == sealed[item_id]) == (row.delivered_at is not None)  # only waiting ones changed
        assert (after[item_id].case_code, after[item_id].delivered_at) == (row.case_code, row.delivered_at)
    assert ready.office_keys.import_key(new_office[1]).resealed == 0  # the same key again changes nothing

    assert ready.sync.sync_now().delivered == 3
    delivered_first = sorted(row.case_code for row in rows.values() if row.delivered_at is not None)
    resealed_codes = sorted(row.case_code for row in after.values() if row.delivered_at is None)
    old_report, old_codes = _office_ingest(office, drive)
    assert old_codes == delivered_first  # the old key opens only what it got before the change
    assert len(old_report.problems) == 3 and all("another office" in p.message for p in old_report.problems)
    new_report, new_codes = _office_ingest(new_office, drive)
    assert new_codes == resealed_codes and len(new_report.problems) == 1


def test_a_packet_the_office_could_not_open_is_sent_again_for_the_key_imported_since(
    ready, clock, office, drive, tmp_path
):
    wrong_office = office_installation(tmp_path / "wrong-office", clock)
    ready.office_keys.import_key(wrong_office[1])  # a wrong key imported by mistake
    finalize_screening(ready, clock)
    assert ready.sync.sync_now().delivered == 1
    report, codes = _office_ingest(office, drive)
    assert codes == [] and len(report.problems) == 1
    [problem] = report.problems
    assert "another office" in problem.message and "compares the office key's fingerprint" in problem.message
    assert "chooses Send again" in problem.message, "after the right key is imported"
    [row] = ready.outbox.items()
    assert problem.name == row.name, "the office's report names the item the sender's outbox shows"
    ready.office_keys.import_key(office[1])  # the right key: delivered items keep their bytes
    assert ready.sync.sync_now().delivered == 0

    with pytest.raises(UsageError):
        ready.outbox.send_again(row.item_id + 99)
    ready.outbox.send_again(row.item_id)

    [again] = ready.outbox.items()
    assert (again.item_id, again.delivered_at, again.attempts) == (row.item_id, None, 0)
    assert again.name != row.name
    entry = ready.audit.recent(action="packet_sent_again")[0]
    assert entry.detail["outbox_item_id"] == row.item_id
    assert f"{entry.detail['replaced_item']}.fsitem" == row.name  # the file the office reported, for the record
    with pytest.raises(UsageError):
        ready.outbox.send_again(row.item_id)  # waiting: it goes at the next sync anyway
    assert ready.sync.sync_now().delivered == 1
    report, codes = _office_ingest(office, drive)
    assert codes == [row.case_code] and report.imported == 1


def test_send_again_seals_for_an_office_key_imported_while_it_sealed(
    ready, clock, office, drive, tmp_path, monkeypatch
):
    wrong_office = office_installation(tmp_path / "wrong-office", clock)
    ready.office_keys.import_key(wrong_office[1])
    finalize_screening(ready, clock)
    assert ready.sync.sync_now().delivered == 1
    [row] = ready.outbox.items()
    ready.office_keys.import_key(office[1])
    ready.office_keys.import_key(wrong_office[1])  # the wrong key again, then, while Send again seals, the right one
    seal_item = outbox_service.seal_item

    def right_key_imported_meanwhile(pdf, packet_manifest, key):
        monkeypatch.setattr(outbox_service, "seal_item", seal_item)
        sealed = seal_item(pdf, packet_manifest, key)
        ready.office_keys.import_key(office[1])  # delivered items keep their bytes: only Send again can fix them
        return sealed

    monkeypatch.setattr(outbox_service, "seal_item", right_key_imported_meanwhile)
    ready.outbox.send_again(row.item_id)

    assert ready.sync.sync_now().delivered == 1
    report, codes = _office_ingest(office, drive)
    assert codes == [row.case_code] and report.imported == 1
