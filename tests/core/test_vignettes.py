"""Vignettes: short realistic stories, each with the expected result, reasons, actions and due times.

They run against a tiny instrument built from core.models (tests/core/vignettes). Unless said otherwise the official
found out on 20 Nov 2026 at 14:30 UTC and the screening is assessed and routed at 16:00 UTC the same day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from vignettes import (
    DISCOVERED,
    NOW,
    TINY,
    all_no,
    by_kind,
    declined,
    dont_know,
    facts,
    kinds,
    picked,
    reason_keys,
    run,
    skipped,
    yes,
)

from fieldscreen.core.assessment import ElementStatus, Finding, ResultCategory, Rule, ScreenResult, assess
from fieldscreen.core.elements import Element
from fieldscreen.core.errors import BugError
from fieldscreen.core.icd10 import suggest_codes
from fieldscreen.core.person import Citizenship, Need, PersonFacts, Tri
from fieldscreen.core.routing import Flag, Urgency

FN = Citizenship.FOREIGN_NATIONAL
US = Citizenship.US_CITIZEN
LPR = Citizenship.PERMANENT_RESIDENT
UNKNOWN = Citizenship.UNKNOWN
DAY_AFTER = DISCOVERED + timedelta(hours=24)  # 21 Nov 2026 14:30 UTC
U18 = ("", "", "element.under18_at_act")


# --- foreign-national minors: Request for Assistance ------------------------------------------------------------------


def test_foreign_girl_16_sex_for_a_place_to_stay_no_force():
    """A 16-year-old foreign national had sex with a man who let her sleep at his flat; nobody forced her.

    Expected: possible sex trafficking (under 18, no means needed); RFA due 24 h after discovery; child welfare and law
    enforcement within 24 h; hotline.
    """
    result, actions = run(all_no(sex_exchange=yes()), facts(FN, age=16))
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert result.summary == "Indicators of possible sex trafficking present: refer."
    assert reason_keys(result) == {("sex_exchange", "D07", "element.commercial_sex_act"), U18}
    assert {o.rule: o.finding for o in result.outcomes} == {
        Rule.SEX_UNDER18: Finding.INDICATED,
        Rule.SEX_FFC: Finding.NOT_INDICATED,
        Rule.LABOR_FFC: Finding.NOT_INDICATED,
    }
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "hotline"]
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == datetime(2026, 11, 21, 14, 30, tzinfo=UTC)
    assert rfa.urgency is Urgency.CRITICAL and rfa.flags == ()
    assert rfa.legal_basis == "22 U.S.C. 7105(b)(1)(G) (TVPRA 2008)"
    assert any("partial (initial) notice" in n and "supplement" in n for n in rfa.notes)
    assert any("202-205-4582" in n for n in rfa.notes)
    assert by_kind(actions, "child_welfare").due_at == by_kind(actions, "law_enforcement").due_at == DAY_AFTER
    assert Flag.STATE_RULES_VARY in by_kind(actions, "child_welfare").flags


def test_boy_15_unknown_citizenship_papers_held_and_unpaid_debt():
    """A 15-year-old works in a restaurant kitchen; the owner keeps his papers, pays nothing and says he owes for the
    trip. Nobody knows yet whether he is a citizen.

    Expected: possible labor trafficking; RFA due 24 h, flagged "citizenship unknown"; child welfare, law enforcement.
    """
    result, actions = run(all_no(papers_held=yes(), wages=picked("unpaid"), debt=yes()), facts(UNKNOWN, age=15))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert {("papers_held", "D02", "element.coercion"), ("debt", "D03", "element.labor_purpose")} <= reason_keys(result)
    assert ("wages", "D09", "element.labor_or_services") in reason_keys(result)
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == DAY_AFTER
    assert rfa.flags == (Flag.CITIZENSHIP_UNKNOWN,)
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "hotline"]


def test_age_unknown_foreign_person_exchanging_sex_no_force():
    """A young-looking foreign national without papers exchanges sex for food; no age, no date of birth; no force.

    Expected: inconclusive (under 18 at the act unknown); RFA still due 24 h, flagged "age unknown" and "send what is
    known"; child welfare and law enforcement flagged the same; a follow-up.
    """
    result, actions = run(all_no(sex_exchange=yes()), facts(FN))
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.elements[Element.UNDER18_AT_ACT] is ElementStatus.UNKNOWN
    assert result.unresolved == {Element.UNDER18_AT_ACT: ()}
    assert "Age at the time of the act is not known: treated as possibly under 18." in result.notes
    assert ("", "", "unresolved") in reason_keys(result)
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == DAY_AFTER
    assert rfa.flags == (Flag.AGE_UNKNOWN, Flag.INCONCLUSIVE)
    assert by_kind(actions, "child_welfare").flags == (Flag.AGE_UNKNOWN, Flag.INCONCLUSIVE, Flag.STATE_RULES_VARY)
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "follow_up", "hotline"]


def test_girl_17_whose_18th_birthday_is_in_10_hours():
    """A 17-year-old foreign national, forced into commercial sex by threats against her family, is found at 14:00
    UTC; she turns 18 at midnight.

    Expected: possible sex trafficking; the RFA is due at 23:59 local time tonight (the day before the 18th birthday),
    not 24 h after discovery, flagged; 9 h 59 min left.
    """
    found = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
    person = facts(FN, born=date(2008, 11, 21), discovered=found)
    result, actions = run(all_no(sex_exchange=yes(), threats=yes()), person, now=found)
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert {o.rule: o.finding for o in result.outcomes}[Rule.SEX_FFC] is Finding.INDICATED
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == datetime(2026, 11, 20, 23, 59, tzinfo=UTC)
    assert rfa.flags == (Flag.BIRTHDAY_BEFORE_DEADLINE,)
    assert rfa.countdown(found).remaining == timedelta(hours=9, minutes=59)
    assert kinds(actions)[0] == "hhs_rfa"
    assert by_kind(actions, "child_welfare").due_at == datetime(2026, 11, 21, 14, 0, tzinfo=UTC)


def test_boy_14_discovered_three_days_ago_is_overdue_but_otip_still_accepts():
    """A 14-year-old foreign national beaten and sold for sex was found three days ago; the screening is only now.

    Expected: possible sex trafficking; RFA was due 24 h after discovery; it is overdue, and OTIP still accepts it.
    """
    found = NOW - timedelta(days=3)
    result, actions = run(all_no(sex_exchange=yes(), violence=yes()), facts(FN, age=14, discovered=found))
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
    assert Flag.OVERDUE in rfa.flags
    assert any("still accepts" in n for n in rfa.notes)
    clock = rfa.countdown(NOW)
    assert clock.overdue and clock.overdue_by == timedelta(days=2)
    assert Flag.OVERDUE in by_kind(actions, "law_enforcement").flags


def test_foreign_girl_16_declines_the_sex_question_inconclusive_not_negative():
    """A 16-year-old foreign national answers no to everything but declines the question about exchanging sex.

    Expected: inconclusive, never negative; the instrument's rule cannot be decided (incomplete); RFA flagged "send what
    is known", child welfare, law enforcement, follow-up.
    """
    result, actions = run(all_no(sex_exchange=declined()), facts(FN, age=16), positive=None)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.screen_result is ScreenResult.INCOMPLETE
    assert result.sex is Finding.INCONCLUSIVE
    assert result.unresolved == {Element.COMMERCIAL_SEX_ACT: ("sex_exchange",)}
    assert ("sex_exchange", "D07", "unresolved") in reason_keys(result)
    assert by_kind(actions, "hhs_rfa").flags == (Flag.INCONCLUSIVE,)
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "follow_up", "hotline"]


def test_17_year_old_found_30_hours_ago_by_date_of_birth():
    """A foreign national born 2 March 2009 (17) was found picking crops behind a locked gate, unpaid, 30 hours ago.

    Expected: possible labor trafficking; RFA overdue by 6 hours.
    """
    found = NOW - timedelta(hours=30)
    person = facts(FN, born=date(2009, 3, 2), discovered=found)
    result, actions = run(all_no(not_free=yes(), wages=picked("unpaid", "hours")), person)
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == NOW - timedelta(hours=6)
    assert rfa.countdown(NOW).overdue_by == timedelta(hours=6)
    assert rfa.countdown(NOW).describe() == "Overdue by 6 h 00 min"


def test_leap_day_child_turns_18_on_1_march():
    """A girl born 29 Feb 2008, foreign national, forced to sell sex, is found on 28 Feb 2026 at 10:00 UTC.

    Expected: she turns 18 on 1 March 2026; RFA due 28 Feb 23:59 local time (UTC in the tests), flagged.
    """
    found = datetime(2026, 2, 28, 10, 0, tzinfo=UTC)
    person = facts(FN, born=date(2008, 2, 29), discovered=found)
    _, actions = run(all_no(sex_exchange=yes(), violence=yes()), person, now=found)
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == datetime(2026, 2, 28, 23, 59, tzinfo=UTC)
    assert Flag.BIRTHDAY_BEFORE_DEADLINE in rfa.flags


def test_foreign_boy_13_with_no_indicators_gets_hotline_only():
    """A 13-year-old foreign national travelling with his aunt answers no to every question; not in federal custody.

    Expected: no indicators identified; no RFA; hotline information.
    """
    result, actions = run(all_no(), facts(FN, age=13), positive=False)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert result.screen_result is ScreenResult.NEGATIVE
    assert result.reasons == ()
    assert kinds(actions) == ["hotline"]


def test_minor_by_estimate_17_domestic_work_with_threats():
    """A girl who says she is 17 (no papers) cleans a family's house, unpaid, and is told she will be deported if she
    leaves.

    Expected: possible labor trafficking; RFA 24 h; child welfare and law enforcement.
    """
    answers = all_no(work_type=picked("domestic"), wages=picked("unpaid"), threats=yes())
    result, actions = run(answers, facts(FN, age=17))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert ("threats", "D05", "element.coercion") in reason_keys(result)
    assert by_kind(actions, "hhs_rfa").due_at == DAY_AFTER


# --- unaccompanied children in federal custody ------------------------------------------------------------------------


def test_unaccompanied_child_with_no_indicators_still_gets_the_48_hour_notice():
    """A 12-year-old travelling alone is in Border Patrol custody; every answer is no.

    Expected: no indicators identified; HHS notification due 48 h after discovery anyway; ORR transfer within 72 h as
    information; hotline; no RFA.
    """
    result, actions = run(all_no(), facts(FN, age=12, uc=Tri.YES), positive=False)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert kinds(actions) == ["hhs_uc_notice", "orr_transfer", "hotline"]
    notice = by_kind(actions, "hhs_uc_notice")
    assert notice.due_at == datetime(2026, 11, 22, 14, 30, tzinfo=UTC)
    assert notice.urgency is Urgency.HIGH
    assert notice.legal_basis.startswith("8 U.S.C. 1232")
    transfer = by_kind(actions, "orr_transfer")
    assert transfer.due_at == datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
    assert transfer.urgency is Urgency.INFORMATION


def test_unaccompanied_child_15_forced_to_work_off_a_smuggling_debt():
    """A 15-year-old unaccompanied child in custody says he was kept in a house and made to work without pay to repay
    the smuggler.

    Expected: possible labor trafficking; RFA 24 h, child welfare and law enforcement 24 h, HHS notice 48 h, ORR 72 h.
    """
    result, actions = run(all_no(not_free=yes(), debt=yes(), wages=picked("unpaid")), facts(FN, age=15, uc=Tri.YES))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert kinds(actions) == [
        "hhs_rfa",
        "child_welfare",
        "law_enforcement",
        "hhs_uc_notice",
        "orr_transfer",
        "hotline",
    ]
    assert [a.due_at for a in actions][:5] == [
        DAY_AFTER,
        DAY_AFTER,
        DAY_AFTER,
        datetime(2026, 11, 22, 14, 30, tzinfo=UTC),
        datetime(2026, 11, 23, 14, 30, tzinfo=UTC),
    ]


@pytest.mark.parametrize("uc", [Tri.UNKNOWN, Tri.NO])
def test_a_foreign_minor_not_known_to_be_unaccompanied_still_gets_the_24_hour_notice(uc):
    """A 15-year-old foreign national made to work off a debt; nobody said whether he is an unaccompanied child.

    Expected: the 24-hour RFA, child welfare and law enforcement, whatever the custody answer; the 48-hour notice only
    when the answer is yes (it falls on the agency holding the child, which knows it).
    """
    result, actions = run(all_no(not_free=yes(), debt=yes(), wages=picked("unpaid")), facts(FN, age=15, uc=uc))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "hotline"]
    assert by_kind(actions, "hhs_rfa").due_at == DAY_AFTER


def test_the_custody_answer_is_not_known_until_given():
    assert PersonFacts(DISCOVERED).unaccompanied_child_in_custody is Tri.UNKNOWN


# --- minors who are U.S. citizens or permanent residents --------------------------------------------------------------


def test_us_citizen_runaway_15_trading_sex_for_food():
    """A 15-year-old U.S. citizen who ran away from home trades sex for meals and a couch.

    Expected: possible sex trafficking; child welfare and law enforcement within 24 h; services (no HHS letter
    needed); no RFA (citizen); the runaway history shows as a risk factor, not an element.
    """
    result, actions = run(all_no(sex_exchange=yes(), homeless=yes()), facts(US, age=15))
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert ("homeless", "D11", "risk") in reason_keys(result)
    assert kinds(actions) == ["child_welfare", "law_enforcement", "services", "hotline"]
    assert by_kind(actions, "child_welfare").legal_basis.startswith("State mandated-reporting law")


def test_permanent_resident_17_in_a_nail_salon_with_threats():
    """A 17-year-old permanent resident works 14-hour days in a nail salon for nothing; the owner threatens her
    family.

    Expected: possible labor trafficking; child welfare and law enforcement; services; no RFA.
    """
    result, actions = run(all_no(threats=yes(), wages=picked("unpaid", "hours")), facts(LPR, age=17))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert kinds(actions) == ["child_welfare", "law_enforcement", "services", "hotline"]


def test_minor_working_without_force_fraud_or_coercion_is_not_labor_trafficking():
    """A 15-year-old U.S. citizen picks berries for a neighbour for far too little money; no threats, no lies, free to
    leave.

    Expected: not labor trafficking (age does not remove the means requirement): no indicators identified, a
    child-labor note; hotline only.
    """
    result, actions = run(all_no(wages=picked("unpaid")), facts(US, age=15), positive=False)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert result.labor is Finding.NOT_INDICATED
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.INDICATED
    assert any("child-labor laws may still apply" in n for n in result.notes)
    assert kinds(actions) == ["hotline"]


def test_minor_working_with_the_threats_question_declined_is_inconclusive():
    """The same berry-picking 15-year-old declines to say whether anyone threatened him.

    Expected: inconclusive; child welfare and law enforcement still, flagged "send what is known"; follow-up.
    """
    result, actions = run(all_no(wages=picked("unpaid"), threats=declined()), facts(US, age=15), positive=None)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.unresolved == {Element.COERCION: ("threats",)}
    assert kinds(actions) == ["child_welfare", "law_enforcement", "follow_up", "hotline"]
    assert Flag.INCONCLUSIVE in by_kind(actions, "law_enforcement").flags


# --- foreign-national adults ------------------------------------------------------------------------------------------


def test_foreign_farmworker_34_lied_to_papers_held_and_in_debt():
    """A 34-year-old foreign national was promised a hotel job, put on a farm instead, his passport kept, and told he
    owes $4,000 for the visa.

    Expected: possible labor trafficking; federal law enforcement (Continued Presence), immigration legal services
    (T visa), TVAP; HHS Certification follows DHS action (information); hotline. No RFA, no child welfare.
    """
    answers = all_no(false_promise=yes(), papers_held=yes(), debt=yes(), work_type=picked("farm"))
    result, actions = run(answers, facts(FN, age=34))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert reason_keys(result) == {
        ("false_promise", "D01", "element.fraud"),
        ("papers_held", "D02", "element.coercion"),
        ("debt", "D03", "element.labor_purpose"),
        ("debt", "D03", "element.labor_or_services"),
    }
    assert kinds(actions) == [
        "federal_law_enforcement",
        "immigration_legal",
        "tvap",
        "hhs_certification",
        "hotline",
    ]
    assert all(a.due_at is None for a in actions)
    cp = by_kind(actions, "federal_law_enforcement")
    assert cp.legal_basis == "22 U.S.C. 7105(c)(3) (Continued Presence)"
    assert "bargaining chip" in cp.reason
    assert by_kind(actions, "hhs_certification").contact == "866-401-5510"


def test_adult_now_but_16_at_exploitation():
    """A 22-year-old foreign national says that at 16 she was made to have sex with men for the rent; no force.

    Expected: possible sex trafficking (under 18 at the act); routed as an adult: no RFA; flagged; T-visa note about the
    minor-at-act exemption from the law-enforcement cooperation requirement; both child and adult ICD codes offered.
    """
    person = facts(FN, age=22, age_at_exploitation=16)
    result, actions = run(all_no(sex_exchange=yes()), person)
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert U18 in reason_keys(result)
    assert "hhs_rfa" not in kinds(actions) and "child_welfare" not in kinds(actions)
    visa = by_kind(actions, "immigration_legal")
    assert Flag.MINOR_AT_ACT in visa.flags
    assert any("exempt from the T-visa requirement" in n for n in visa.notes)
    assert any("needs no force, fraud or coercion" in n for n in by_kind(actions, "federal_law_enforcement").notes)
    assert [c.code for c in suggest_codes(result, person, NOW)] == ["T76.52XA", "T76.51XA"]


def test_foreign_woman_lied_to_in_debt_and_beaten_into_commercial_sex_both():
    """A 27-year-old foreign national came for a waitress job, was told she owed the recruiter, was beaten and made to
    sell sex, and cleaned the house unpaid.

    Expected: both sex and labor trafficking indicated; suggested codes T76.51XA and T76.61XA.
    """
    answers = all_no(false_promise=yes(), debt=yes(), violence=yes(), sex_exchange=yes(), wages=picked("unpaid"))
    person = facts(FN, age=27)
    result, actions = run(answers, person)
    assert result.category is ResultCategory.BOTH
    assert result.summary == "Indicators of possible sex trafficking and labor trafficking present: refer."
    assert {("violence", "D06", "element.force"), ("sex_exchange", "D07", "element.commercial_sex_act")} <= (
        reason_keys(result)
    )
    assert [c.code for c in suggest_codes(result, person, NOW)] == ["T76.51XA", "T76.61XA"]
    assert "federal_law_enforcement" in kinds(actions)


def test_sex_indicated_while_labor_stays_inconclusive():
    """A 30-year-old foreign national is threatened with deportation unless she sells sex; she declines to talk about
    pay.

    Expected: possible sex trafficking; labor listed as inconclusive, and the summary says it was not ruled out.
    """
    result, _ = run(all_no(sex_exchange=yes(), threats=yes(), wages=declined()), facts(FN, age=30))
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert result.labor is Finding.INCONCLUSIVE
    assert result.summary == (
        "Indicators of possible sex trafficking present: refer. "
        "Possible labor trafficking could not be ruled out: some answers are open."
    )
    assert result.unresolved == {
        Element.LABOR_PURPOSE: ("wages",),
        Element.LABOR_OR_SERVICES: ("wages",),
    }


def test_foreign_adult_with_immigration_and_other_needs():
    """A 40-year-old foreign national restaurant worker, lied to about the job and not free to leave, needs shelter,
    a doctor, an interpreter and immigration help.

    Expected: possible labor trafficking; service referrals for shelter, medical care and an interpreter, without
    deadlines; the immigration need is covered by the immigration legal services action.
    """
    needs = (Need.SHELTER, Need.MEDICAL, Need.INTERPRETER, Need.IMMIGRATION_LEGAL)
    result, actions = run(
        all_no(false_promise=yes(), not_free=yes(), wages=picked("hours")), facts(FN, age=40, needs=needs)
    )
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    referrals = [a for a in actions if a.kind.value == "service_referral"]
    assert [a.need for a in referrals] == [Need.SHELTER, Need.MEDICAL, Need.INTERPRETER]
    assert all(a.due_at is None and a.urgency is Urgency.ROUTINE for a in referrals)
    assert kinds(actions).count("immigration_legal") == 1


def test_foreign_adult_sex_with_violence_skipped_is_inconclusive():
    """A 25-year-old foreign national trades sex for a place to stay; the violence question was skipped because she
    started crying.

    Expected: inconclusive; follow-up and hotline; no Continued Presence referral on an open result.
    """
    result, actions = run(all_no(sex_exchange=yes(), violence=skipped("person upset")), facts(FN, age=25))
    assert result.category is ResultCategory.INCONCLUSIVE
    assert ("violence", "D06", "unresolved") in reason_keys(result)
    assert next(r.answer for r in result.reasons if r.question == "violence") == "Skipped"
    assert kinds(actions) == ["follow_up", "hotline"]


def test_foreign_adult_fraud_and_withheld_wages():
    """A 45-year-old foreign national was recruited for construction with a false wage promise and is paid nothing.

    Expected: possible labor trafficking (fraud; work for someone; wages withheld).
    """
    result, _ = run(all_no(false_promise=yes(), wages=picked("unpaid")), facts(FN, age=45))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert {o.rule: o.finding for o in result.outcomes}[Rule.LABOR_FFC] is Finding.INDICATED


# --- U.S. citizen and permanent-resident adults, unknown status -------------------------------------------------------


def test_us_citizen_adult_in_a_traveling_sales_crew_with_threats():
    """A 23-year-old U.S. citizen sells magazines door to door; the crew leader takes all his pay and threatens to
    leave him stranded and hurt him if he quits.

    Expected: possible labor trafficking; trafficking-specific services and the hotline; no HHS letter needed.
    """
    result, actions = run(all_no(threats=yes(), wages=picked("unpaid", "hours")), facts(US, age=23))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert kinds(actions) == ["services", "hotline"]
    assert by_kind(actions, "hotline").contact.startswith("1-888-373-7888")
    assert "233733" in by_kind(actions, "hotline").contact


def test_us_citizen_adult_who_was_under_18_at_the_time():
    """A 25-year-old U.S. citizen says she was sold for sex by a boyfriend when she was a teenager (exact age not
    given).

    Expected: possible sex trafficking through the under-18 rule; services with the "under 18 at the act" flag.
    """
    person = facts(US, age=25, under18_at_exploitation=Tri.YES)
    result, actions = run(all_no(sex_exchange=yes()), person)
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert kinds(actions) == ["services", "hotline"]
    assert Flag.MINOR_AT_ACT in by_kind(actions, "services").flags


def test_permanent_resident_adult_answers_that_it_happened_before_18():
    """A 30-year-old permanent resident answers yes to "did this happen before you were 18?"; no other record of age.

    Expected: possible sex trafficking from the answer itself (D08); routed as an adult with the flag.
    """
    result, actions = run(all_no(sex_under18=yes()), facts(LPR, age=30))
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert ("sex_under18", "D08", "element.under18_at_act") in reason_keys(result)
    assert Flag.MINOR_AT_ACT in by_kind(actions, "services").flags


def test_adult_of_unknown_citizenship_beaten_and_sold_for_sex():
    """A 29-year-old whose status nobody knows yet was beaten and sold for sex.

    Expected: possible sex trafficking; both the foreign-national referrals (flagged "citizenship unknown") and
    services.
    """
    _, actions = run(all_no(sex_exchange=yes(), violence=yes()), facts(UNKNOWN, age=29))
    assert kinds(actions) == [
        "federal_law_enforcement",
        "immigration_legal",
        "services",
        "tvap",
        "hhs_certification",
        "hotline",
    ]
    assert Flag.CITIZENSHIP_UNKNOWN in by_kind(actions, "federal_law_enforcement").flags
    assert Flag.CITIZENSHIP_UNKNOWN in by_kind(actions, "services").flags


def test_adult_with_no_indicators_gets_the_hotline_and_recorded_needs():
    """A 50-year-old U.S. citizen at a food bank answers no to everything but needs food and child care.

    Expected: no indicators identified; hotline; referrals for food and child care.
    """
    person = facts(US, age=50, needs=(Need.CHILDCARE, Need.FOOD))
    result, actions = run(all_no(), person, positive=False)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert result.summary == "No indicators identified in the answers given."
    assert kinds(actions) == ["service_referral", "service_referral", "hotline"]
    assert [a.need for a in actions[:2]] == [Need.FOOD, Need.CHILDCARE]


def test_adult_exchanging_sex_without_force_fraud_or_coercion_is_not_sex_trafficking():
    """A 28-year-old U.S. citizen exchanges sex for money on her own terms; no threats, no violence, no lies.

    Expected: the rules alone do not show sex trafficking (a note says so), but the instrument's screen is positive,
    so the result is held open: inconclusive, a follow-up and the hotline, never "no indicators identified".
    """
    result, actions = run(all_no(sex_exchange=yes()), facts(US, age=28))
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.INCONCLUSIVE
    assert (result.sex, result.labor) == (Finding.INCONCLUSIVE, Finding.NOT_INDICATED)
    assert any("a severe form of trafficking under the TVPA only with force" in n for n in result.notes)
    assert kinds(actions) == ["follow_up", "hotline"]


def test_adult_exchanging_sex_who_declines_the_violence_question_is_inconclusive():
    """The same 28-year-old declines to say whether anyone hurt her.

    Expected: inconclusive, not negative; follow-up and hotline.
    """
    result, actions = run(all_no(sex_exchange=yes(), violence=declined()), facts(US, age=28), positive=None)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.unresolved == {Element.FORCE: ("violence",)}
    assert kinds(actions) == ["follow_up", "hotline"]


def test_adult_whose_age_at_the_act_is_unknown():
    """A 35-year-old U.S. citizen describes exchanging sex for drugs years ago and does not know how old she was then.

    Expected: inconclusive for sex (under 18 at the act unknown); follow-up.
    """
    person = facts(US, age=35, under18_at_exploitation=Tri.UNKNOWN)
    result, actions = run(all_no(sex_exchange=yes()), person)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.sex is Finding.INCONCLUSIVE
    assert kinds(actions) == ["follow_up", "hotline"]


def test_dont_know_on_papers_with_labor_signs_is_inconclusive():
    """A 38-year-old permanent resident works unpaid overtime at a factory; asked whether someone keeps his papers he
    says he does not know.

    Expected: inconclusive labor; nothing negative.
    """
    result, _ = run(all_no(wages=picked("hours"), papers_held=dont_know()), facts(LPR, age=38))
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.labor is Finding.INCONCLUSIVE
    assert next(r.answer for r in result.reasons if r.question == "papers_held") == "Don't know"


def test_only_migration_and_vulnerability_indicators():
    """A 19-year-old foreign national, recently arrived and homeless, answers no to every other question.

    Expected: no indicators identified; the two answers are listed as risk factors, not elements.
    """
    result, actions = run(all_no(homeless=yes(), born_abroad=yes()), facts(FN, age=19), positive=False)
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert reason_keys(result) == {("homeless", "D11", "risk"), ("born_abroad", "D10", "risk")}
    assert kinds(actions) == ["hotline"]


# --- what the caller passes in ----------------------------------------------------------------------------------------


def test_hidden_question_answers_are_not_scored():
    """An adult first said yes to "before you were 18?", then the age answer hid that question; the screening state
    keeps the answer but passes only visible answers.

    Expected: assessed on the scored set only: exchange of sex without means by an adult is not sex trafficking; the
    hidden answer leaves no reason.
    """
    scored = all_no(sex_exchange=yes())
    del scored["sex_under18"]
    result, _ = run(scored, facts(US, age=31))
    assert result.sex is Finding.INCONCLUSIVE  # held open by the positive screen only
    assert all(r.question != "sex_under18" for r in result.reasons)
    with_hidden, _ = run({**scored, "sex_under18": yes()}, facts(US, age=31))
    assert with_hidden.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING


def test_answers_for_questions_not_in_the_instrument_are_a_defect():
    """A caller mixes up instruments and passes an answer the instrument does not have.

    Expected: a BugError naming the stray question, never a silent result.
    """
    with pytest.raises(BugError, match="agee"):
        assess(TINY, {"agee": yes()}, None, facts(US, age=30), at=NOW)


def test_visible_question_left_unanswered_counts_as_open():
    """The interview with a 16-year-old foreign national was cut short before the sex question was reached.

    Expected: the unanswered visible question makes the result inconclusive, not negative; reason "Not answered".
    """
    answers = all_no()
    del answers["sex_exchange"]
    person = facts(FN, age=16)
    result = assess(TINY, answers, None, person, at=NOW, unanswered=("sex_exchange",))
    assert result.category is ResultCategory.INCONCLUSIVE
    assert next(r.answer for r in result.reasons if r.question == "sex_exchange") == "Not answered"


def test_reasons_show_answers_in_the_interview_language():
    """A Spanish-language interview of a 16-year-old foreign national who exchanged sex for food.

    Expected: the reason shows the answer as it was shown in the interview ("Sí").
    """
    result = assess(TINY, all_no(sex_exchange=yes()), True, facts(FN, age=16), at=NOW, language="es")
    assert next(r.answer for r in result.reasons if r.question == "sex_exchange") == "Sí"
