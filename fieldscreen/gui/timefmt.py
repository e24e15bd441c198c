"""Times as the screener reads them: local, as ``2026-11-29 14:03`` in every language, and deadlines as countdowns."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime

from fieldscreen.core.deadlines import countdown


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware ``datetime`` as a local ``QDateTime``."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def from_qdatetime(moment: QDateTime) -> datetime:
    """A ``QDateTime`` as an aware ``datetime`` in UTC."""
    return datetime.fromtimestamp(moment.toMSecsSinceEpoch() / 1000, UTC)


DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
"""How every date and time is shown and typed: one order in every language, a 24-hour clock, as the packets print."""


def local_time(moment: datetime | None) -> str:
    """Local date and time in :data:`DATE_TIME_FORMAT`, or "" for ``None``."""
    if moment is None:
        return ""
    return to_qdatetime(moment).toString(DATE_TIME_FORMAT)


def clock_time(moment: datetime) -> str:
    """The local time of day with seconds, for example "14:03:12"."""
    return to_qdatetime(moment).toString("HH:mm:ss")


def countdown_text(due_at: datetime, now: datetime) -> tuple[str, bool]:
    """Plain words for the time left (or overdue) to ``due_at`` at ``now``, and whether it is overdue."""
    left = countdown(due_at, now)
    return left.describe(), left.overdue
