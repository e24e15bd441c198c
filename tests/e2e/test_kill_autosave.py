"""Never lose an answer: the real app, answering by keyboard, is killed with SIGKILL at random moments.

``drivers/answer_driver.py`` runs the real composition root offscreen, resumes the draft and answers questions,
printing ``SAVED`` whenever the screen shows an answer as saved. After each kill the database is opened through the
services: every answer reported saved must be there with its value (the one answer in flight may have landed or
not), and the next run must resume at the stored position holding every answer. At least 50 kills run by default;
``FIELDSCREEN_KILL_RUNS`` asks for more (or fewer, when debugging).
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldscreen.core.models import Role
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput
from fieldscreen.store.kdf import KdfParams

pytestmark = [pytest.mark.e2e, pytest.mark.reliability, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "drivers" / "answer_driver.py"
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
KILLS = int(os.environ.get("FIELDSCREEN_KILL_RUNS", "50"))
LANES = 4
"""Installations killed side by side, to keep the wall time down."""
SAM, SAM_PASSWORD = "sam", "sam has a long passphrase too"
ADMIN_PASSWORD = "a long administrator passphrase"
LONGEST_LIFE = 1.2
"""Seconds a driver may answer before it is killed (chosen at random from 0 up to this)."""


def _prepare(data_dir: Path, instrument: str) -> int:
    installation = Installation(data_dir, kdf=CHEAP)
    installation.set_up(agency="Agency", office="Office", admin_username="admin", admin_password=ADMIN_PASSWORD)
    admin = installation.sign_in("admin", ADMIN_PASSWORD)
    admin.accounts.add(SAM, Role.SCREENER, "the administrator chose this for sam")
    admin.lock()
    session = installation.sign_in(SAM, "the administrator chose this for sam")
    session.accounts.change_own_password("the administrator chose this for sam", SAM_PASSWORD)
    try:
        view = session.screenings.start(
            Intake(
                instrument,
                "es",
                "en",
                InterviewContext("health", Tri.YES, Tri.YES),
                PersonInput(
                    citizenship=Citizenship.FOREIGN_NATIONAL, estimated_age=30, discovered_at=datetime.now(UTC)
                ),
            )
        )
        return view.id
    finally:
        session.lock()


def _stored(data_dir: Path, screening_id: int) -> tuple[str, dict[str, dict]]:
    """The resume point and every answer, as the services read them from the database."""
    session = Installation(data_dir, kdf=CHEAP).sign_in(SAM, SAM_PASSWORD)
    try:
        view = session.screenings.open(screening_id)
    finally:
        session.lock()
    answers = {}
    for name, answer in view.state.answers().items():
        data = answer.to_json()
        answers[name] = {k: data[k] for k in ("status", "value", "skip_reason")}
    return view.current_question, answers


def _run_driver(data_dir: Path, seed: int, rng: random.Random) -> list[str]:
    """Start the driver, let it answer for a random time after it resumed, SIGKILL it; return every line it wrote."""
    env = dict(
        os.environ,
        FIELDSCREEN_TEST_KDF=f"{CHEAP.memory_kib},{CHEAP.iterations},{CHEAP.parallelism}",
        PYTHONPYCACHEPREFIX=str(data_dir.parent / "pycache"),  # compiled once, not by each of the 50 processes
    )
    env.pop("FIELDSCREEN_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), str(seed)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    process.stdin.write(f"{SAM}\n{SAM_PASSWORD}\n")
    process.stdin.close()
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen = []
    try:
        first = lines.get(timeout=120)
        assert first is not None and first.startswith("RESUMED "), f"the driver did not resume: {first!r}"
        seen.append(first)
        time.sleep(rng.uniform(0.0, LONGEST_LIFE))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        reader.join(timeout=60)
        process.stdout.close()
    while (line := lines.get_nowait()) is not None:
        seen.append(line)
    return seen


def _reported(lines: list[str], expected: dict[str, dict], resume: str) -> tuple[dict, tuple | None, int]:
    """Check the resume line against the stored state, then follow what the screen reported.

    Returns:
        The answers the database must hold now, the answer in flight when the kill came (given, not yet shown saved:
        it may or may not have landed) and how many answers were shown saved.
    """
    _kind, question, answers = lines[0].split(" ", 2)
    assert question == resume, "the interview resumes where it was left"
    assert json.loads(answers) == expected, "the resumed interview holds every saved answer"
    now = dict(expected)
    in_flight = None
    saved = 0
    for line in lines[1:]:
        kind, question, answer = line.split(" ", 2)
        if kind == "SAVING":
            in_flight = (question, json.loads(answer))
        elif kind == "SAVED":
            now[question] = json.loads(answer)
            in_flight = None
            saved += 1
    return now, in_flight, saved


def _lane(data_dir: Path, instrument: str, kills: int, seed: int, results: dict) -> None:
    rng = random.Random(seed)
    screening_id = _prepare(data_dir, instrument)
    resume, expected = _stored(data_dir, screening_id)
    reported = verified = 0
    for run in range(kills):
        lines = _run_driver(data_dir, seed * 1000 + run, rng)
        wanted, in_flight, saved = _reported(lines, expected, resume)
        resume, stored = _stored(data_dir, screening_id)
        for question, answer in wanted.items():
            if in_flight and question == in_flight[0] and stored.get(question) == in_flight[1]:
                continue  # committed, but killed before the screen said so: allowed
            assert stored.get(question) == answer, f"run {run}: {question} was shown saved as {answer}"
        if in_flight and in_flight[0] not in wanted:
            assert stored.get(in_flight[0]) in (None, in_flight[1])
        expected = stored
        reported += saved
        verified += len(wanted)
    results[data_dir.name] = (kills, reported, verified)


def test_every_answer_shown_as_saved_survives_sigkill(tmp_path):
    seed = int(os.environ.get("FIELDSCREEN_KILL_SEED", str(random.randrange(1_000_000))))
    lanes = [(tmp_path / f"lane{i}", ("adult_full", "youth", "brief", "rescreen_uc")[i % 4]) for i in range(LANES)]
    shares = [KILLS // LANES + (1 if i < KILLS % LANES else 0) for i in range(LANES)]
    results: dict[str, tuple[int, int, int]] = {}
    failures: list[BaseException] = []

    def lane(i: int) -> None:
        try:
            _lane(lanes[i][0], lanes[i][1], shares[i], seed + i, results)
        except BaseException as exc:  # re-raised in the test thread below
            failures.append(exc)

    threads = [threading.Thread(target=lane, args=(i,)) for i in range(LANES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise AssertionError(f"seed {seed}: {failures[0]}") from failures[0]
    kills = sum(r[0] for r in results.values())
    reported = sum(r[1] for r in results.values())
    verified = sum(r[2] for r in results.values())
    print(f"kill test (seed {seed}): {kills} kills, {reported} answers shown saved, {verified} answer checks")
    assert kills == KILLS >= 1
    assert reported >= kills // 2, "the drivers answered between kills"
