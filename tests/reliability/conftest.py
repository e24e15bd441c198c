"""Every test under tests/reliability carries the ``reliability`` marker."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the reliability tests so ``-m reliability`` selects (or ``-m "not reliability"`` skips) the suite."""
    for item in items:
        if "tests/reliability/" in item.nodeid:
            item.add_marker(pytest.mark.reliability)
