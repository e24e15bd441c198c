"""A full screening with a marked string in every field it has, shared by the leak and tamper tests.

Run as a script (``python leaks_support.py DATA_DIR OFFICE_DIR DRIVE_DIR RESULT_JSON``) it is the field laptop of the
leak test: it sets up logging as the app does, fills a screening, seals and syncs its packets, exports it when the
export service exists, and writes to RESULT_JSON which fields came back from the database (never their text).
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

TESTS = Path(__file__).resolve().parents[1]
for _folder in ("services", "sync", "packets", "core", "gui"):
    if str(TESTS / _folder) not in sys.path:
        sys.path.insert(0, str(TESTS / _folder))

from outbox_helpers import office_installation  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from pypdf.errors import PyPdfError  # noqa: E402
from screening_support import YES, intake  # noqa: E402
from services_support import ADMIN, ADMIN_PASSWORD, FAST_KDF, FakeClock  # noqa: E402
from xlsform_cases.sheets import edited, load_sheets, workbook_bytes  # noqa: E402

from fieldscreen.core.models import Answer, AnswerStatus, QuestionType  # noqa: E402
from fieldscreen.core.person import Citizenship  # noqa: E402
from fieldscreen.services.installation import Installation  # noqa: E402
from fieldscreen.services.screening_models import InterviewContext  # noqa: E402
from fieldscreen.services.session import Session  # noqa: E402

STEM = "Qzxcanary"
"""Every marked value starts with this; a scan for it (any case, UTF-8 or UTF-16) finds any of them."""
FIELDS = (
    "name",
    "aliases",
    "interpreter_language",
    "interpreter_id",
    "skip_reason",
    "text_answer",
    "reference",
    "amend_reason",
    "return_comment",
)
TEXT_FORM_ID = "example"
EXPORT_PASSWORD = "seven quiet herons over the export"


def marked(field: str) -> str:
    """The marked value of ``field`` (names the field, so a hit says which one leaked)."""
    return f"{STEM}-{field}-7f3a"


def needles() -> dict[str, bytes]:
    """The byte patterns a leak of any marked value would show, lower case: UTF-8 and UTF-16 in both byte orders."""
    return {encoding: STEM.lower().encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")}


def hits_in(data: bytes) -> list[str]:
    """The encodings in which a marked value occurs in ``data``, in any letter case; for a PDF that opens without a
    password, also its extracted text (a PDF's text sits in compressed streams a byte scan cannot see)."""
    folded = data.lower() + _pdf_text(data).encode("utf-8").lower()
    return [encoding for encoding, pattern in needles().items() if pattern in folded]


def _pdf_text(data: bytes) -> str:
    if b"%PDF-" not in data[:1024]:
        return ""
    try:
        document = PdfReader(io.BytesIO(data))
        if document.is_encrypted:
            return ""
        return "\n".join(page.extract_text() for page in document.pages)
    except (PyPdfError, ValueError, KeyError, TypeError):
        return "(unreadable PDF)"


def text_form() -> bytes:
    """The XLSForm of the core tests with a free-text question added (no built-in instrument has one)."""
    row = {"type": "text", "name": "details", "label::English (en)": "Details", "label::Español (es)": "Detalles"}
    return workbook_bytes(edited(load_sheets("base"), [{"insert": ["survey", 3, row]}]))


def _context(clock: FakeClock) -> InterviewContext:
    return InterviewContext(
        setting="social_service",
        interpreter_used=True,
        interpreter_kind="phone",
        interpreter_language=marked("interpreter_language"),
        interpreter_relationship="professional",
        interpreter_id=marked("interpreter_id"),
        disclosure_given_at=clock.now - timedelta(minutes=5),
    )


def _answer_all(session: Session, screening_id: int, clock: FakeClock, special: dict[str, Answer]) -> None:
    """Answer every open question: ``special`` ones as given, yes/no ones "no", others "don't know"."""
    view = session.screenings.open(screening_id)
    while (question := view.state.first_unanswered()) is not None:
        answer = special.get(question.name)
        if answer is None and question.type is QuestionType.YES_NO:
            answer = Answer(AnswerStatus.ANSWERED, "no", clock.now)
        elif answer is None:
            answer = Answer(AnswerStatus.DONT_KNOW, None, clock.now)
        session.screenings.answer(screening_id, question.name, answer)
        view = session.screenings.open(screening_id)


def fill_screenings(session: Session, clock: FakeClock) -> list[int]:
    """Two screenings holding every marked field: a positive brief one (done action, amended, returned) and one
    over an imported form with a free-text answer; return their ids."""
    person = {"name": marked("name"), "aliases": marked("aliases"), "citizenship": Citizenship.FOREIGN_NATIONAL}
    brief = session.screenings.start(replace(intake(clock, "brief", **person), context=_context(clock)))
    skipped = Answer(AnswerStatus.SKIPPED, None, clock.now, skip_reason=marked("skip_reason"))
    yes = Answer(AnswerStatus.ANSWERED, "yes", clock.now)
    _answer_all(session, brief.id, clock, {"threatened": skipped, "job_changed": yes, "owes_money": yes})
    session.screenings.finalize(brief.id)
    [action, *_] = [d for d in session.screenings.deadlines() if d.screening_id == brief.id]
    session.screenings.mark_action_done(action.action_id, reference=marked("reference"))
    session.screenings.amend(brief.id, "hurt", YES, marked("amend_reason"))
    session.screenings.return_to_screener(brief.id, marked("return_comment"))

    session.instruments.import_xlsform(text_form(), "form.xlsx")
    other = session.screenings.start(intake(clock, TEXT_FORM_ID))
    details = Answer(AnswerStatus.ANSWERED, marked("text_answer"), clock.now)
    _answer_all(session, other.id, clock, {"details": details, "has_worked": yes})
    session.screenings.finalize(other.id)
    return [brief.id, other.id]


def fields_read_back(session: Session, ids: list[int]) -> dict[str, bool]:
    """Which marked fields the database gives back exactly (proof that each one was stored)."""
    brief, other = (session.screenings.open(i) for i in ids)
    actions = [d for d in session.screenings.deadlines(include_done=True) if d.screening_id == brief.id]
    found = {
        "name": brief.person.name,
        "aliases": brief.person.aliases,
        "interpreter_language": brief.context.interpreter_language,
        "interpreter_id": brief.context.interpreter_id,
        "skip_reason": brief.state.answer_of("threatened").skip_reason,
        "text_answer": other.state.answer_of("details").value,
        "reference": next((a.reference for a in actions if a.reference), ""),
        "amend_reason": brief.amendments[-1]["reason"] if brief.amendments else "",
        "return_comment": brief.review_comment,
    }
    return {field: found[field] == marked(field) for field in FIELDS}


def run_field_laptop(data_dir: Path, office_dir: Path, drive: Path, result: Path) -> None:
    """The leak test's subprocess: everything a field laptop does with one person's data, logged as the app logs."""
    from fieldscreen.logs import setup_logging

    setup_logging(SimpleNamespace(data_dir=str(data_dir)))
    clock = FakeClock()
    _office, public_key = office_installation(office_dir, clock)
    installation = Installation(data_dir, clock=clock, kdf=FAST_KDF)
    installation.set_up(agency="Agency", office="Office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    with installation.lock_instance():
        session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
        session.office_keys.import_key(public_key)
        session.sync_targets.set_folder(str(drive))
        ids = fill_screenings(session, clock)
        synced = session.sync.sync_now()
        exported = _export(session, drive.parent / "export")
        stored = fields_read_back(session, ids)
        session.lock()
    result.write_text(json.dumps({"stored": stored, "delivered": synced.delivered, "exported": exported}))


def _export(session: Session, folder: Path) -> list[str]:
    """Export every packet version as a password-protected PDF into ``folder``; return the files."""
    folder.mkdir()
    packets = [packet.packet_id for packet in session.export.exportable(latest_only=False)]
    return [str(path) for path in session.export.export(packets, folder, EXPORT_PASSWORD).written]


if __name__ == "__main__":
    run_field_laptop(*(Path(arg) for arg in sys.argv[1:5]))
