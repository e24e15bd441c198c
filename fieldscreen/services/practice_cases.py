"""Ten made-up practice cases for training mode: varied instruments, results, statuses and deadlines.

Every name is obviously invented and says "Practice"; nothing is drawn from real data. Times are relative to the
moment training starts, so the deadlines always look the same: one case is overdue, others are due soon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from fieldscreen.core.person import Citizenship, Tri

from .screening_models import APPROVED, DRAFT, FINALIZED, RETURNED


@dataclass(frozen=True)
class PracticeCase:
    """One practice case.

    Attributes:
        name: The made-up name.
        instrument: The instrument id.
        started: How long before training starts the screening began.
        discovered: How long before the screening began the person was discovered.
        citizenship: Immigration status.
        age: Age in years (a date of birth is made from it for minors, an estimate for adults).
        answers: Question -> choice value (a tuple for multiple choice; "declined"/"dont_know" for those statuses).
            Every other shown question is answered with its first choice that carries no indicator.
        outcome: ``draft`` (stopped after ``draft_stop`` answers), ``finalized``, ``returned`` or ``approved``.
        done: Action kinds marked done, with their reference numbers.
        unaccompanied: An unaccompanied child in federal custody.
        language: The interview language.
        draft_stop: How many answers a draft has.
        review_comment: The supervisor's comment of a returned case.
    """

    name: str
    instrument: str
    started: timedelta
    discovered: timedelta
    citizenship: Citizenship
    age: int
    answers: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    outcome: str = FINALIZED
    done: dict[str, str] = field(default_factory=dict)
    unaccompanied: Tri = Tri.UNKNOWN
    language: str = "en"
    draft_stop: int = 0
    review_comment: str = ""

    def date_of_birth(self, now: datetime) -> date | None:
        """A made-up date of birth for minors (their age decides the deadlines); ``None`` for adults."""
        if self.age >= 18:
            return None
        return date(now.year - self.age, now.month, 1) - timedelta(days=100)

    def under18_at_exploitation(self) -> Tri | None:
        """Adults in the practice cases were adults at the time, minors were minors."""
        return Tri.YES if self.age < 18 else None


H = timedelta(hours=1)
CASES = (
    PracticeCase(
        "Practice Alba Example",
        "youth",
        started=29 * H,
        discovered=1 * H,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        age=16,
        answers={"born_abroad": "yes", "came_alone": "yes", "sex_trade": "yes", "needs": ("shelter", "medical")},
    ),
    PracticeCase(
        "Practice Bo Sample",
        "youth",
        started=3 * H,
        discovered=1 * H,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        age=15,
        unaccompanied=Tri.YES,
        answers={
            "born_abroad": "yes",
            "did_work": "yes",
            "work_owe": "yes",
            "work_cannot_stop": "yes",
            "work_threat": "yes",
            "work_pay": "someone_else",
        },
    ),
    PracticeCase(
        "Practice Cruz Demo",
        "adult_full",
        started=50 * H,
        discovered=2 * H,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        age=34,
        answers={
            "did_work": "yes",
            "work_type": ("farm",),
            "owe_debt": "yes",
            "debt_must_stay": "yes",
            "docs_held": "yes",
            "cannot_leave": "yes",
            "threats": ("immigration",),
            "born_abroad": "yes",
            "needs": ("immigration_legal", "interpreter"),
        },
        done={"federal_law_enforcement": "HSI-PRACTICE-0003"},
    ),
    PracticeCase(
        "Practice Dee Mockup",
        "adult_full",
        started=100 * H,
        discovered=1 * H,
        citizenship=Citizenship.US_CITIZEN,
        age=27,
        answers={"sex_for_value": "yes", "sex_not_free": "yes", "threats": ("hurt_you",), "needs": ("safety",)},
        outcome=APPROVED,
    ),
    PracticeCase(
        "Practice Eli Placeholder",
        "brief",
        started=120 * H,
        discovered=0 * H,
        citizenship=Citizenship.US_CITIZEN,
        age=45,
        outcome=APPROVED,
    ),
    PracticeCase(
        "Practice Fay Rehearsal",
        "brief",
        started=26 * H,
        discovered=1 * H,
        citizenship=Citizenship.UNKNOWN,
        age=19,
        answers={"sex_exchange": "declined", "cannot_leave": "dont_know"},
    ),
    PracticeCase(
        "Practice Gil Trial",
        "youth",
        started=timedelta(minutes=20),
        discovered=timedelta(minutes=30),
        citizenship=Citizenship.US_CITIZEN,
        age=17,
        outcome=DRAFT,
        draft_stop=4,
    ),
    PracticeCase(
        "Practice Hana Dummy",
        "rescreen_uc",
        started=22 * H,
        discovered=1 * H,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        age=14,
        unaccompanied=Tri.YES,
        language="es",
        answers={"trip_debt": "yes", "threatened": "yes", "journey_contact": "yes"},
        done={"hhs_rfa": "RFA-PRACTICE-0008"},
    ),
    PracticeCase(
        "Practice Ivo Drill",
        "adult_full",
        started=70 * H,
        discovered=3 * H,
        citizenship=Citizenship.PERMANENT_RESIDENT,
        age=41,
        answers={"did_work": "yes", "work_type": ("restaurant",), "pay_problem": "not_paid", "owe_debt": "declined"},
        outcome=RETURNED,
        review_comment="Practice: ask about the debt again, gently, at the next meeting.",
    ),
    PracticeCase(
        "Practice Jo Exercise",
        "brief",
        started=48 * H,
        discovered=1 * H,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        age=23,
        language="es",
        outcome=DRAFT,
        draft_stop=3,
    ),
)
"""The practice cases, in the order they are made."""
