"""Whether an instrument's population fits the person's age: adults are 18 and over."""

from __future__ import annotations

from collections.abc import Mapping

from .models import Population

ADULT_AGE = 18


def population_for_age(age: int) -> Population:
    """The population someone aged ``age`` belongs to."""
    return Population.ADULT if age >= ADULT_AGE else Population.YOUTH


def fits(population: str, age: int | None) -> bool:
    """Whether an instrument written for ``population`` fits someone aged ``age``; an unknown age fits any."""
    return age is None or Population(population) in (Population.ANY, population_for_age(age))


def better_fits(populations: Mapping[str, str], age: int) -> list[str]:
    """The keys of ``populations`` (instrument id -> population), in order, written for someone aged ``age``.

    Instruments written for exactly that population come first; those written for everyone are offered only when
    there is none.
    """
    wanted = population_for_age(age)
    exact = [key for key, population in populations.items() if Population(population) is wanted]
    return exact or [key for key, population in populations.items() if Population(population) is Population.ANY]
