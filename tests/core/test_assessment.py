"""The assessment function: element derivation, the two-pass evaluation, categories, texts and the JSON form."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from vignettes import NOW, TINY, YES_NO, all_no, declined, facts, picked, yes

from fieldscreen.core import i18n
from fieldscreen.core.assessment import (
    RULES_VERSION,
    ElementStatus,
    Finding,
    ResultCategory,
    ScreenResult,
    assess,
    assessment_from_json,
    rule_words,
)
from fieldscreen.core.elements import ELEMENTS_BY_INDICATOR, Element, elements_for, indicator_label
from fieldscreen.core.errors import BugError
from fieldscreen.core.person import Citizenship

ADULT = facts(Citizenship.US_CITIZEN, age=30)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("D01", {Element.FRAUD}),
        ("D02", {Element.COERCION}),
        ("D03", {Element.LABOR_PURPOSE, Element.LABOR_OR_SERVICES}),
        ("D04", {Element.COERCION, Element.LABOR_PURPOSE}),
        ("D05", {Element.COERCION}),
        ("D06", {Element.FORCE}),
        ("D07", {Element.COMMERCIAL_SEX_ACT}),
        ("D08", {Element.COMMERCIAL_SEX_ACT, Element.UNDER18_AT_ACT}),
        ("D09", {Element.LABOR_PURPOSE, Element.LABOR_OR_SERVICES}),
        ("D10", set()),
        ("D11", set()),
        ("X99", set()),
    ],
)
def test_each_indicator_points_to_its_elements(code, expected):
    assert elements_for([code]) == expected


def test_every_indicator_code_has_a_label():
    assert all(indicator_label(code) != code for code in ELEMENTS_BY_INDICATOR)
    assert indicator_label("X99") == "X99"


@pytest.mark.parametrize("name", sorted(YES_NO))
def test_each_yes_is_indicated_and_each_decline_is_unknown_never_not_indicated(name):
    code = YES_NO[name]
    said_yes = assess(TINY, all_no(**{name: yes()}), True, ADULT, at=NOW)
    said_nothing = assess(TINY, all_no(**{name: declined()}), None, ADULT, at=NOW)
    for element in elements_for([code]):
        assert said_yes.elements[element] is ElementStatus.INDICATED
        assert said_nothing.elements[element] is ElementStatus.UNKNOWN
        assert said_nothing.unresolved[element] == (name,)


def test_all_no_indicates_nothing():
    result = assess(TINY, all_no(), False, ADULT, at=NOW)
    assert set(result.elements.values()) == {ElementStatus.NOT_INDICATED}
    assert result.unresolved == {}
    assert (result.sex, result.labor) == (Finding.NOT_INDICATED, Finding.NOT_INDICATED)
    assert not result.indicated and not result.inconclusive


def test_a_declined_question_that_cannot_change_a_rule_leaves_the_result_alone():
    """Force alone, even if it were yes, makes neither rule true: the result stays "no indicators"."""
    result = assess(TINY, all_no(violence=declined()), None, ADULT, at=NOW)
    assert result.elements[Element.FORCE] is ElementStatus.UNKNOWN
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED


def test_everything_declined_is_inconclusive():
    answers = {name: declined() for name in YES_NO} | {"wages": declined()}
    result = assess(TINY, answers, None, ADULT, at=NOW)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert (result.sex, result.labor) == (Finding.INCONCLUSIVE, Finding.INCONCLUSIVE)
    assert result.inconclusive and not result.indicated


def test_labor_indicated_with_sex_inconclusive_says_so():
    answers = all_no(not_free=yes(), wages=picked("unpaid"), sex_exchange=declined(), violence=declined())
    result = assess(TINY, answers, True, ADULT, at=NOW)
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert result.sex is Finding.INCONCLUSIVE
    assert result.summary.endswith("Possible sex trafficking could not be ruled out: some answers are open.")


@pytest.mark.parametrize(
    ("positive", "expected"),
    [(True, ScreenResult.POSITIVE), (False, ScreenResult.NEGATIVE), (None, ScreenResult.INCOMPLETE)],
)
def test_screen_result_follows_the_positive_rule(positive, expected):
    assert assess(TINY, all_no(), positive, ADULT, at=NOW).screen_result is expected


def test_rules_version_and_instrument_are_recorded():
    result = assess(TINY, all_no(), False, ADULT, at=NOW)
    assert (result.rules_version, result.instrument_id, result.instrument_version) == (RULES_VERSION, "tiny", "1.0.0")
    assert result.assessed_at == NOW


def test_multiple_choice_reasons_list_each_selected_choice():
    result = assess(TINY, all_no(wages=picked("unpaid", "hours")), True, ADULT, at=NOW)
    shown = {r.answer for r in result.reasons if r.question == "wages"}
    assert shown == {"Not paid or paid far too little", "Far too many hours"}


def test_a_naive_time_is_a_defect():
    with pytest.raises(BugError):
        assess(TINY, all_no(), False, ADULT, at=datetime(2026, 11, 20, 16, 0))


def test_json_round_trip_keeps_everything():
    result = assess(TINY, all_no(sex_exchange=yes(), violence=declined()), None, facts(age=16), at=NOW)
    data = json.loads(json.dumps(result.to_json()))
    assert assessment_from_json(data) == result


def test_summary_and_reasons_go_through_translate():
    seen = []

    def backend(context, text, disambiguation=None, n=-1):
        seen.append(context)
        return text.upper()

    i18n.set_backend(backend)
    try:
        result = assess(TINY, all_no(sex_exchange=yes()), True, facts(age=16), at=NOW)
    finally:
        i18n.set_backend(None)
    assert result.summary == "INDICATORS OF POSSIBLE SEX TRAFFICKING PRESENT: REFER."
    assert result.reasons[0].text.startswith('THE ANSWER "Yes" CARRIES INDICATOR D07 (SEX EXCHANGED')  # filled after
    assert {"Assessment", "Indicators", "Elements"} <= set(seen)


@pytest.mark.parametrize(
    "answers",
    [
        all_no(),
        all_no(sex_exchange=yes()),
        all_no(sex_exchange=declined()),
        all_no(sex_exchange=yes(), violence=yes(), wages=picked("unpaid")),
        all_no(not_free=yes(), wages=picked("hours")),
    ],
)
def test_no_text_ever_says_victim(answers):
    for person in (facts(age=15), facts(age=40), facts()):
        result = assess(TINY, answers, None, person, at=NOW)
        words = " ".join([result.summary, *result.notes, *(r.text for r in result.reasons)])
        words += " ".join(o.text for o in result.outcomes)
        assert "victim" not in words.lower()


def test_rule_ids_read_as_plain_words_and_unknown_ones_stay_as_they_are():
    assert rule_words("element.force") == "force"
    assert rule_words("element.under18_at_act") == "under 18 at the time of the act"
    assert rule_words("risk") == "a risk factor only, not an element"
    assert rule_words("screen") == "the instrument's positive screen"
    assert rule_words("element.from_a_newer_version") == "element.from_a_newer_version"
    assert rule_words("sex.under18") == "sex.under18"
