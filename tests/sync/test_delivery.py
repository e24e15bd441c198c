from __future__ import annotations

import hashlib
import random
import socket
from datetime import timedelta

import pytest
from dav_server import PASSWORD, USER
from sync_helpers import queue_packets

from fieldscreen.sync.delivery import BACKOFF_CAP, MAX_CONSECUTIVE_FAILURES, backoff_delay, sync_once
from fieldscreen.sync.targets.folder import FolderTarget
from fieldscreen.sync.targets.webdav import BasicAuth, WebDavTarget

ROUND_GAP = timedelta(hours=2)  # longer than the backoff cap: every waiting item is due again


class StopAfter:
    """A progress receiver that cancels after ``limit`` reports."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return len(self.reports) >= self.limit


class TruncatingFolder(FolderTarget):
    """A target that loses the last byte of everything written (a broken drive)."""

    def put(self, name: str, data: bytes) -> None:
        (self.folder / name).write_bytes(data[:-1])


def _server_bytes(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.endswith(".fsitem")}


def test_backoff_doubles_with_jitter_up_to_an_hour():
    rng = random.Random(7)
    for attempts, low, high in [(1, 15, 30), (2, 30, 60), (5, 240, 480), (8, 1800, 3600), (500, 1800, 3600)]:
        for _ in range(20):
            delay = backoff_delay(attempts, rng).total_seconds()
            assert low <= delay <= high
    assert max(backoff_delay(10**6, rng) for _ in range(100)) <= BACKOFF_CAP


def test_a_round_delivers_every_item_to_a_folder_byte_for_byte(outbox, office, clock, tmp_path):
    items = queue_packets(outbox, office, 12)
    drive = tmp_path / "usb"
    drive.mkdir()
    progress = StopAfter(10**6)

    report = sync_once(outbox, FolderTarget(drive), clock, progress)

    assert (report.delivered, report.waiting, report.failed_this_round, report.last_error_plain_words) == (12, 0, 0, "")
    assert _server_bytes(drive) == {item.name: item.data for item in items}
    assert progress.reports[-1] == (12, 12)
    assert outbox.status().last_success == clock.now
    assert [outbox.sealed_bytes(number) for number in range(1, 13)] == [item.data for item in items]  # kept


def test_an_absent_drive_stops_the_round_and_keeps_everything(outbox, office, clock, tmp_path):
    queue_packets(outbox, office, 5)

    report = sync_once(outbox, FolderTarget(tmp_path / "unplugged"), clock)

    assert (report.delivered, report.waiting, report.failed_this_round) == (0, 5, 1)
    assert "USB drive" in report.last_error_plain_words
    assert "stay in the outbox" in report.last_error_plain_words
    attempts = sorted(e.attempts for e in outbox.due_items(clock.now, include_not_due=True))
    assert attempts == [0, 0, 0, 0, 1]


def test_fifty_failed_rounds_drop_nothing_then_everything_is_delivered(outbox, office, clock, dav, tls):
    items = queue_packets(outbox, office, 4)
    with socket.create_server(("127.0.0.1", 0)) as probe:
        dead_port = probe.getsockname()[1]
    down = WebDavTarget(dav.url(dead_port), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=2)
    for _ in range(50):
        report = sync_once(outbox, down, clock)
        assert (report.delivered, report.waiting, report.failed_this_round) == (0, 4, 1)
        assert report.last_error_plain_words.startswith("The office server cannot be reached.")
        clock.advance(ROUND_GAP)
    down.close()
    waiting = outbox.due_items(clock.now, include_not_due=True)
    assert sum(e.attempts for e in waiting) == 50 and len(waiting) == 4

    up = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    try:
        report = sync_once(outbox, up, clock)
    finally:
        up.close()

    assert (report.delivered, report.waiting, report.failed_this_round) == (4, 0, 0)
    assert _server_bytes(dav.root / "dav" / "inbox") == {item.name: item.data for item in items}


def test_an_item_already_on_the_target_after_a_kill_is_verified_and_marked(outbox, office, clock, dav, tls):
    (item,) = queue_packets(outbox, office, 1)
    target = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    try:
        target.put(item.name, item.data)  # the killed run got this far, but never marked the item
        report = sync_once(outbox, target, clock)
    finally:
        target.close()

    assert (report.delivered, report.waiting) == (1, 0)
    assert _server_bytes(dav.root / "dav" / "inbox") == {item.name: item.data}
    assert dav.faults.seen.count("PUT") == 2  # the second PUT got 412 and nothing was rewritten


def test_a_copy_that_does_not_verify_is_not_marked_delivered(outbox, office, clock, tmp_path):
    queue_packets(outbox, office, 2)

    report = sync_once(outbox, TruncatingFolder(tmp_path), clock)

    assert (report.delivered, report.waiting, report.failed_this_round) == (0, 2, 2)
    assert "did not match the packet" in report.last_error_plain_words


def test_a_damaged_outbox_item_is_not_sent(outbox, office, clock, db, tmp_path):
    queue_packets(outbox, office, 2)
    db.execute("UPDATE outbox_sealed SET sealed = zeroblob(length(sealed)) WHERE item_id = 1")

    report = sync_once(outbox, FolderTarget(tmp_path), clock)

    assert (report.delivered, report.waiting, report.failed_this_round) == (1, 1, 1)
    assert "damaged" in report.last_error_plain_words
    assert len(_server_bytes(tmp_path)) == 1


def test_cancel_stops_between_items_and_leaves_the_rest_waiting(outbox, office, clock, tmp_path):
    queue_packets(outbox, office, 6)

    report = sync_once(outbox, FolderTarget(tmp_path), clock, StopAfter(2))

    assert (report.delivered, report.waiting, report.failed_this_round) == (2, 4, 0)
    assert all(e.attempts == 0 for e in outbox.due_items(clock.now))


def test_backoff_is_respected_unless_sync_now_asks(outbox, office, clock, tmp_path):
    queue_packets(outbox, office, 1)
    sync_once(outbox, FolderTarget(tmp_path / "away"), clock)

    assert sync_once(outbox, FolderTarget(tmp_path), clock).delivered == 0
    assert sync_once(outbox, FolderTarget(tmp_path), clock, include_not_due=True).delivered == 1


def test_repeated_server_errors_end_the_round_early(outbox, office, clock, dav, tls):
    queue_packets(outbox, office, 6)
    dav.faults.add("PUT", *["500"] * 10)
    target = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    try:
        report = sync_once(outbox, target, clock)
    finally:
        target.close()

    assert (report.delivered, report.waiting, report.failed_this_round) == (0, 6, MAX_CONSECUTIVE_FAILURES)
    assert "HTTP 500" in report.last_error_plain_words


def test_items_are_sent_oldest_schedule_first(outbox, office, clock, tmp_path):
    items = queue_packets(outbox, office, 3)
    sync_once(outbox, FolderTarget(tmp_path / "away"), clock)  # the first item now waits out a backoff
    clock.advance(ROUND_GAP)

    due = outbox.due_items(clock.now)

    assert [e.content_hash for e in due] == [i.content_hash for i in items[1:]] + [items[0].content_hash]
    assert all(hashlib.sha256(outbox.sealed_bytes(e.id)).hexdigest() == e.content_hash for e in due)


@pytest.mark.parametrize("verify", ["size", "full"])
def test_a_server_that_acknowledges_a_short_copy_is_caught_and_the_item_sent_again(
    outbox, office, clock, dav, tls, verify
):
    (item,) = queue_packets(outbox, office, 1)
    dav.faults.add("PUT", "stored-short")  # 201 Created, but the server kept one byte less
    target = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    try:
        first = sync_once(outbox, target, clock, verify=verify)
        second = sync_once(outbox, target, clock, include_not_due=True, verify=verify)
    finally:
        target.close()

    assert (first.delivered, first.failed_this_round) == (0, 1)
    assert "did not match the packet" in first.last_error_plain_words
    assert (second.delivered, second.waiting) == (1, 0)
    assert _server_bytes(dav.root / "dav" / "inbox") == {item.name: item.data}
