from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sync_helpers import START, create_db, make_manifest, make_pdf, open_db, queue_packets

from fieldscreen.core.errors import BugError
from fieldscreen.store.outbox import Outbox, from_db_time, to_db_time
from fieldscreen.sync.office_keys import generate_office_key
from fieldscreen.sync.sealed_item import seal_item


def test_enqueue_is_idempotent_by_content_and_by_packet(outbox, office):
    pdf, manifest = make_pdf("FS-1"), make_manifest("FS-1")
    first, resealed = seal_item(pdf, manifest, office.public), seal_item(pdf, manifest, office.public)

    ids = {
        outbox.enqueue(
            content_hash=item.content_hash, packet_hash=item.packet_hash, name=item.name, sealed=item.data, now=START
        )
        for item in (first, first, resealed)
    }

    assert len(ids) == 1
    assert outbox.waiting_count() == 1
    assert outbox.sealed_bytes(ids.pop()) == first.data


def test_enqueue_refuses_bytes_that_do_not_match_their_hash(outbox, office):
    item = seal_item(make_pdf("FS-1"), make_manifest("FS-1"), office.public)
    with pytest.raises(BugError):
        outbox.enqueue(
            content_hash=item.content_hash, packet_hash=item.packet_hash, name=item.name, sealed=b"x", now=START
        )
    assert outbox.waiting_count() == 0


def test_attempts_schedule_and_delivery_are_recorded_and_nothing_is_removed(outbox, office):
    queue_packets(outbox, office, 3)
    first, second, third = outbox.due_items(START)

    outbox.mark_attempt(first, at=START, error="timed out", next_attempt_at=START + timedelta(minutes=5))
    outbox.mark_delivered([second], at=START + timedelta(seconds=1))
    outbox.mark_delivered([second], at=START + timedelta(seconds=9))  # a second confirmation changes nothing

    assert [e.id for e in outbox.due_items(START)] == [third.id]
    assert [e.id for e in outbox.due_items(START, include_not_due=True)] == [third.id, first.id]
    assert [e.id for e in outbox.due_items(START + timedelta(minutes=5))] == [third.id, first.id]
    again = outbox.entry(first.id)
    assert (again.attempts, again.last_error, again.delivered_at) == (1, "timed out", None)
    done = outbox.entry(second.id)
    assert done.delivered_at == START + timedelta(seconds=1)
    assert done.attempts == 1 and done.last_error is None
    assert outbox.sealed_bytes(second.id)  # content stays after delivery
    status = outbox.status()
    assert (status.waiting, status.delivered) == (2, 1)
    assert status.last_success == START + timedelta(seconds=1) == outbox.last_success()
    assert status.last_error == "timed out"


def test_a_failed_attempt_never_touches_a_delivered_item(outbox, office):
    queue_packets(outbox, office, 1)
    (entry,) = outbox.due_items(START)
    outbox.mark_delivered([entry], at=START)
    outbox.mark_attempt(entry, at=START, error="late failure", next_attempt_at=START)

    assert outbox.entry(entry.id).last_error is None
    assert outbox.waiting_count() == 0


def test_the_queue_survives_closing_and_reopening_the_encrypted_file(tmp_path, office):
    conn, key = create_db(tmp_path / "reopen.db")
    queue_packets(Outbox(conn), office, 2)
    Outbox(conn).mark_delivered([Outbox(conn).entry(1)], at=START)
    conn.close()

    raw = (tmp_path / "reopen.db").read_bytes()
    assert b"outbox_items" not in raw and b"age-encryption" not in raw

    reopened = open_db(tmp_path / "reopen.db", key)
    try:
        assert Outbox(reopened).waiting_count() == 1
        assert Outbox(reopened).last_success() == START
    finally:
        reopened.close()


def test_times_are_stored_as_sortable_utc_text():
    east = datetime(2025, 3, 1, 10, 0, tzinfo=UTC).astimezone(timezone(timedelta(hours=5)))

    assert to_db_time(east) == "2025-03-01T10:00:00.000000Z"
    assert from_db_time(to_db_time(east)) == east
    with pytest.raises(BugError):
        to_db_time(datetime(2025, 3, 1))


def test_ingested_store_is_unique_by_item_and_by_packet(ingested):
    row = {"manifest_json": '{"case_code":"FS-1"}', "pdf": b"%PDF-1.3", "received_at": START, "source": "usb"}

    assert ingested.add(content_hash="a" * 64, packet_hash="b" * 64, **row) is True
    assert ingested.add(content_hash="a" * 64, packet_hash="c" * 64, **row) is False
    assert ingested.add(content_hash="d" * 64, packet_hash="b" * 64, **row) is False
    assert ingested.has_item("a" * 64) and not ingested.has_item("d" * 64)
    assert ingested.count() == 1
    (packet,) = ingested.packets()
    assert packet.manifest == {"case_code": "FS-1"} and packet.source == "usb" and packet.received_at == START
    assert ingested.pdf(packet.id) == b"%PDF-1.3"


def _reseal_kwargs(item, replacing: str) -> dict:
    return dict(
        replacing=replacing,
        content_hash=item.content_hash,
        packet_hash=item.packet_hash,
        name=item.name,
        sealed=item.data,
        now=START + timedelta(hours=1),
    )


def test_reseal_replaces_only_an_undelivered_item_of_the_same_packet(outbox, office):
    waiting, delivered = queue_packets(outbox, office, 2)
    first, second = outbox.due_items(START)
    outbox.mark_attempt(first, at=START, error="timed out", next_attempt_at=START + timedelta(minutes=5))
    outbox.mark_delivered([second], at=START)
    new_office = generate_office_key("New Office", START.date())
    again = seal_item(make_pdf("FS-0000"), make_manifest("FS-0000"), new_office.public)
    assert again.packet_hash == waiting.packet_hash

    for bad in (
        _reseal_kwargs(again, replacing=delivered.content_hash),  # not the bytes this item holds
        {**_reseal_kwargs(again, waiting.content_hash), "sealed": b"other"},  # bytes that do not match the hash
    ):
        with pytest.raises(BugError):
            outbox.reseal(first.id, **bad)
    with pytest.raises(BugError):  # a delivered item is never touched
        outbox.reseal(second.id, **_reseal_kwargs(again, delivered.content_hash))
    with pytest.raises(BugError):  # another packet's sealing
        outbox.reseal(
            first.id,
            **_reseal_kwargs(seal_item(make_pdf("X"), make_manifest("X"), new_office.public), waiting.content_hash),
        )
    assert outbox.sealed_bytes(first.id) == waiting.data and outbox.sealed_bytes(second.id) == delivered.data

    outbox.reseal(first.id, **_reseal_kwargs(again, waiting.content_hash))

    entry = outbox.entry(first.id)
    assert (entry.content_hash, entry.name, entry.size) == (again.content_hash, again.name, len(again.data))
    assert (entry.attempts, entry.last_error, entry.next_attempt_at) == (0, None, START + timedelta(hours=1))
    assert outbox.sealed_bytes(first.id) == again.data
    assert outbox.entry(second.id) == replace(second, delivered_at=START, attempts=1)


def test_marks_for_bytes_sealed_again_meanwhile_are_ignored(outbox, office):
    (item,) = queue_packets(outbox, office, 1)
    (read_before,) = outbox.due_items(START)
    again = seal_item(make_pdf("FS-0000"), make_manifest("FS-0000"), office.public)
    outbox.reseal(read_before.id, **_reseal_kwargs(again, item.content_hash))

    outbox.mark_delivered([read_before], at=START)  # a round that sent the old bytes while the key changed
    outbox.mark_attempt(read_before, at=START, error="late failure", next_attempt_at=START + timedelta(hours=9))

    entry = outbox.entry(read_before.id)
    assert (entry.delivered_at, entry.attempts, entry.last_error) == (None, 0, None)
    assert outbox.due_items(START + timedelta(hours=1)) == [entry]
