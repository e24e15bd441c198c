"""Kill: SIGKILL at random points while answering, finalizing, exporting, syncing, migrating and rekeying.

For each operation, ``LANES`` installations are worked on side by side by children forked from
``drivers/kill_target.py`` (the real services, a fresh process each time) and killed after a random delay. After
each kill the installation is started again (``kill_restart_support.restarted``): the instance lock is free,
sign-in finishes whatever was interrupted, ``cipher_integrity_check``, ``integrity_check`` and the audit chain pass,
every write the service acknowledged is there, and nothing half-written is visible (the lanes say what that means
for each operation). Quick profile: 50 kill points per operation (300); long profile: 500 (3,000).
``FIELDSCREEN_KILL_SEED`` repeats a run. The figures are printed and written to ``kill-figures.json`` in pytest's
base temporary folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import threading

import pytest
from kill_restart_support import Lane
from kill_screening_support import AnsweringLane, ExportingLane, FinalizingLane
from kill_store_support import MigratingLane, RekeyingLane, SyncingLane
from kill_support import ForkServer, KillFigures
from reliability_profile import count

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the children are forked"),
    pytest.mark.timeout(count(900, 7200)),
]

KILL_POINTS = count(50, 500)
"""Kill points per operation (six operations: 300 in the quick profile, 3,000 in the long one)."""
LANES = 3
MAX_RUNS = 3
"""Runs allowed per kill point wanted, for children that finish before their kill comes."""
LONGER, SHORTER = 1.25, 0.8
"""How the longest life of the next children adapts: longer after a kill that came before any acknowledged write (a
busy machine), back towards the lane's own after one that came later, shorter when the child finished first, so
kills keep landing across the whole operation."""
LANE_TYPES: dict[str, type[Lane]] = {
    lane.operation: lane
    for lane in (AnsweringLane, FinalizingLane, ExportingLane, SyncingLane, MigratingLane, RekeyingLane)
}


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill-servers")
    started = [ForkServer(root / f"server{number}") for number in range(LANES)]
    for server in started:
        server.wait_ready()
    yield started
    for server in started:
        server.close()


def _work_lane(lane: Lane, server: ForkServer, wanted: int, seed: int, figures: KillFigures, lock: threading.Lock):
    rng = random.Random(seed)
    lane.prepare()
    killed, life = 0, lane.longest_life
    for run in range(wanted * MAX_RUNS):
        if killed == wanted:
            return
        params = lane.params(run)
        outcome = server.run(
            lane.operation,
            lane.data_dir,
            seed=rng.randrange(1 << 30),
            kill_after=rng.uniform(0, life),
            params=params,
        )
        if outcome.killed and not outcome.words("ACK"):  # a busy machine: let the next children live longer
            life = min(life * LONGER, lane.longest_life * 20)
        elif outcome.killed:
            life = max(life * SHORTER, lane.longest_life)
        else:
            life *= SHORTER
        try:
            acknowledged = lane.verify(outcome)
        except AssertionError as exc:
            raise AssertionError(f"lane {lane.number} run {run}, after {outcome.lines[-3:]}: {exc}") from exc
        killed += outcome.killed
        with lock:
            figures.add(outcome, acknowledged)


def _record(tmp_path_factory, operation: str, figures: KillFigures) -> None:
    path = tmp_path_factory.getbasetemp() / "kill-figures.json"
    recorded = json.loads(path.read_text()) if path.exists() else {}
    recorded[operation] = dataclasses.asdict(figures)
    path.write_text(json.dumps(recorded, indent=1))


@pytest.mark.parametrize("operation", list(LANE_TYPES))
def test_every_acknowledged_write_survives_sigkill(operation, servers, tmp_path, tmp_path_factory):
    seed = int(os.environ.get("FIELDSCREEN_KILL_SEED", str(random.randrange(1_000_000))))
    figures, lock, failures = KillFigures(), threading.Lock(), []
    shares = [KILL_POINTS // LANES + (number < KILL_POINTS % LANES) for number in range(LANES)]

    def lane(number: int) -> None:
        try:
            work = LANE_TYPES[operation](tmp_path / f"lane{number}", number)
            _work_lane(work, servers[number], shares[number], seed + number, figures, lock)
        except BaseException as exc:  # re-raised in the test's thread below
            failures.append(exc)

    threads = [threading.Thread(target=lane, args=(number,)) for number in range(LANES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise AssertionError(f"{operation}, seed {seed}: {failures[0]}") from failures[0]
    _record(tmp_path_factory, operation, figures)
    print(
        f"kill {operation} (seed {seed}): {figures.kill_points} kill points survived "
        f"({figures.in_flight} inside a write), {figures.finished_first} children finished first, "
        f"{figures.acknowledged} acknowledged writes checked"
    )
    assert figures.kill_points == KILL_POINTS, "too many children finished before their kill"
    assert figures.acknowledged > 0 and figures.in_flight > 0, "the kills landed where the writes are"
