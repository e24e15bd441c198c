"""Deadline helpers: the RFA due time, the 18th-birthday cap and countdowns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fieldscreen.core import i18n
from fieldscreen.core.deadlines import countdown, hours_after, last_rfa_time, rfa_due
from fieldscreen.core.errors import BugError

FOUND = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


def test_rfa_is_due_24_hours_after_discovery():
    assert rfa_due(FOUND, None) == (datetime(2026, 11, 21, 14, 30, tzinfo=UTC), False)
    assert rfa_due(FOUND, date(2027, 1, 1)) == (datetime(2026, 11, 21, 14, 30, tzinfo=UTC), False)


def test_rfa_due_moves_to_the_day_before_an_earlier_18th_birthday():
    assert last_rfa_time(date(2026, 11, 21)) == datetime(2026, 11, 20, 23, 59, tzinfo=UTC)
    assert rfa_due(FOUND, date(2026, 11, 21)) == (datetime(2026, 11, 20, 23, 59, tzinfo=UTC), True)


def test_birthday_the_day_after_the_deadline_does_not_move_it():
    assert rfa_due(FOUND, date(2026, 11, 22)) == (datetime(2026, 11, 21, 14, 30, tzinfo=UTC), False)


def test_countdown_before_and_after():
    due = hours_after(FOUND, 24)
    before = countdown(due, FOUND + timedelta(hours=20, minutes=55))
    assert (before.remaining, before.overdue_by, before.overdue) == (timedelta(hours=3, minutes=5), timedelta(0), False)
    assert before.describe() == "Due in 3 h 05 min"
    after = countdown(due, due + timedelta(hours=1, minutes=10))
    assert (after.remaining, after.overdue) == (timedelta(0), True)
    assert after.describe() == "Overdue by 1 h 10 min"
    assert countdown(due, due).overdue is False


def test_countdown_text_is_translated_then_filled():
    i18n.set_backend(lambda context, text, d=None, n=-1: "Quedan %1 h %2 min" if text.startswith("Due") else text)
    try:
        assert countdown(hours_after(FOUND, 1), FOUND).describe() == "Quedan 1 h 00 min"
    finally:
        i18n.set_backend(None)


def test_naive_times_are_defects():
    with pytest.raises(BugError):
        countdown(datetime(2026, 11, 21, 14, 30), FOUND)
    with pytest.raises(BugError):
        hours_after(datetime(2026, 11, 21, 14, 30), 24)
