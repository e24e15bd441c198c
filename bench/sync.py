"""Sync benchmark: the delivery engine against plain transfers of the same bytes, measured in the same run.

1. WebDAV (issue 6): ``sync_once`` of N sealed packets to a loopback wsgidav server over TLS (PUT with
   If-None-Match, the size check after each upload, outbox marks in a real SQLCipher database) vs plain PUTs of the
   same bytes with the same HTTP client (http.client, same TLS context, one kept-alive connection). Target ratio
   <= 1.5. The server runs in its own process, as the office server would; the engine is measured with 1 and 2
   connections (the app uses 2 for a server), and with 2 connections and the full read-back (``verify="full"``).
2. Folder: sealing N packets plus ``sync_once`` to a folder (atomic, fsynced, size checked) vs a plain file copy of
   the same sealed bytes (open, write, close), and vs the same copy with an fsync per file (what durability costs).

Each measurement is repeated (``--repeat``, interleaved) and the best time of each kind is compared.
Run: ``.venv/bin/python bench/sync.py [--items 1000] [--pages 3] [--repeat 3]`` (needs the test extra).
"""

from __future__ import annotations

import argparse
import base64
import http.client
import os
import ssl
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "sync"))

from dav_server import LOOPBACK, PASSWORD, USER, make_certificate  # noqa: E402
from sync_helpers import create_db, make_manifest, make_pdf  # noqa: E402

from fieldscreen.store.outbox import Outbox  # noqa: E402
from fieldscreen.sync.delivery import sync_once  # noqa: E402
from fieldscreen.sync.office_keys import generate_office_key  # noqa: E402
from fieldscreen.sync.sealed_item import SealedItem, seal_item  # noqa: E402
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


def _webdav(tmp: Path, items: list[SealedItem], repeat: int) -> None:
    tls = make_certificate(tmp / "tls")
    script = ROOT / "tests" / "sync" / "dav_server.py"
    server = subprocess.Popen(
        [sys.executable, str(script), str(tmp / "server"), str(tls.cert), str(tls.key)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    queue = _Queue(tmp / "webdav.db", items)
    best: dict[str, float] = {}
    try:
        port = int(server.stdout.readline())
        _plain_puts(port, tls.cert, items[:50], "warm-up")
        for run in range(repeat):
            timings = {"plain": _plain_puts(port, tls.cert, items, f"plain{run}")}
            for connections, verify in ENGINE_RUNS:
                url = f"https://{LOOPBACK}:{port}/dav/engine{connections}{verify}-{run}/"
                target = WebDavTarget(url, auth=BasicAuth(USER, PASSWORD), ca_file=tls.cert, timeout=30)
                try:
                    timings[f"{connections}/{verify}"] = queue.timed_sync(target, connections, verify)
                finally:
                    target.close()
            best = {key: min(value, best.get(key, value)) for key, value in timings.items()}
    finally:
        server.communicate(timeout=30)
        queue.conn.close()
    for connections, verify in ENGINE_RUNS:
        measured = best[f"{connections}/{verify}"]
        print(
            f"webdav: plain PUTs {best['plain']:.2f} s, sync_once with {connections} connection(s), verify={verify}"
            f" {measured:.2f} s, ratio {measured / best['plain']:.2f}"
        )


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        items, seal_seconds = _seal_all(args.items, args.pages)
        size = sum(len(item.data) for item in items) / len(items)
        print(f"{args.items} packets, {size / 1024:.1f} kB sealed on average; sealing took {seal_seconds:.2f} s")
        _webdav(tmp, items, args.repeat)
        _folder(tmp, items, seal_seconds, args.repeat)


if __name__ == "__main__":
    main()
