"""The one place that knows where things live: bundled resources, translations and the data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "fieldscreen"
DATA_DIR_ENV = "FIELDSCREEN_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``translations/``: the checkout, or PyInstaller's unpack dir."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources() -> Path:
    """The bundled ``resources/`` folder (instruments, fonts, icons, styles)."""
    return bundle_root() / "resources"


def translations() -> Path:
    """The folder with the compiled ``.qm`` translation catalogues."""
    return bundle_root() / "translations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``override``, else ``$FIELDSCREEN_DATA_DIR``, else the platform's user data dir."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:  # not Path.resolve: before Python 3.13 it raises on a link that loops (the start names that folder)
        return Path(os.path.realpath(Path(chosen).expanduser()))
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
