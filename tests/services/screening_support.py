"""Helpers shared by the screening service tests (imported by name; conftest only holds fixtures)."""

from __future__ import annotations

from datetime import date, timedelta

from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput

USER_PASSWORD = "a perfectly long test password"
YES = Answer(AnswerStatus.ANSWERED, "yes")
NO = Answer(AnswerStatus.ANSWERED, "no")
DECLINED = Answer(AnswerStatus.DECLINED)
DONT_KNOW = Answer(AnswerStatus.DONT_KNOW)

CONTEXT = InterviewContext(setting="social_service", private_setting=Tri.YES, person_alone=Tri.YES)


def person(clock, **changes) -> PersonInput:
    """An adult U.S. citizen discovered an hour ago, with ``changes``."""
    fields = {
        "name": "Canary Person",
        "estimated_age": 30,
        "citizenship": Citizenship.US_CITIZEN,
        "discovered_at": clock.now - timedelta(hours=1),
    }
    return PersonInput(**{**fields, **changes})


def intake(clock, instrument: str = "brief", **changes) -> Intake:
    """An intake in English over ``instrument`` for :func:`person` with ``changes``."""
    return Intake(instrument, "en", "en", CONTEXT, person(clock, **changes))


def foreign_minor(clock, age: int = 16, **changes) -> Intake:
    """A foreign-national minor of ``age`` on the youth instrument, discovered two hours ago."""
    fields = {
        "date_of_birth": date(clock.now.year - age, 1, 15),
        "estimated_age": None,
        "citizenship": Citizenship.FOREIGN_NATIONAL,
        "discovered_at": clock.now - timedelta(hours=2),
    }
    return intake(clock, "youth", **{**fields, **changes})


def answer_required(service, screening_id: int, answers: dict[str, Answer]) -> None:
    """Give ``answers``, then "no" to every other required question still open."""
    for name, answer in answers.items():
        service.answer(screening_id, name, answer)
    state = service.open(screening_id).state
    for name in state.missing_required():
        service.answer(screening_id, name, NO)


def add_users(session, *names_and_roles: tuple[str, str]) -> None:
    """Add accounts with :data:`USER_PASSWORD`."""
    for name, role in names_and_roles:
        session.accounts.add(name, role, USER_PASSWORD)


def sign_in_as(installation, name: str):
    """A session of ``name`` (the administrator signs in with the administrator's password)."""
    return installation.sign_in(name, ADMIN_PASSWORD if name == ADMIN else USER_PASSWORD)
