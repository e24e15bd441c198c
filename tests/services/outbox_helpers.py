"""Helpers for the outbox, office key and sync tests: real screenings finalized through the screening service, and a
receiving office installation beside the field laptop."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from services_support import ADMIN, ADMIN_PASSWORD, FAST_KDF, FakeClock

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput
from fieldscreen.services.session import Session

PERSON_NAME = "Ana NAME-CANARY-51c"
INTERPRETER_ID = "INTERP-4471"
_FOOTER = re.compile(r" ?FS-\S+ · [^·]+ · Version \d+ Confidential: contains personal data Created .+? Page \d+ of \d+")


def packet_text(session: Session, packet) -> str:
    """A stored packet's text as pypdf reads it, on one line (whitespace runs become one space)."""
    pdf = session.export.pdf(packet.id)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def packet_body(session: Session, packet) -> str:
    """:func:`packet_text` without the page footers, so a row split by a page break reads as one."""
    return _FOOTER.sub("", packet_text(session, packet))


def finalize_screening(
    session: Session, clock: FakeClock, *, yes: tuple[str, ...] = ("job_changed", "owes_money")
) -> int:
    """Start a brief screening of a foreign national, answer every question (``yes`` ones "yes"), finalize it and
    build its packet as the screening service's finalize hook does; return the screening id."""
    context = InterviewContext(
        setting="health",
        interpreter_used=True,
        interpreter_kind="phone",
        interpreter_language="es",
        interpreter_relationship="professional",
        interpreter_id=INTERPRETER_ID,
        disclosure_given_at=clock.now - timedelta(minutes=5),
    )
    person = PersonInput(
        name=PERSON_NAME,
        discovered_at=clock.now - timedelta(hours=2),
        citizenship=Citizenship.FOREIGN_NATIONAL,
        estimated_age=30,
    )
    view = session.screenings.start(Intake("brief", "en", "en", context, person))
    while (question := view.state.first_unanswered()) is not None:
        value = "yes" if question.name in yes else "no"
        session.screenings.answer(view.id, question.name, Answer(AnswerStatus.ANSWERED, value, clock.now))
        view = session.screenings.open(view.id)
    session.screenings.finalize(view.id)
    session.outbox.on_finalized(view.id)
    return view.id


def amend_screening(session: Session, clock: FakeClock, screening_id: int, question: str = "threatened") -> None:
    """Amend one answer to "yes" and build the new packet version, as the amend hook does."""
    answer = Answer(AnswerStatus.ANSWERED, "yes", clock.now)
    session.screenings.amend(screening_id, question, answer, "The person told us more at the end")
    session.outbox.on_amended(screening_id)


def office_installation(root: Path, clock: FakeClock) -> tuple[Installation, bytes]:
    """Set up a receiving office in ``root``, generate its key; return it and the public key file's bytes."""
    office = Installation(root, clock=clock, kdf=FAST_KDF)
    office.set_up(agency="State office", office="Central Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.office_keys.generate()
        key_file = root.parent / f"{root.name}-key.txt"
        session.office_keys.export_to(key_file)
        return office, key_file.read_bytes()
    finally:
        session.lock()
