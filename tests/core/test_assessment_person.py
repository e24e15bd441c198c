"""Person facts: ages, the 18th birthday, and "under 18 at the time of the act"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from fieldscreen.core.errors import BugError
from fieldscreen.core.person import Need, PersonFacts, Tri, age_on, eighteenth_birthday, needs_from_values

FOUND = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


def test_age_counts_completed_years():
    born = date(2008, 11, 21)
    assert age_on(born, date(2026, 11, 20)) == 17
    assert age_on(born, date(2026, 11, 21)) == 18


def test_eighteenth_birthday_of_a_leap_day_child_is_1_march():
    assert eighteenth_birthday(date(2008, 2, 29)) == date(2026, 3, 1)
    assert eighteenth_birthday(date(2008, 5, 7)) == date(2026, 5, 7)


def test_discovery_time_is_kept_in_utc():
    eastern = timezone(timedelta(hours=-5))
    person = PersonFacts(discovered_at=datetime(2026, 11, 20, 9, 30, tzinfo=eastern))
    assert person.discovered_at == FOUND and person.discovered_at.tzinfo is UTC


def test_naive_discovery_time_is_a_defect():
    with pytest.raises(BugError):
        PersonFacts(discovered_at=datetime(2026, 11, 20, 14, 30))


def test_age_from_date_of_birth_wins_over_the_estimate():
    person = PersonFacts(discovered_at=FOUND, date_of_birth=date(2010, 1, 1), estimated_age=20)
    assert person.age_at(FOUND) == 16
    assert person.minor_at(FOUND) is Tri.YES
    assert person.eighteenth_birthday() == date(2028, 1, 1)


def test_unknown_age():
    person = PersonFacts(discovered_at=FOUND)
    assert person.age_at(FOUND) is None
    assert person.minor_at(FOUND) is Tri.UNKNOWN
    assert person.eighteenth_birthday() is None
    assert person.under18_at_act() is Tri.UNKNOWN


@pytest.mark.parametrize(
    ("estimated_age", "age_at_exploitation", "recorded", "expected"),
    [
        (30, 16, None, Tri.YES),  # the age at the act decides
        (16, None, None, Tri.YES),  # a minor now was a minor then
        (16, None, Tri.NO, Tri.YES),  # ... whatever was recorded
        (30, None, None, Tri.NO),  # an adult, nothing recorded: taken as an adult then
        (30, None, Tri.YES, Tri.YES),
        (30, None, Tri.UNKNOWN, Tri.UNKNOWN),
        (None, None, Tri.YES, Tri.YES),
        (None, 19, None, Tri.NO),
        (None, None, None, Tri.UNKNOWN),
    ],
)
def test_under18_at_act(estimated_age, age_at_exploitation, recorded, expected):
    person = PersonFacts(
        discovered_at=FOUND,
        estimated_age=estimated_age,
        age_at_exploitation=age_at_exploitation,
        under18_at_exploitation=recorded,
    )
    assert person.under18_at_act() is expected


def test_someone_17_when_discovered_was_under_18_at_the_act_even_if_18_now():
    person = PersonFacts(discovered_at=FOUND, date_of_birth=date(2008, 11, 21))
    assert person.minor_at(FOUND + timedelta(days=2)) is Tri.NO
    assert person.under18_at_act() is Tri.YES


def test_needs_from_choice_values_ignore_none_and_unknown_values():
    assert needs_from_values(("shelter", "none", "immigration_legal", "pony")) == {Need.SHELTER, Need.IMMIGRATION_LEGAL}
