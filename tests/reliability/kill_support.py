"""What the kill tests and their children share: accounts, cheap key derivation, and the fork server's client.

The children (``drivers/kill_operations.py``) import the constants from here, so both sides agree on passwords and
answers without passing them around.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from random import Random
from typing import TYPE_CHECKING

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput, ScreeningView
from fieldscreen.store.kdf import KdfParams

if TYPE_CHECKING:
    from fieldscreen.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
SERVER = Path(__file__).resolve().parent / "drivers" / "kill_target.py"
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
ADMIN = "admin"
SCREENER = "sam"
KEEPER = "kim"
"""A screener present in the rekeying installation from the start and never removed."""
EXPORT_PASSWORD = "export files open with this long phrase"
ANSWER_CHOICES = (
    (AnswerStatus.ANSWERED, "yes"),
    (AnswerStatus.ANSWERED, "no"),
    (AnswerStatus.DECLINED,),
    (AnswerStatus.DONT_KNOW,),
)


def intake(now: datetime) -> Intake:
    """A brief screening of an adult foreign national, as the kill tests start them."""
    person = PersonInput(
        citizenship=Citizenship.FOREIGN_NATIONAL, estimated_age=30, discovered_at=now - timedelta(hours=1)
    )
    return Intake("brief", "en", "en", InterviewContext("health", Tri.YES, Tri.YES), person)


def answer_all(session: Session, view: ScreeningView, rng: Random) -> None:
    """Answer every question still open with a random "yes" or "no"."""
    state = view.state
    while (question := state.first_unanswered()) is not None:
        answer = Answer(AnswerStatus.ANSWERED, rng.choice(("yes", "no")))
        session.screenings.answer(view.id, question.name, answer)
        state.answer(question.name, answer)


def password_of(username: str) -> str:
    """Every account's password, distinct per account."""
    return f"the long passphrase of {username}"


def shown(answer: Answer | dict | None) -> str:
    """An answer as one line of JSON, without its time stamp (``answer`` may be stored JSON already)."""
    if answer is None:
        return "null"
    data = answer if isinstance(answer, dict) else answer.to_json()
    return json.dumps(
        {k: data.get(k) for k in ("status", "value", "skip_reason")}, sort_keys=True, separators=(",", ":")
    )


@dataclass
class KillRun:
    """One child's life: what it said, and whether the kill ended it.

    Attributes:
        lines: The child's lines (``TRY``, ``ACK``, ``DONE``; ``ERROR`` fails the test).
        killed: Whether SIGKILL ended it (False: it finished before the kill came).
    """

    lines: list[str]
    killed: bool

    def words(self, kind: str) -> list[list[str]]:
        """The words after ``kind`` of every line of that kind, in order."""
        return [line.split(" ")[1:] for line in self.lines if line.split(" ", 1)[0] == kind]

    @property
    def in_flight(self) -> list[str] | None:
        """The words of the write handed to the service and not acknowledged when the kill came, if any."""
        last = self.lines[-1].split(" ") if self.lines else []
        return last[1:] if self.killed and last[:1] == ["TRY"] else None


@dataclass
class KillFigures:
    """What one operation's kill test did (printed, and written to ``reliability-figures.json``).

    Attributes:
        kill_points: Children killed while working, each followed by a restart and every check.
        in_flight: Of those, kills that came between a write's start and its acknowledgement.
        finished_first: Children that ended before the kill came (verified the same way; not counted as kill points).
        acknowledged: Acknowledged writes checked after the restarts.
    """

    kill_points: int = 0
    in_flight: int = 0
    finished_first: int = 0
    acknowledged: int = 0

    def add(self, run: KillRun, acknowledged: int) -> None:
        """Count one verified run."""
        self.kill_points += run.killed
        self.in_flight += run.in_flight is not None
        self.finished_first += not run.killed
        self.acknowledged += acknowledged


class ForkServer:
    """The client of one ``drivers/kill_target.py`` process (one per lane; not thread-safe).

    Args:
        workdir: Where its stderr goes (``server.err``).
    """

    def __init__(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self._stderr = (workdir / "server.err").open("w")
        env = dict(os.environ)
        env.pop("FIELDSCREEN_DATA_DIR", None)
        self._process = subprocess.Popen(
            [sys.executable, str(SERVER)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._workdir = workdir

    def wait_ready(self) -> None:
        """Wait until the server has imported fieldscreen (start several first: they import side by side)."""
        if self._process.stdout.readline().strip() != "READY":
            raise RuntimeError(f"the fork server did not start: {(self._workdir / 'server.err').read_text()[-2000:]}")

    def run(self, operation: str, data_dir: Path, *, seed: int, kill_after: float, params: dict) -> KillRun:
        """Fork a child running ``operation``, SIGKILL it after ``kill_after`` seconds; return what it said."""
        log = data_dir.parent / f"{data_dir.name}.log"
        log.unlink(missing_ok=True)
        request = {
            "operation": operation,
            "data_dir": str(data_dir),
            "log": str(log),
            "seed": seed,
            "kill_after": kill_after,
            "params": params,
        }
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        reply = self._process.stdout.readline().split()
        if reply[:1] != ["EXIT"]:
            raise RuntimeError(f"the fork server stopped: {reply}")
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        errors = [line for line in lines if line.startswith("ERROR ")]
        if errors:
            raise AssertionError(f"{operation}: the child failed on its own:\n{json.loads(errors[0][6:])}")
        code = int(reply[1])
        if code not in (0, -9):
            raise AssertionError(f"{operation}: the child exited with {code}: {lines[-3:]}")
        return KillRun(lines, killed=code == -9 and lines[-1:] != ["DONE"])

    def close(self) -> None:
        """Stop the server."""
        self._process.stdin.close()
        self._process.wait(timeout=30)
        self._process.stdout.close()
        self._stderr.close()
