"""Legal deadlines as times, and countdowns towards them.

All times are aware and kept in UTC. The deadlines start at the time of discovery (DOMAIN.md 3.1, 3.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from .i18n import fill, translate
from .person import require_aware

RFA_HOURS = 24
"""HHS must be notified within 24 hours of discovering a minor who may be affected (22 U.S.C. 7105(b)(1)(G))."""
CHILD_REPORT_HOURS = 24
"""Child welfare agencies report to law enforcement immediately and within 24 hours (42 U.S.C. 671(a)(34)(A))."""
UC_NOTICE_HOURS = 48
"""HHS is notified within 48 hours of discovering an unaccompanied child (8 U.S.C. 1232(b)(2))."""
UC_TRANSFER_HOURS = 72
"""Custody of an unaccompanied child moves to HHS (ORR) within 72 hours (8 U.S.C. 1232(b)(3))."""


def hours_after(start: datetime, hours: int) -> datetime:
    """``start`` plus ``hours`` hours, in UTC."""
    return require_aware(start) + timedelta(hours=hours)


def last_rfa_time(eighteenth_birthday: date) -> datetime:
    """The last moment OTIP accepts a Request for Assistance: 23:59 local time on the day before the 18th birthday.

    OTIP accepts requests "up to 11:59 pm on the day before the 18th birthday" without naming a time zone; fieldscreen
    takes this computer's time zone, where the person is met and where ages are counted (:func:`person.local_day`).
    """
    last_minute = datetime.combine(eighteenth_birthday - timedelta(days=1), time(23, 59))
    return last_minute.astimezone().astimezone(UTC)


def rfa_due(discovered_at: datetime, eighteenth_birthday: date | None) -> tuple[datetime, bool]:
    """When the Request for Assistance is due, and whether the 18th birthday moved it earlier.

    Args:
        discovered_at: Time of discovery.
        eighteenth_birthday: The 18th birthday when the date of birth is known.

    Returns:
        The due time (24 hours after discovery, or the last moment before the 18th birthday if that is sooner) and
        ``True`` when the birthday set it.
    """
    due = hours_after(discovered_at, RFA_HOURS)
    if eighteenth_birthday is not None:
        last = last_rfa_time(eighteenth_birthday)
        if last < due:
            return last, True
    return due, False


@dataclass(frozen=True)
class Countdown:
    """Time left to a deadline at a given moment.

    Attributes:
        due_at: The deadline.
        remaining: Time left; zero once the deadline has passed.
        overdue_by: How long ago the deadline passed; zero before it.
    """

    due_at: datetime
    remaining: timedelta
    overdue_by: timedelta

    @property
    def overdue(self) -> bool:
        """Whether the deadline has passed."""
        return self.overdue_by > timedelta(0)

    def describe(self) -> str:
        """Plain words, for example "Due in 3 h 05 min" or "Overdue by 1 h 10 min"."""
        span = self.overdue_by if self.overdue else self.remaining
        minutes = int(span.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        template = (
            translate("Deadlines", "Overdue by %1 h %2 min")
            if self.overdue
            else translate("Deadlines", "Due in %1 h %2 min")
        )
        return fill(template, hours, f"{minutes:02d}")


def countdown(due_at: datetime, now: datetime) -> Countdown:
    """The countdown to ``due_at`` as seen at ``now``."""
    left = require_aware(due_at) - require_aware(now)
    zero = timedelta(0)
    return Countdown(due_at=require_aware(due_at), remaining=max(left, zero), overdue_by=max(-left, zero))
