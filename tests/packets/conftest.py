"""Fixtures shared by the packet tests."""

from __future__ import annotations

import pytest

from fieldscreen.core import i18n

SPANISH_APP = {"Declined": "Prefirió no responder", "Don't know": "No sabe", "Skipped": "Omitida"}
"""The words of open answers as the app in Spanish shows them."""


@pytest.fixture
def spanish_app():
    """The core's translate() as the app in Spanish has it, for the words an open answer is shown in."""
    i18n.set_backend(lambda _context, text, _disambiguation=None, _n=-1: SPANISH_APP.get(text, text))
    yield
    i18n.set_backend(None)
