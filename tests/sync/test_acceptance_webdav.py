"""Issue 6 acceptance: 200 packets through a faulty link to a real WebDAV server, then ingested at the office."""

from __future__ import annotations

import hashlib
import io
import logging
from datetime import timedelta

import pytest
from dav_server import PASSWORD, USER
from fault_proxy import Fault
from pypdf import PdfReader
from sync_helpers import queue_packets

from fieldscreen.sync.delivery import sync_once
from fieldscreen.sync.errors import SyncError
from fieldscreen.sync.ingest import ingest_once
from fieldscreen.sync.office_keys import load_identity
from fieldscreen.sync.targets.webdav import BasicAuth, WebDavTarget

PACKETS = 200
MAX_ROUNDS = 60
ROUND_GAP = timedelta(hours=2)

# One fault per new connection, in order: each connection carries items until its fault strikes, then the client
# reconnects and meets the next one. The cut and lose-response thresholds add up to far less than the bytes sent.
LINK_FAULTS = [
    Fault.cut(3_000),
    Fault.cut(90_000),
    Fault.refuse(),
    Fault.lose_response(40_000),
    Fault.stall(),
    Fault.throttle(2_000_000, cut_after=300_000),
    Fault.cut(250_000),
    Fault.refuse(),
    Fault.refuse(),
    Fault.refuse(),
    Fault.lose_response(150_000),
    Fault.cut(20_000),
    Fault.throttle(500_000, cut_after=100_000),
    Fault.cut(60_000),
    Fault.cut_answer(120_000),
]
SERVER_FAULTS = {"PUT": ["500", "stored-500", "duplicate", "stored-500", "500", "duplicate"], "GET": ["500", "500"]}
CHECK_FAULTS = {"size": {"PROPFIND": ["", "500"]}, "full": {}}
"""Faults of the requests that check uploads: the size check's first listing of a batch fails (the first PROPFIND
checks that the collection is there); the full check is a GET each (faulted above)."""


class CheckedOutbox:
    """The outbox, with the invariants checked after every failed attempt, that is after every fault a round meets."""

    def __init__(self, outbox, check) -> None:
        self._outbox = outbox
        self._check = check
        self.checks = 0

    def __getattr__(self, name: str):
        return getattr(self._outbox, name)

    def mark_attempt(self, entry, **kwargs) -> None:
        self._outbox.mark_attempt(entry, **kwargs)
        self._check()
        self.checks += 1


def _check_invariants(outbox, items, server_folder) -> int:
    """Every item is in the outbox; every item marked delivered is on the server byte for byte. Return delivered."""
    delivered = 0
    for number, item in enumerate(items, start=1):
        entry = outbox.entry(number)
        assert entry.content_hash == item.content_hash
        assert outbox.sealed_bytes(number) == item.data
        if entry.delivered_at is not None:
            delivered += 1
            assert (server_folder / item.name).read_bytes() == item.data
    assert outbox.waiting_count() == len(items) - delivered
    return delivered


@pytest.mark.slow
@pytest.mark.parametrize(("connections", "verify"), [(1, "size"), (2, "size"), (2, "full")])
def test_200_packets_arrive_exactly_once_through_every_fault(
    outbox, office, ingested, clock, dav, tls, proxy, connections, verify, caplog
):
    items = queue_packets(outbox, office, PACKETS, big_every=10)
    server_folder = dav.root / "dav" / "inbox"
    checked = CheckedOutbox(outbox, lambda: _check_invariants(outbox, items, server_folder))
    target = WebDavTarget(dav.url(proxy.port), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=1.0)
    caplog.set_level(logging.WARNING, logger="fieldscreen.sync.delivery")
    proxy.add(*LINK_FAULTS)
    for method, faults in {**SERVER_FAULTS, **CHECK_FAULTS[verify]}.items():
        dav.faults.add(method, *faults)
    try:
        for _ in range(MAX_ROUNDS):
            report = sync_once(checked, target, clock, connections=connections, verify=verify)
            target.close()  # the next round starts on a new connection, which meets the next planned fault
            assert _check_invariants(outbox, items, server_folder) == PACKETS - report.waiting
            if report.waiting == 0:
                break
            clock.advance(ROUND_GAP)
        else:
            pytest.fail("delivery did not finish within the round limit")
    finally:
        target.close()

    assert proxy.pending() == 0 and not any(dav.faults.plan.values())
    assert {"cut", "cut-answer", "lose-response", "stall", "throttle", "refuse"} <= set(proxy.applied)
    failures = [record.getMessage().rsplit("error=", 1)[-1] for record in caplog.records]
    assert {"TargetTimedOut", "TransferBroken", "ServerError"} <= set(failures)
    assert checked.checks == len(failures)  # the invariants held after each of them
    on_server = {p.name: p.read_bytes() for p in server_folder.iterdir()}
    assert on_server == {item.name: item.data for item in items}
    assert all(outbox.entry(n).delivered_at is not None for n in range(1, PACKETS + 1))

    _ingest_through_faults(office, ingested, clock, dav, tls, proxy, items)


def _ingest_through_faults(office, ingested, clock, dav, tls, proxy, items):
    identity = load_identity(office.secret)
    source = WebDavTarget(dav.url(proxy.port), auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=1.0)
    imported = 0
    listing_errors: list[str] = []
    try:
        proxy.add(
            Fault.cut(200_000),
            Fault.stall(),
            Fault.cut_answer(400_000),
            Fault.lose_response(500_000),
            Fault.throttle(4_000_000, cut_after=300_000),
        )
        dav.faults.add("GET", "500", "500")
        dav.faults.add("PROPFIND", "500")
        for _ in range(20):
            try:
                report = ingest_once(source, identity, ingested, clock, source_label="office server")
            except SyncError as exc:  # the listing itself failed: nothing was read, try again
                listing_errors.append(str(exc))
                continue
            finally:
                source.close()
            imported += report.imported
            assert report.duplicates == 0
            if report.complete and not report.problems:
                break
        else:
            pytest.fail("ingest did not finish within the run limit")
        again = ingest_once(source, identity, ingested, clock, source_label="office server")
    finally:
        source.close()

    assert imported == PACKETS == ingested.count()
    assert any("HTTP 500" in error for error in listing_errors)
    assert proxy.pending() == 0 and not any(dav.faults.plan.values())
    assert (again.imported, again.known, again.problems) == (0, PACKETS, ())
    packets = ingested.packets()
    assert sorted(p.packet_hash for p in packets) == sorted(i.packet_hash for i in items)
    for packet in packets[::50]:
        pdf = ingested.pdf(packet.id)
        assert hashlib.sha256(pdf).hexdigest() == packet.manifest["pdf_sha256"]
        assert packet.manifest["case_code"] in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
