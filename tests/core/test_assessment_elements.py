"""Elements an answer states by itself (``Choice.elements``), open questions the caller marks undecided, and
``assess_screening``.

The tiny instrument gets a lead question "have you worked for someone?" whose "yes" states labor or services and
carries no indicator code, and a select question whose choice states a commercial sex act.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from vignettes import NOW, TINY, all_no, declined, dont_know, facts, no, picked, yes

from fieldscreen.core.assessment import (
    ElementStatus,
    Finding,
    ResultCategory,
    Rule,
    assess,
    assess_screening,
    assessment_from_json,
)
from fieldscreen.core.elements import DIRECT_ELEMENTS, Element, direct_elements
from fieldscreen.core.errors import BugError
from fieldscreen.core.instrument_loader import load_instrument_file
from fieldscreen.core.models import Answer, AnswerStatus, Choice, Question, QuestionType, Section
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.core.screening import Screening

US = Citizenship.US_CITIZEN
ADULT = facts(US, age=30)
MINOR = facts(US, age=15)

DID_WORK = Question(
    name="did_work",
    type=QuestionType.YES_NO,
    label={"en": "Have you worked for someone?"},
    choices=(
        Choice("yes", {"en": "Yes", "es": "Sí"}, (), ("labor_or_services",)),
        Choice("no", {"en": "No", "es": "No"}),
    ),
)
GOT_FOR_SEX = Question(
    name="got_for_sex",
    type=QuestionType.SELECT_ONE,
    label={"en": "Was anything given for sex?"},
    choices=(
        Choice("food_or_shelter", {"en": "Food or a place to stay"}, (), ("commercial_sex_act",)),
        Choice("nothing", {"en": "Nothing was exchanged"}),
    ),
)
LEAD = replace(
    TINY,
    id="lead",
    sections=(Section("lead", {"en": "Lead"}, questions=(DID_WORK, GOT_FOR_SEX)), *TINY.sections),
)
"""The tiny instrument with the two element-stating questions in front."""

STATES_LABOR = ("did_work", "", "element.labor_or_services")


def keys(result) -> set[tuple[str, str, str]]:
    return {(r.question, r.indicator, r.rule) for r in result.reasons}


def lead(**given: Answer) -> dict[str, Answer]:
    return all_no(did_work=no(), got_for_sex=picked("nothing")) | given


def test_only_acts_can_be_stated_directly():
    assert set(DIRECT_ELEMENTS) == {Element.LABOR_OR_SERVICES, Element.COMMERCIAL_SEX_ACT}
    assert direct_elements(["labor_or_services", "force", "coercion", "nonsense"]) == {Element.LABOR_OR_SERVICES}


def test_work_stated_by_the_lead_with_restraint_and_threats_fully_paid_is_labor_trafficking():
    """Paid in full, normal hours (no D03, no D09), but not free to leave (D04) and threatened (D05)."""
    result = assess(LEAD, lead(did_work=yes(), not_free=yes(), threats=yes()), True, ADULT, at=NOW)
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.INDICATED
    assert result.labor is Finding.INDICATED
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    (stated,) = [r for r in result.reasons if r.question == "did_work"]
    assert (stated.answer, stated.indicator, stated.rule) == ("Yes", "", Rule.for_element(Element.LABOR_OR_SERVICES))
    assert stated.text == 'The answer "Yes" shows labor or services for someone by itself, without an indicator code.'


def test_a_no_to_the_lead_rules_the_work_out_and_says_the_indicators_are_there():
    result = assess(LEAD, lead(not_free=yes(), threats=yes()), False, ADULT, at=NOW)
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.NOT_INDICATED
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert all(r.question != "did_work" for r in result.reasons)
    assert result.summary == (
        "The answers do not indicate sex or labor trafficking under U.S. law, but some indicators are present "
        "(below): offer services and the hotline."
    )


def test_where_nothing_asks_about_work_the_labor_purpose_with_means_leaves_it_open():
    """No lead question (as in a brief screen): not free to leave (D04: coercion, servitude) and threats (D05)."""
    result = assess(TINY, all_no(not_free=yes(), threats=yes()), True, ADULT, at=NOW)
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.UNKNOWN
    assert result.unresolved[Element.LABOR_OR_SERVICES] == ()
    assert (result.labor, result.category) == (Finding.INCONCLUSIVE, ResultCategory.INCONCLUSIVE)
    assert result.summary.startswith("Inconclusive: the answers show indicators of possible trafficking but not every")


def test_with_nothing_present_the_summary_says_no_indicators():
    result = assess(TINY, all_no(), False, ADULT, at=NOW)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert result.summary == "No indicators identified in the answers given."


@pytest.mark.parametrize("open_answer", [declined(), dont_know()])
def test_an_open_lead_leaves_labor_or_services_unknown_never_not_indicated(open_answer):
    result = assess(LEAD, lead(did_work=open_answer, not_free=yes(), threats=yes()), None, ADULT, at=NOW)
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.UNKNOWN
    assert result.unresolved[Element.LABOR_OR_SERVICES] == ("did_work",)
    assert result.labor is Finding.INCONCLUSIVE
    (open_reason,) = [r for r in result.reasons if r.question == "did_work"]
    assert (open_reason.indicator, open_reason.rule) == ("", Rule.UNRESOLVED)
    assert open_reason.text.endswith("the answer could show labor or services for someone.")


def test_a_choice_stating_a_commercial_sex_act_under_18_needs_no_means():
    result = assess(LEAD, lead(got_for_sex=picked("food_or_shelter")), True, MINOR, at=NOW)
    assert result.elements[Element.COMMERCIAL_SEX_ACT] is ElementStatus.INDICATED
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert ("got_for_sex", "", "element.commercial_sex_act") in keys(result)


def test_a_minor_who_works_without_force_fraud_or_coercion_gets_the_child_labor_note_only():
    result = assess(LEAD, lead(did_work=yes()), False, MINOR, at=NOW)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert result.labor is Finding.NOT_INDICATED
    assert any("child-labor laws may still apply" in note for note in result.notes)


def test_an_adult_who_works_gets_no_child_labor_note_because_a_sex_question_is_open():
    """An open "was it before 18?" (D08) is about a sex act, not the work: the adult's work gets no child-labor note."""
    answers = lead(did_work=yes(), wages=picked("unpaid"), sex_under18=declined())
    result = assess(LEAD, answers, None, ADULT, at=NOW)
    assert result.elements[Element.UNDER18_AT_ACT] is ElementStatus.UNKNOWN
    assert not any("child-labor" in note for note in result.notes)
    assert ADULT.under18_at_act() is Tri.NO


def test_undecided_questions_need_no_answer_and_are_shown_as_not_asked():
    answers = lead(not_free=yes(), threats=yes())
    del answers["did_work"]
    result = assess(LEAD, answers, None, ADULT, at=NOW, undecided=("did_work", "debt"))
    assert result.labor is Finding.INCONCLUSIVE
    assert result.unresolved[Element.LABOR_OR_SERVICES] == ("did_work",)
    assert {r.answer for r in result.reasons if r.question == "did_work"} == {"Not asked: depends on an open answer"}
    assert all(r.question != "debt" for r in result.reasons)  # the "no" given wins over the name in undecided


def test_undecided_or_unanswered_give_the_same_findings():
    answers = lead(not_free=yes(), threats=yes())
    del answers["did_work"]
    as_undecided = assess(LEAD, answers, None, ADULT, at=NOW, undecided=("did_work",))
    as_unanswered = assess(LEAD, answers, None, ADULT, at=NOW, unanswered=("did_work",))
    assert (as_undecided.category, as_undecided.elements, as_undecided.unresolved) == (
        as_unanswered.category,
        as_unanswered.elements,
        as_unanswered.unresolved,
    )


def test_an_undecided_name_the_instrument_lacks_is_a_defect():
    with pytest.raises(BugError, match="agee"):
        assess(LEAD, lead(), None, ADULT, at=NOW, undecided=("agee",))


def test_json_round_trip_keeps_element_reasons():
    result = assess(LEAD, lead(did_work=yes(), got_for_sex=declined()), None, MINOR, at=NOW)
    assert assessment_from_json(json.loads(json.dumps(result.to_json()))) == result


# ---- assess_screening over a real screening ----

DEMO = Path(__file__).parent / "data" / "instruments" / "demo" / "1.0.0.yaml"
AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def demo_screening(language: str = "en") -> Screening:
    return Screening(load_instrument_file(DEMO, "demo.yaml"), language=language, today=lambda: date(2024, 6, 1))


def test_assess_screening_treats_the_follow_ups_of_a_declined_lead_as_open():
    """Demo: "have you worked?" declined hides the work section; paid sex "no". The papers and debt questions (D02,
    D03) and the job and problems choices (D04, D09) might apply."""
    screening = demo_screening()
    screening.answer("age", Answer(AnswerStatus.ANSWERED, 30))
    screening.answer("has_worked", Answer(AnswerStatus.DECLINED))
    screening.answer("paid_sex", Answer(AnswerStatus.ANSWERED, "no"))
    person = facts(US, age=30, discovered=AT)
    naive = assess(
        screening.loaded.instrument, screening.scored_answers(), screening.positive(), person, at=AT,
        unanswered=screening.unanswered(),
    )  # fmt: skip
    assert naive.category is ResultCategory.NO_INDICATORS_IDENTIFIED  # what callers got before undecided()

    result = assess_screening(screening, person, at=AT)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.labor is Finding.INCONCLUSIVE
    assert result.unresolved[Element.LABOR_OR_SERVICES] == ("job", "problems", "owes")
    assert {r.answer for r in result.reasons if r.question == "owes"} == {"Not asked: depends on an open answer"}
    documented = assess(
        screening.loaded.instrument, screening.scored_answers(), screening.positive(), person, at=AT,
        unanswered=tuple(screening.unanswered()) + screening.undecided(),
    )  # fmt: skip
    assert (documented.category, documented.elements) == (result.category, result.elements)


def test_assess_screening_uses_the_interview_language_unless_told_otherwise():
    screening = demo_screening("es")
    screening.answer("paid_sex", Answer(AnswerStatus.ANSWERED, "yes"))
    person = facts(US, age=16, discovered=AT)
    assert next(r.answer for r in assess_screening(screening, person, at=AT).reasons if r.question == "paid_sex") == (
        "Sí"
    )
    english = assess_screening(screening, person, at=AT, language="en")
    assert next(r.answer for r in english.reasons if r.question == "paid_sex") == "Yes"


def test_assess_screening_refuses_a_naive_time():
    with pytest.raises(BugError):
        assess_screening(demo_screening(), ADULT, at=datetime(2024, 6, 1, 12, 0))


def test_a_positive_screen_holds_open_what_the_elements_leave_out():
    """The same answers, but the instrument's own rule calls them positive: never "no indicators identified"."""
    result = assess(LEAD, lead(not_free=yes(), threats=yes()), True, ADULT, at=NOW)
    assert (result.sex, result.labor) == (Finding.INCONCLUSIVE, Finding.INCONCLUSIVE)
    assert result.category is ResultCategory.INCONCLUSIVE
    (held,) = [r for r in result.reasons if r.rule == Rule.SCREEN]
    assert (held.question, held.answer, held.indicator) == ("", "Screen positive", "")
    assert "held open" in held.text
    negative = assess(LEAD, lead(not_free=yes(), threats=yes()), False, ADULT, at=NOW)
    assert all(r.rule != Rule.SCREEN for r in negative.reasons)
