"""Helpers for the review and export GUI tests: accounts by role and finalized screenings made through the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gui_helpers import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.models import Answer, AnswerStatus, Role
from fieldscreen.core.person import Citizenship
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput

USER_PASSWORD = "a long passphrase for the test users"
SCREENER = "sam"
SUPERVISOR = "sue"


def add_reviewers(installation) -> None:
    """Add the screener :data:`SCREENER` and the supervisor :data:`SUPERVISOR`."""
    admin = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        admin.accounts.add(SCREENER, Role.SCREENER, USER_PASSWORD)
        admin.accounts.add(SUPERVISOR, Role.SUPERVISOR, USER_PASSWORD)
    finally:
        admin.lock()


def sign_in(installation, name: str):
    """A session of one of the test users."""
    return installation.sign_in(name, USER_PASSWORD)


def start_brief(session) -> int:
    """A draft of the brief instrument for a U.S. citizen found an hour ago; returns its id."""
    person = PersonInput(discovered_at=datetime.now(UTC) - timedelta(hours=1), citizenship=Citizenship.US_CITIZEN)
    return session.screenings.start(Intake("brief", "en", "en", InterviewContext(setting="health"), person)).id


def finalize_brief(session) -> int:
    """A finalized brief screening (its packet is built and stored on finalize); returns its id."""
    screening_id = start_brief(session)
    view = session.screenings.open(screening_id)
    while (question := view.state.first_unanswered()) is not None:
        value = "yes" if question.name == "threatened" else "no"
        session.screenings.answer(screening_id, question.name, Answer(AnswerStatus.ANSWERED, value))
        view = session.screenings.open(screening_id)
    session.screenings.finalize(screening_id)
    return screening_id
