"""A folder target: a USB drive, a shared drive or any mounted directory.

Writes are atomic: the bytes go to ``.<name>.<random>.tmp`` in the same folder, are fsynced, renamed over the final
name with ``os.replace`` and the folder itself is fsynced. A reader (the office's ingest) therefore sees either no
item or the complete item, never a partial one: temporary names are never listed. A kill leaves at most a stale
temporary file, which the next ``put`` of the same item removes. The folder itself is never created: when a USB
drive is not plugged in, its mount point must not silently become a folder on the laptop's own disk.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from ..errors import FolderFailed, FolderUnavailable, SyncError, TargetFull, TargetNotWritable
from .base import (
    MAX_ITEM_BYTES,
    PROBE_BYTES,
    PROBE_NAME,
    RemoteCopy,
    RemoteEntry,
    check_item_name,
    check_listed_name,
    is_listed_name,
)

_CHUNK = 1024 * 1024
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


class FolderTarget:
    """Deliver items to, and pull items from, one existing folder."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._stale: dict[str, list[Path]] | None = None

    def __repr__(self) -> str:
        return "FolderTarget()"

    def exists(self, name: str) -> RemoteCopy | None:
        """Return the size and SHA-256 of the file ``name``, or None when it does not exist."""
        check_item_name(name)
        self._check_folder()
        try:
            with open(self.folder / name, "rb") as handle:
                digest = hashlib.sha256()
                size = 0
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _mapped(exc) from None
        return RemoteCopy(size, digest.hexdigest())

    def stored_size(self, name: str) -> int | None:
        """Return the size of the file ``name``, or None when it does not exist."""
        check_item_name(name)
        self._check_folder()
        try:
            return os.stat(self.folder / name).st_size
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _mapped(exc) from None

    def stored_sizes(self, names: Sequence[str]) -> dict[str, int | None]:
        """Return the size of each file in ``names`` (a ``stat`` each), None for a missing one."""
        return {name: self.stored_size(name) for name in names}

    def put(self, name: str, data: bytes) -> None:
        """Write ``data`` as ``name`` atomically, unless the folder already holds exactly these bytes."""
        check_item_name(name)
        if self.exists(name) == RemoteCopy(len(data), hashlib.sha256(data).hexdigest()):
            return
        temporary = self.folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            self._remove_stale_temporaries(name)
            _write_new(temporary, data)
            os.replace(temporary, self.folder / name)
            _fsync_folder(self.folder)
        except OSError as exc:
            with contextlib.suppress(OSError):  # a read-only or unplugged drive refuses the clean-up too
                temporary.unlink(missing_ok=True)
            raise _mapped(exc) from None

    def check(self) -> None:
        """Prove that the folder is there and takes a file: write a probe file to the drive, then remove it.

        The probe gets a name of its own (``fieldscreen-connection-check-<random>.txt``) and is created new: a file or
        a link someone put in a shared folder under a name known in advance is never written through.
        """
        self._check_folder()
        probe = self.folder / f"{PROBE_NAME.removesuffix('.txt')}-{secrets.token_hex(4)}.txt"
        try:
            _write_new(probe, PROBE_BYTES)
            probe.unlink()
        except OSError as exc:
            raise _mapped(exc) from None

    def list(self) -> list[RemoteEntry]:
        """Return every complete item in the folder, by name (copies renamed by hand too)."""
        self._check_folder()
        try:
            with os.scandir(self.folder) as entries:
                found = [
                    RemoteEntry(entry.name, entry.stat().st_size)
                    for entry in entries
                    if is_listed_name(entry.name) and entry.is_file()
                ]
        except OSError as exc:
            raise _mapped(exc) from None
        return sorted(found)

    def get(self, name: str) -> bytes:
        """Return the bytes of ``name`` (at most the item size limit, plus one byte to show it is exceeded)."""
        check_listed_name(name)
        self._check_folder()
        try:
            with open(self.folder / name, "rb") as handle:
                return handle.read(MAX_ITEM_BYTES + 1)
        except OSError as exc:
            raise _mapped(exc) from None

    def _check_folder(self) -> None:
        if not self.folder.is_dir():
            raise FolderUnavailable()

    def _remove_stale_temporaries(self, name: str) -> None:
        """Remove temporaries of ``name`` left by an earlier, killed write.

        Only this installation writes this name (the hash of bytes it sealed), so such temporaries are dead: a
        failed write here removes its own. The folder is scanned once per target, not once per item.
        """
        if self._stale is None:
            self._stale = {}
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                        item = entry.name[1 : -len(".tmp")].rsplit(".", 1)[0]  # .<name>.<token>.tmp
                        self._stale.setdefault(item, []).append(Path(entry.path))
        for stale in self._stale.pop(name, []):
            stale.unlink(missing_ok=True)


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (never through a file or link already there), write ``data``, fsync; on failure remove it."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        try:
            view = memoryview(data)
            for start in range(0, len(view), _CHUNK):
                _write_all(descriptor, view[start : start + _CHUNK])
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def _write_all(descriptor: int, chunk: memoryview) -> None:
    while chunk:
        written = os.write(descriptor, chunk)
        chunk = chunk[written:]


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; Windows has no directory handles to fsync (NTFS journals the rename)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _mapped(exc: OSError) -> SyncError:
    if exc.errno in _FULL:
        return TargetFull()
    if exc.errno in _NOT_WRITABLE:
        return TargetNotWritable()
    if exc.errno in {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ENOTDIR}:
        return FolderUnavailable()
    return FolderFailed()
