"""The kill tests' lanes for screening work: answering, finalizing and amending (packet versions), exporting packets."""

from __future__ import annotations

import hashlib
import io
import json
import random
from collections import Counter
from datetime import UTC, datetime

import pikepdf
from kill_restart_support import Lane, database, restarted, set_up
from kill_support import ADMIN, EXPORT_PASSWORD, SCREENER, KillRun, answer_all, intake, password_of, shown

from fieldscreen.services.export_service import TEMP_PREFIX, TEMP_SUFFIX
from fieldscreen.services.installation import Installation

EXPORTED_PACKETS = 3
PLAINTEXT_WINDOW = 32
"""Bytes of each sample taken from a packet's raw streams; an exported file must contain none of them."""


class AnsweringLane(Lane):
    """A screener answers and changes answers of one draft; every acknowledged answer must be stored."""

    operation = "answering"
    longest_life = 0.6

    def prepare(self) -> None:
        set_up(self.data_dir, SCREENER)
        session = Installation(self.data_dir).sign_in(SCREENER, password_of(SCREENER))
        try:
            self.screening_id = session.screenings.start(intake(datetime.now(UTC))).id
        finally:
            session.lock()
        self.stored: dict[str, str] = {}

    def params(self, run: int) -> dict:
        return {"screening_id": self.screening_id}

    def verify(self, run: KillRun) -> int:
        with restarted(self.data_dir, SCREENER) as session:
            state = session.screenings.open(self.screening_id).state
            stored = {name: shown(answer) for name, answer in state.answers().items()}
        expected = dict(self.stored)
        acknowledged = run.words("ACK")
        expected.update(acknowledged)
        flight = run.in_flight
        for question in expected.keys() | stored.keys():
            allowed = {expected.get(question)}
            if flight and flight[0] == question:
                allowed.add(flight[1])  # committed but not acknowledged yet, or not committed: both are fine
            assert stored.get(question) in allowed, f"{question}: stored {stored.get(question)}, allowed {allowed}"
        self.stored = stored
        return len(acknowledged)


class FinalizingLane(Lane):
    """A screener finalizes and amends screenings; each acknowledged one is finalized, and every finalized one has a
    current packet: one version for the finalization and one more per amendment."""

    operation = "finalizing"
    longest_life = 0.8

    def prepare(self) -> None:
        set_up(self.data_dir, SCREENER)
        self.checked_up_to = 0

    def verify(self, run: KillRun) -> int:
        with restarted(self.data_dir, SCREENER):
            pass
        acknowledged = {int(words[0]) for words in run.words("ACK") if words[0] != "amend"}
        amended = Counter(int(words[1]) for words in run.words("ACK") if words[0] == "amend")
        with database(self.data_dir) as conn:
            versions = {
                row[0]: (row[1], row[2])
                for row in conn.execute(
                    "SELECT id, (SELECT count(*) FROM packets p WHERE p.screening_id = s.id),"
                    " (SELECT count(*) FROM amendments a WHERE a.screening_id = s.id)"
                    " FROM screenings s WHERE status = 'finalized' AND id > ?",
                    (self.checked_up_to,),
                )
            }
            packets = conn.execute(
                "SELECT screening_id, sha256, pdf FROM packets WHERE screening_id > ?", (self.checked_up_to,)
            ).fetchall()
            self.checked_up_to = conn.execute("SELECT coalesce(max(id), 0) FROM screenings").fetchone()[0]
        assert acknowledged <= set(versions), f"acknowledged but not finalized: {acknowledged - set(versions)}"
        lost = {i: n for i, n in amended.items() if versions[i][1] < n}
        assert not lost, f"acknowledged amendments missing (screening: how many acknowledged): {lost}"
        stale = {i: counts for i, counts in versions.items() if counts[0] != counts[1] + 1}
        assert not stale, f"(packet versions, amendments) not one version per change: {stale}"
        for _, sha256, pdf in packets:
            assert hashlib.sha256(pdf).hexdigest() == sha256
            with pikepdf.open(io.BytesIO(pdf)) as document:
                assert len(document.pages) >= 1
        return len(acknowledged) + amended.total()


def _plaintext_samples(pdf: bytes, rng: random.Random) -> list[bytes]:
    """A few windows of the raw (compressed, unencrypted) bytes of the packet's three largest streams."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        streams = [obj.read_raw_bytes() for obj in document.objects if isinstance(obj, pikepdf.Stream)]
    samples = []
    for raw in sorted(streams, key=len)[-3:]:
        for _ in range(3):
            start = rng.randrange(max(1, len(raw) - PLAINTEXT_WINDOW))
            samples.append(raw[start : start + PLAINTEXT_WINDOW])
    return samples


class ExportingLane(Lane):
    """An administrator exports packets; every acknowledged file is there, complete and encrypted, never plaintext.

    A kill may leave one temporary file: it must be encrypted too, and the next export removes it.
    """

    operation = "exporting"
    longest_life = 0.8

    def prepare(self) -> None:
        set_up(self.data_dir, SCREENER)
        installation = Installation(self.data_dir)
        session = installation.sign_in(SCREENER, password_of(SCREENER))
        try:
            for _ in range(EXPORTED_PACKETS):
                view = session.screenings.start(intake(datetime.now(UTC)))
                answer_all(session, view, random.Random(self.number))
                session.screenings.finalize(view.id)
        finally:
            session.lock()
        session = installation.sign_in(ADMIN, password_of(ADMIN))
        try:
            self.packets = [packet.packet_id for packet in session.export.exportable()]
            rng = random.Random(self.number)
            self.samples = [s for packet in self.packets for s in _plaintext_samples(session.export.pdf(packet), rng)]
        finally:
            session.lock()
        self.folder = self.root / "exports"
        self.folder.mkdir()
        self.leftovers: set[str] = set()

    def params(self, run: int) -> dict:
        return {"packets": self.packets, "folder": str(self.folder)}

    def verify(self, run: KillRun) -> int:
        with restarted(self.data_dir, ADMIN):
            pass
        acknowledged = {name for words in run.words("ACK") for name in json.loads(words[0])}
        exported = run.words("ACK") != []
        files = {path.name: path for path in self.folder.iterdir()}
        assert acknowledged <= files.keys(), f"acknowledged files missing: {acknowledged - files.keys()}"
        if exported:  # an export completed: the leftovers of earlier kills are gone
            assert not self.leftovers & files.keys(), "a leftover temporary file was not removed"
        for name, path in files.items():
            data = path.read_bytes()
            assert not any(sample in data for sample in self.samples), f"{name} holds plaintext of a packet"
            if name.endswith(".pdf"):
                with pikepdf.open(path, password=EXPORT_PASSWORD) as document:
                    assert len(document.pages) >= 1
                try:
                    pikepdf.open(path).close()
                except pikepdf.PasswordError:
                    pass
                else:
                    raise AssertionError(f"{name} opens without the password")
                path.unlink()  # checked; the folder stays small
            else:
                assert name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX), f"unexpected file {name}"
        self.leftovers = {name for name in files if not name.endswith(".pdf")}
        return len(acknowledged)
