"""Sync benchmark: the delivery engine against plain transfers of the same bytes, measured in the same run.

1. WebDAV (issue 6): ``sync_once`` of N sealed packets to a loopback wsgidav server over TLS (PUT with
   If-None-Match, the size check of each batch of uploads, outbox marks in a real SQLCipher database) vs plain PUTs
   of the same bytes with the same HTTP client (http.client, same TLS context, one kept-alive connection). Target
   ratio <= 1.5. The server runs in its own process, as the office server would; the engine is measured with 1 and 2
   connections (the app uses 2 for a server), with 2 connections and the full read-back (``verify="full"``), and
   with 2 connections into a collection already holding ``--filled`` other items (put there by plain PUTs before
   the timing), where the check falls back to a HEAD per item after one cut-off listing. Besides the wall times it
   prints the CPU time the client (this process) and the server process used, which a loaded machine disturbs less.
2. Folder: sealing N packets plus ``sync_once`` to a folder (atomic, fsynced, size checked) vs a plain file copy of
   the same sealed bytes (open, write, close), and vs the same copy with an fsync per file (what durability costs).

Each measurement is repeated (``--repeat``, interleaved) and the best of each kind is compared.
Run: ``.venv/bin/python bench/sync.py [--items 1000] [--pages 3] [--repeat 3] [--filled 5000]`` (needs the test extra).

Measured 2026-11-28, 1,000 packets of 12.5 kB, shared 2-CPU machine with a long test running beside it; ratio
against plain PUTs in the same run (best of 3); load average at the start and end of each run:

=============================  ========  ========  ========  ========  ========
WebDAV case (ratio)            load 5-6  load 3.7  load 3.5  load 1.2  load 1.5
=============================  ========  ========  ========  ========  ========
plain PUTs (s)                 2.68      1.47      1.81      1.30      1.09
1 connection, size check       1.17      1.66      1.42      1.49      2.10
2 connections, size check      0.98      1.79      1.66      1.42      1.80
2 connections, full read-back  1.43      2.70      1.94      1.57      2.79
2 connections, 5,000 others    1.40      2.53      1.90      2.11      2.27
=============================  ========  ========  ========  ========  ========

The engine before batching (a HEAD after each PUT), same bench, load 5 to 11: 1 connection 2.07 / 1.97 / 2.24,
2 connections 1.50 / 1.44 / 1.54 (on a quiet machine: 1.74 and 1.85). Batches of 200 instead of 500, back to back
with the first column: 1.73 and 1.34. The CPU figures show where the time goes (seconds for 1,000 items, client /
server): plain PUTs 0.33 / 1.09 to 0.38 / 1.41; size check, 1 connection 0.87 / 1.22 to 1.04 / 1.56 (two listings,
of 500 and 1,000 items, in place of 1,000 HEADs, which cost the server 0.65 to 0.75 s); 2 connections 1.07 / 1.35 to
1.24 / 1.61. What is left is mostly the client's own work, 0.6 to 0.9 ms per item: the outbox (the due items, reading
each item, the marks' commits, about 0.45 s of CPU plus the disk waits), the conditional PUT and, with 2
connections, three Python threads taking turns on one interpreter lock. Nothing overlaps it with 1 connection, and
with 2 the lock takes most of the overlap back, so on this machine the ratio follows the load: the plain PUTs slow
down more under load than the engine does.

Then schema step 9 moved the sealed bytes out of the outbox rows: a delivery mark had rewritten each item's row, its
12.5 kB included (two commits of 500 marks took 0.28 s of the round). Quiet machine (load 0.8-1.2), two runs:
plain PUTs 2.06 / 1.80 s; 1 connection 1.39 / 1.31; 2 connections 1.06 / 1.21; 2 connections with the full
read-back 1.55 / 1.59; 2 connections into a collection already holding 5,000 items (a HEAD per item) 1.47 / 1.72.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import http.client
import os
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "sync"))

from dav_server import LOOPBACK, PASSWORD, USER, make_certificate  # noqa: E402
from sync_helpers import create_db, make_manifest, make_pdf  # noqa: E402

from fieldscreen.store.outbox import Outbox  # noqa: E402
from fieldscreen.sync.delivery import sync_once  # noqa: E402
from fieldscreen.sync.office_keys import generate_office_key  # noqa: E402
from fieldscreen.sync.sealed_item import SealedItem, seal_item  # noqa: E402
from fieldscreen.sync.targets import item_name  # noqa: E402
from fieldscreen.sync.targets.folder import FolderTarget  # noqa: E402
from fieldscreen.sync.targets.webdav import BasicAuth, WebDavTarget  # noqa: E402

ENGINE_RUNS = ((1, "size"), (2, "size"), (2, "full"))
"""The engine runs measured: (connections, verify); the app uses 2 connections and the size check for a server."""


def _now() -> datetime:
    return datetime.now(UTC)


def _seal_all(count: int, pages: int) -> tuple[list[SealedItem], float]:
    office = generate_office_key("Bench Office", _now().date())
    pdfs = [make_pdf(f"BENCH-{n}", pages) for n in range(10)]
    started = time.perf_counter()
    items = [seal_item(pdfs[n % 10], make_manifest(f"BENCH-{n:05d}"), office.public) for n in range(count)]
    return items, time.perf_counter() - started


class _Queue:
    """An outbox in a real SQLCipher file, filled once and reset (all undelivered) before every run."""

    def __init__(self, path: Path, items: list[SealedItem]) -> None:
        self.conn, _ = create_db(path)
        self.outbox = Outbox(self.conn)
        for item in items:
            self.outbox.enqueue(
                content_hash=item.content_hash,
                packet_hash=item.packet_hash,
                name=item.name,
                sealed=item.data,
                now=_now(),
            )

    def timed_sync(self, target, connections: int = 1, verify: str = "size") -> float:
        self.conn.execute("UPDATE outbox_items SET delivered_at = NULL, attempts = 0, last_attempt_at = NULL")
        started = time.perf_counter()
        report = sync_once(self.outbox, target, _now, connections=connections, verify=verify)
        elapsed = time.perf_counter() - started
        assert report.waiting == 0 and report.failed_this_round == 0, report
        return elapsed


def _plain_puts(port: int, cert: Path, items: list[SealedItem], collection: str) -> float:
    """PUT each item's bytes under its name into a new collection, on one kept-alive connection; return the time."""
    context = ssl.create_default_context(cafile=str(cert))
    connection = http.client.HTTPSConnection(LOOPBACK, port, timeout=30, context=context)
    auth = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode("ascii")
    headers = {"Authorization": f"Basic {auth}", "Content-Type": "application/octet-stream"}
    connection.request("MKCOL", f"/dav/{collection}/", headers=headers)
    connection.getresponse().read()
    started = time.perf_counter()
    for item in items:
        connection.request("PUT", f"/dav/{collection}/{item.name}", body=item.data, headers=headers)
        response = connection.getresponse()
        response.read()
        assert response.status in (201, 204), response.status
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _plain_copies(folder: Path, items: list[SealedItem], *, durable: bool) -> float:
    folder.mkdir()
    started = time.perf_counter()
    for item in items:
        with open(folder / item.name, "wb") as out:
            out.write(item.data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
    return time.perf_counter() - started


def _fill(port: int, cert: Path, collection: str, count: int) -> None:
    """Put ``count`` other items (1 kB each) into a collection with plain PUTs, before anything is timed."""
    others = [os.urandom(1024) for _ in range(count)]
    hashes = [hashlib.sha256(data).hexdigest() for data in others]
    _plain_puts(
        port, cert, [SealedItem(item_name(h), h, h, data) for h, data in zip(hashes, others, strict=True)], collection
    )


class _Cost(NamedTuple):
    """One measurement: wall time, and the CPU time the client (this process) and the server process used."""

    wall: float
    client_cpu: float
    server_cpu: float


def _server_cpu(pid: int) -> float:
    """The CPU seconds a process used so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cost(pid: int, timed: Callable[..., float], *args: object) -> _Cost:
    """Run ``timed(*args)``, which returns the wall time it measured, and add the CPU time both sides used."""
    client, server = time.process_time(), _server_cpu(pid)
    wall = timed(*args)
    return _Cost(wall, time.process_time() - client, _server_cpu(pid) - server)


def _webdav(tmp: Path, items: list[SealedItem], repeat: int, filled: int) -> None:
    tls = make_certificate(tmp / "tls")
    script = ROOT / "tests" / "sync" / "dav_server.py"
    server = subprocess.Popen(
        [sys.executable, str(script), str(tmp / "server"), str(tls.cert), str(tls.key)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    queue = _Queue(tmp / "webdav.db", items)
    runs = [(connections, verify, 0) for connections, verify in ENGINE_RUNS] + [(2, "size", filled)]
    best: dict[tuple[int, str, int], _Cost] = {}
    try:
        port = int(server.stdout.readline())
        _plain_puts(port, tls.cert, items[:50], "warm-up")
        for run in range(repeat):
            timings = {(0, "plain", 0): _cost(server.pid, _plain_puts, port, tls.cert, items, f"plain{run}")}
            for connections, verify, others in runs:
                collection = f"engine{connections}{verify}{others}-{run}"
                _fill(port, tls.cert, collection, others)
                url = f"https://{LOOPBACK}:{port}/dav/{collection}/"
                target = WebDavTarget(url, auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=30)
                try:
                    timings[(connections, verify, others)] = _cost(
                        server.pid, queue.timed_sync, target, connections, verify
                    )
                finally:
                    target.close()
            best = {key: _Cost(*map(min, value, best.get(key, value))) for key, value in timings.items()}
            print(f"  run {run + 1}: load average {_load()}", flush=True)
    finally:
        server.communicate(timeout=30)
        queue.conn.close()
    plain = best[(0, "plain", 0)]
    print(
        f"webdav: plain PUTs {plain.wall:.2f} s (CPU: client {plain.client_cpu:.2f} s, server {plain.server_cpu:.2f} s)"
    )
    for connections, verify, others in runs:
        measured = best[(connections, verify, others)]
        print(
            f"webdav, {others} other items in the collection: sync_once with {connections} connection(s),"
            f" verify={verify} {measured.wall:.2f} s, ratio {measured.wall / plain.wall:.2f}"
            f" (CPU: client {measured.client_cpu:.2f} s, server {measured.server_cpu:.2f} s)"
        )


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _folder(tmp: Path, items: list[SealedItem], seal_seconds: float, repeat: int) -> None:
    queue = _Queue(tmp / "folder.db", items)
    best: dict[str, float] = {}
    try:
        for run in range(repeat):
            (tmp / f"drive{run}").mkdir()
            timings = {
                "plain": _plain_copies(tmp / f"plain{run}", items, durable=False),
                "durable": _plain_copies(tmp / f"durable{run}", items, durable=True),
                "engine": seal_seconds + queue.timed_sync(FolderTarget(tmp / f"drive{run}")),
            }
            best = {key: min(value, best.get(key, value)) for key, value in timings.items()}
    finally:
        queue.conn.close()
    print(
        f"folder: plain copy {best['plain']:.2f} s, copy + fsync {best['durable']:.2f} s,"
        f" seal + sync_once {best['engine']:.2f} s, ratio {best['engine'] / best['plain']:.1f}"
        f" (against copy + fsync {best['engine'] / best['durable']:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--filled", type=int, default=5000, help="other items in the collection of the last case")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        items, seal_seconds = _seal_all(args.items, args.pages)
        size = sum(len(item.data) for item in items) / len(items)
        print(f"{args.items} packets, {size / 1024:.1f} kB sealed on average; sealing took {seal_seconds:.2f} s")
        print(f"load average at the start: {_load()}")
        _webdav(tmp, items, args.repeat, args.filled)
        _folder(tmp, items, seal_seconds, args.repeat)


if __name__ == "__main__":
    main()
