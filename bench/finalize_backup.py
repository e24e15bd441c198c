"""The backup after each finalize on a database of 1,000 finalized screenings: how long it takes, against the finalize.

A field laptop is set up with an office key, and one screening of each built-in instrument is finalized through the
services (real answers, a real referral packet, sealed and queued in the outbox). Then 1,000 more finalized screenings
are written straight into the encrypted database, each a copy of one of those with its answers, its packet and its
own sealed outbox item, so the file is the size it would be after 1,000 real finalizes (packets and sealed copies
are most of it). Signed in again, in the same run:

1. baseline: ``screenings.finalize`` of a brief screening, the after-finalize backup switched off (median, slowest);
2. the same finalize with the backup, as shipped, and the ratio of the medians;
3. ``backups.keep_after_finalize`` alone, once the session is locked, and the database size.

Usage: ``.venv/bin/python bench/finalize_backup.py [--screenings 1000] [--runs 7]``
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_rows import screening_like

from fieldscreen.core.models import Answer, AnswerStatus, QuestionType
from fieldscreen.core.person import Citizenship
from fieldscreen.services import case_codes
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput
from fieldscreen.services.session import Session
from fieldscreen.store import backups, packets_repo, screenings_repo
from fieldscreen.store.connection import Connection, open_encrypted, transaction
from fieldscreen.store.kdf import KdfParams
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.outbox import Outbox
from fieldscreen.store.vault import Vault
from fieldscreen.sync.office_keys import OfficePublicKey
from fieldscreen.sync.sealed_item import seal_item

PASSWORD = "a benchmark passphrase of decent length"
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
INSTRUMENTS = ("brief", "adult_full", "youth", "rescreen_uc")


def answered(session: Session, instrument: str) -> int:
    """A screening of a foreign-national 16-year-old with every shown question answered, ready to finalize."""
    person = PersonInput(
        estimated_age=16, citizenship=Citizenship.FOREIGN_NATIONAL, discovered_at=datetime.now(UTC) - timedelta(hours=2)
    )
    view = session.screenings.start(Intake(instrument, "en", "en", InterviewContext(setting="health"), person))
    while (question := view.state.first_unanswered()) is not None:
        values = [choice.value for choice in question.choices]
        value = "no" if "no" in values else values[0] if values else None
        if question.type is QuestionType.SELECT_MULTIPLE:
            value = (value,)
        answer = Answer(AnswerStatus.ANSWERED, value) if values else None
        session.screenings.answer(view.id, question.name, answer or Answer(AnswerStatus.DECLINED))
        view = session.screenings.open(view.id)
    return view.id


def finalized(session: Session, instrument: str) -> int:
    """:func:`answered`, then finalized (its packet built, sealed and queued)."""
    screening_id = answered(session, instrument)
    session.screenings.finalize(screening_id)
    return screening_id


def office_key(root: Path) -> bytes:
    """A receiving office's public key file."""
    office = Installation(root, kdf=CHEAP)
    office.set_up(agency="Office", office="Intake", admin_username="admin", admin_password=PASSWORD)
    session = office.sign_in("admin", PASSWORD)
    try:
        session.office_keys.generate()
        session.office_keys.export_to(root.parent / "office-key.txt")
    finally:
        session.lock()
    return (root.parent / "office-key.txt").read_bytes()


def copies(conn: Connection, templates: list[int], count: int, key: OfficePublicKey) -> None:
    """Store ``count`` finalized screenings, each a copy of a template with its answers, packet and outbox item."""
    now = datetime.now(UTC)
    outbox = Outbox(conn)
    with transaction(conn):
        for number in range(count):
            source_id = templates[number % len(templates)]
            screening = screenings_repo.get_screening(conn, source_id)
            packet = packets_repo.latest(conn, source_id, "referral")
            pdf, manifest = packets_repo.pdf_and_manifest(conn, packet.id)
            code = case_codes.random_code()
            about = {"case_code": code, "name": f"Bench Person {number}", "discovered_at": screening.started_at}
            person = screenings_repo.insert_person(conn, about, at=now, by="admin")
            new_id = screening_like(conn, screening, person, "finalized", now)
            for question, answer in screenings_repo.answers(conn, source_id).items():
                screenings_repo.save_answer(conn, new_id, question, answer, at=now, by="admin")
            digest = hashlib.sha256(f"bench {number}".encode()).hexdigest()
            row = packets_repo.insert_version(
                conn, packets_repo.NewPacket(new_id, "referral", now, code, digest, digest, manifest, False, pdf=pdf)
            )
            item = seal_item(pdf, {**manifest, "case_code": code}, key)
            item_id = outbox.enqueue(
                content_hash=item.content_hash, packet_hash=item.packet_hash, name=item.name, sealed=item.data, now=now
            )
            packets_repo.set_outbox_item(conn, row.id, item_id)


def finalize_times(session: Session, runs: int) -> list[float]:
    """The times of ``screenings.finalize`` alone (packet, sealing and any backup included), in seconds."""
    times = []
    for _ in range(runs):
        screening_id = answered(session, "brief")
        start = time.perf_counter()
        session.screenings.finalize(screening_id)
        times.append(time.perf_counter() - start)
    return times


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """The times of ``runs`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def shown(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenings", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        installation = Installation(data, kdf=CHEAP)
        installation.set_up(agency="Bench", office="", admin_username="admin", admin_password=PASSWORD)
        session = installation.sign_in("admin", PASSWORD)
        session.office_keys.import_key(office_key(Path(tmp) / "office"))
        key = session.office_keys.info().key
        templates = [finalized(session, instrument) for instrument in INSTRUMENTS]
        session.lock()
        raw_key = Vault(data / "vault.json").unlock_user("admin", PASSWORD).data_key
        raw = open_encrypted(data / "fieldscreen.db", raw_key)
        try:
            copies(raw, templates, args.screenings, key)
        finally:
            raw.close()
        size = (data / "fieldscreen.db").stat().st_size

        session = installation.sign_in("admin", PASSWORD)
        layout = DataLayout(data)
        shipped = backups.keep_after_finalize
        backups.keep_after_finalize = lambda _layout, _now: None
        baseline = finalize_times(session, args.runs)
        backups.keep_after_finalize = shipped
        with_backup = finalize_times(session, args.runs)
        session.lock()
        alone = timed(lambda: backups.keep_after_finalize(layout, datetime.now(UTC)), args.runs)
        ratio = statistics.median(with_backup) / statistics.median(baseline)
        print(f"database: {size / 1e6:.1f} MB, {args.screenings + len(INSTRUMENTS)} finalized screenings")
        print(f"finalize, backup off (baseline): {shown(baseline)} ({args.runs} runs)")
        print(f"finalize, backup on:             {shown(with_backup)}; ratio of medians {ratio:.2f}")
        print(f"after-finalize backup alone:     {shown(alone)}; {len(installation.backups())} backups kept")


if __name__ == "__main__":
    main()
