"""The screenings list on 100,000 screenings: first page and searches through the service, against a bare SELECT.

A temporary encrypted installation is filled in one transaction through ``store.screenings_repo`` (persons, screenings
with a realistic mix of statuses, instruments and results, and the referral actions of finalized screenings with due
times, most of them done). Answers are not generated: the list never reads them. Then, signed in as a supervisor
(who sees every screening) and as a screener (own screenings only, filtered in SQL), each query runs through
``ScreeningService.list`` (page of 200 rows and the total count), against a bare ``SELECT ... LIMIT 200`` of the same
columns on the same database in the same run. The first call after sign-in (cold page cache) is printed too.
Target: first page and a search each under 100 ms.

Usage: ``.venv/bin/python bench/list_100k.py [--screenings N] [--runs N]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldscreen import paths
from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.routing import ActionKind
from fieldscreen.services import case_codes
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import ListQuery
from fieldscreen.store import screening_actions, screenings_repo
from fieldscreen.store.connection import Connection, open_encrypted, transaction
from fieldscreen.store.kdf import KdfParams
from fieldscreen.store.vault import Vault

TARGET_MS = 100.0
PASSWORD = "benchmark passphrase of decent length"
SCREENERS = [f"screener{i:02d}" for i in range(40)]
STATUSES = {"draft": 10, "finalized": 55, "returned": 3, "approved": 32}
INSTRUMENTS = {"brief": 45, "adult_full": 25, "youth": 20, "rescreen_uc": 10}
RESULTS = {
    "no_indicators_identified": 60,
    "inconclusive": 20,
    "possible_sex_trafficking": 8,
    "possible_labor_trafficking": 9,
    "both": 3,
}
SYLLABLES = [
    "an",
    "bel",
    "co",
    "da",
    "el",
    "fi",
    "go",
    "ha",
    "ia",
    "jo",
    "ka",
    "lu",
    "ma",
    "ne",
    "ol",
    "pe",
    "ri",
    "sa",
]
START = datetime(2023, 6, 1, tzinfo=UTC)
COLUMNS = "id, person_id, instrument_id, instrument_version, status, screener, started_at, result_category, next_due_at"


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}" if rng.random() < 0.6 else ""


def fill(conn: Connection, count: int, seed: int = 7) -> str:
    """Insert ``count`` screenings (about 85 per 100 with a new person) in one transaction; return one case code."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    span = (now - START).total_seconds()
    person_ids: list[int] = []
    sample_code = ""
    catalog, _ = load_catalog([paths.resources() / "instruments"])
    versions = {instrument: catalog.latest(instrument).instrument for instrument in INSTRUMENTS}
    with transaction(conn):
        for instrument in versions.values():
            screenings_repo.save_instrument_source(conn, instrument.id, instrument.version, instrument.source)
        for i in range(count):
            started = START + timedelta(seconds=span * i / count)
            if not person_ids or rng.random() < 0.85:
                code = case_codes.random_code()
                sample_code = sample_code or code
                fields = {"case_code": code, "name": _name(rng), "discovered_at": screenings_repo.utc_text(started)}
                person_ids.append(screenings_repo.insert_person(conn, fields, at=started, by="bench"))
            status = _pick(rng, STATUSES)
            final = status != "draft"
            result = _pick(rng, RESULTS) if final else ""
            screening = {
                "person_id": person_ids[-1] if rng.random() < 0.85 else rng.choice(person_ids),
                "instrument_id": (instrument_id := _pick(rng, INSTRUMENTS)),
                "instrument_version": versions[instrument_id].version,
                "interview_language": "en" if rng.random() < 0.7 else "es",
                "screener_language": "en",
                "setting": rng.choice(("law_enforcement", "health", "social_service")),
                "screener": rng.choice(SCREENERS),
                "status": status,
                "current_question": "needs",
                "finalized_at": screenings_repo.utc_text(started + timedelta(minutes=25)) if final else None,
                "result_category": result,
            }
            screening_id = screenings_repo.insert_screening(conn, screening, at=started)
            if final and result != "no_indicators_identified":
                _actions(conn, rng, screening_id, started, now)
    return sample_code


def _actions(conn: Connection, rng: random.Random, screening_id: int, started: datetime, now: datetime) -> None:
    due = started + timedelta(hours=24)
    kinds = [ActionKind.HHS_RFA, ActionKind.CHILD_WELFARE] if rng.random() < 0.3 else [ActionKind.SERVICES]
    items = [(kind.value, {"kind": kind.value, "recipient": kind.value}, due, True) for kind in kinds]
    screening_actions.replace_actions(conn, screening_id, items)
    if due < now - timedelta(days=3) or rng.random() < 0.5:
        for (action_id,) in conn.execute(
            "SELECT id FROM actions WHERE screening_id = ? AND status = 'open'", (screening_id,)
        ).fetchall():
            screening_actions.mark_done(conn, action_id, at=due - timedelta(hours=2), by="bench", reference="R-1")


def generate(data_dir: Path, count: int) -> tuple[Installation, Connection, str]:
    """A new installation in ``data_dir`` with accounts "supervisor" and ``SCREENERS[0]``, and ``count`` screenings.

    Returns:
        The installation, an open connection to its database (the caller closes it) and one generated case code.
    """
    installation = Installation(data_dir, kdf=KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1))
    installation.set_up(agency="Bench", office="", admin_username="admin", admin_password=PASSWORD)
    admin = installation.sign_in("admin", PASSWORD)
    admin.accounts.add("supervisor", "supervisor", PASSWORD)
    admin.accounts.add(SCREENERS[0], "screener", PASSWORD)
    admin.lock()
    key = Vault(data_dir / "vault.json").unlock_user("admin", PASSWORD).data_key
    raw = open_encrypted(data_dir / "fieldscreen.db", key)
    start = time.perf_counter()
    code = fill(raw, count)
    print(f"generated {count:,} screenings in {time.perf_counter() - start:.1f} s", end="; ")
    print(f"database {(data_dir / 'fieldscreen.db').stat().st_size / 1e6:.1f} MB")
    return installation, raw, code


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Milliseconds of the first call and the median of ``runs`` further calls."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.home() if Path.home().is_dir() else None) as folder:
        installation, raw, code = generate(Path(folder) / "data", args.screenings)
        bare = f"SELECT {COLUMNS} FROM screenings LIMIT 200"  # noqa: S608 - fixed text
        _, bare_ms = timed(lambda: raw.execute(bare).fetchall(), args.runs)
        rows: list[tuple[str, str, float, float]] = []
        for who in ("supervisor", SCREENERS[0]):
            session = installation.sign_in(who, PASSWORD)
            service = session.screenings
            queries = {
                "first page (newest first)": ListQuery(),
                "search a name fragment 'mane'": ListQuery(search="mane"),
                "search a case code fragment": ListQuery(search=code[3:8].lower()),
                "search with no match": ListQuery(search="zzzz"),
                "status finalized, page 3": ListQuery(status="finalized", offset=400),
                "order by next deadline": ListQuery(order="next_due_at", descending=False),
                "order by case code": ListQuery(order="case_code", descending=False),
            }
            for label, query in queries.items():
                first, warm = timed(lambda query=query, service=service: service.list(query), args.runs)
                rows.append((who, label, first, warm))
            session.lock()
        raw.close()

    print(f"bare SELECT {COLUMNS[:22]}... LIMIT 200: median {bare_ms:.2f} ms (baseline)")
    print(f"{'account':<11} {'query':<32} {'first ms':>9} {'median ms':>10} {'ratio':>7}")
    for who, label, first, warm in rows:
        flag = "" if max(first, warm) < TARGET_MS else "  OVER 100 ms"
        print(f"{who:<11} {label:<32} {first:9.1f} {warm:10.1f} {warm / bare_ms:6.0f}x{flag}")


if __name__ == "__main__":
    main()
