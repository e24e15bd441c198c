"""Writing files outside SQLite so a crash leaves either the old or the new file, never half of one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PRIVATE = 0o600


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk (a no-op where folders cannot be opened, as on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_beside(path: Path) -> tuple[int, Path]:
    """Create a new private temp file next to ``path``; permissions are set before any byte is written."""
    for attempt in range(100):
        temp = path.with_name(f".{path.name}.{os.getpid()}.{attempt}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE)
        except FileExistsError:
            continue
        return fd, temp
    raise FileExistsError(path)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: private temp file, fsync, ``os.replace``, fsync the folder."""
    fd, temp = _temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def copy_atomic(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` the same way as :func:`write_atomic`, streaming large files."""
    fd, temp = _temp_beside(target)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
