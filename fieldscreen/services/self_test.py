"""``fieldscreen --self-test``: prove that this copy of fieldscreen works, without a window and without user data.

Everything happens in a temporary folder that is deleted afterwards: a throwaway encrypted installation, made-up
answers, a packet sealed for an office key generated on the spot. Each step prints its name and "ok"; the first
failure stops the run with a plain message. The same steps run from a checkout and from the frozen (PyInstaller)
build, where they show that the C extensions, data files and fonts were bundled.

The throwaway vault uses cheap Argon2id costs (:data:`SELF_TEST_KDF`): the self-test proves that the key derivation
runs, not that it is slow enough to resist guessing; real installations keep ``store.kdf.DEFAULT_KDF``.
"""

from __future__ import annotations

import io
import re
import secrets
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from fieldscreen import __version__, paths
from fieldscreen.core.assessment import assess_screening
from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.errors import KnownError
from fieldscreen.core.instrument_loader import LoadedInstrument
from fieldscreen.core.models import Answer, AnswerStatus, Question, QuestionType
from fieldscreen.core.person import Citizenship, PersonFacts
from fieldscreen.core.routing import route
from fieldscreen.core.screening import Screening
from fieldscreen.core.xlsform import export_xlsform, import_xlsform
from fieldscreen.packets import Requester
from fieldscreen.packets.encryption_worker import EncryptionProcess
from fieldscreen.store.kdf import KdfParams
from fieldscreen.store.layout import DataLayout
from fieldscreen.sync.office_keys import generate_office_key, load_identity
from fieldscreen.sync.sealed_item import open_item, seal_item

from .installation import Installation
from .packet_build import manifest, render_referral
from .packet_source import PacketSource
from .session import Session

SELF_TEST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
"""Cheap Argon2id costs for the throwaway vault (the self-test checks that derivation works, not its cost)."""

USERNAME = "selftest"
SQLITE_HEADER = b"SQLite format 3\x00"
_CHOICES = (QuestionType.YES_NO, QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)
_PAGE = re.compile(rb"/Type\s*/Page\b")


class SelfTestFailed(Exception):
    """A self-test check did not hold; the message says which, in plain words."""


@dataclass(frozen=True)
class Step:
    """One self-test step.

    Attributes:
        name: What the step proves, e.g. "sign in".
        run: Does the work; returns a short detail for the "ok" line and raises on failure.
    """

    name: str
    run: Callable[[], str]


def _answer_all(loaded: LoadedInstrument, at: datetime, *, marked: bool) -> Screening:
    """Answer every shown question: with the indicator choices when ``marked``, else with plain choices.

    Questions without choices are declined.

    Raises:
        SelfTestFailed: The interview does not finish.
    """
    screening = Screening(loaded, language=loaded.instrument.default_language, clock=lambda: at)
    for _ in range(len(loaded.questions) + 1):
        question = screening.first_unanswered()
        if question is None:
            return screening
        screening.answer(question.name, _made_up_answer(question, at, marked=marked))
    raise SelfTestFailed(f"{loaded.instrument.id}: the interview does not finish")


def _made_up_answer(question: Question, at: datetime, *, marked: bool) -> Answer:
    if question.type not in _CHOICES:
        return Answer(AnswerStatus.DECLINED, None, at)
    wanted = [c.value for c in question.choices if bool(c.indicators) == marked] or [question.choices[0].value]
    value = tuple(wanted) if question.type is QuestionType.SELECT_MULTIPLE else wanted[0]
    return Answer(AnswerStatus.ANSWERED, value, at)


def pdf_pages(pdf: bytes) -> int:
    """The number of page objects in a PDF made by reportlab (0 when ``pdf`` is not a complete PDF)."""
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-32:]:
        return 0
    return len(_PAGE.findall(pdf))


class SelfTest:
    """The steps of one self-test run, sharing a temporary folder.

    Args:
        workdir: An empty folder that the caller deletes afterwards.
    """

    def __init__(self, workdir: Path) -> None:
        self._layout = DataLayout(workdir / "data")
        self._installation = Installation(self._layout.root, kdf=SELF_TEST_KDF)
        self._password = secrets.token_urlsafe(18)
        self._agency = f"Self-test agency {secrets.token_hex(8)}"
        self._now = datetime.now(UTC)
        self._session: Session | None = None
        self._instruments: tuple[LoadedInstrument, ...] = ()
        self._source: PacketSource | None = None
        self._pdf = b""

    def steps(self) -> list[Step]:
        """The steps, in the order they must run."""
        return [
            Step("set up an encrypted installation", self.set_up),
            Step("sign in and check the database", self.sign_in),
            Step("database file is encrypted", self.database_encrypted),
            Step("load every built-in instrument", self.load_instruments),
            Step("screening: answers, assessment, routing", self.screen),
            Step("render a referral packet with the bundled fonts", self.render_packet),
            Step("seal the packet for a new office key and open it", self.seal_and_open),
            Step("encrypt the packet for export in a child process", self.encrypt_in_child),
            Step("XLSForm export and import of a built-in instrument", self.xlsform_round_trip),
        ]

    def close(self) -> None:
        """Lock the session, if one was opened."""
        if self._session is not None:
            self._session.lock()

    def set_up(self) -> str:
        """Create the throwaway installation (SQLCipher database and vault)."""
        self._installation.set_up(
            agency=self._agency, office="Self-test office", admin_username=USERNAME, admin_password=self._password
        )
        return f"Argon2id {SELF_TEST_KDF.memory_kib // 1024} MiB, {SELF_TEST_KDF.iterations} pass: cheap on purpose"

    def sign_in(self) -> str:
        """Sign in, read a setting back and run the integrity checks."""
        self._session = self._installation.sign_in(USERNAME, self._password)
        if self._session.settings.get().agency != self._agency:
            raise SelfTestFailed("the agency name read back from the database differs from the one written")
        report = self._session.check()
        if not report.ok:
            raise SelfTestFailed("integrity check: " + "; ".join(report.problems))
        return f"{len(report.checked)} checks passed"

    def database_encrypted(self) -> str:
        """The database file has no SQLite header and does not contain the agency name in clear."""
        files = [p for p in (self._layout.database, Path(f"{self._layout.database}-wal")) if p.exists()]
        data = b"".join(p.read_bytes() for p in files)
        if not data:
            raise SelfTestFailed("the database file is missing or empty")
        if data.startswith(SQLITE_HEADER) or self._agency.encode() in data:
            raise SelfTestFailed("the database file is readable without the key")
        return f"{len(data)} bytes, no plaintext"

    def load_instruments(self) -> str:
        """Load and check every instrument file bundled in ``resources/instruments``."""
        catalog, problems = load_catalog([paths.resources() / "instruments"])
        if problems:
            raise SelfTestFailed("; ".join(problems))
        self._instruments = catalog.list()
        if not self._instruments:
            raise SelfTestFailed("no built-in instrument is installed")
        return ", ".join(f"{i.instrument.id} {i.instrument.version}" for i in self._instruments)

    def screen(self) -> str:
        """Answer every instrument twice: indicator answers must be assessed and routed, plain answers not."""
        facts = PersonFacts(discovered_at=self._now, citizenship=Citizenship.FOREIGN_NATIONAL, estimated_age=30)
        for loaded in self._instruments:
            self._source = self._screen_one(loaded, facts)
        return f"{len(self._instruments)} instruments screened"

    def _screen_one(self, loaded: LoadedInstrument, facts: PersonFacts) -> PacketSource:
        """Screen one instrument both ways; return what the packet of the indicated screening is made from."""
        plain = assess_screening(_answer_all(loaded, self._now, marked=False), facts, at=self._now)
        if plain.indicated:
            raise SelfTestFailed(f"{loaded.instrument.id}: answers without indicators were assessed as indicated")
        screening = _answer_all(loaded, self._now, marked=True)
        assessment = assess_screening(screening, facts, at=self._now)
        actions = tuple(route(assessment, facts, self._now))
        routine = {a.kind for a in route(plain, facts, self._now)}
        if not assessment.indicated or not {a.kind for a in actions} - routine:
            raise SelfTestFailed(f"{loaded.instrument.id}: indicators were not assessed or routed to a referral")
        return PacketSource(
            screening_id=1,
            case_code="FS-SELFTEST",
            instrument=loaded.instrument,
            language=screening.language,
            answers=screening.scored_answers(),
            facts=facts,
            assessment=assessment,
            actions=actions,
            icd10=(),
            screener=USERNAME,
            name="רחל כהן",  # right-to-left text: Hebrew, and Urdu letters drawn with the Arabic-script fallback font
            aliases=("زینب سلمہ",),
            training=True,
        )

    def render_packet(self) -> str:
        """Lay out the referral packet of the last screening with reportlab and the bundled fonts."""
        if self._source is None:
            raise SelfTestFailed("no screening to make a packet from")
        self._pdf = render_referral(self._source, self._requester(), self._now, paths.resources() / "fonts")
        pages = pdf_pages(self._pdf)
        if pages < 1:
            raise SelfTestFailed("the packet is not a PDF with pages")
        if b"/FontFile2" not in self._pdf or b"NotoSansArabic" not in self._pdf:
            raise SelfTestFailed("the packet does not embed the bundled fonts")
        return f"{pages} pages, {len(self._pdf)} bytes"

    def _requester(self) -> Requester:
        return Requester(self._agency, "Self-test office", USERNAME)

    def seal_and_open(self) -> str:
        """Seal the packet with age for a freshly generated office key, then open and verify it."""
        if self._source is None or not self._pdf:
            raise SelfTestFailed("no packet to seal")
        key = generate_office_key("Self-test office", self._now.date())
        sealed = seal_item(self._pdf, manifest(self._source, self._requester(), self._now, "self-test"), key.public)
        opened = open_item(sealed.data, load_identity(key.secret), expected_hash=sealed.content_hash)
        if opened.pdf != self._pdf or opened.packet_hash != sealed.packet_hash:
            raise SelfTestFailed("the opened packet differs from the sealed one")
        return f"{len(sealed.data)} bytes sealed"

    def encrypt_in_child(self) -> str:
        """Encrypt the packet as the export does, in a spawned child process, and open it with its password."""
        import pikepdf  # only for this step: the self-test's other steps do not need it

        if not self._pdf:
            raise SelfTestFailed("no packet to encrypt")
        password = secrets.token_urlsafe(18)
        with EncryptionProcess() as process:
            encrypted = process.encrypt(self._pdf, password)
        with pikepdf.open(io.BytesIO(encrypted), password=password) as document:
            if int(document.trailer.Encrypt.R) != 6 or len(document.pages) != pdf_pages(self._pdf):
                raise SelfTestFailed("the encrypted packet is not AES-256 (R6) or lost pages")
        return f"{len(encrypted)} bytes, AES-256"

    def xlsform_round_trip(self) -> str:
        """Export the smallest built-in instrument as an XLSForm workbook (openpyxl) and import it back (pyxform)."""
        if not self._instruments:
            raise SelfTestFailed("no instrument to export")
        smallest = min(self._instruments, key=lambda loaded: len(loaded.questions))
        workbook = export_xlsform(smallest.instrument)
        back = import_xlsform(workbook, f"{smallest.instrument.id}.xlsx").loaded
        if back.key != smallest.key or back.questions.keys() != smallest.questions.keys():
            raise SelfTestFailed(f"{smallest.instrument.id}: the imported workbook differs from the exported one")
        return f"{smallest.instrument.id}, {len(workbook)} bytes"


def run_self_test(extra: Sequence[Step] = (), out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step in a temporary folder, printing one line per step; return the exit code.

    Args:
        extra: Steps of upper layers, run after the others (the GUI layer adds loading the Qt translations).
        out: Where the step lines go (default: standard output).
        err: Where the reason for a failure goes (default: standard error).

    Returns:
        0 when every step passed, 1 at the first failure.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    out.write(f"fieldscreen {__version__} self-test\n")
    with tempfile.TemporaryDirectory(prefix="fieldscreen-self-test-", ignore_cleanup_errors=True) as folder:
        run = SelfTest(Path(folder))
        try:
            for step in [*run.steps(), *extra]:
                out.write(f"{step.name} ... ")
                out.flush()
                try:
                    detail = step.run()
                except (SelfTestFailed, KnownError) as exc:
                    return _failed(out, err, step, str(exc))
                except Exception as exc:  # a defect is reported as a failed step, never as a traceback
                    return _failed(out, err, step, f"{type(exc).__name__}: {exc}")
                out.write(f"ok ({detail})\n")
        finally:
            run.close()
    out.write("self-test passed\n")
    return 0


def _failed(out: TextIO, err: TextIO, step: Step, reason: str) -> int:
    out.write("FAILED\n")
    out.flush()
    err.write(f"Self-test failed at '{step.name}': {reason}\n")
    return 1
