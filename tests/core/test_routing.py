"""Routing mechanics: ordering, flags in plain words, the JSON form, branch edges not covered by the vignettes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from vignettes import NOW, all_no, by_kind, declined, facts, kinds, picked, run, yes

from fieldscreen.core import i18n
from fieldscreen.core.deadlines import last_rfa_time
from fieldscreen.core.person import Citizenship, Need
from fieldscreen.core.routing import Flag, Urgency

FN = Citizenship.FOREIGN_NATIONAL


def test_actions_are_ordered_by_urgency_then_due_time():
    _, actions = run(all_no(not_free=yes(), wages=picked("unpaid")), facts(FN, age=15, uc=True, needs=(Need.FOOD,)))
    ranks = [list(Urgency).index(a.urgency) for a in actions]
    assert ranks == sorted(ranks)
    dated = [a.due_at for a in actions if a.urgency is Urgency.CRITICAL]
    assert dated == sorted(dated)


@pytest.mark.parametrize("flag", list(Flag))
def test_every_flag_has_plain_words(flag):
    assert flag.text and flag.text != flag.value


def test_action_json_is_plain_data():
    _, actions = run(all_no(sex_exchange=yes()), facts(Citizenship.UNKNOWN, age=16, needs=(Need.SHELTER,)))
    data = json.loads(json.dumps([a.to_json() for a in actions]))
    rfa = next(d for d in data if d["kind"] == "hhs_rfa")
    assert rfa["due_at"] == "2026-11-21T14:30:00+00:00"
    assert rfa["flags"] == ["citizenship_unknown"]
    assert next(d for d in data if d["kind"] == "service_referral")["need"] == "shelter"


def test_no_deadline_means_no_countdown():
    _, actions = run(all_no(), facts(FN, age=40))
    assert by_kind(actions, "hotline").countdown(NOW) is None


def test_the_hotline_contact_is_in_the_app_language_with_its_numbers():
    spanish = {"%1; text %2; TTY 711": "%1; mensaje de texto al %2; TTY 711"}
    i18n.set_backend(lambda _context, text, _disambiguation=None, _n=-1: spanish.get(text, text))
    try:
        _, actions = run(all_no(), facts(FN, age=40))
    finally:
        i18n.set_backend(None)
    assert by_kind(actions, "hotline").contact == "1-888-373-7888; mensaje de texto al 233733; TTY 711"


def test_age_unknown_with_definite_indicators_is_routed_as_a_possible_minor():
    _, actions = run(all_no(sex_exchange=yes(), violence=yes()), facts(FN))
    assert kinds(actions) == ["hhs_rfa", "child_welfare", "law_enforcement", "hotline"]
    assert by_kind(actions, "hhs_rfa").flags == (Flag.AGE_UNKNOWN,)


def test_the_child_reports_say_their_due_time_is_a_limit_not_a_wait():
    """'Report now' beside a 24-hour countdown read as 24 hours to wait."""
    _, actions = run(all_no(sex_exchange=yes()), facts(Citizenship.US_CITIZEN, age=15))
    for kind in ("child_welfare", "law_enforcement"):
        assert any(note.startswith("Report at once") for note in by_kind(actions, kind).notes), kind


def test_foreign_adult_inconclusive_gets_no_law_enforcement_referral():
    _, actions = run(all_no(wages=picked("unpaid"), threats=declined()), facts(FN, age=33))
    assert kinds(actions) == ["follow_up", "hotline"]


def test_lpr_adult_is_not_sent_to_immigration_services():
    _, actions = run(all_no(threats=yes(), wages=picked("unpaid")), facts(Citizenship.PERMANENT_RESIDENT, age=33))
    assert kinds(actions) == ["services", "hotline"]


def test_person_who_turned_18_since_discovery_keeps_the_childs_notices_and_gets_the_adult_routes():
    """The duties to a child arise at discovery: they stay, overdue, when the person turns 18 before routing."""
    person = facts(FN, born=date(2008, 11, 20), discovered=NOW - timedelta(days=2))
    _, actions = run(all_no(sex_exchange=yes()), person)
    owed = {"hhs_rfa", "child_welfare", "law_enforcement", "federal_law_enforcement", "immigration_legal"}
    assert owed <= set(kinds(actions))
    rfa = by_kind(actions, "hhs_rfa")
    assert rfa.due_at == person.discovered_at + timedelta(hours=24) < last_rfa_time(date(2026, 11, 20)) < NOW
    assert Flag.OVERDUE in rfa.flags
    assert any("OTIP accepts no request now" in note for note in rfa.notes)
    assert not any("still accepts" in note for note in rfa.notes)
    assert Flag.MINOR_AT_ACT in by_kind(actions, "immigration_legal").flags


def test_a_time_of_discovery_a_little_ahead_of_the_clock_never_leaves_an_18th_birthday_without_routes():
    """Discovery may be up to an hour ahead (clock skew): 18 when discovered, 17 by the routing clock."""
    evening = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    person = facts(FN, born=date(2008, 11, 21), discovered=evening + timedelta(minutes=45))
    _, actions = run(all_no(sex_exchange=yes(), violence=yes()), person, now=evening)
    assert {"federal_law_enforcement", "immigration_legal"} <= set(kinds(actions)), kinds(actions)


def test_ages_turn_at_local_midnight(pacific_time):
    """17 on the Pacific evening before the 18th birthday, when UTC's calendar already shows the birthday."""
    evening = datetime(2026, 11, 20, 18, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    person = facts(FN, born=date(2008, 11, 21), discovered=evening)
    assert evening.astimezone(UTC).date() == date(2026, 11, 21)
    _, actions = run(all_no(sex_exchange=yes()), person, now=evening + timedelta(minutes=30))
    assert {"hhs_rfa", "child_welfare", "law_enforcement"} <= set(kinds(actions))
    assert by_kind(actions, "hhs_rfa").due_at == datetime(2026, 11, 20, 23, 59, tzinfo=ZoneInfo("America/Los_Angeles"))
