"""Issue 6 acceptance: the sync process SIGKILLed mid-copy to a folder, repeatedly; then a rerun completes."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_helpers import OUTBOX_ROWS, create_db, open_db, queue_packets

from fieldscreen.store.outbox import Outbox
from fieldscreen.sync.ingest import ingest_once
from fieldscreen.sync.office_keys import load_identity
from fieldscreen.sync.targets.folder import FolderTarget

PACKETS = 24
KILLS = 6
HERE = Path(__file__).resolve().parent

# The child delivers with the real engine and folder target; writes are slowed (5 ms per 16 kB chunk) so the kill
# lands inside copies, renames and database commits rather than only between items.
CHILD = """
import os, sys, time
from datetime import UTC, datetime
sys.path.insert(0, sys.argv[1])
from sync_helpers import open_db
from fieldscreen.store.outbox import Outbox
from fieldscreen.sync.delivery import sync_once
from fieldscreen.sync.targets import folder

real_write_all = folder._write_all
def slow_write_all(descriptor, chunk):
    for start in range(0, len(chunk), 16384):
        time.sleep(0.005)
        real_write_all(descriptor, chunk[start:start + 16384])
folder._write_all = slow_write_all
conn = open_db(sys.argv[2], bytes.fromhex(os.environ["OUTBOX_KEY"]))
report = sync_once(Outbox(conn), folder.FolderTarget(sys.argv[3]), lambda: datetime.now(UTC))
print(report.delivered, report.waiting, flush=True)
"""


def _run_child(db_path: Path, drive: Path, key: bytes) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(HERE), str(db_path), str(drive)],
        env={**os.environ, "OUTBOX_KEY": key.hex()},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_mid_copy(child: subprocess.Popen, drive: Path, new_files_to_see: int) -> bool:
    """SIGKILL the child as soon as ``new_files_to_see`` new names appeared on the drive; False if it finished first.

    Any new name counts (temporary or final), so the kill lands just after a write began, whatever the target does.
    """
    before = {p.name for p in drive.iterdir()}
    seen: set[str] = set()
    deadline = time.monotonic() + 20
    while child.poll() is None and time.monotonic() < deadline:
        seen.update(p.name for p in drive.iterdir() if p.name not in before)
        if len(seen) >= new_files_to_see:
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=10)
            return True
        time.sleep(0.001)
    child.communicate(timeout=10)
    return False


def _check_drive_and_outbox(drive: Path, db_path: Path, key: bytes) -> int:
    """No complete-looking file is partial; every item marked delivered is on the drive intact. Return delivered."""
    for path in drive.glob("*.fsitem"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() + ".fsitem" == path.name
    conn = open_db(db_path, key)
    try:
        rows = conn.execute(OUTBOX_ROWS).fetchall()
    finally:
        conn.close()
    assert len(rows) == PACKETS
    delivered = [(name, sealed) for name, sealed, at in rows if at is not None]
    for name, sealed in delivered:
        assert (drive / name).read_bytes() == sealed
    return len(delivered)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_copy_never_leaves_a_partial_item_and_a_rerun_completes(tmp_path, office, ingested, clock):
    db_path, drive = tmp_path / "laptop.db", tmp_path / "usb"
    drive.mkdir()
    conn, key = create_db(db_path)
    items = queue_packets(Outbox(conn), office, PACKETS, big_every=1)
    conn.close()
    identity = load_identity(office.secret)
    chooser = random.Random(6)
    kills = interrupted_copies = 0
    for _ in range(KILLS):
        if _kill_mid_copy(_run_child(db_path, drive, key), drive, chooser.randint(1, 6)):
            kills += 1
            interrupted_copies += any(drive.glob(".*.tmp"))
        _check_drive_and_outbox(drive, db_path, key)
        report = ingest_once(FolderTarget(drive), identity, ingested, clock, source_label="usb")
        assert report.problems == ()  # temporaries are never listed, complete files always verify

    assert kills >= KILLS - 1
    assert interrupted_copies >= 1  # a kill really landed inside a copy, leaving a temporary behind

    final = _run_child(db_path, drive, key)
    out, err = final.communicate(timeout=60)
    assert final.returncode == 0, err
    assert out.split()[1] == "0"  # nothing left waiting
    assert _check_drive_and_outbox(drive, db_path, key) == PACKETS
    assert sorted(p.name for p in drive.iterdir()) == sorted(item.name for item in items)  # stale temporaries gone
    report = ingest_once(FolderTarget(drive), identity, ingested, clock, source_label="usb")
    assert report.problems == () and ingested.count() == PACKETS
