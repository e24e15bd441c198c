"""ICD-10-CM code suggestions for clinical settings (DOMAIN.md 4): suggestions for the clinician, never assertions.

A screening can only raise a suspicion, so only the "suspected" codes T76.5-/T76.6- are suggested, with the 7th
character A (initial encounter). "Confirmed" codes (T74.-) need the clinician's documentation and are never suggested.
Whether the child or the adult code follows the age at the act or at the encounter is not settled (DOMAIN.md 9):
when the two differ, or an age is unknown, both codes are offered and the coder decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .assessment import Assessment, ElementStatus, Finding
from .elements import Element
from .i18n import QT_TRANSLATE_NOOP, translate
from .person import PersonFacts, Tri

_CODES = {
    ("sex", False): (
        "T76.51XA",
        QT_TRANSLATE_NOOP("Icd10", "Adult forced sexual exploitation, suspected, initial encounter"),
    ),
    ("sex", True): ("T76.52XA", QT_TRANSLATE_NOOP("Icd10", "Child sexual exploitation, suspected, initial encounter")),
    ("labor", False): (
        "T76.61XA",
        QT_TRANSLATE_NOOP("Icd10", "Adult forced labor exploitation, suspected, initial encounter"),
    ),
    ("labor", True): (
        "T76.62XA",
        QT_TRANSLATE_NOOP("Icd10", "Child forced labor exploitation, suspected, initial encounter"),
    ),
}


@dataclass(frozen=True)
class CodeSuggestion:
    """One suggested code.

    Attributes:
        code: The full code with its 7th character, e.g. "T76.52XA".
        title: The code's meaning, translated.
        note: Why it is suggested and what the clinician must still decide.
    """

    code: str
    title: str
    note: str


def coding_notes() -> tuple[str, ...]:
    """The general rules to show beside any suggestion."""
    return (
        translate("Icd10", "Suggestions for the clinician, not a diagnosis: the clinician decides what to code."),
        translate(
            "Icd10",
            "Use T74 (confirmed) only when the clinician documents confirmed exploitation, and never together with "
            "T76 for the same type.",
        ),
        translate("Icd10", "If the suspicion is ruled out during the encounter, use Z04.81 or Z04.82 instead of T76."),
        translate("Icd10", "Add a code for any current injury."),
    )


def suggest_codes(assessment: Assessment, facts: PersonFacts, at: datetime) -> tuple[CodeSuggestion, ...]:
    """Suggested suspected-exploitation codes for the definite findings of an assessment.

    Args:
        assessment: The assessment; only indicated (not inconclusive) findings lead to a suggestion.
        facts: The person facts, for the age at the encounter.
        at: The time of the encounter (aware).

    Returns:
        The suggestions, sex before labor; both the child and the adult code when the age basis is ambiguous.
    """
    at_act = {
        ElementStatus.INDICATED: Tri.YES,
        ElementStatus.NOT_INDICATED: Tri.NO,
        ElementStatus.UNKNOWN: Tri.UNKNOWN,
    }[assessment.elements[Element.UNDER18_AT_ACT]]
    at_encounter = facts.minor_at(at)
    if at_act is at_encounter and at_act is not Tri.UNKNOWN:
        children = (at_act is Tri.YES,)
        note = translate("Icd10", "Suspected, from a screening; initial encounter.")
    else:
        children = (True, False)
        note = translate(
            "Icd10",
            "Suspected, from a screening; initial encounter. The age at the act and at the encounter differ or are "
            "unknown, and the coding rule is not settled: choose the child or the adult code.",
        )
    suggestions = []
    for kind, finding in (("sex", assessment.sex), ("labor", assessment.labor)):
        if finding is Finding.INDICATED:
            for child in children:
                code, title = _CODES[(kind, child)]
                suggestions.append(CodeSuggestion(code, translate("Icd10", title), note))
    return tuple(suggestions)
