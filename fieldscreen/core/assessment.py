"""What the answers indicate: TVPA elements, the result category, the screen result and the reasons.

A pure function of the instrument, the scored answers (relevant questions only; the caller filters), the value of the
instrument's positive rule and the person facts. The decision rule is DOMAIN.md 1.3, written out in docs/rules.md.

Declined, don't-know, skipped and unanswered questions are never read as "no". The rules are evaluated twice: once
pessimistically (open answers carry no indicator) and once optimistically (an open answer carries every indicator its
choices can carry). A rule true pessimistically is indicated; true only optimistically it is inconclusive. A choice
may also state an element directly (``Choice.elements``, e.g. "I have worked for someone": labor or services); such
elements count in both passes like those of indicator codes.

:func:`assess_screening` assesses a :class:`~fieldscreen.core.screening.Screening` the right way: its scored answers,
its positive rule, and as open questions both the shown unanswered ones and the hidden ones whose relevance is
unknown (``Screening.undecided``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .elements import ELEMENTS_BY_INDICATOR, Element, direct_elements, element_label, elements_for, indicator_label
from .errors import BugError
from .i18n import QT_TRANSLATE_NOOP, fill, translate
from .models import Answer, AnswerStatus, Choice, Instrument, Question
from .person import PersonFacts, Tri, require_aware

if TYPE_CHECKING:
    from .screening import Screening

RULES_VERSION = "2026.11-5"
"""Version of the rules in this module, elements.py and routing.py; recorded with every assessment."""

_FFC = (Element.FORCE, Element.FRAUD, Element.COERCION)


class ElementStatus(StrEnum):
    """Whether the answers indicate an element."""

    INDICATED = "indicated"
    NOT_INDICATED = "not_indicated"
    UNKNOWN = "unknown"


class Finding(StrEnum):
    """The outcome of a rule, or of all rules for one form of trafficking."""

    INDICATED = "indicated"
    INCONCLUSIVE = "inconclusive"
    NOT_INDICATED = "not_indicated"


class ResultCategory(StrEnum):
    """The overall result."""

    POSSIBLE_SEX_TRAFFICKING = "possible_sex_trafficking"
    POSSIBLE_LABOR_TRAFFICKING = "possible_labor_trafficking"
    BOTH = "both"
    NO_INDICATORS_IDENTIFIED = "no_indicators_identified"
    INCONCLUSIVE = "inconclusive"


class ScreenResult(StrEnum):
    """The instrument's own positive rule: true, false, or not decidable from the answers."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    INCOMPLETE = "incomplete"


class Rule(StrEnum):
    """Rule ids named in reasons and outcomes (docs/rules.md)."""

    SEX_UNDER18 = "sex.under18"
    SEX_FFC = "sex.ffc"
    LABOR_FFC = "labor.ffc"
    RISK = "risk"
    UNRESOLVED = "unresolved"
    SCREEN = "screen"

    @staticmethod
    def for_element(element: Element) -> str:
        """The id of the rule that derives ``element`` from indicator codes, e.g. ``element.force``."""
        return f"element.{element.value}"


_RULE_TEXT = {
    Rule.SEX_UNDER18: QT_TRANSLATE_NOOP(
        "Assessment", "A commercial sex act by someone under 18 at the time: no force, fraud or coercion is needed."
    ),
    Rule.SEX_FFC: QT_TRANSLATE_NOOP("Assessment", "A commercial sex act induced by force, fraud or coercion."),
    Rule.LABOR_FFC: QT_TRANSLATE_NOOP(
        "Assessment",
        "Labor or services obtained through force, fraud or coercion for involuntary servitude, peonage, "
        "debt bondage or slavery (at any age).",
    ),
}

_RULE_WORDS = {
    Rule.RISK: QT_TRANSLATE_NOOP("Assessment", "a risk factor only, not an element"),
    Rule.UNRESOLVED: QT_TRANSLATE_NOOP("Assessment", 'open: not counted as "no"'),
    Rule.SCREEN: QT_TRANSLATE_NOOP("Assessment", "the instrument's positive screen"),
}


def rule_words(rule: str) -> str:
    """Plain words for a reason's rule id: the element an ``element.*`` rule points to, or what the reason is.

    An id this version does not know is returned as it is.
    """
    if rule in _RULE_WORDS:
        return translate("Assessment", _RULE_WORDS[Rule(rule)])
    element = rule.removeprefix("element.")
    if element != rule and element in {known.value for known in Element}:
        return element_label(Element(element))
    return rule


_NOT_ASKED = "not_asked"
"""The open status of a hidden question that might apply (``undecided``): it was never asked."""

_STATUS_SHOWN = {
    AnswerStatus.DECLINED: QT_TRANSLATE_NOOP("Assessment", "Declined"),
    AnswerStatus.DONT_KNOW: QT_TRANSLATE_NOOP("Assessment", "Don't know"),
    AnswerStatus.SKIPPED: QT_TRANSLATE_NOOP("Assessment", "Skipped"),
    None: QT_TRANSLATE_NOOP("Assessment", "Not answered"),
    _NOT_ASKED: QT_TRANSLATE_NOOP("Assessment", "Not asked: depends on an open answer"),
}


def shown_in_english(shown: str) -> str:
    """The English words of an open answer as a reason shows it ("Declined" for "Prefirió no responder").

    ``shown`` is returned as it is when it is not the words of an open answer in English or the app's language.
    """
    for words in _STATUS_SHOWN.values():
        if shown in (words, translate("Assessment", words)):
            return words
    return shown


@dataclass(frozen=True)
class Reason:
    """One answer that bears on the result.

    Attributes:
        question: The question's name; empty when the reason comes from the person facts (age), not an answer.
        answer: The answer as shown: the choice's label, or "Declined", "Don't know", "Skipped", "Not answered",
            "Not asked: depends on an open answer".
        indicator: The indicator code (D01-D11) the answer carries, or could carry when it is open; empty for a
            person fact and for an element the answer states directly (``Choice.elements``).
        rule: The rule id: ``element.<element>``, ``risk``, ``unresolved`` or ``screen`` (the instrument's positive
            screen kept a result from "not indicated").
        text: The same in a plain sentence.
    """

    question: str
    answer: str
    indicator: str
    rule: str
    text: str


@dataclass(frozen=True)
class RuleOutcome:
    """How one decision rule came out."""

    rule: Rule
    finding: Finding
    text: str


@dataclass(frozen=True)
class Assessment:
    """The assessment of one screening; never a legal determination.

    Attributes:
        instrument_id: The instrument's id.
        instrument_version: The instrument's version.
        rules_version: ``RULES_VERSION`` at the time of the assessment.
        assessed_at: When the assessment was made (UTC).
        category: The overall result.
        screen_result: The instrument's positive rule.
        sex: The finding for sex trafficking (both sex rules together).
        labor: The finding for labor trafficking.
        elements: Every element's status.
        outcomes: Each decision rule's outcome.
        reasons: The answers that bear on the result, in interview order.
        unresolved: Element -> the open questions that leave it unknown (only elements whose status is unknown; an
            empty tuple when person facts, not answers, leave it unknown).
        notes: Plain-words notes (child labor, adult commercial sex without means, unknown age).
        summary: One plain sentence for the screener.
    """

    instrument_id: str
    instrument_version: str
    rules_version: str
    assessed_at: datetime
    category: ResultCategory
    screen_result: ScreenResult
    sex: Finding
    labor: Finding
    elements: Mapping[Element, ElementStatus]
    outcomes: tuple[RuleOutcome, ...]
    reasons: tuple[Reason, ...]
    unresolved: Mapping[Element, tuple[str, ...]]
    notes: tuple[str, ...]
    summary: str

    @property
    def indicated(self) -> bool:
        """Whether sex or labor trafficking is definitely indicated."""
        return Finding.INDICATED in (self.sex, self.labor)

    @property
    def inconclusive(self) -> bool:
        """Whether sex or labor trafficking could not be ruled out because of open answers or unknown facts."""
        return Finding.INCONCLUSIVE in (self.sex, self.labor)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; :func:`assessment_from_json` reads it back."""
        return {
            "instrument_id": self.instrument_id,
            "instrument_version": self.instrument_version,
            "rules_version": self.rules_version,
            "assessed_at": self.assessed_at.isoformat(),
            "category": self.category.value,
            "screen_result": self.screen_result.value,
            "sex": self.sex.value,
            "labor": self.labor.value,
            "elements": {e.value: s.value for e, s in self.elements.items()},
            "outcomes": [{"rule": o.rule.value, "finding": o.finding.value, "text": o.text} for o in self.outcomes],
            "reasons": [vars(r) for r in self.reasons],
            "unresolved": {e.value: list(q) for e, q in self.unresolved.items()},
            "notes": list(self.notes),
            "summary": self.summary,
        }


def assessment_from_json(data: Mapping[str, Any]) -> Assessment:
    """Rebuild an :class:`Assessment` from :meth:`Assessment.to_json` output (text stays as recorded)."""
    return Assessment(
        instrument_id=data["instrument_id"],
        instrument_version=data["instrument_version"],
        rules_version=data["rules_version"],
        assessed_at=datetime.fromisoformat(data["assessed_at"]),
        category=ResultCategory(data["category"]),
        screen_result=ScreenResult(data["screen_result"]),
        sex=Finding(data["sex"]),
        labor=Finding(data["labor"]),
        elements={Element(e): ElementStatus(s) for e, s in data["elements"].items()},
        outcomes=tuple(RuleOutcome(Rule(o["rule"]), Finding(o["finding"]), o["text"]) for o in data["outcomes"]),
        reasons=tuple(Reason(**r) for r in data["reasons"]),
        unresolved={Element(e): tuple(q) for e, q in data["unresolved"].items()},
        notes=tuple(data["notes"]),
        summary=data["summary"],
    )


@dataclass(frozen=True)
class _Evidence:
    """The chosen answers that carry indicator codes or elements, the open questions, and the elements denied.

    An element is denied when a question that states it directly (``Choice.elements``, e.g. "have you worked for
    someone?") was answered with a choice that does not; a "no" to an indicator question denies nothing.
    """

    given: tuple[tuple[Question, Choice], ...]
    open: tuple[tuple[Question, AnswerStatus | str | None], ...]
    denied: frozenset[Element] = frozenset()

    def elements(self, optimistic: bool) -> frozenset[Element]:
        """The elements the given answers point to; with ``optimistic``, also all the open questions could."""
        chosen = [choice for _, choice in self.given]
        if optimistic:
            chosen += [choice for q, _ in self.open for choice in q.choices]
        return _elements_of(chosen)


def _elements_of(choices: Iterable[Choice]) -> frozenset[Element]:
    """The elements some choices point to, through their indicator codes or directly."""
    found: frozenset[Element] = frozenset()
    for choice in choices:
        found |= elements_for(choice.indicators) | direct_elements(choice.elements)
    return found


def _label(choice: Choice, language: str, fallback: str) -> str:
    return choice.label.get(language) or choice.label.get(fallback) or next(iter(choice.label.values()), choice.value)


def _selected(question: Question, answer: Answer) -> tuple[Choice, ...]:
    value = answer.value
    picked = set(value) if isinstance(value, tuple) else {value}
    return tuple(c for c in question.choices if c.value in picked)


def _gather(
    instrument: Instrument, answers: Mapping[str, Answer], unanswered: Collection[str], undecided: Collection[str]
) -> _Evidence:
    known = {q.name for q in instrument.questions()}
    unanswered, undecided = set(unanswered), set(undecided)
    strays = sorted((set(answers) | unanswered | undecided) - known)
    if strays:
        raise BugError(f"answers for questions not in instrument {instrument.id}: {', '.join(strays)}")
    given: list[tuple[Question, Choice]] = []
    open_: list[tuple[Question, AnswerStatus | str | None]] = []
    denied: set[Element] = set()
    for q in instrument.questions():
        answer = answers.get(q.name)
        if answer is None:
            if q.name in unanswered:
                open_.append((q, None))
            elif q.name in undecided:
                open_.append((q, _NOT_ASKED))
        elif answer.status is AnswerStatus.ANSWERED:
            chosen = _selected(q, answer)
            given.extend((q, c) for c in chosen if c.indicators or c.elements)
            stated = set().union(*(direct_elements(c.elements) for c in q.choices))
            denied |= stated - set().union(*(direct_elements(c.elements) for c in chosen))
        else:
            open_.append((q, answer.status))
    return _Evidence(tuple(given), tuple(open_), frozenset(denied))


def _element_statuses(evidence: _Evidence, under18_fact: Tri) -> dict[Element, ElementStatus]:
    sure = set(evidence.elements(optimistic=False))
    maybe = set(evidence.elements(optimistic=True))
    if under18_fact is Tri.YES:
        sure |= {Element.UNDER18_AT_ACT}
    if under18_fact is not Tri.NO:
        maybe |= {Element.UNDER18_AT_ACT}
    statuses = {}
    for element in Element:
        if element in sure:
            statuses[element] = ElementStatus.INDICATED
        elif element in maybe:
            statuses[element] = ElementStatus.UNKNOWN
        else:
            statuses[element] = ElementStatus.NOT_INDICATED
    work = Element.LABOR_OR_SERVICES
    purpose = statuses[Element.LABOR_PURPOSE] is ElementStatus.INDICATED
    if purpose and statuses[work] is ElementStatus.NOT_INDICATED and work not in evidence.denied:
        # Servitude, peonage, debt bondage and slavery are labor or services: unless the person said they did no work,
        # an instrument that does not ask (a brief screen) leaves it open rather than ruling labor trafficking out.
        statuses[work] = ElementStatus.UNKNOWN
    return statuses


def _outcomes(statuses: Mapping[Element, ElementStatus]) -> tuple[RuleOutcome, ...]:
    def rules(holds: Callable) -> dict[Rule, bool]:
        ffc = any(holds(e) for e in _FFC)
        sex_act = holds(Element.COMMERCIAL_SEX_ACT)
        return {
            Rule.SEX_UNDER18: sex_act and holds(Element.UNDER18_AT_ACT),
            Rule.SEX_FFC: sex_act and ffc,
            Rule.LABOR_FFC: holds(Element.LABOR_OR_SERVICES) and ffc and holds(Element.LABOR_PURPOSE),
        }

    sure = rules(lambda e: statuses[e] is ElementStatus.INDICATED)
    maybe = rules(lambda e: statuses[e] is not ElementStatus.NOT_INDICATED)
    outcomes = []
    for rule, text in _RULE_TEXT.items():
        finding = Finding.INDICATED if sure[rule] else Finding.INCONCLUSIVE if maybe[rule] else Finding.NOT_INDICATED
        outcomes.append(RuleOutcome(rule, finding, translate("Assessment", text)))
    return tuple(outcomes)


def _combine(findings: Iterable[Finding]) -> Finding:
    found = set(findings)
    for finding in (Finding.INDICATED, Finding.INCONCLUSIVE):
        if finding in found:
            return finding
    return Finding.NOT_INDICATED


def _reasons(evidence: _Evidence, language: str, fallback: str) -> tuple[Reason, ...]:
    reasons = []
    for q, choice in evidence.given:
        shown = _label(choice, language, fallback)
        for element in sorted(direct_elements(choice.elements)):
            text = fill(
                translate("Assessment", 'The answer "%1" shows %2 by itself, without an indicator code.'),
                shown,
                element_label(element),
            )
            reasons.append(Reason(q.name, shown, "", Rule.for_element(element), text))
        for code in choice.indicators:
            elements = ELEMENTS_BY_INDICATOR.get(code, ())
            for element in elements:
                text = fill(
                    translate("Assessment", 'The answer "%1" carries indicator %2 (%3), which points to %4.'),
                    shown,
                    code,
                    indicator_label(code),
                    element_label(element),
                )
                reasons.append(Reason(q.name, shown, code, Rule.for_element(element), text))
            if not elements:
                text = fill(
                    translate(
                        "Assessment", 'The answer "%1" carries indicator %2 (%3): a risk factor, not an element.'
                    ),
                    shown,
                    code,
                    indicator_label(code),
                )
                reasons.append(Reason(q.name, shown, code, Rule.RISK, text))
    for q, status in evidence.open:
        shown = translate("Assessment", _STATUS_SHOWN[status])
        for element in sorted(direct_elements(e for choice in q.choices for e in choice.elements)):
            text = fill(
                translate("Assessment", '"%1" is not counted as "no": the answer could show %2.'),
                shown,
                element_label(element),
            )
            reasons.append(Reason(q.name, shown, "", Rule.UNRESOLVED, text))
        for code in sorted({code for choice in q.choices for code in choice.indicators}):
            text = fill(
                translate("Assessment", '"%1" is not counted as "no": the answer could carry indicator %2 (%3).'),
                shown,
                code,
                indicator_label(code),
            )
            reasons.append(Reason(q.name, shown, code, Rule.UNRESOLVED, text))
    return tuple(reasons)


def _fact_reason(facts: PersonFacts, under18_fact: Tri, sex_act: ElementStatus) -> tuple[Reason, ...]:
    """The person facts behind "under 18 at the act", listed when a commercial sex act is indicated or open."""
    if under18_fact is Tri.NO or sex_act is ElementStatus.NOT_INDICATED:
        return ()
    if facts.age_at_exploitation is not None:
        shown = fill(translate("Assessment", "Age at the time of the act: %1"), facts.age_at_exploitation)
    elif facts.minor_at(facts.discovered_at) is not Tri.NO:
        age = facts.age_at(facts.discovered_at)
        shown = (
            fill(translate("Assessment", "Age when discovered: %1"), age)
            if age is not None
            else translate("Assessment", "Age: not known")
        )
    elif under18_fact is Tri.YES:
        shown = translate("Assessment", "Under 18 at the time of the act: yes")
    else:
        shown = translate("Assessment", "Under 18 at the time of the act: not known")
    if under18_fact is Tri.YES:
        text = translate("Assessment", "The person facts show the person was under 18 at the time of the act.")
        rule = Rule.for_element(Element.UNDER18_AT_ACT)
    else:
        text = translate("Assessment", "The person facts leave open whether the person was under 18 at the time.")
        rule = Rule.UNRESOLVED
    return (Reason("", shown, "", rule, text),)


def _unresolved(evidence: _Evidence, statuses: Mapping[Element, ElementStatus]) -> dict[Element, tuple[str, ...]]:
    could = {q.name: _elements_of(q.choices) for q, _ in evidence.open}
    return {
        element: tuple(name for name, elements in could.items() if element in elements)
        for element, status in statuses.items()
        if status is ElementStatus.UNKNOWN
    }


def _notes(statuses: Mapping[Element, ElementStatus], sex: Finding, under18_fact: Tri) -> tuple[str, ...]:
    def indicated(element: Element) -> bool:
        return statuses[element] is ElementStatus.INDICATED

    notes = []
    no_means = not any(indicated(e) for e in _FFC)
    # The person facts, or an answer saying so (D08); not an open sex question, which says nothing about the work.
    maybe_minor = under18_fact is not Tri.NO or indicated(Element.UNDER18_AT_ACT)
    if indicated(Element.LABOR_OR_SERVICES) and no_means and maybe_minor:
        notes.append(
            translate(
                "Assessment",
                "Work by someone under 18 is labor trafficking under the TVPA only with force, fraud or coercion, "
                "which the answers do not show so far; child-labor laws may still apply.",
            )
        )
    if indicated(Element.COMMERCIAL_SEX_ACT) and sex is Finding.NOT_INDICATED:
        notes.append(
            translate(
                "Assessment",
                "A commercial sex act by an adult is a severe form of trafficking under the TVPA only with force, "
                "fraud or coercion, which the answers do not show so far; offer services and the hotline.",
            )
        )
    if under18_fact is Tri.UNKNOWN:
        notes.append(translate("Assessment", "Age at the time of the act is not known: treated as possibly under 18."))
    return tuple(notes)


def _held_open_by_screen(
    positive: bool | None, statuses: Mapping[Element, ElementStatus], sex: Finding, labor: Finding
) -> tuple[Finding, Finding]:
    """A positive instrument screen never leaves both forms "not indicated": they become inconclusive.

    The instrument's rule is its referral threshold (e.g. work together with a threat); the elements may still miss
    one (no answer shows the labor purpose). The form whose act is shown or open is held open; with neither, both are.
    """
    if not positive or (sex, labor) != (Finding.NOT_INDICATED, Finding.NOT_INDICATED):
        return sex, labor
    sex_act = statuses[Element.COMMERCIAL_SEX_ACT] is not ElementStatus.NOT_INDICATED
    work = statuses[Element.LABOR_OR_SERVICES] is not ElementStatus.NOT_INDICATED
    neither = not (sex_act or work)
    return (
        Finding.INCONCLUSIVE if sex_act or neither else sex,
        Finding.INCONCLUSIVE if work or neither else labor,
    )


def _screen_reason(held: bool) -> tuple[Reason, ...]:
    if not held:
        return ()
    text = translate(
        "Assessment",
        "The instrument's own screen is positive although the answers do not show every element under U.S. law: "
        "the result is held open rather than read as no indicators.",
    )
    return (Reason("", translate("Assessment", "Screen positive"), "", Rule.SCREEN, text),)


def _category(sex: Finding, labor: Finding) -> ResultCategory:
    if sex is Finding.INDICATED and labor is Finding.INDICATED:
        return ResultCategory.BOTH
    if sex is Finding.INDICATED:
        return ResultCategory.POSSIBLE_SEX_TRAFFICKING
    if labor is Finding.INDICATED:
        return ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    if Finding.INCONCLUSIVE in (sex, labor):
        return ResultCategory.INCONCLUSIVE
    return ResultCategory.NO_INDICATORS_IDENTIFIED


def _summary(category: ResultCategory, sex: Finding, labor: Finding, evidence: _Evidence) -> str:
    text = {
        ResultCategory.BOTH: QT_TRANSLATE_NOOP(
            "Assessment", "Indicators of possible sex trafficking and labor trafficking present: refer."
        ),
        ResultCategory.POSSIBLE_SEX_TRAFFICKING: QT_TRANSLATE_NOOP(
            "Assessment", "Indicators of possible sex trafficking present: refer."
        ),
        ResultCategory.POSSIBLE_LABOR_TRAFFICKING: QT_TRANSLATE_NOOP(
            "Assessment", "Indicators of possible labor trafficking present: refer."
        ),
        ResultCategory.INCONCLUSIVE: QT_TRANSLATE_NOOP(
            "Assessment",
            "Inconclusive: answers that were declined, not known or skipped could indicate possible trafficking. "
            "Refer and follow up.",
        ),
        ResultCategory.NO_INDICATORS_IDENTIFIED: QT_TRANSLATE_NOOP(
            "Assessment", "No indicators identified in the answers given."
        ),
    }[category]
    if category is ResultCategory.INCONCLUSIVE and not evidence.open:
        text = QT_TRANSLATE_NOOP(
            "Assessment",
            "Inconclusive: the answers show indicators of possible trafficking but not every element under U.S. law "
            "(below). Refer and follow up; a fuller screening can ask about the rest.",
        )
    elif category is ResultCategory.NO_INDICATORS_IDENTIFIED and evidence.given:
        text = QT_TRANSLATE_NOOP(
            "Assessment",
            "The answers do not indicate sex or labor trafficking under U.S. law, but some indicators are present "
            "(below): offer services and the hotline.",
        )
    parts = [translate("Assessment", text)]
    if category is ResultCategory.POSSIBLE_SEX_TRAFFICKING and labor is Finding.INCONCLUSIVE:
        parts.append(
            translate("Assessment", "Possible labor trafficking could not be ruled out: some answers are open.")
        )
    if category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING and sex is Finding.INCONCLUSIVE:
        parts.append(translate("Assessment", "Possible sex trafficking could not be ruled out: some answers are open."))
    return " ".join(parts)


def _screen_result(positive: bool | None) -> ScreenResult:
    if positive is None:
        return ScreenResult.INCOMPLETE
    return ScreenResult.POSITIVE if positive else ScreenResult.NEGATIVE


def assess(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    positive: bool | None,
    facts: PersonFacts,
    *,
    at: datetime,
    language: str | None = None,
    unanswered: Collection[str] = (),
    undecided: Collection[str] = (),
) -> Assessment:
    """Assess a screening.

    Args:
        instrument: The instrument the screening uses.
        answers: Question name -> answer, for relevant (visible) questions only; the caller filters.
        positive: The value of the instrument's positive rule; ``None`` when it cannot be decided.
        facts: The person facts (ages decide "under 18 at the time of the act").
        at: When the assessment is made (aware).
        language: The language for answer labels in reasons; the instrument's default language if not given.
        unanswered: Names of shown questions without an answer (``Screening.unanswered()``); each counts like a
            skipped one, shown "Not answered".
        undecided: Names of hidden questions that might apply because their relevance depends on an open answer
            (``Screening.undecided()``); each counts like a skipped one, shown "Not asked". Passing them in
            ``unanswered`` instead gives the same result with the label "Not answered". Names in ``unanswered`` or
            ``undecided`` need not be in ``answers``; an answer in ``answers`` wins. :func:`assess_screening` passes
            both from a screening.

    Returns:
        The assessment.

    Raises:
        BugError: An answer or an open question names a question the instrument does not have, or ``at`` is naive.
    """
    at = require_aware(at)
    evidence = _gather(instrument, answers, unanswered, undecided)
    under18_fact = facts.under18_at_act()
    statuses = _element_statuses(evidence, under18_fact)
    outcomes = _outcomes(statuses)
    found = {o.rule: o.finding for o in outcomes}
    by_rules = (_combine((found[Rule.SEX_UNDER18], found[Rule.SEX_FFC])), found[Rule.LABOR_FFC])
    sex, labor = _held_open_by_screen(positive, statuses, *by_rules)
    category = _category(sex, labor)
    return Assessment(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        rules_version=RULES_VERSION,
        assessed_at=at,
        category=category,
        screen_result=_screen_result(positive),
        sex=sex,
        labor=labor,
        elements=statuses,
        outcomes=outcomes,
        reasons=_reasons(evidence, language or instrument.default_language, instrument.default_language)
        + _fact_reason(facts, under18_fact, statuses[Element.COMMERCIAL_SEX_ACT])
        + _screen_reason((sex, labor) != by_rules),
        unresolved=_unresolved(evidence, statuses),
        notes=_notes(statuses, by_rules[0], under18_fact),
        summary=_summary(category, sex, labor, evidence),
    )


def assess_screening(
    screening: Screening, facts: PersonFacts, *, at: datetime, language: str | None = None
) -> Assessment:
    """Assess a screening from its state: what callers should use rather than :func:`assess`.

    Scores the shown answers, takes the instrument's positive rule from the screening, and treats as open both the
    shown questions without an answer and the hidden ones that might apply because their relevance is unknown
    (``Screening.undecided``: e.g. the follow-ups of a declined lead question).

    Args:
        screening: The screening state.
        facts: The person facts.
        at: When the assessment is made (aware).
        language: The language for answer labels in reasons; the screening's interview language if not given (labels
            missing in it fall back to the instrument's default language).

    Raises:
        BugError: ``at`` is naive.
    """
    return assess(
        screening.loaded.instrument,
        screening.scored_answers(),
        screening.positive(),
        facts,
        at=at,
        language=language or screening.language,
        unanswered=screening.unanswered(),
        undecided=screening.undecided(),
    )
