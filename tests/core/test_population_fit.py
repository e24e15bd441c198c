"""Which instruments fit the person's age."""

from __future__ import annotations

import pytest

from fieldscreen.core.models import Population
from fieldscreen.core.population_fit import better_fits, fits, population_for_age

OFFERED = {"adult_full": "adult", "brief": "any", "rescreen_uc": "youth", "youth": "youth"}


@pytest.mark.parametrize(("age", "population"), [(0, Population.YOUTH), (17, Population.YOUTH), (18, Population.ADULT)])
def test_adults_are_18_and_over(age, population):
    assert population_for_age(age) is population


@pytest.mark.parametrize(
    ("population", "age", "fit"),
    [
        ("adult", 17, False),
        ("adult", 18, True),
        ("youth", 17, True),
        ("youth", 18, False),
        ("any", 5, True),
        ("any", 60, True),
        ("adult", None, True),
        ("youth", None, True),
    ],
)
def test_an_instrument_fits_its_population_and_any_unknown_age(population, age, fit):
    assert fits(population, age) is fit


def test_the_better_fits_are_those_written_for_the_age_in_order():
    assert better_fits(OFFERED, 16) == ["rescreen_uc", "youth"]
    assert better_fits(OFFERED, 30) == ["adult_full"]


def test_an_instrument_for_everyone_is_offered_only_without_one_for_the_age():
    assert better_fits({"brief": "any", "youth": "youth"}, 30) == ["brief"]
    assert better_fits({"youth": "youth"}, 30) == []
