"""The reliability suite's two profiles: quick (CI, the default) and long (``FIELDSCREEN_RELIABILITY=long``).

Every test in ``tests/reliability`` sizes its work with :func:`count`, so one environment variable scales the whole
suite; docs/RELIABILITY.md records the figures of the last long run.
"""

from __future__ import annotations

import os

PROFILE_ENV = "FIELDSCREEN_RELIABILITY"
LONG = os.environ.get(PROFILE_ENV, "quick") == "long"


def count(quick: int, long: int) -> int:
    """How many cases to run: ``quick`` in CI, ``long`` when the long profile is selected."""
    return long if LONG else quick
