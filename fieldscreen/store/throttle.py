"""Sign-in throttling: after 5 consecutive failures, a 10-minute wait; a success resets the count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

MAX_FAILURES = 5
WAIT = timedelta(minutes=10)


@dataclass(frozen=True)
class ThrottleState:
    """Consecutive failed sign-ins and when the last one happened (UTC)."""

    failures: int = 0
    last_failure_at: datetime | None = None

    def wait_seconds(self, now: datetime) -> float:
        """Seconds until a sign-in may be tried (0 when allowed now)."""
        if self.failures < MAX_FAILURES or self.last_failure_at is None:
            return 0.0
        elapsed = max(timedelta(0), now - self.last_failure_at)
        return max(0.0, (WAIT - elapsed).total_seconds())

    def after_failure(self, now: datetime) -> ThrottleState:
        """The state after one more failure at ``now``."""
        return ThrottleState(self.failures + 1, now)

    def with_clock_fixed(self, now: datetime) -> ThrottleState:
        """The state with a last failure in the future (clock set back) moved to ``now``, so the wait still ends."""
        if self.last_failure_at is not None and self.last_failure_at > now:
            return ThrottleState(self.failures, now)
        return self

    def to_json(self) -> dict[str, Any]:
        """The state as stored in the vault."""
        last = self.last_failure_at.isoformat() if self.last_failure_at else None
        return {"failures": self.failures, "last_failure_at": last}

    @classmethod
    def from_json(cls, data: Any) -> ThrottleState:
        """Read the state from the vault; anything unreadable counts as the limit reached (one more failure waits)."""
        try:
            last = data.get("last_failure_at")
            return cls(int(data["failures"]), datetime.fromisoformat(last) if last else None)
        except (AttributeError, KeyError, TypeError, ValueError):
            return cls(MAX_FAILURES, None)
