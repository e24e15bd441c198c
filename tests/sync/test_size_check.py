"""The size check in batches: one listing per batch, a HEAD each when the collection is big, never a mark unchecked."""

from __future__ import annotations

import hashlib

import pytest
from dav_server import PASSWORD, USER
from sync_helpers import queue_packets

from fieldscreen.sync import delivery
from fieldscreen.sync.delivery import sync_once
from fieldscreen.sync.targets import item_name, webdav
from fieldscreen.sync.targets.folder import FolderTarget
from fieldscreen.sync.targets.webdav import LISTING_ENTRY_BYTES, BasicAuth, WebDavTarget, listing_bound


@pytest.fixture
def target(dav, tls):
    client = WebDavTarget(dav.url(), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=5)
    yield client
    client.close()


@pytest.fixture
def small_batches_listed(monkeypatch):
    """Check even a batch of one with a listing, so that a few packets show what a big round does."""
    monkeypatch.setattr(webdav, "LISTING_MIN_BATCH", 1)


def _fill_collection(dav, count: int) -> None:
    """Put ``count`` other items in the server's collection (as other rounds and laptops left them)."""
    folder = dav.root / "dav" / "inbox"
    folder.mkdir(exist_ok=True)
    for number in range(count):
        data = f"another item {number}".encode()
        (folder / item_name(hashlib.sha256(data).hexdigest())).write_bytes(data)


def _checks(dav) -> list[str]:
    return [method for method in dav.faults.seen if method in ("PROPFIND", "HEAD", "GET")]


def test_a_batch_is_checked_with_one_listing_and_only_the_short_item_fails(
    outbox, office, clock, dav, target, small_batches_listed
):
    items = queue_packets(outbox, office, 5)
    dav.faults.add("PUT", "", "", "stored-short")  # the third item: 201 Created, one byte lost

    report = sync_once(outbox, target, clock)

    assert (report.delivered, report.waiting, report.failed_this_round) == (4, 1, 1)
    assert "did not match the packet" in report.last_error_plain_words
    (waiting,) = outbox.due_items(clock.now, include_not_due=True)
    assert (waiting.content_hash, waiting.attempts) == (items[2].content_hash, 1)
    assert _checks(dav) == ["PROPFIND", "PROPFIND"]  # the collection, then one listing for the five items


def test_an_item_missing_after_a_confirmed_put_fails_and_is_sent_again(
    outbox, office, clock, dav, target, small_batches_listed
):
    items = queue_packets(outbox, office, 3)
    dav.faults.add("PUT", "", "lost")  # the second item: 201 Created, nothing stored

    first = sync_once(outbox, target, clock)
    second = sync_once(outbox, target, clock, include_not_due=True)

    assert (first.delivered, first.waiting, first.failed_this_round) == (2, 1, 1)
    assert "did not match the packet" in first.last_error_plain_words
    assert _checks(dav)[:3] == ["PROPFIND", "PROPFIND", "HEAD"]  # a name the listing lacks is asked for again
    assert (second.delivered, second.waiting) == (1, 0)
    on_server = {p.name: p.read_bytes() for p in (dav.root / "dav" / "inbox").iterdir()}
    assert on_server == {item.name: item.data for item in items}


def test_a_failed_listing_fails_its_batch_and_the_next_round_checks_them_without_rewriting(
    outbox, office, clock, dav, target, small_batches_listed
):
    items = queue_packets(outbox, office, 4)
    dav.faults.add("PROPFIND", "", "500")  # the collection check passes, the listing fails

    first = sync_once(outbox, target, clock)
    attempts = [entry.attempts for entry in outbox.due_items(clock.now, include_not_due=True)]
    stored = {item.name: (dav.root / "dav" / "inbox" / item.name).stat().st_mtime_ns for item in items}
    second = sync_once(outbox, target, clock, include_not_due=True)

    assert (first.delivered, first.waiting, first.failed_this_round) == (0, 4, 4)
    assert "HTTP 500" in first.last_error_plain_words
    assert attempts == [1, 1, 1, 1]
    assert (second.delivered, second.waiting) == (4, 0)
    assert dav.faults.seen.count("PUT") == 8 and dav.faults.seen.count("GET") == 4  # 412, then read back
    assert {item.name: (dav.root / "dav" / "inbox" / item.name).stat().st_mtime_ns for item in items} == stored


def test_a_round_of_a_few_packets_is_checked_with_heads_and_never_lists(outbox, office, clock, dav, target):
    queue_packets(outbox, office, 3)

    report = sync_once(outbox, target, clock)

    assert (report.delivered, report.waiting) == (3, 0)
    assert _checks(dav) == ["PROPFIND", "HEAD", "HEAD", "HEAD"]  # the collection, then a HEAD each


def test_a_round_against_a_big_collection_checks_with_a_head_each(
    outbox, office, clock, dav, target, small_batches_listed
):
    _fill_collection(dav, 600)  # more than a capped listing for a batch of 4 can hold
    queue_packets(outbox, office, 4)

    report = sync_once(outbox, target, clock)

    assert (report.delivered, report.waiting) == (4, 0)
    assert _checks(dav) == ["PROPFIND", "PROPFIND", "HEAD", "HEAD", "HEAD", "HEAD"]  # the listing was cut short


def test_a_listing_larger_than_the_bound_is_used_once_then_heads_follow(dav, target, small_batches_listed):
    names = [item_name(hashlib.sha256(b"ab" * n).hexdigest()) for n in (1, 2, 3)]
    for n, name in enumerate(names, start=1):
        target.put(name, b"ab" * n)
    _fill_collection(dav, listing_bound(3))  # the bound plus these three: over the bound, within the byte cap
    absent = item_name("0" * 64)
    dav.faults.seen.clear()

    assert target.stored_sizes(names) == dict(zip(names, (2, 4, 6), strict=True))
    assert target.stored_sizes([names[0], absent, names[2]]) == {names[0]: 2, absent: None, names[2]: 6}
    assert _checks(dav) == ["PROPFIND", "HEAD", "HEAD", "HEAD"]


def test_a_cut_listing_falls_back_to_heads_and_a_missing_length_to_a_read_back(dav, target, small_batches_listed):
    name = item_name(hashlib.sha256(b"x").hexdigest())
    target.put(name, b"x")
    _fill_collection(dav, listing_bound(1) * LISTING_ENTRY_BYTES // 200)  # wsgidav lists about 280 bytes per item
    dav.faults.seen.clear()
    dav.faults.add("HEAD", "hide-length")

    assert target.stored_sizes([name]) == {name: 1}
    assert target.stored_sizes([name]) == {name: 1}
    assert _checks(dav) == ["PROPFIND", "HEAD", "GET", "HEAD"]


class _Recorded:
    """A target and an outbox whose uploads, checks and marks are written down in the order they happen."""

    def __init__(self, target, outbox) -> None:
        self.target, self.outbox = target, outbox
        self.events: list[tuple[str, tuple[str, ...]]] = []

    def put(self, name: str, data: bytes) -> None:
        self.target.put(name, data)
        self.events.append(("uploaded", (name,)))

    def stored_sizes(self, names):
        self.events.append(("checked", tuple(names)))
        return self.target.stored_sizes(names)

    def exists(self, name: str):
        self.events.append(("checked", (name,)))
        return self.target.exists(name)

    def mark_delivered(self, entries, *, at) -> None:
        self.events.append(("marked", tuple(entry.name for entry in entries)))
        self.outbox.mark_delivered(entries, at=at)

    def __getattr__(self, name: str):
        return getattr(self.outbox, name)

    def assert_every_mark_follows_a_check_after_the_upload(self) -> int:
        """Return how many items were marked."""
        checked_since_upload: dict[str, bool] = {}
        marked = 0
        for kind, names in self.events:
            for name in names:
                if kind == "uploaded":
                    checked_since_upload[name] = False
                elif kind == "checked" and name in checked_since_upload:
                    checked_since_upload[name] = True
                elif kind == "marked":
                    assert checked_since_upload.get(name), f"{name} marked without a check after its upload"
                    marked += 1
        return marked


@pytest.mark.parametrize(
    ("kind", "connections", "verify"),
    [("webdav", 1, "size"), ("webdav", 2, "size"), ("webdav", 2, "full"), ("folder", 1, "size")],
)
def test_no_item_is_marked_delivered_without_a_check_after_its_upload(
    outbox, office, clock, dav, target, tmp_path, monkeypatch, small_batches_listed, kind, connections, verify
):
    monkeypatch.setattr(delivery, "CHECK_BATCH", 4)  # several checks and marks in one round
    monkeypatch.setattr(delivery, "MARK_BATCH", 4)
    items = queue_packets(outbox, office, 15)
    real = target if kind == "webdav" else FolderTarget(tmp_path)
    for item in items[:2]:
        real.put(item.name, item.data)  # a killed round got this far: these meet 412 (or are left alone)
    dav.faults.add("PUT", "", "", "", "stored-short", "", "", "lost")
    recorded = _Recorded(real, outbox)

    report = sync_once(recorded, recorded, clock, connections=connections, verify=verify)

    assert recorded.assert_every_mark_follows_a_check_after_the_upload() == report.delivered
    failed = 2 if kind == "webdav" else 0
    assert (report.delivered, report.failed_this_round) == (15 - failed, failed)
    assert sum(kind == "marked" for kind, _ in recorded.events) >= 3
