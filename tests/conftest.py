"""Test-wide setup: offscreen Qt in English, no user data touched, strict on stray output."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FIELDSCREEN_DATA_DIR", None)
# English, whatever UI language the developer saved or set: a test that wants another sets it itself (monkeypatch)
os.environ["FIELDSCREEN_LANG"] = "en"


def pytest_addoption(parser):  # noqa: D103
    parser.addoption("--onscreen", action="store_true", help="show GUI tests on a real screen")


def pytest_configure(config):  # noqa: D103
    if config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("FIELDSCREEN_ONSCREEN_PLATFORM", "xcb")


def pytest_collection_modifyitems(config, items):  # noqa: D103
    import pytest

    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
