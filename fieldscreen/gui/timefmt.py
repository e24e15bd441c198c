"""Times as the screener reads them: local, in the user's locale, and deadlines as countdowns."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale

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


def local_time(moment: datetime | None) -> str:
    """Date and time in the short local format, or "" for ``None``."""
    if moment is None:
        return ""
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def clock_time(moment: datetime) -> str:
    """The local time of day with seconds, for example "14:03:12"."""
    return to_qdatetime(moment).toString("HH:mm:ss")


def countdown_text(due_at: datetime, now: datetime) -> tuple[str, bool]:
    """Plain words for the time left (or overdue) to ``due_at`` at ``now``, and whether it is overdue."""
    left = countdown(due_at, now)
    return left.describe(), left.overdue
