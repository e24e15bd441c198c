"""Exporting 1,000 packets from the GUI: the longest event-loop stall while it runs, and the total time.

One screening is finalized through the services, so its real referral packet is built and stored. Then 999 more
approved screenings are written straight into the encrypted database (``store.screenings_repo``), each with a copy of
that packet stored through ``store.packets_repo`` under its own case code: the export reads, encrypts (AES-256 R6)
and writes exactly what it would for real packets, without building 1,000 PDFs first.

Measured in the same run:

1. baseline: ``session.export.export`` called directly (no GUI), all packets into one folder;
2. the export dialog (offscreen): the list loaded, every packet selected, folder and password typed, Export pressed;
   a 5 ms ``QTimer`` records the largest gap between its ticks until the export reports back, and how many gaps were
   100 ms or longer. Target: the longest stall under 100 ms;
3. the floor: the same timer on an idle event loop for as long as the GUI export took (on a loaded machine the
   window's thread also waits for a core), and, for 5 s, while a thread only runs pikepdf (what an export that
   encrypts in the app process cannot go below: pikepdf holds the GIL; the export encrypts in a child process).

The load average is printed at the start and the end. The export's child process is spawned, so it imports this
script as its ``__main__`` (Qt included) when it starts, where the app's child imports only ``fieldscreen.__main__``.

Usage: ``.venv/bin/python bench/export_gui.py [--packets 1000]`` (a Python with PySide6 other than 6.12.0)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "gui"))

import pikepdf  # noqa: E402
from bench_rows import screening_like  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from review_helpers import finalize_brief  # noqa: E402

from fieldscreen.gui.error_presenter import ErrorPresenter  # noqa: E402
from fieldscreen.gui.ops import OpRunner  # noqa: E402
from fieldscreen.gui.views.export_dialog import ExportDialog  # noqa: E402
from fieldscreen.services import case_codes  # noqa: E402
from fieldscreen.services.installation import Installation  # noqa: E402
from fieldscreen.store import packets_repo, screenings_repo  # noqa: E402
from fieldscreen.store.connection import Connection, open_encrypted, transaction  # noqa: E402
from fieldscreen.store.kdf import KdfParams  # noqa: E402
from fieldscreen.store.vault import Vault  # noqa: E402

ADMIN_PASSWORD = "an administrator passphrase for the bench"
EXPORT_PASSWORD = "blue kettle under the quiet bridge"
TICK_MS = 5
TARGET_MS = 100


class StallMeter:
    """Ticks every 5 ms on the GUI thread and keeps the largest gap between two ticks, and counts the long ones."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.long_gaps = 0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring afresh."""
        self.longest = 0.0
        self.long_gaps = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop, and return the longest gap in milliseconds."""
        self._tick()
        self._timer.stop()
        return self.longest * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self.long_gaps += now - self._last >= TARGET_MS / 1000
        self._last = now


def copies(conn: Connection, count: int, source_id: int) -> None:
    """Store ``count`` approved screenings, each with a copy of packet ``source_id`` under its own case code."""
    pdf, manifest = packets_repo.pdf_and_manifest(conn, source_id)
    source = next(row for row in packets_repo.versions(conn, 1) if row.id == source_id)
    screening = screenings_repo.get_screening(conn, source.screening_id)
    now = datetime.now(UTC)
    with transaction(conn):
        for number in range(count):
            code = case_codes.random_code()
            fields = {"case_code": code, "discovered_at": screenings_repo.utc_text(now)}
            person_id = screenings_repo.insert_person(conn, fields, at=now, by="bench")
            new_id = screening_like(conn, screening, person_id, "approved", now)
            digest = hashlib.sha256(f"bench {number}".encode()).hexdigest()
            packet = packets_repo.NewPacket(
                new_id, source.kind, now, code, source.sha256, digest, manifest, False, pdf=pdf
            )
            packets_repo.insert_version(conn, packet)


def make_packets(data_dir: Path, count: int) -> Installation:
    """An installation holding ``count`` exportable packets (one built for real, the others copies of it)."""
    installation = Installation(data_dir, kdf=KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1))
    installation.set_up(agency="Bench", office="", admin_username="admin", admin_password=ADMIN_PASSWORD)
    session = installation.sign_in("admin", ADMIN_PASSWORD)
    try:
        finalize_brief(session)
        [real] = session.export.exportable()
    finally:
        session.lock()
    key = Vault(data_dir / "vault.json").unlock_user("admin", ADMIN_PASSWORD).data_key
    raw = open_encrypted(data_dir / "fieldscreen.db", key)
    try:
        copies(raw, count - 1, real.packet_id)
    finally:
        raw.close()
    return installation


def gui_export(session, folder: Path) -> tuple[float, float, float, int, float, int]:
    """Export every packet through the dialog.

    Returns:
        The longest stalls in ms (opening, loading, exporting), the gaps of 100 ms or more while exporting, the
        seconds the export took and the files it wrote.
    """
    ops = OpRunner(ErrorPresenter())
    meter = StallMeter()
    meter.start()
    dialog = ExportDialog(session, ops)
    dialog.show()
    QTest.qWait(1)
    opening = meter.stop()
    meter.start()
    while ops.running:
        QTest.qWait(5)
    dialog.table.selectAll()
    dialog.folder_edit.setText(str(folder))
    dialog.password_form.password_edit.setText(EXPORT_PASSWORD)
    dialog.password_form.repeat_edit.setText(EXPORT_PASSWORD)
    loading = meter.stop()
    assert dialog.export_button.isEnabled(), "the dialog is not ready to export"
    meter.start()
    started = time.perf_counter()
    dialog.export_button.click()
    while dialog.running:
        QTest.qWait(5)
    seconds = time.perf_counter() - started
    exporting = meter.stop()
    long_gaps = meter.long_gaps
    written = len(list(folder.glob("*.pdf")))
    dialog.close()
    QTest.qWait(10)
    ops.shutdown()
    return opening, loading, exporting, long_gaps, seconds, written


def gil_floor(pdf: bytes, seconds: float) -> float:
    """The longest gap of the timer while a worker thread only encrypts ``pdf`` with pikepdf, over and over.

    pikepdf keeps the GIL while it opens and saves a document, so no Python code (the GUI's included) runs
    meanwhile: this is the least stall an export that encrypts in the app process can have.
    """
    stop = threading.Event()

    def encrypt() -> None:
        while not stop.is_set():
            with pikepdf.open(io.BytesIO(pdf)) as document:
                encryption = pikepdf.Encryption(owner="o" * 32, user=EXPORT_PASSWORD, R=6, aes=True)
                document.save(io.BytesIO(), encryption=encryption)

    worker = threading.Thread(target=encrypt)
    meter = StallMeter()
    meter.start()
    worker.start()
    QTest.qWait(int(seconds * 1000))
    stop.set()
    worker.join()
    return meter.stop()


def idle_gap(seconds: float) -> tuple[float, int]:
    """The longest gap of the same 5 ms timer while the event loop has nothing else to do, and the gaps >= 100 ms."""
    meter = StallMeter()
    meter.start()
    QTest.qWait(int(seconds * 1000))
    return meter.stop(), meter.long_gaps


def load() -> str:
    """The load average over 1, 5 and 15 minutes, and the number of cores."""
    return f"load average {', '.join(f'{value:.2f}' for value in os.getloadavg())} on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=int, default=1000)
    args = parser.parse_args()
    app = QApplication(["bench"])  # noqa: F841 - widgets need it to exist
    print(f"start: {load()}")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        installation = make_packets(root / "data", args.packets)
        print(f"stored {args.packets:,} packets in {time.perf_counter() - started:.1f} s")
        session = installation.sign_in("admin", ADMIN_PASSWORD)
        try:
            direct_dir, gui_dir = root / "direct", root / "gui"
            direct_dir.mkdir()
            gui_dir.mkdir()
            ids = [packet.packet_id for packet in session.export.exportable()]
            started = time.perf_counter()
            direct = session.export.export(ids, direct_dir, EXPORT_PASSWORD)
            direct_s = time.perf_counter() - started
            opening, loading, exporting, long_gaps, gui_s, written = gui_export(session, gui_dir)
            pdf = session.export.pdf(ids[0])
        finally:
            session.lock()
    idle, idle_long_gaps = idle_gap(gui_s)
    floor = gil_floor(pdf, min(gui_s, 5.0))
    print(f"direct export (baseline): {len(direct.written):,} files in {direct_s:.2f} s")
    print(f"GUI export:               {written:,} files in {gui_s:.2f} s (ratio {gui_s / direct_s:.2f})")
    print(f"longest event-loop stall: {exporting:.1f} ms while exporting, {loading:.1f} ms while loading the list")
    print(f"                          {opening:.1f} ms opening the dialog (building its widgets)")
    print(f"idle loop, same duration: {idle:.1f} ms longest stall in {gui_s:.0f} s (the floor on this machine now)")
    print(f"gaps >= {TARGET_MS} ms:           {long_gaps} while exporting, {idle_long_gaps} in the idle loop")
    print(f"in-process floor, 5 s:    {floor:.1f} ms while a thread only runs pikepdf (the GIL held)")
    print(f"end: {load()}")
    verdict = "OK" if max(exporting, loading) < TARGET_MS else "OVER TARGET"
    print(f"target: stall < {TARGET_MS} ms: {verdict}")


if __name__ == "__main__":
    main()
