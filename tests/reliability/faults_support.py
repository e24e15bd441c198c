"""The installations the I/O fault tests start from, and what must hold after each fault (see test_io_faults.py)."""

from __future__ import annotations

import hashlib
import random
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
from kill_restart_support import database, restarted, set_up
from kill_store_support import old_installation
from kill_support import ADMIN, EXPORT_PASSWORD, SCREENER, answer_all, intake, password_of
from sync_helpers import OUTBOX_ROWS

from fieldscreen.core.models import Answer, AnswerStatus, Role
from fieldscreen.services.installation import Installation
from fieldscreen.store import migrations
from fieldscreen.sync.office_keys import export_public_key, generate_office_key

KINDS = ("answer", "finalize", "audit", "export", "sync", "backup", "migration")
PACKETS = 3
OLD_PERSONS = 1500
FIRST_ANSWER = Answer(AnswerStatus.ANSWERED, "no")


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


class Prepared:
    """One prepared installation per kind of write, made once and copied for every case.

    Attributes:
        root: Where the installations are.
        params: What each kind's write needs (screening id, question).
        span: The largest free space worth trying for each kind, in bytes (beyond it every write fits).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.params: dict[str, dict] = {}
        self.span: dict[str, int] = {}
        self._draft(root / "answer")
        shutil.copytree(root / "answer", root / "audit")
        self.params["audit"] = self.params["answer"]
        self._complete(root / "finalize")
        self._finalized(root / "export", office_key=False)
        self._finalized(root / "sync", office_key=True)
        self._backup(root / "backup")
        old_installation(root / "migration", 4, OLD_PERSONS)
        for kind in KINDS:
            self.params.setdefault(kind, {})
            payload = PACKETS * 60_000 if kind in ("export", "sync") else _size(root / kind)
            self.span[kind] = 2 * payload

    def data(self, kind: str) -> Path:
        """The prepared data folder of ``kind``."""
        return self.root / kind

    def _draft(self, data: Path) -> None:
        set_up(data, SCREENER)
        session = Installation(data).sign_in(SCREENER, password_of(SCREENER))
        try:
            view = session.screenings.start(intake(datetime.now(UTC)))
            first, second = view.state.visible_questions()[:2]
            session.screenings.answer(view.id, first.name, FIRST_ANSWER)
            self.params["answer"] = {"screening_id": view.id, "question": second.name, "answered": first.name}
        finally:
            session.lock()

    def _complete(self, data: Path) -> None:
        set_up(data, SCREENER)
        session = Installation(data).sign_in(SCREENER, password_of(SCREENER))
        try:
            view = session.screenings.start(intake(datetime.now(UTC)))
            answer_all(session, view, random.Random(1))
            self.params["finalize"] = {"screening_id": view.id}
        finally:
            session.lock()

    def _finalized(self, data: Path, *, office_key: bool) -> None:
        set_up(data, SCREENER)
        installation = Installation(data)
        if office_key:
            office = generate_office_key("Central Intake Office", datetime.now(UTC).date())
            session = installation.sign_in(ADMIN, password_of(ADMIN))
            session.office_keys.import_key(export_public_key(office.public).encode())
            session.lock()
        session = installation.sign_in(SCREENER, password_of(SCREENER))
        try:
            for number in range(PACKETS):
                view = session.screenings.start(intake(datetime.now(UTC)))
                answer_all(session, view, random.Random(number))
                session.screenings.finalize(view.id)
        finally:
            session.lock()

    def _backup(self, data: Path) -> None:
        set_up(data, SCREENER, "leaver")
        session = Installation(data).sign_in(ADMIN, password_of(ADMIN))
        try:
            session.accounts.remove("leaver")  # rekeys, and makes the one backup the write restores
            session.accounts.add("joiner", Role.SCREENER, password_of("joiner"))
        finally:
            session.lock()


def verify(kind: str, outcome: dict, out: Path, prepared: Prepared) -> None:
    """Restart the installation the case left and check that nothing committed was lost (raises AssertionError)."""
    assert outcome["outcome"] != "crashed", f"{kind}: a traceback instead of a clear error:\n{outcome['traceback']}"
    if outcome["outcome"] == "refused":
        words = outcome["message"] and (outcome["advice"] or outcome["error"] == "SyncReported")
        assert words, f"{kind}: an error without words (what happened, what to do): {outcome}"
    data, target = out / "data", out / "target"
    user = SCREENER if kind in ("answer", "finalize") else ADMIN
    with restarted(data, user) as session:  # every integrity check and the audit chain pass
        if kind in ("answer", "audit"):
            params = prepared.params[kind]
            answers = session.screenings.open(params["screening_id"]).state.answers()
            assert answers[params["answered"]].value == FIRST_ANSWER.value, "a committed answer was lost"
            later = answers.get(params["question"])
            assert later is None or later.value == "yes", "the faulted answer is half there"
        elif kind == "finalize":
            status = session.screenings.open(prepared.params[kind]["screening_id"]).status
            versions = session.outbox.versions(prepared.params[kind]["screening_id"])
            assert status == "draft" or versions, f"finalized ({status}) without its packet after the restart"
        elif kind == "backup":
            names = {account.username for account in session.accounts.list()}
            assert names in ({ADMIN, SCREENER, "joiner"}, {ADMIN, SCREENER}), names
    if kind == "export":
        _check_exported(target, outcome)
    elif kind == "sync":
        _check_synced(data, target)
    elif kind == "migration":
        with database(data) as conn:
            assert migrations.schema_version(conn) == migrations.LATEST
            assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == OLD_PERSONS


def _check_exported(target: Path, outcome: dict) -> None:
    files = list(target.iterdir())
    assert all(path.suffix == ".pdf" for path in files), f"left behind: {[p.name for p in files]}"
    if outcome["outcome"] == "written":
        assert len(files) == PACKETS
    for path in files:
        with pikepdf.open(path, password=EXPORT_PASSWORD) as document:
            assert len(document.pages) >= 1


def _check_synced(data: Path, target: Path) -> None:
    for path in target.iterdir():
        assert not path.name.startswith("."), f"a temporary file stayed: {path.name}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() + ".fsitem" == path.name, f"{path.name} is partial"
    with database(data) as conn:
        rows = conn.execute(OUTBOX_ROWS).fetchall()
    assert len(rows) == PACKETS, "a queued packet was lost"
    for name, sealed, delivered_at in rows:
        if delivered_at is not None:
            copy = target / name
            assert copy.is_file() and copy.read_bytes() == sealed, f"{name} marked delivered, not on the drive intact"
