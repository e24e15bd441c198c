"""The TVPA elements, which indicator codes (DOMAIN.md 2.8) point to each, and which an answer may state directly.

The mapping is ours, not the law's: it turns an instrument's choice indicators into the elements of the decision rule
(DOMAIN.md 1.3). It is part of the rules version (``assessment.RULES_VERSION``) and written out in docs/rules.md.
Besides indicator codes, a choice may name elements it establishes by itself (``elements:`` in the instrument file):
only the acts in :data:`DIRECT_ELEMENTS`, never the means or the purpose, which need an indicator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP, translate


class Element(StrEnum):
    """An element of the TVPA definitions that answers can indicate."""

    COMMERCIAL_SEX_ACT = "commercial_sex_act"
    FORCE = "force"
    FRAUD = "fraud"
    COERCION = "coercion"
    LABOR_PURPOSE = "labor_purpose"
    LABOR_OR_SERVICES = "labor_or_services"
    UNDER18_AT_ACT = "under18_at_act"


ELEMENTS_BY_INDICATOR: Mapping[str, tuple[Element, ...]] = {
    "D01": (Element.FRAUD,),
    "D02": (Element.COERCION,),
    "D03": (Element.LABOR_PURPOSE, Element.LABOR_OR_SERVICES),
    "D04": (Element.COERCION, Element.LABOR_PURPOSE),
    "D05": (Element.COERCION,),
    "D06": (Element.FORCE,),
    "D07": (Element.COMMERCIAL_SEX_ACT,),
    "D08": (Element.COMMERCIAL_SEX_ACT, Element.UNDER18_AT_ACT),
    "D09": (Element.LABOR_PURPOSE, Element.LABOR_OR_SERVICES),
    "D10": (),
    "D11": (),
}
"""Indicator code -> the elements it indicates. D10 (migration) and D11 (vulnerability) indicate no element."""

DIRECT_ELEMENTS: tuple[Element, ...] = (Element.LABOR_OR_SERVICES, Element.COMMERCIAL_SEX_ACT)
"""The elements an instrument choice may state directly (``elements:``): facts the person tells (work done for
someone, sex exchanged for something of value). Force, fraud, coercion, the labor purpose and the age at the act come
only from indicator codes and the person facts."""

_INDICATOR_LABELS: Mapping[str, str] = {
    "D01": QT_TRANSLATE_NOOP("Indicators", "deception or a false promise about the work"),
    "D02": QT_TRANSLATE_NOOP("Indicators", "passport or identity papers held by someone else"),
    "D03": QT_TRANSLATE_NOOP("Indicators", "a debt owed to an employer or recruiter"),
    "D04": QT_TRANSLATE_NOOP("Indicators", "not free to leave, movement restricted or isolated"),
    "D05": QT_TRANSLATE_NOOP("Indicators", "threats to the person or their family, including deportation or arrest"),
    "D06": QT_TRANSLATE_NOOP("Indicators", "physical or sexual violence"),
    "D07": QT_TRANSLATE_NOOP("Indicators", "sex exchanged for something of value"),
    "D08": QT_TRANSLATE_NOOP("Indicators", "sex exchanged for something of value while under 18"),
    "D09": QT_TRANSLATE_NOOP("Indicators", "wages unpaid, withheld or far too low, or excessive hours"),
    "D10": QT_TRANSLATE_NOOP("Indicators", "migration, foreign birth or immigration status"),
    "D11": QT_TRANSLATE_NOOP(
        "Indicators", "a vulnerability such as homelessness, running away or child-welfare history"
    ),
}

_ELEMENT_LABELS: Mapping[Element, str] = {
    Element.COMMERCIAL_SEX_ACT: QT_TRANSLATE_NOOP("Elements", "a commercial sex act"),
    Element.FORCE: QT_TRANSLATE_NOOP("Elements", "force"),
    Element.FRAUD: QT_TRANSLATE_NOOP("Elements", "fraud"),
    Element.COERCION: QT_TRANSLATE_NOOP("Elements", "coercion"),
    Element.LABOR_PURPOSE: QT_TRANSLATE_NOOP(
        "Elements", "a purpose of involuntary servitude, peonage, debt bondage or slavery"
    ),
    Element.LABOR_OR_SERVICES: QT_TRANSLATE_NOOP("Elements", "labor or services for someone"),
    Element.UNDER18_AT_ACT: QT_TRANSLATE_NOOP("Elements", "under 18 at the time of the act"),
}


def elements_for(codes: Iterable[str]) -> frozenset[Element]:
    """The elements the given indicator codes point to; unknown codes point to none."""
    return frozenset(e for code in codes for e in ELEMENTS_BY_INDICATOR.get(code, ()))


def direct_elements(names: Iterable[str]) -> frozenset[Element]:
    """The elements named in a choice's ``elements``; names that are not in :data:`DIRECT_ELEMENTS` are ignored."""
    allowed = {e.value: e for e in DIRECT_ELEMENTS}
    return frozenset(allowed[name] for name in names if name in allowed)


def indicator_label(code: str) -> str:
    """Plain words for an indicator code, translated; the code itself when it is not one of D01-D11."""
    label = _INDICATOR_LABELS.get(code)
    return translate("Indicators", label) if label else code


def element_label(element: Element) -> str:
    """Plain words for an element, translated."""
    return translate("Elements", _ELEMENT_LABELS[element])
