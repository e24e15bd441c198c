"""Test-wide setup: offscreen Qt in English, no user data touched, strict on stray output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "sync"))  # the sync tests' loopback WebDAV server
pytest_plugins = ["dav_fixtures"]  # its fixtures (tls, dav, proxy), for the services, CLI and GUI tests too

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FIELDSCREEN_DATA_DIR", None)
# English, whatever UI language the developer saved or set: a test that wants another sets it itself (monkeypatch)
os.environ["FIELDSCREEN_LANG"] = "en"
# UTC as this computer's time zone, whatever the machine's: ages and the 18th-birthday deadline follow local days
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()


def pytest_addoption(parser):  # noqa: D103
    parser.addoption("--onscreen", action="store_true", help="show GUI tests on a real screen")


def pytest_configure(config):  # noqa: D103
    if config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("FIELDSCREEN_ONSCREEN_PLATFORM", "xcb")


def pytest_collection_modifyitems(config, items):  # noqa: D103
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


def _freeze(folder, on: bool) -> bool:
    """Make ``folder`` really unwritable (or writable again): chmod for a user, the immutable flag for root."""
    if getattr(os, "geteuid", lambda: 1)() != 0:  # root ignores the mode bits
        folder.chmod(0o500 if on else 0o700)
        return True
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i" if on else "-i", str(folder)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def make_read_only():
    """Makes a folder really unwritable for this process, writable again after the test; skips where it cannot.

    Not a mock: chmod for an ordinary user, the immutable flag (chattr +i) for root, whom the mode bits do not stop.
    """
    frozen = []

    def freeze(folder):
        if not _freeze(folder, True):
            pytest.skip("cannot make a read-only folder here")
        frozen.append(folder)
        probe = folder / ".probe"
        try:
            probe.touch()
        except OSError:
            return folder
        probe.unlink()
        pytest.skip("the folder stays writable (a file system that ignores chmod and chattr)")

    yield freeze
    for folder in frozen:
        _freeze(folder, False)


@pytest.fixture(params=["a file", "under a file", "a link that loops"])
def not_a_folder(request, tmp_path):
    """A data folder that cannot be one: a file, a path through a file, or a symbolic link to itself."""
    afile = tmp_path / "afile"
    afile.write_text("not a folder", encoding="utf-8")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    return {"a file": afile, "under a file": afile / "data", "a link that loops": loop}[request.param]


@pytest.fixture
def pacific_time(monkeypatch):
    """This computer's time zone set to U.S. Pacific for the test (UTC-8 in November), UTC's day 8 hours ahead."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone can only be changed for a test on Unix")
    try:
        ZoneInfo("America/Los_Angeles")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone data here")
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()  # back to UTC
