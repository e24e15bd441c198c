"""The person and the interview in words, as the review shows them beside the result.

The facts the result and its deadlines rest on (age at discovery, citizenship, an unaccompanied child in custody, the
time of discovery) and how the interview was held, so that a supervisor checks them without opening the packet. The
name is left out: the review names the case by its code.
"""

from __future__ import annotations

from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.languages import language_name
from fieldscreen.core.person import PersonFacts
from fieldscreen.packets.content import tri_words
from fieldscreen.services.packet_source import interpreter_words, interview_conditions
from fieldscreen.services.screening_models import ScreeningView

from .labels import citizenship_label, setting_label
from .timefmt import local_time


def _age(view: ScreeningView) -> str:
    person = view.person
    facts = PersonFacts(person.discovered_at, date_of_birth=person.date_of_birth, estimated_age=person.estimated_age)
    age = facts.age_at(person.discovered_at)
    if age is None:
        return translate("ScreeningFacts", "Not known")
    if person.date_of_birth is not None:
        return translate("ScreeningFacts", "%n year(s), from the date of birth", None, age)
    return translate("ScreeningFacts", "%n year(s), estimated", None, age)


def _facts(view: ScreeningView) -> list[tuple[str, str]]:
    """(what, in words) for the person and the interview of ``view``."""
    person, context = view.person, view.context
    return [
        (translate("ScreeningFacts", "Age at discovery"), _age(view)),
        (translate("ScreeningFacts", "Citizenship"), citizenship_label(person.citizenship)),
        (translate("ScreeningFacts", "Unaccompanied child in federal custody (UAC)"), tri_words(person.unaccompanied)),
        (translate("ScreeningFacts", "Time of discovery"), local_time(person.discovered_at)),
        (translate("ScreeningFacts", "Setting"), setting_label(context.setting)),
        *interview_conditions(context),
        (translate("ScreeningFacts", "Interview language"), language_name(view.interview_language)),
        (translate("ScreeningFacts", "Interpreter"), interpreter_words(context) or translate("ScreeningFacts", "None")),
    ]


def facts_text(view: ScreeningView) -> str:
    """The facts of ``view`` as lines of "what: words"."""
    return "\n".join(fill(translate("ScreeningFacts", "%1: %2"), what, words) for what, words in _facts(view))
