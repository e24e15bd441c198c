"""Logging that never writes personal data.

Log records carry event names and ids, never answers, names or notes. Exceptions are logged as their type and stack
frames only: exception messages can quote user data, so they are dropped.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

from fieldscreen import paths

LOG_FILE = "fieldscreen.log"


class ScrubbingFormatter(logging.Formatter):
    """Formats exceptions as type plus frames, without the message or any local values."""

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]) -> str:  # noqa: N802
        """Render the stack without the exception's text."""
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb)
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        return "Traceback (message withheld):\n" + "\n".join(lines) + f"\n{exc_type.__module__}.{exc_type.__qualname__}"


def log_dir(data_dir: Path) -> Path:
    """Where the log files of a data directory live."""
    return data_dir / "logs"


def setup_logging(args: object) -> None:
    """Log warnings to stderr and everything from INFO up to a rotating file in the data dir (if writable).

    Only the app and ``init`` make the data folder; another command on a folder that is not there writes nothing.
    """
    root = logging.getLogger()
    if getattr(root, "_fieldscreen_configured", False):
        return
    root.setLevel(logging.INFO)
    fmt = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
    folder = log_dir(paths.data_dir(getattr(args, "data_dir", None)))
    setting_up = getattr(args, "command", None) in (None, "init")  # the app and init make the data folder
    handler = _file_handler(folder) if setting_up or folder.parent.is_dir() else None  # else stderr only
    if handler is not None:
        handler.setFormatter(fmt)
        root.addHandler(handler)
    root._fieldscreen_configured = True  # type: ignore[attr-defined]


def _file_handler(folder: Path) -> logging.Handler | None:
    """A rotating log file in ``folder`` (made private, with the data folder if need be); ``None`` if not writable."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # the data folder: private when made here
        folder.mkdir(exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        os.chmod(folder / LOG_FILE, 0o600)
    except OSError:
        return None
    return handler
