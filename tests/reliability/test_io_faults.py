"""I/O faults: the disk fills up or turns read-only during each kind of write.

Kinds: an answer, finalizing (the packet is stored), an audit entry (a view), an export, a sync to a folder, a backup
(restoring one keeps the current files as a backup first) and a migration. The disk is a small tmpfs mounted in a
user and mount namespace (``unshare``), so no root is needed and nothing outside the test sees it; the tests run as
root here, where ``chmod`` would not keep anything from writing, so read-only is a read-only bind mount instead.
Disk full leaves a random amount of free space, so a write fails at its start, in its middle or not at all.

Each fault must end in a clear ``KnownError`` (what happened, what to do) or a write that fit, never a traceback;
after the fault is lifted a restart passes every integrity check and the audit chain, and nothing committed before
is lost (``faults_support.verify``). Quick profile: 4 faults per kind of write and fault (56); long: 40 (560).
The figures are printed and written to ``fault-figures.json`` in pytest's base temporary folder.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from faults_support import KINDS, Prepared, verify
from kill_support import ROOT
from reliability_profile import count

pytestmark = [pytest.mark.slow, pytest.mark.timeout(count(900, 7200))]

DRIVER = Path(__file__).resolve().parent / "drivers" / "faults_target.py"
FAULTS_EACH = count(4, 40)
FAULTS = ("full", "read-only")
UNSHARE = ["unshare", "--user", "--map-root-user", "--mount"]


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run([*UNSHARE, "true"], capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return Prepared(tmp_path_factory.mktemp("fault-installations"))


def _cases(root: Path, prepared: Prepared, fault: str, rng: random.Random) -> list[dict]:
    cases = []
    for kind in KINDS:
        for number in range(FAULTS_EACH):
            free = int(prepared.span[kind] * rng.random() ** 2) if number else 0
            cases.append(
                {
                    "kind": kind,
                    "fault": fault,
                    "free": free,
                    "prepared": str(prepared.data(kind)),
                    "params": prepared.params[kind],
                    "disk": str(root / "disk"),
                    "scratch": str(root / "scratch"),
                    "out": str(root / "out" / f"{kind}-{number}"),
                }
            )
    return cases


@pytest.mark.skipif(not _namespaces_work(), reason="needs user namespaces (unshare --user --mount)")
@pytest.mark.parametrize("fault", FAULTS)
def test_a_full_or_read_only_disk_gives_a_clear_error_and_loses_nothing(fault, prepared, tmp_path, tmp_path_factory):
    seed = random.randrange(1_000_000)
    cases = _cases(tmp_path, prepared, fault, random.Random(seed))
    (tmp_path / "scratch").mkdir()
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    run = subprocess.run(
        [*UNSHARE, sys.executable, str(DRIVER), str(tmp_path / "cases.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=count(900, 7200),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    outcomes = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(outcomes) == len(cases)
    figures: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for case, outcome in zip(cases, outcomes, strict=True):
        try:
            verify(case["kind"], outcome, Path(case["out"]), prepared)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, {fault} during {case['kind']} (free {case['free']}): {exc}") from exc
        figures[case["kind"]][outcome.get("error", outcome["outcome"])] += 1
    _record(tmp_path_factory, fault, figures)
    for kind, counts in figures.items():
        print(f"fault {fault} during {kind} (seed {seed}): {FAULTS_EACH} injected, {dict(counts)}")
        assert counts.total() > counts["written"], f"{fault} during {kind}: the fault never reached the write"


def _record(tmp_path_factory, fault: str, figures: dict[str, Counter]) -> None:
    path = tmp_path_factory.getbasetemp() / "fault-figures.json"
    recorded = json.loads(path.read_text()) if path.exists() else {}
    recorded[fault] = {kind: dict(counts) for kind, counts in figures.items()}
    path.write_text(json.dumps(recorded, indent=1))
