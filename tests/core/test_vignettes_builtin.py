"""Vignettes end to end: the real built-in instruments, through the real loader and screening state, then assessment,
routing and ICD-10-CM suggestions.

Each story answers the questions a screener would (every other shown question "no" or a neutral choice), passes the
screening's scored answers, positive rule and open questions to ``assess``, and routes. The official found out on
20 Nov 2026 at 14:30 UTC; the screening is assessed at 16:00 UTC.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from vignettes import DISCOVERED, NOW, assert_plain_words, by_kind, facts, kinds

from fieldscreen.core.assessment import (
    Assessment,
    ElementStatus,
    Finding,
    ResultCategory,
    ScreenResult,
    assess_screening,
)
from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.elements import Element
from fieldscreen.core.icd10 import suggest_codes
from fieldscreen.core.models import Answer, AnswerStatus, QuestionType
from fieldscreen.core.person import Citizenship, Need, PersonFacts, Tri, needs_from_values
from fieldscreen.core.routing import Action, Flag
from fieldscreen.core.routing import route as route_actions
from fieldscreen.core.screening import Screening

BUILT_INS, _ = load_catalog([Path(__file__).resolve().parents[2] / "resources" / "instruments"])
FN = Citizenship.FOREIGN_NATIONAL
US = Citizenship.US_CITIZEN
DAY_AFTER = DISCOVERED + timedelta(hours=24)

Given = str | int | tuple[str, ...] | AnswerStatus


def _answer(given: Given) -> Answer:
    if isinstance(given, AnswerStatus):
        return Answer(given, None, NOW, "person upset" if given is AnswerStatus.SKIPPED else "")
    return Answer(AnswerStatus.ANSWERED, given, NOW)


def _neutral(screening: Screening, name: str) -> Given:
    question = screening.loaded.questions[name].question
    plain = [c.value for c in question.choices if not c.indicators]
    if question.type is QuestionType.YES_NO:
        return "no"
    if question.type is QuestionType.SELECT_MULTIPLE:
        return ("none",) if "none" in plain else (plain[0],)
    if question.type is QuestionType.SELECT_ONE:
        return plain[0]
    if question.type is QuestionType.INTEGER:
        return 5
    raise AssertionError(f"no neutral answer for {name}")


def interview(instrument: str, language: str = "en", *, finish: bool = True, **given: Given) -> Screening:
    """Answer ``given`` in order through the screening state, then, if ``finish``, every other shown question."""
    loaded = BUILT_INS.latest(instrument)
    screening = Screening(loaded, language=language, today=lambda: NOW.date(), clock=lambda: NOW)
    for name, value in given.items():
        screening.answer(name, _answer(value))
    while finish and (question := screening.first_unanswered()) is not None:
        screening.answer(question.name, _answer(_neutral(screening, question.name)))
    return screening


def outcome(screening: Screening, person: PersonFacts) -> tuple[Assessment, list[Action]]:
    """Assess the screening as the services do (scored answers; unanswered and undecided questions open), route."""
    result = assess_screening(screening, person, at=NOW)
    actions = route_actions(result, person, NOW)
    assert_plain_words(result, actions)
    return result, actions


def needs_of(screening: Screening) -> frozenset[Need]:
    answer = screening.scored_answers().get("needs")
    return needs_from_values(answer.value) if answer and answer.status is AnswerStatus.ANSWERED else frozenset()


def codes_of(result: Assessment) -> set[tuple[str, str]]:
    return {(r.question, r.indicator) for r in result.reasons}


@pytest.mark.parametrize("instrument", ["brief", "adult_full", "youth", "rescreen_uc"])
def test_every_builtin_instrument_uses_only_known_indicator_codes(instrument):
    from fieldscreen.core.elements import DIRECT_ELEMENTS, ELEMENTS_BY_INDICATOR

    loaded = BUILT_INS.latest(instrument)
    used = {code for q in loaded.instrument.questions() for c in q.choices for code in c.indicators}
    assert used and used <= set(ELEMENTS_BY_INDICATOR)
    stated = {e for q in loaded.instrument.questions() for c in q.choices for e in c.elements}
    assert stated <= {e.value for e in DIRECT_ELEMENTS}


@pytest.mark.parametrize("instrument", ["brief", "adult_full", "youth", "rescreen_uc"])
def test_an_all_no_interview_leaves_nothing_undecided_and_is_negative(instrument):
    """Every lead question answered "no" must decide every follow-up: a follow-up whose relevance reads another hidden
    follow-up in an ``or`` stays undecided, which would make every all-"no" screen inconclusive."""
    for person in (facts(US, age=15), facts(US, age=40)):
        screening = interview(instrument)
        assert screening.undecided() == ()
        result, _ = outcome(screening, person)
        assert result.screen_result is ScreenResult.NEGATIVE
        assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED


# --- brief ------------------------------------------------------------------------------------------------------------


def test_brief_foreign_worker_lied_to_and_in_debt():
    """Brief screen at a roadside stop: a 35-year-old foreign national was promised hotel work, put on a construction
    site instead, and owes the recruiter.

    Expected: screen positive; possible labor trafficking (D01 fraud, D03 debt); Continued Presence, T visa, TVAP.
    """
    screening = interview("brief", job_changed="yes", owes_money="yes")
    result, actions = outcome(screening, facts(FN, age=35))
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert codes_of(result) == {("job_changed", "D01"), ("owes_money", "D03")}
    assert kinds(actions) == ["federal_law_enforcement", "immigration_legal", "tvap", "hhs_certification", "hotline"]


def test_brief_foreign_boy_16_lied_to_papers_held_not_free_and_hurt():
    """Brief screen of a 16-year-old foreign national: promised a different job, passport held, not free to leave, hit.
    The brief asks nothing about the work itself.

    Expected: screen positive; inconclusive, never "no indicators" (force, fraud, coercion and servitude are shown, the
    work is not asked); the child notices with the 24-hour RFA, follow-up and hotline.
    """
    given = {"job_changed": "yes", "papers_kept": "yes", "cannot_leave": "yes", "hurt": "yes"}
    result, actions = outcome(interview("brief", **given), facts(FN, age=16))
    assert result.screen_result is ScreenResult.POSITIVE
    assert (result.labor, result.category) == (Finding.INCONCLUSIVE, ResultCategory.INCONCLUSIVE)
    assert codes_of(result) == {(name, code) for name, code in zip(given, ("D01", "D02", "D04", "D06"), strict=True)}
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "follow_up", "hotline"]
    assert actions[0].due_at == DAY_AFTER


def test_brief_all_no_for_a_us_citizen_adult():
    """Brief screen of a 41-year-old U.S. citizen at a clinic; every answer is no.

    Expected: screen negative; no indicators identified; hotline only.
    """
    result, actions = outcome(interview("brief"), facts(US, age=41))
    assert result.screen_result is ScreenResult.NEGATIVE
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert kinds(actions) == ["hotline"]


def test_brief_foreign_girl_16_exchanging_sex_for_a_place_to_stay():
    """Brief screen of a 16-year-old foreign national who stays with a man in exchange for sex; no threats, no harm.

    Expected: screen positive; possible sex trafficking; RFA due 24 h after discovery; child welfare, law enforcement.
    """
    result, actions = outcome(interview("brief", sex_exchange="yes"), facts(FN, age=16))
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "hotline"]
    assert actions[0].due_at == DAY_AFTER


def test_brief_adult_exchanging_sex_who_declines_the_threat_and_harm_questions():
    """Brief screen of a 26-year-old foreign national who trades sex for rent and declines to say whether anyone
    threatened or hurt her.

    Expected: screen positive (its own rule); result inconclusive, not negative; follow-up and hotline.
    """
    screening = interview("brief", sex_exchange="yes", threatened=AnswerStatus.DECLINED, hurt=AnswerStatus.DECLINED)
    result, actions = outcome(screening, facts(FN, age=26))
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.unresolved == {Element.FORCE: ("hurt",), Element.COERCION: ("threatened",)}
    assert kinds(actions) == ["follow_up", "hotline"]


def test_brief_in_spanish_shows_the_spanish_answer():
    """A brief screen in Spanish: a 17-year-old foreign national says his papers are kept and he cannot leave the
    farm, where he works without pay.

    Expected: possible labor trafficking; reasons show "Sí"; RFA due 24 h.
    """
    screening = interview("brief", "es", papers_kept="yes", cannot_leave="yes", unpaid_or_long="yes")
    result, actions = outcome(screening, facts(FN, age=17))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert {r.answer for r in result.reasons} == {"Sí"}
    assert actions[0].kind.value == "hhs_rfa"


def test_brief_interrupted_before_the_last_questions():
    """A brief screen of a 15-year-old foreign national is interrupted after two "no" answers when a companion walks
    in.

    Expected: the open questions are not read as no: screen incomplete, result inconclusive; RFA flagged "send what is
    known"; child welfare and law enforcement; follow-up.
    """
    screening = interview("brief", finish=False, job_changed="no", papers_kept="no")
    result, actions = outcome(screening, facts(FN, age=15))
    assert result.screen_result is ScreenResult.INCOMPLETE
    assert result.category is ResultCategory.INCONCLUSIVE
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "follow_up", "hotline"]
    assert Flag.INCONCLUSIVE in actions[0].flags


# --- adult_full -------------------------------------------------------------------------------------------------------


def test_adult_full_farmworker_with_papers_held_and_a_debt_that_binds_him():
    """Full adult screen of a 31-year-old foreign national on a farm: 14-hour days, 7 days a week, a different job than
    promised, not paid, a debt he must work off, passport kept and refused. He needs shelter and immigration help.

    Expected: possible labor trafficking; reasons name the questions and answers; Continued Presence, T visa, TVAP,
    Certification (information), a shelter referral; the immigration need is covered by the T-visa action.
    """
    screening = interview(
        "adult_full",
        did_work="yes",
        work_type=("farm",),
        hours_per_day=14,
        days_per_week=7,
        excessive_hours="yes",
        job_promise="different_job",
        pay_problem="not_paid",
        owe_debt="yes",
        debt_must_stay="yes",
        docs_held="yes",
        docs_refused="yes",
        needs=("shelter", "immigration_legal"),
    )
    person = facts(FN, age=31, needs=tuple(needs_of(screening)))
    result, actions = outcome(screening, person)
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert {("job_promise", "D01"), ("pay_problem", "D09"), ("debt_must_stay", "D04"), ("docs_held", "D02")} <= (
        codes_of(result)
    )
    shown = {r.question: r.answer for r in result.reasons}
    assert shown["job_promise"] == screening.loaded.questions["job_promise"].question.choices[2].label["en"]
    assert kinds(actions) == [
        "federal_law_enforcement",
        "immigration_legal",
        "tvap",
        "service_referral",
        "hhs_certification",
        "hotline",
    ]
    assert [a.need for a in actions if a.need] == [Need.SHELTER]
    assert [c.code for c in suggest_codes(result, person, NOW)] == ["T76.61XA"]


def test_adult_full_declines_the_work_question_but_was_threatened():
    """Full adult screen of a 38-year-old U.S. citizen who declines to say whether she works for anyone, but says
    someone threatened to hurt her if she tried to leave. Every work follow-up stays hidden (its relevance is unknown).

    Expected: not "no indicators": labor trafficking inconclusive, because the hidden follow-ups (pay, hours, a false
    promise) and the declined lead could show work, its purpose and fraud; screen incomplete; follow-up and hotline.
    """
    screening = interview("adult_full", did_work=AnswerStatus.DECLINED, threats=("hurt_you",))
    assert {"excessive_hours", "job_promise", "pay_problem", "housing_controlled"} <= set(screening.undecided())
    result, actions = outcome(screening, facts(US, age=38))
    assert result.screen_result is ScreenResult.INCOMPLETE
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.labor is Finding.INCONCLUSIVE
    assert result.elements[Element.COERCION] is ElementStatus.INDICATED
    assert result.unresolved[Element.LABOR_OR_SERVICES] == ("did_work", "excessive_hours", "pay_problem", "deductions")
    assert {r.answer for r in result.reasons if r.question == "pay_problem"} == {"Not asked: depends on an open answer"}
    assert kinds(actions) == ["follow_up", "hotline"]


def test_adult_full_worker_who_declines_the_sex_question_gets_no_child_labor_note():
    """A 30-year-old U.S. citizen works in a restaurant, is paid, free to leave, and declines the sex question; the
    follow-ups ("before you turned 18?") stay undecided.

    Expected: sex inconclusive; labor not indicated; the child-labor note is not given to an adult.
    """
    screening = interview("adult_full", did_work="yes", work_type=("restaurant",), sex_for_value=AnswerStatus.DECLINED)
    assert screening.undecided() == ("sex_arranged", "sex_not_free", "sex_under18")
    result, _ = outcome(screening, facts(US, age=30))
    assert (result.sex, result.labor) == (Finding.INCONCLUSIVE, Finding.NOT_INDICATED)
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.INDICATED
    assert not any("child-labor" in note for note in result.notes)


def test_adult_full_hidden_follow_up_answers_are_kept_but_not_scored():
    """A 44-year-old U.S. citizen first says she owes her employer and must stay until it is paid, then corrects
    herself: she owes nothing. The follow-ups are hidden again; their answers are kept but must not count.

    Expected: no indicators identified; no reason from the hidden follow-ups.
    """
    screening = interview("adult_full", finish=False, did_work="yes", owe_debt="yes", debt_must_stay="yes")
    screening.answer("owe_debt", _answer("no"))
    screening = interview_rest(screening)
    assert "debt_must_stay" in screening.answers() and "debt_must_stay" not in screening.scored_answers()
    result, actions = outcome(screening, facts(US, age=44))
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert all(r.question != "debt_must_stay" for r in result.reasons)
    assert kinds(actions) == ["hotline"]


def interview_rest(screening: Screening) -> Screening:
    while (question := screening.first_unanswered()) is not None:
        screening.answer(question.name, _answer(_neutral(screening, question.name)))
    return screening


def test_adult_full_adult_now_who_was_under_18_at_the_time():
    """Full adult screen of a 24-year-old U.S. citizen: she exchanged sex for a place to live, and it started before
    she was 18; no force, threats or lies.

    Expected: possible sex trafficking (D08: under 18 at the act); routed as an adult: services with the "under 18 at
    the act" flag, no child welfare; both ICD codes offered because the age basis is ambiguous.
    """
    screening = interview("adult_full", sex_for_value="yes", sex_under18="yes")
    person = facts(US, age=24)
    result, actions = outcome(screening, person)
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert result.elements[Element.UNDER18_AT_ACT] is ElementStatus.INDICATED
    assert kinds(actions) == ["services", "hotline"]
    assert actions[0].flags == (Flag.MINOR_AT_ACT,)
    assert [c.code for c in suggest_codes(result, person, NOW)] == ["T76.52XA", "T76.51XA"]


def test_adult_full_sex_and_labor_with_violence():
    """A 29-year-old foreign national worked in a bar, was paid to someone else, was hit, and was made to have sex
    with customers arranged by the owner.

    Expected: both sex and labor trafficking indicated.
    """
    screening = interview(
        "adult_full",
        did_work="yes",
        work_type=("bar_club",),
        pay_problem="paid_to_someone_else",
        hurt_physically="yes",
        sex_at_job="yes",
        sex_arranged="yes",
    )
    result, _ = outcome(screening, facts(FN, age=29))
    assert result.category is ResultCategory.BOTH
    assert {("hurt_physically", "D06"), ("sex_at_job", "D07"), ("pay_problem", "D09")} <= codes_of(result)


def test_adult_full_exchanging_sex_with_the_violence_question_skipped():
    """A 33-year-old U.S. citizen exchanges sex for money, says nobody pressures her, and the physical-harm question
    is skipped because she became upset.

    Expected: inconclusive (force unknown); follow-up and hotline; no law-enforcement referral.
    """
    screening = interview("adult_full", sex_for_value="yes", hurt_physically=AnswerStatus.SKIPPED)
    result, actions = outcome(screening, facts(US, age=33))
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.unresolved == {Element.FORCE: ("hurt_physically",)}
    assert kinds(actions) == ["follow_up", "hotline"]


# --- youth ------------------------------------------------------------------------------------------------------------


def test_youth_us_citizen_15_trading_sex():
    """Youth screen of a 15-year-old U.S. citizen who ran away and trades sex for somewhere to sleep.

    Expected: possible sex trafficking (no means needed); child welfare and law enforcement within 24 h; services (no
    HHS letter needed); no RFA.
    """
    screening = interview("youth", ran_away="yes", sex_trade="yes")
    person = facts(US, age=15)
    result, actions = outcome(screening, person)
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert ("ran_away", "D11") in codes_of(result)
    assert kinds(actions) == ["child_welfare", "law_enforcement", "services", "hotline"]
    assert Flag.MINOR_AT_ACT not in by_kind(actions, "services").flags, "a child now is not 'an adult now'"
    assert [a.due_at for a in actions[:2]] == [DAY_AFTER, DAY_AFTER]
    assert [c.code for c in suggest_codes(result, person, NOW)] == ["T76.52XA"]


def test_youth_working_unpaid_without_force_is_not_labor_trafficking():
    """Youth screen of a 14-year-old foreign national who helps at an uncle's market stall for nothing and long hours;
    nobody tricks, threatens or hurts him and he can stop.

    Expected: screen negative; no indicators identified, with the child-labor note; hotline only.
    """
    screening = interview("youth", did_work="yes", work_pay="nothing", work_hours="yes")
    result, actions = outcome(screening, facts(FN, age=14))
    assert result.screen_result is ScreenResult.NEGATIVE
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert any("child-labor" in n for n in result.notes)
    assert kinds(actions) == ["hotline"]


def test_youth_paid_in_full_who_cannot_stop_and_is_threatened():
    """Youth screen of a 16-year-old foreign national who cleans houses for a woman who pays him what she promised,
    but he feels he cannot stop, and she threatens to call immigration if he does. No debt, no long hours.

    Expected: screen positive; possible labor trafficking: the work itself comes from "have you worked" (no indicator
    code), coercion and the purpose from D04 and D05; RFA, child welfare and law enforcement within 24 h.
    """
    screening = interview("youth", did_work="yes", work_pay="all", work_cannot_stop="yes", work_threat="yes")
    result, actions = outcome(screening, facts(FN, age=16))
    assert result.screen_result is ScreenResult.POSITIVE
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.INDICATED
    assert {(r.question, r.indicator, r.rule) for r in result.reasons} == {
        ("did_work", "", "element.labor_or_services"),
        ("work_cannot_stop", "D04", "element.coercion"),
        ("work_cannot_stop", "D04", "element.labor_purpose"),
        ("work_threat", "D05", "element.coercion"),
    }
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "hotline"]
    assert [c.code for c in suggest_codes(result, facts(FN, age=16), NOW)] == ["T76.62XA"]


def test_youth_threatened_and_hit_to_keep_working_is_never_no_indicators():
    """Youth screen of a 15-year-old U.S. citizen who works for a man who threatens him and hits him to keep him
    working; he is paid, works normal hours, owes nothing and says he could stop. The instrument's own screen is
    positive (work with a threat), but no answer shows the labor purpose (servitude, debt, wages or hours).

    Expected: a positive screen is never "no indicators identified": labor trafficking is inconclusive, the reasons say
    the screen was positive, and the child notices go out flagged "send what is known".
    """
    screening = interview("youth", did_work="yes", work_pay="all", work_threat="yes", work_hurt="yes")
    result, actions = outcome(screening, facts(US, age=15))
    assert result.screen_result is ScreenResult.POSITIVE
    assert (result.sex, result.labor) == (Finding.NOT_INDICATED, Finding.INCONCLUSIVE)
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.summary.startswith("Inconclusive: the answers show indicators")
    assert ("", "screen") in {(r.question, r.rule) for r in result.reasons}
    assert kinds(actions) == ["child_welfare", "law_enforcement", "follow_up", "hotline"]
    assert Flag.INCONCLUSIVE in actions[0].flags


def test_youth_working_paid_and_free_to_stop_is_not_labor_trafficking():
    """Youth screen of a 15-year-old U.S. citizen who babysits for neighbours, is paid what was promised and can stop
    whenever she likes; nobody tricks, threatens or hurts her.

    Expected: screen negative; no indicators identified; the work is recorded (labor or services) with the child-labor
    note, never labor trafficking without force, fraud or coercion; hotline only.
    """
    screening = interview("youth", did_work="yes", work_pay="all")
    result, actions = outcome(screening, facts(US, age=15))
    assert result.screen_result is ScreenResult.NEGATIVE
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert result.labor is Finding.NOT_INDICATED
    assert result.elements[Element.LABOR_OR_SERVICES] is ElementStatus.INDICATED
    assert any("child-labor laws may still apply" in n for n in result.notes)
    assert kinds(actions) == ["hotline"]


def test_youth_declines_the_sex_trade_question():
    """Youth screen of a 15-year-old U.S. citizen who ran away; she declines the question about trading sex and says
    no one set up sex for her. The follow-up "did someone else set it up?" stays hidden: its relevance is unknown.

    Expected: sex trafficking inconclusive, not negative (under 18 no means are needed); both the declined lead and
    its hidden follow-up are listed as open; child welfare and law enforcement, flagged "send what is known".
    """
    screening = interview("youth", ran_away="yes", sex_trade=AnswerStatus.DECLINED)
    assert screening.undecided() == ("sex_arranged",)
    result, actions = outcome(screening, facts(US, age=15))
    assert result.screen_result is ScreenResult.INCOMPLETE
    assert result.sex is Finding.INCONCLUSIVE
    assert result.category is ResultCategory.INCONCLUSIVE
    assert result.unresolved[Element.COMMERCIAL_SEX_ACT] == ("sex_trade", "sex_arranged")
    assert kinds(actions) == ["child_welfare", "law_enforcement", "follow_up", "hotline"]
    assert Flag.INCONCLUSIVE in actions[0].flags


def test_youth_working_unpaid_who_declines_the_threat_question():
    """The same kind of story, a 16-year-old foreign national, who declines to say whether anyone threatened her.

    Expected: screen incomplete; inconclusive; RFA still due 24 h, flagged "send what is known".
    """
    screening = interview("youth", did_work="yes", work_pay="nothing", work_threat=AnswerStatus.DECLINED)
    result, actions = outcome(screening, facts(FN, age=16))
    assert result.screen_result is ScreenResult.INCOMPLETE
    assert result.category is ResultCategory.INCONCLUSIVE
    rfa = actions[0]
    assert (rfa.kind.value, rfa.due_at, rfa.flags) == ("hhs_rfa", DAY_AFTER, (Flag.INCONCLUSIVE,))


def test_youth_17_by_date_of_birth_turning_18_tonight():
    """Youth screen of a foreign national born 21 Nov 2008 (18 at midnight UTC), made to sell sex for others.

    Expected: possible sex trafficking; RFA due 23:59 local time (UTC in the tests) tonight, flagged.
    """
    screening = interview("youth", sex_for_others="yes")
    person = facts(FN, born=date(2008, 11, 21))
    _, actions = outcome(screening, person)
    assert actions[0].kind.value == "hhs_rfa"
    assert actions[0].due_at == NOW.replace(hour=23, minute=59)
    assert Flag.BIRTHDAY_BEFORE_DEADLINE in actions[0].flags


# --- rescreen_uc ------------------------------------------------------------------------------------------------------


def test_rescreen_unaccompanied_child_with_no_indicators():
    """Periodic re-screen of a 13-year-old unaccompanied child in federal custody; sleeping and eating well, every
    answer no.

    Expected: no indicators identified; the HHS notification is still due 48 h after discovery; ORR transfer 72 h.
    """
    result, actions = outcome(interview("rescreen_uc"), facts(FN, age=13, uc=Tri.YES))
    assert result.category is ResultCategory.NO_INDICATORS_IDENTIFIED
    assert kinds(actions) == ["hhs_uc_notice", "orr_transfer", "hotline"]
    assert [a.due_at for a in actions[:2]] == [DISCOVERED + timedelta(hours=48), DISCOVERED + timedelta(hours=72)]


def test_rescreen_unaccompanied_child_working_off_a_trip_debt_under_threat():
    """A 16-year-old unaccompanied child says he owes for the trip, is threatened, and works without pay.

    Expected: possible labor trafficking; RFA 24 h, child welfare and law enforcement 24 h, HHS notice 48 h, ORR 72 h.
    """
    screening = interview("rescreen_uc", trip_debt="yes", threatened="yes", did_work="yes", work_pay="yes")
    result, actions = outcome(screening, facts(FN, age=16, uc=Tri.YES))
    assert result.category is ResultCategory.POSSIBLE_LABOR_TRAFFICKING
    assert kinds(actions) == [
        "hhs_rfa",
        "child_welfare",
        "law_enforcement",
        "hhs_uc_notice",
        "orr_transfer",
        "hotline",
    ]


def test_rescreen_child_of_unknown_age_and_status_trading_sex():
    """A re-screen of a child in care whose age and status are not yet established; she says she trades sex.

    Expected: possible sex trafficking from the answer itself (D08); RFA flagged "age unknown" and "citizenship
    unknown", not inconclusive.
    """
    person = PersonFacts(discovered_at=DISCOVERED, unaccompanied_child_in_custody=Tri.YES)
    result, actions = outcome(interview("rescreen_uc", sex_trade="yes"), person)
    assert result.category is ResultCategory.POSSIBLE_SEX_TRAFFICKING
    assert result.sex is Finding.INDICATED
    rfa = actions[0]
    assert rfa.kind.value == "hhs_rfa"
    assert rfa.flags == (Flag.CITIZENSHIP_UNKNOWN, Flag.AGE_UNKNOWN)
    assert person.under18_at_act() is Tri.UNKNOWN
