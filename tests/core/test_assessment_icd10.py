"""ICD-10-CM suggestions: suspected codes only, initial encounter, and the age-basis ambiguity."""

from __future__ import annotations

from vignettes import NOW, TINY, all_no, declined, facts, picked, yes

from fieldscreen.core.assessment import assess
from fieldscreen.core.icd10 import coding_notes, suggest_codes
from fieldscreen.core.person import Citizenship

US = Citizenship.US_CITIZEN


def _codes(answers, person):
    result = assess(TINY, answers, True, person, at=NOW)
    return suggest_codes(result, person, NOW)


def test_child_sex_gets_the_child_code():
    (only,) = _codes(all_no(sex_exchange=yes()), facts(US, age=15))
    assert only.code == "T76.52XA"
    assert only.title == "Child sexual exploitation, suspected, initial encounter"


def test_adult_labor_gets_the_adult_code():
    (only,) = _codes(all_no(threats=yes(), wages=picked("unpaid")), facts(US, age=40))
    assert only.code == "T76.61XA"


def test_child_labor_gets_the_child_code():
    (only,) = _codes(all_no(threats=yes(), wages=picked("unpaid")), facts(US, age=16))
    assert only.code == "T76.62XA"


def test_unknown_age_offers_both_codes_and_says_why():
    suggestions = _codes(all_no(threats=yes(), wages=picked("unpaid")), facts(US))
    assert [s.code for s in suggestions] == ["T76.62XA", "T76.61XA"]
    assert all("coding rule is not settled" in s.note for s in suggestions)


def test_nothing_for_an_inconclusive_or_negative_result():
    assert _codes(all_no(sex_exchange=declined()), facts(US, age=15)) == ()
    assert _codes(all_no(), facts(US, age=15)) == ()


def test_never_a_confirmed_code():
    answers = all_no(sex_exchange=yes(), violence=yes(), wages=picked("unpaid"))
    for person in (facts(US, age=15), facts(US, age=40), facts(US, age=30, age_at_exploitation=16)):
        assert all(s.code.startswith("T76.") and s.code.endswith("A") for s in _codes(answers, person))
    assert any("T74" in note for note in coding_notes())
