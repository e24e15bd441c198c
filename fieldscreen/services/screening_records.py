"""Between the service's data and the stored rows: persons, interview contexts, person facts, and their checks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import AnswerStatus
from fieldscreen.core.person import Citizenship, PersonFacts, Tri, local_day, needs_from_values, require_aware
from fieldscreen.core.screening import Screening
from fieldscreen.core.screening_answers import MAX_AGE
from fieldscreen.store.screenings_repo import PersonRow, ScreeningRow, utc_text

from .screening_models import INTERPRETER_KINDS, INTERPRETER_RELATIONSHIPS, SETTINGS, InterviewContext, PersonInput

NEEDS_QUESTION = "needs"
"""The question whose choices name the person's needs (DOMAIN.md 3.5); ``none`` and unknown values are ignored."""
_CLOCK_SKEW = timedelta(hours=1)


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def check_person(person: PersonInput, now: datetime) -> None:
    """Refuse impossible person details.

    Raises:
        UsageError: An age is out of range, or the date of birth or the time of discovery lies in the future.
        BugError: ``discovered_at`` has no time zone.
    """
    if require_aware(person.discovered_at) > now + _CLOCK_SKEW:
        raise UsageError(translate("Screenings", "The time of discovery is in the future."))
    if person.date_of_birth is not None and person.date_of_birth > local_day(now):  # local, as ages are counted
        raise UsageError(translate("Screenings", "The date of birth is in the future."))
    for age in (person.estimated_age, person.age_at_exploitation):
        if age is not None and not 0 <= age <= MAX_AGE:
            raise UsageError(fill(translate("Screenings", "Enter an age from 0 to %1 years."), MAX_AGE))


def check_context(context: InterviewContext) -> None:
    """Refuse an interview context with unknown codes.

    Raises:
        UsageError: The setting, interpreter kind or interpreter relationship is not one of the known codes.
    """
    if context.setting not in SETTINGS:
        raise UsageError(translate("Screenings", "Choose where the interview takes place."))
    if context.interpreter_kind not in INTERPRETER_KINDS:
        raise UsageError(translate("Screenings", "Choose how the interpreter takes part."))
    if context.interpreter_relationship not in INTERPRETER_RELATIONSHIPS:
        raise UsageError(translate("Screenings", "Choose the interpreter's relationship to the person."))


def person_fields(person: PersonInput) -> dict[str, Any]:
    """The ``persons`` columns of ``person``."""
    under18 = person.under18_at_exploitation
    return {
        "case_code": person.case_code,
        "name": person.name.strip(),
        "aliases": person.aliases.strip(),
        "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else None,
        "estimated_age": person.estimated_age,
        "citizenship": Citizenship(person.citizenship).value,
        "nationality": person.nationality.strip(),
        "discovered_at": utc_text(person.discovered_at),
        "unaccompanied": Tri(person.unaccompanied).value,
        "age_at_exploitation": person.age_at_exploitation,
        "under18_at_exploitation": Tri(under18).value if under18 is not None else None,
    }


def person_input(row: PersonRow) -> PersonInput:
    """The stored person as :class:`PersonInput`."""
    return PersonInput(
        case_code=row.case_code,
        name=row.name,
        aliases=row.aliases,
        date_of_birth=date.fromisoformat(row.date_of_birth) if row.date_of_birth else None,
        estimated_age=row.estimated_age,
        citizenship=Citizenship(row.citizenship),
        nationality=row.nationality,
        discovered_at=datetime.fromisoformat(row.discovered_at),
        unaccompanied=Tri(row.unaccompanied),
        age_at_exploitation=row.age_at_exploitation,
        under18_at_exploitation=Tri(row.under18_at_exploitation) if row.under18_at_exploitation else None,
    )


def context_fields(context: InterviewContext) -> dict[str, Any]:
    """The ``screenings`` columns of an interview context (``setting``, ``disclosure_given_at``, ``context``)."""
    return {
        "setting": context.setting,
        "disclosure_given_at": utc_text(context.disclosure_given_at),
        "context": {
            "private_setting": Tri(context.private_setting).value,
            "person_alone": Tri(context.person_alone).value,
            "interpreter_used": bool(context.interpreter_used),
            "interpreter_kind": context.interpreter_kind,
            "interpreter_language": context.interpreter_language.strip(),
            "interpreter_relationship": context.interpreter_relationship,
            "interpreter_id": context.interpreter_id.strip(),
            "interviewer_gender_preference": context.interviewer_gender_preference or "",
        },
    }


def interview_context(row: ScreeningRow) -> InterviewContext:
    """The stored interview context of a screening."""
    data = row.context
    return InterviewContext(
        setting=row.setting,
        private_setting=Tri(data.get("private_setting", Tri.UNKNOWN)),
        person_alone=Tri(data.get("person_alone", Tri.UNKNOWN)),
        interpreter_used=bool(data.get("interpreter_used", False)),
        interpreter_kind=data.get("interpreter_kind", ""),
        interpreter_language=data.get("interpreter_language", ""),
        interpreter_relationship=data.get("interpreter_relationship", "none"),
        interpreter_id=data.get("interpreter_id", ""),
        interviewer_gender_preference=data.get("interviewer_gender_preference", ""),
        disclosure_given_at=_time(row.disclosure_given_at),
    )


def person_facts(person: PersonInput, state: Screening) -> PersonFacts:
    """What routing needs: the person's details, and the needs answered in the ``needs`` question when it is shown."""
    shown = NEEDS_QUESTION in state.loaded.questions and state.is_visible(NEEDS_QUESTION)
    needs = state.answer_of(NEEDS_QUESTION) if shown else None
    values = needs.value if needs is not None and needs.status is AnswerStatus.ANSWERED else ()
    return PersonFacts(
        discovered_at=person.discovered_at,
        citizenship=Citizenship(person.citizenship),
        date_of_birth=person.date_of_birth,
        estimated_age=person.estimated_age,
        age_at_exploitation=person.age_at_exploitation,
        under18_at_exploitation=person.under18_at_exploitation,
        unaccompanied_child_in_custody=person.unaccompanied,
        needs=needs_from_values(values if isinstance(values, tuple) else ()),
    )


def started_at(row: ScreeningRow) -> datetime:
    """When the screening started."""
    return datetime.fromisoformat(row.started_at)


def finalized_at(row: ScreeningRow) -> datetime | None:
    """When the screening was (last) finalized."""
    return _time(row.finalized_at)
