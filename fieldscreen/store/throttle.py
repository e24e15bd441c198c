"""Sign-in throttling per account: after 5 consecutive failures, a 10-minute wait; a success resets the count.

Each account has its own count; user names that are not accounts share one, and the recovery key has its own.
"""

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


OTHER_NAMES = "(other names)"
"""The bucket shared by every user name that is not an account (user names never start with "(")."""
RECOVERY_KEY = "(recovery key)"
"""The bucket of the recovery key."""


@dataclass(frozen=True)
class ThrottleTable:
    """One throttle state per bucket: each account, :data:`OTHER_NAMES` and :data:`RECOVERY_KEY`.

    Buckets not listed have no failures. Stored in the vault as ``{"buckets": {bucket: state}}``.

    Attributes:
        states: The state of each bucket whose state is not ``default``.
        default: The state of every bucket not in ``states`` (an unreadable table counts as the limit reached).
    """

    states: dict[str, ThrottleState]
    default: ThrottleState = ThrottleState()

    def get(self, bucket: str) -> ThrottleState:
        """The state of ``bucket``."""
        return self.states.get(bucket, self.default)

    def with_state(self, bucket: str, state: ThrottleState) -> ThrottleTable:
        """The table with ``bucket`` set to ``state``."""
        states = dict(self.states)
        states[bucket] = state
        return ThrottleTable(states, self.default)._trimmed()

    def _trimmed(self) -> ThrottleTable:
        return ThrottleTable({k: v for k, v in self.states.items() if v != self.default}, self.default)

    def to_json(self, buckets: list[str]) -> dict[str, Any]:
        """The table as stored in the vault, for ``buckets`` only (every account and the shared ones).

        A bucket of a removed account is thereby dropped; a bucket without failures is left out.
        """
        states = {bucket: self.get(bucket) for bucket in buckets}
        return {"buckets": {k: v.to_json() for k, v in sorted(states.items()) if v != ThrottleState()}}

    @classmethod
    def from_json(cls, data: Any) -> ThrottleTable:
        """Read the table from the vault.

        A missing table has no failures. A table written before the throttle was per account (one state for the
        whole installation) applies that state to every bucket, so a wait under way continues. Anything unreadable
        counts as the limit reached, for every bucket or for the one bucket that is unreadable.
        """
        if data is None:
            return cls({})
        if isinstance(data, dict) and "buckets" not in data and "failures" in data:
            return cls({}, ThrottleState.from_json(data))
        buckets = data.get("buckets") if isinstance(data, dict) else None
        if not isinstance(buckets, dict):
            return cls({}, ThrottleState.from_json(None))
        return cls({str(k): ThrottleState.from_json(v) for k, v in buckets.items()})._trimmed()
