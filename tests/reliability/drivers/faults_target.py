"""Run writes against a disk that fills up or turns read-only, and report how fieldscreen answered.

Run by ``tests/reliability/test_io_faults.py`` inside a user and mount namespace (``unshare --user --map-root-user
--mount``), where it may mount without being root on the machine::

    faults_target.py CASES.json

It mounts a small tmpfs (the faulty disk) on each case's ``disk`` folder. A case copies a prepared installation
(``prepared``) either onto that disk or, when the write goes to an export or sync folder, beside it with only the
folder on the disk. Right before the write the fault comes: **full** fills the disk with a ballast file until only
``free`` bytes are left (so the write runs out of space at the start, in the middle or not at all); **read-only**
mounts the folder read-only over itself (an open database stays open, as when a drive turns read-only under the
app). Then the write runs through the services, the fault is lifted, the session locks, and everything is copied to
``out`` for the test to restart and check. One JSON line per case on stdout: ``outcome`` is ``written``,
``refused`` (a ``KnownError``: ``error``, ``message``) or ``crashed`` (anything else: ``traceback``).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kill_support import ADMIN, EXPORT_PASSWORD, SCREENER, password_of  # noqa: E402

from fieldscreen.core.errors import KnownError  # noqa: E402
from fieldscreen.core.models import Answer, AnswerStatus  # noqa: E402
from fieldscreen.services.installation import Installation  # noqa: E402
from fieldscreen.services.session import Session  # noqa: E402

DISK_BYTES = 48 * 1024 * 1024
TARGET_KINDS = ("export", "sync")
"""Writes whose faulty disk is the target folder (a USB drive), not the data folder."""


class Fault:
    """A disk full or read-only fault on ``folder`` (inside the tmpfs mounted at ``disk``)."""

    def __init__(self, kind: str, disk: Path, folder: Path, free: int) -> None:
        self.kind, self.disk, self.folder, self.free = kind, disk, folder, free
        self._ballast = disk / "ballast"
        self.applied = False

    def apply(self) -> None:
        """Fill the disk to ``free`` bytes, or make ``folder`` read-only."""
        self.applied = True
        if self.kind == "read-only":
            subprocess.run(["mount", "--bind", str(self.folder), str(self.folder)], check=True)
            subprocess.run(["mount", "-o", "remount,ro,bind", str(self.folder)], check=True)
            return
        fd = os.open(self._ballast, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            block = bytes(1 << 20)
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    if len(block) == 4096:
                        break
                    block = block[: len(block) // 2]
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - self.free))
        finally:
            os.close(fd)

    def remove(self) -> None:
        """Lift the fault."""
        if self.kind == "read-only":
            subprocess.run(["umount", str(self.folder)], check=True)
        else:
            self._ballast.unlink(missing_ok=True)


def _sign_in(data: Path, username: str) -> tuple[Installation, Session]:
    installation = Installation(data)
    return installation, installation.sign_in(username, password_of(username))


def _answer(data: Path, target: Path, params: dict, fault: Fault) -> Session:
    session = _sign_in(data, SCREENER)[1]
    session.screenings.open(params["screening_id"])
    fault.apply()
    session.screenings.answer(params["screening_id"], params["question"], Answer(AnswerStatus.ANSWERED, "yes"))
    return session


def _finalize(data: Path, target: Path, params: dict, fault: Fault) -> Session:
    session = _sign_in(data, SCREENER)[1]
    session.screenings.open(params["screening_id"])
    fault.apply()
    session.screenings.finalize(params["screening_id"])
    return session


def _audit(data: Path, target: Path, params: dict, fault: Fault) -> Session:
    session = _sign_in(data, ADMIN)[1]
    fault.apply()
    session.screenings.open(params["screening_id"])  # an audited view
    return session


def _export(data: Path, target: Path, params: dict, fault: Fault) -> Session:
    session = _sign_in(data, ADMIN)[1]
    packets = [packet.packet_id for packet in session.export.exportable()]
    fault.apply()
    session.export.export(packets, target, EXPORT_PASSWORD)
    return session


class SyncReported(KnownError):
    """A delivery round kept its items and said why, message and advice in one text (``sync_now`` reports a
    failed item in its report instead of raising)."""


def _sync(data: Path, target: Path, params: dict, fault: Fault) -> Session:
    session = _sign_in(data, ADMIN)[1]
    session.sync_targets.set_folder(str(target))
    fault.apply()
    report = session.sync.sync_now()
    if report.failed_this_round:
        raise SyncReported(report.last_error_plain_words)
    return session


def _backup(data: Path, target: Path, params: dict, fault: Fault) -> None:
    installation = Installation(data)
    [backup] = installation.backups()
    fault.apply()
    installation.restore_backup(backup)  # keeps the current files as a new backup first


def _migration(data: Path, target: Path, params: dict, fault: Fault) -> Session:
    installation = Installation(data)
    fault.apply()
    return installation.sign_in(ADMIN, password_of(ADMIN))  # backs up, then migrates


WRITES: dict[str, Callable[[Path, Path, dict, Fault], Session | None]] = {
    "answer": _answer,
    "finalize": _finalize,
    "audit": _audit,
    "export": _export,
    "sync": _sync,
    "backup": _backup,
    "migration": _migration,
}


def run_case(case: dict) -> dict:
    """Copy the installation, fault the disk, write, lift the fault, lock, copy out; return the outcome."""
    disk, out, scratch = Path(case["disk"]), Path(case["out"]), Path(case["scratch"])
    on_target = case["kind"] in TARGET_KINDS
    data, target = (scratch if on_target else disk) / "data", disk / "target"
    shutil.copytree(case["prepared"], data)
    target.mkdir()
    fault = Fault(case["fault"], disk, target if on_target else data, case["free"])
    session = None
    try:
        session = WRITES[case["kind"]](data, target, case["params"], fault)
        outcome = {"outcome": "written"}
    except KnownError as exc:
        outcome = {"outcome": "refused", "error": type(exc).__name__, "message": exc.message, "advice": exc.advice}
    except Exception as exc:  # what the test fails on: a traceback is never the answer to a full or read-only disk
        outcome = {"outcome": "crashed", "error": type(exc).__name__, "traceback": traceback.format_exc()}
    finally:
        if fault.applied:
            fault.remove()
    if session is not None:
        session.lock()
    shutil.copytree(data, out / "data")
    shutil.copytree(target, out / "target")
    for path in (data, target):
        shutil.rmtree(path)
    return outcome


def main() -> int:
    """Mount the disks and run every case of the file named on the command line."""
    for case in json.loads(Path(sys.argv[1]).read_text()):
        if not os.path.ismount(case["disk"]):
            Path(case["disk"]).mkdir(parents=True, exist_ok=True)
            subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES}", "tmpfs", case["disk"]], check=True)
        print(json.dumps(run_case(case)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
