"""Facts about the screened person that routing needs: status, ages, time of discovery, custody, needs.

Only what a referral needs is kept (data minimization): no name here, no narrative.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from .errors import BugError


class Citizenship(StrEnum):
    """Immigration status as far as routing cares (DOMAIN.md 3.1-3.3)."""

    US_CITIZEN = "us_citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    FOREIGN_NATIONAL = "foreign_national"
    UNKNOWN = "unknown"


class Need(StrEnum):
    """A need the screener recorded; each becomes a service referral."""

    SHELTER = "shelter"
    FOOD = "food"
    MEDICAL = "medical"
    LEGAL = "legal"
    IMMIGRATION_LEGAL = "immigration_legal"
    INTERPRETER = "interpreter"
    SAFETY = "safety"
    CHILDCARE = "childcare"


_NEEDS = {n.value: n for n in Need}


def needs_from_values(values: Iterable[str]) -> frozenset[Need]:
    """The needs named by the choice values of a ``needs`` question; other values such as "none" are ignored."""
    return frozenset(_NEEDS[v] for v in values if v in _NEEDS)


class Tri(StrEnum):
    """Yes, no or unknown: a fact that may not be known."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


def require_aware(when: datetime) -> datetime:
    """Return ``when`` in UTC; a naive datetime is a defect of the caller.

    Raises:
        BugError: ``when`` carries no time zone.
    """
    if when.tzinfo is None or when.utcoffset() is None:
        raise BugError("a naive datetime reached core; times must be time-zone aware")
    return when.astimezone(UTC)


def local_day(when: datetime) -> date:
    """The calendar day at ``when`` in this computer's time zone, where the person is met: ages turn at local midnight.

    Counting UTC days would make someone 18 a few hours early on the U.S. evening before the birthday (UTC's day
    starts at 14:00-20:00 there, Hawaii to the East Coast), and route a 17-year-old as an adult.
    """
    return require_aware(when).astimezone().date()


def eighteenth_birthday(date_of_birth: date) -> date:
    """The 18th birthday; someone born on 29 February turns 18 on 1 March in a common year."""
    try:
        return date_of_birth.replace(year=date_of_birth.year + 18)
    except ValueError:
        return date(date_of_birth.year + 18, 3, 1)


def age_on(date_of_birth: date, day: date) -> int:
    """Completed years of age on ``day``."""
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - before_birthday


@dataclass(frozen=True)
class PersonFacts:
    """What routing needs to know about the person.

    Attributes:
        discovered_at: When an official first had reason to think the person may be affected (aware; kept in UTC).
            Deadlines run from here.
        citizenship: Immigration status as far as known.
        date_of_birth: Date of birth, when known. Ages are counted on local calendar days (:func:`local_day`).
        estimated_age: Age at screening when the date of birth is not known (years).
        age_at_exploitation: Age in years at the time of (at least one) act of exploitation, when known.
        under18_at_exploitation: Whether the person was under 18 at the time of at least one act, when the exact age
            is not known; ``None`` means not recorded. ``age_at_exploitation`` wins when both are given.
        unaccompanied_child_in_custody: An unaccompanied child in federal custody (8 U.S.C. 1232). Only ``YES``
            adds the 48-hour notice: it falls on the agency holding the child, which knows it; the 24-hour notice
            for a foreign-national minor never depends on it.
        needs: Needs recorded during the screening.
    """

    discovered_at: datetime
    citizenship: Citizenship = Citizenship.UNKNOWN
    date_of_birth: date | None = None
    estimated_age: int | None = None
    age_at_exploitation: int | None = None
    under18_at_exploitation: Tri | None = None
    unaccompanied_child_in_custody: Tri = Tri.UNKNOWN
    needs: frozenset[Need] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "discovered_at", require_aware(self.discovered_at))

    def age_at(self, when: datetime) -> int | None:
        """Age in completed years at ``when``: from the date of birth, else the estimate, else ``None``."""
        if self.date_of_birth is not None:
            return age_on(self.date_of_birth, local_day(when))
        return self.estimated_age

    def eighteenth_birthday(self) -> date | None:
        """The 18th birthday, when the date of birth is known."""
        return eighteenth_birthday(self.date_of_birth) if self.date_of_birth else None

    def minor_at(self, when: datetime) -> Tri:
        """Whether the person is under 18 at ``when`` (``UNKNOWN`` without a date of birth or an estimate)."""
        age = self.age_at(when)
        if age is None:
            return Tri.UNKNOWN
        return Tri.YES if age < 18 else Tri.NO

    def under18_at_act(self) -> Tri:
        """Whether the person was under 18 at the time of the act, as far as the facts tell.

        The age at exploitation decides when known. Someone under 18 when discovered was under 18 at the act (the act
        came first). Otherwise the recorded yes/no/unknown decides; when nothing is recorded, someone known to be an
        adult when discovered is taken as an adult at the act (the answers can still say otherwise through indicator
        D08) and an unknown age stays unknown.
        """
        if self.age_at_exploitation is not None:
            return Tri.YES if self.age_at_exploitation < 18 else Tri.NO
        minor_then = self.minor_at(self.discovered_at)
        if minor_then is Tri.YES or self.under18_at_exploitation is None:
            return minor_then
        return self.under18_at_exploitation
