"""A tiny instrument with indicator-bearing choices, and helpers to answer it, for assessment and routing tests.

Every question is yes/no unless said otherwise; the indicator sits on the "yes" choice (DOMAIN.md 2.8).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from fieldscreen.core.assessment import Assessment, assess
from fieldscreen.core.models import (
    Answer,
    AnswerStatus,
    Choice,
    Instrument,
    Population,
    Question,
    QuestionType,
    Section,
)
from fieldscreen.core.person import Citizenship, Need, PersonFacts, Tri
from fieldscreen.core.routing import Action, route

DISCOVERED = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
"""When the official found out, in every vignette unless said otherwise."""
NOW = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
"""When the screening is assessed and routed: 90 minutes after discovery."""

YES_NO = {
    "sex_exchange": "D07",
    "sex_under18": "D08",
    "violence": "D06",
    "false_promise": "D01",
    "papers_held": "D02",
    "not_free": "D04",
    "threats": "D05",
    "debt": "D03",
    "homeless": "D11",
    "born_abroad": "D10",
}


def _yes_no(name: str, code: str) -> Question:
    return Question(
        name=name,
        type=QuestionType.YES_NO,
        label={"en": name.replace("_", " ") + "?", "es": name + " (es)?"},
        choices=(
            Choice("yes", {"en": "Yes", "es": "Sí"}, (code,)),
            Choice("no", {"en": "No", "es": "No"}),
        ),
    )


WAGES = Question(
    name="wages",
    type=QuestionType.SELECT_MULTIPLE,
    label={"en": "What happened with pay and hours?"},
    choices=(
        Choice("unpaid", {"en": "Not paid or paid far too little"}, ("D09",)),
        Choice("hours", {"en": "Far too many hours"}, ("D09",)),
        Choice("paid_fairly", {"en": "Paid fairly"}),
    ),
)
WORK_TYPE = Question(
    name="work_type",
    type=QuestionType.SELECT_ONE,
    label={"en": "What kind of work?"},
    choices=(Choice("farm", {"en": "Farm"}), Choice("domestic", {"en": "In a home"})),
)

TINY = Instrument(
    id="tiny",
    version="1.0.0",
    title={"en": "Tiny test instrument"},
    population=Population.ANY,
    languages=("en", "es"),
    default_language="en",
    sections=(
        Section("sex", {"en": "Sex"}, questions=tuple(_yes_no(n, YES_NO[n]) for n in ("sex_exchange", "sex_under18"))),
        Section(
            "means",
            {"en": "Means"},
            questions=tuple(_yes_no(n, YES_NO[n]) for n in ("violence", "false_promise", "papers_held", "threats")),
        ),
        Section(
            "work",
            {"en": "Work"},
            questions=(WORK_TYPE, WAGES, _yes_no("debt", "D03"), _yes_no("not_free", "D04")),
        ),
        Section("risk", {"en": "Risk"}, questions=(_yes_no("homeless", "D11"), _yes_no("born_abroad", "D10"))),
    ),
    positive_rule="selected(${sex_exchange}, 'yes') or selected(${violence}, 'yes')",
)


def yes() -> Answer:
    return Answer(AnswerStatus.ANSWERED, "yes", DISCOVERED)


def no() -> Answer:
    return Answer(AnswerStatus.ANSWERED, "no", DISCOVERED)


def declined() -> Answer:
    return Answer(AnswerStatus.DECLINED, None, DISCOVERED)


def dont_know() -> Answer:
    return Answer(AnswerStatus.DONT_KNOW, None, DISCOVERED)


def skipped(reason: str = "person was tired") -> Answer:
    return Answer(AnswerStatus.SKIPPED, None, DISCOVERED, reason)


def picked(*values: str) -> Answer:
    return Answer(AnswerStatus.ANSWERED, tuple(values), DISCOVERED)


def all_no(**given: Answer) -> dict[str, Answer]:
    """Every yes/no question answered "no", pay "paid fairly", then ``given`` on top."""
    answers = {name: no() for name in YES_NO}
    answers["wages"] = picked("paid_fairly")
    answers.update(given)
    return answers


def facts(
    citizenship: Citizenship = Citizenship.FOREIGN_NATIONAL,
    *,
    age: int | None = None,
    born: date | None = None,
    discovered: datetime = DISCOVERED,
    age_at_exploitation: int | None = None,
    under18_at_exploitation: Tri | None = None,
    uc: Tri = Tri.UNKNOWN,
    needs: tuple[Need, ...] = (),
) -> PersonFacts:
    return PersonFacts(
        discovered_at=discovered,
        citizenship=citizenship,
        date_of_birth=born,
        estimated_age=age,
        age_at_exploitation=age_at_exploitation,
        under18_at_exploitation=under18_at_exploitation,
        unaccompanied_child_in_custody=uc,
        needs=frozenset(needs),
    )


def run(
    answers: dict[str, Answer], person: PersonFacts, *, positive: bool | None = True, now: datetime = NOW
) -> tuple[Assessment, list[Action]]:
    """Assess with the tiny instrument, then route; every text produced must avoid the word "victim"."""
    result = assess(TINY, answers, positive, person, at=now)
    actions = route(result, person, now)
    assert_plain_words(result, actions)
    return result, actions


def assert_plain_words(result: Assessment, actions: list[Action]) -> None:
    """Results say "indicators ... present", never "victim" (DESIGN.md 2.4)."""
    texts = [result.summary, *result.notes, *(r.text for r in result.reasons), *(o.text for o in result.outcomes)]
    for action in actions:
        texts += [action.recipient, action.reason, *action.notes, *(f.text for f in action.flags)]
    assert not [t for t in texts if "victim" in t.lower()]


def kinds(actions: list[Action]) -> list[str]:
    return [a.kind.value for a in actions]


def by_kind(actions: list[Action], kind: str) -> Action:
    (found,) = [a for a in actions if a.kind.value == kind]
    return found


def reason_keys(result: Assessment) -> set[tuple[str, str, str]]:
    """(question, indicator, rule) of every reason."""
    return {(r.question, r.indicator, r.rule) for r in result.reasons}
