from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

import pytest
from dav_server import PASSWORD, USER
from sync_helpers import START, make_manifest, make_pdf, queue_packets, seal_before_versions

from fieldscreen.sync.delivery import sync_once
from fieldscreen.sync.errors import FolderUnavailable, NoOfficeIdentity
from fieldscreen.sync.ingest import ingest_once
from fieldscreen.sync.manifest import received_versions
from fieldscreen.sync.office_keys import generate_office_key, load_identity
from fieldscreen.sync.sealed_item import seal_item
from fieldscreen.sync.targets import item_name
from fieldscreen.sync.targets.folder import FolderTarget
from fieldscreen.sync.targets.webdav import BasicAuth, WebDavTarget


class CancelAfter:
    def __init__(self, limit: int) -> None:
        self.limit, self.done = limit, 0

    def report(self, done: int, total: int) -> None:
        self.done = done

    def cancelled(self) -> bool:
        return self.done >= self.limit


def _deliver(outbox, office, clock, folder, count):
    items = queue_packets(outbox, office, count)
    assert sync_once(outbox, FolderTarget(folder), clock).delivered == count
    return items


def _put_renamed(folder, data: bytes) -> str:
    name = item_name(hashlib.sha256(data).hexdigest())
    (folder / name).write_bytes(data)
    return name


def test_ingest_imports_each_packet_once(outbox, office, ingested, clock, tmp_path):
    items = _deliver(outbox, office, clock, tmp_path, 5)
    identity = load_identity(office.secret)

    first = ingest_once(FolderTarget(tmp_path), identity, ingested, clock, source_label="usb")
    second = ingest_once(FolderTarget(tmp_path), identity, ingested, clock, source_label="usb")

    assert (first.imported, first.known, first.duplicates, first.problems, first.complete) == (5, 0, 0, (), True)
    assert (second.imported, second.known, second.duplicates, second.problems) == (0, 5, 0, ())
    packets = ingested.packets()
    assert sorted(p.content_hash for p in packets) == sorted(i.content_hash for i in items)
    assert {p.manifest["case_code"] for p in packets} == {f"FS-{n:04d}" for n in range(5)}
    assert ingested.pdf(packets[0].id).startswith(b"%PDF-")


def test_a_packet_sealed_twice_is_stored_once(office, ingested, clock, tmp_path):
    pdf, manifest = make_pdf("FS-7"), make_manifest("FS-7")
    target = FolderTarget(tmp_path)
    for item in (seal_item(pdf, manifest, office.public), seal_item(pdf, manifest, office.public)):
        target.put(item.name, item.data)

    report = ingest_once(target, load_identity(office.secret), ingested, clock, source_label="share")

    assert (report.imported, report.duplicates, report.problems) == (1, 1, ())
    assert ingested.count() == 1


def test_damaged_items_are_reported_skipped_and_never_imported(outbox, office, ingested, clock, tmp_path):
    good = _deliver(outbox, office, clock, tmp_path, 4)
    sample = seal_item(make_pdf("FS-X"), make_manifest("FS-X"), office.public).data
    flipped = bytearray(good[0].data)
    flipped[300] ^= 0x40
    (tmp_path / good[0].name).write_bytes(bytes(flipped))  # changed in place: no longer matches its name
    (tmp_path / good[1].name).write_bytes(good[1].data[:-100])  # cut short under its own name (a copy interrupted)
    tampered = bytearray(sample)
    tampered[-20] ^= 0x01
    other_office = generate_office_key("Other Office", clock.now.date())
    bad = {
        _put_renamed(tmp_path, bytes(tampered)): "damaged or was changed after sealing",
        _put_renamed(tmp_path, sample[: len(sample) // 2]): "damaged",
        _put_renamed(tmp_path, b"<html>not a packet</html>"): "damaged",
        _put_renamed(tmp_path, seal_item(make_pdf("FS-Y"), make_manifest("FS-Y"), other_office.public).data): (
            "sealed for another office"
        ),
        good[0].name: "does not match its name",
        good[1].name: "incompletely copied",
    }
    huge = "f" * 64 + ".fsitem"
    with open(tmp_path / huge, "wb") as sparse:
        sparse.truncate(81 * 1024 * 1024)
    bad[huge] = "too large"

    report = ingest_once(FolderTarget(tmp_path), load_identity(office.secret), ingested, clock, source_label="usb")

    assert report.imported == 2 and report.complete
    assert {problem.name for problem in report.problems} == set(bad)
    for problem in report.problems:
        assert bad[problem.name] in problem.message
        assert "not imported" in problem.message
    assert sorted(p.content_hash for p in ingested.packets()) == sorted(i.content_hash for i in good[2:])


def _copy_by_hand(folder, items) -> None:
    """One item renamed on the way, one copied beside itself by a file manager, a stray temporary and a note."""
    renamed, copied = items[0], items[1]
    (folder / renamed.name).rename(folder / "Paquete de la oficina (FS-0000).FSITEM")
    (folder / f"{copied.name[:-7]} (1).fsitem").write_bytes(copied.data)
    (folder / f".{items[2].name}.0a1b2c3d.tmp").write_bytes(items[2].data[:50])
    (folder / "read me.txt").write_text("not a packet")


def test_copies_renamed_by_hand_are_imported_by_their_content(outbox, office, ingested, clock, tmp_path):
    items = _deliver(outbox, office, clock, tmp_path, 3)
    _copy_by_hand(tmp_path, items)
    identity = load_identity(office.secret)

    first = ingest_once(FolderTarget(tmp_path), identity, ingested, clock, source_label="usb")
    second = ingest_once(FolderTarget(tmp_path), identity, ingested, clock, source_label="usb")

    assert (first.imported, first.known, first.duplicates, first.problems) == (3, 1, 0, ())
    assert (second.imported, second.known, second.problems) == (0, 4, ())
    assert sorted(p.content_hash for p in ingested.packets()) == sorted(i.content_hash for i in items)


def test_a_damaged_copy_renamed_by_hand_is_reported_without_its_name_in_the_log(
    outbox, office, ingested, clock, tmp_path, caplog
):
    [item] = _deliver(outbox, office, clock, tmp_path, 1)
    (tmp_path / item.name).rename(tmp_path / "Referral Maria Lopez.fsitem")
    (tmp_path / "Referral Maria Lopez.fsitem").write_bytes(item.data[:-100])

    with caplog.at_level(logging.WARNING, logger="fieldscreen.sync.ingest"):
        report = ingest_once(FolderTarget(tmp_path), load_identity(office.secret), ingested, clock, source_label="usb")

    [problem] = report.problems
    assert problem.name == "Referral Maria Lopez.fsitem"
    assert "renamed after it was sent" in problem.message and "Outbox" not in problem.message
    assert "Maria" not in caplog.text and "(renamed copy)" in caplog.text


def test_copies_renamed_by_hand_on_a_server_are_imported(outbox, office, ingested, clock, dav, tls):
    items = queue_packets(outbox, office, 3)
    target = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    try:
        assert sync_once(outbox, target, clock).delivered == 3
        _copy_by_hand(dav.root / "dav" / "inbox", items)  # a name with spaces and brackets: quoted in the URL
        report = ingest_once(target, load_identity(office.secret), ingested, clock, source_label="office server")
    finally:
        target.close()

    assert (report.imported, report.known, report.problems) == (3, 1, ())
    assert sorted(p.content_hash for p in ingested.packets()) == sorted(i.content_hash for i in items)


def test_a_field_laptop_cannot_ingest(outbox, office, ingested, clock, tmp_path):
    with pytest.raises(NoOfficeIdentity):
        ingest_once(FolderTarget(tmp_path), None, ingested, clock, source_label="usb")


def test_a_missing_folder_is_told_as_the_receiving_office_reads_it(office, ingested, clock, tmp_path):
    with pytest.raises(FolderUnavailable) as raised:
        ingest_once(
            FolderTarget(tmp_path / "unplugged"), load_identity(office.secret), ingested, clock, source_label="usb"
        )
    assert "USB drive" in raised.value.message
    assert raised.value.advice == (
        "Nothing was received and nothing is lost: the packets wait there until they can be received."
    ), "not the sender's 'packets stay in the outbox and will be sent later'"


def test_cancel_leaves_the_rest_for_the_next_run(outbox, office, ingested, clock, tmp_path):
    _deliver(outbox, office, clock, tmp_path, 4)
    identity = load_identity(office.secret)

    first = ingest_once(FolderTarget(tmp_path), identity, ingested, clock, CancelAfter(1), source_label="usb")
    second = ingest_once(FolderTarget(tmp_path), identity, ingested, clock, source_label="usb")

    assert (first.imported, first.complete) == (1, False)
    assert (second.imported, second.known) == (3, 1)


def test_a_server_error_on_one_item_does_not_stop_the_others(outbox, office, ingested, clock, dav, tls):
    queue_packets(outbox, office, 4)
    target = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    try:
        assert sync_once(outbox, target, clock).delivered == 4
        dav.faults.add("GET", "500")
        identity = load_identity(office.secret)
        first = ingest_once(target, identity, ingested, clock, source_label="office server")
        second = ingest_once(target, identity, ingested, clock, source_label="office server")
    finally:
        target.close()

    assert (first.imported, len(first.problems), first.complete) == (3, 1, True)
    assert "HTTP 500" in first.problems[0].message
    assert (second.imported, second.known, second.problems) == (1, 3, ())
    assert ingested.count() == 4


def _versions(ingested) -> dict[tuple[str, int], tuple[int, bool]]:
    """(case code, stored id) -> (version, latest), as the office shows them."""
    found = received_versions(ingested.packets())
    return {(p.manifest["case_code"], p.id): (found[p.id].version, found[p.id].latest) for p in ingested.packets()}


def test_a_received_packet_has_its_manifests_version_whatever_arrives_first(office, ingested, clock, tmp_path):
    identity = load_identity(office.secret)
    target = FolderTarget(tmp_path)
    made = START + timedelta(hours=1)
    first = seal_item(make_pdf("FS-A", seed=1), make_manifest("FS-A", START), office.public)
    second = seal_item(make_pdf("FS-A", seed=2), make_manifest("FS-A", made, version=2, replaces=START), office.public)

    target.put(second.name, second.data)  # version 1 is late (or lost)
    assert ingest_once(target, identity, ingested, clock, source_label="usb").imported == 1
    assert _versions(ingested) == {("FS-A", 1): (2, True)}

    target.put(first.name, first.data)
    assert ingest_once(target, identity, ingested, clock, source_label="usb").imported == 1
    assert _versions(ingested) == {("FS-A", 1): (2, True), ("FS-A", 2): (1, False)}
    [v2, v1] = ingested.packets()
    assert (v2.manifest["replaces"], v1.manifest["replaces"]) == ({"version": 1, "created_at": START.isoformat()}, None)


def test_packets_sealed_before_versions_were_added_are_numbered_by_when_they_were_made(
    office, ingested, clock, tmp_path
):
    identity = load_identity(office.secret)
    target = FolderTarget(tmp_path)
    times = [START + timedelta(hours=n) for n in range(3)]
    for n in (1, 0):  # the second arrives first
        target.put(*seal_before_versions(make_pdf("FS-B", seed=n), make_manifest("FS-B", times[n]), office))
        report = ingest_once(target, identity, ingested, clock, source_label="usb")
        assert (report.imported, report.problems) == (1, ())
    assert _versions(ingested) == {("FS-B", 1): (2, True), ("FS-B", 2): (1, False)}

    third = make_manifest("FS-B", times[2], version=3, replaces=times[1])  # the laptop was updated
    item = seal_item(make_pdf("FS-B", seed=2), third, office.public)
    target.put(item.name, item.data)
    assert ingest_once(target, identity, ingested, clock, source_label="usb").imported == 1
    assert _versions(ingested) == {("FS-B", 1): (2, False), ("FS-B", 2): (1, False), ("FS-B", 3): (3, True)}
