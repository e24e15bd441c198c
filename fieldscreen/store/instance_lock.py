"""A single-instance guard: an exclusive OS lock on a file in the data directory, released when the process ends.

Taking it is the first thing every start does, so it also finds a data directory that cannot be written (read-only,
no permission, a full disk) and names it, before anyone signs in or types an answer.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from types import TracebackType

from fieldscreen.core.errors import (
    DataDirFull,
    DataDirLocked,
    DataDirNotAFolder,
    DataDirNotWritable,
    StorageFull,
    StorageReadOnly,
)

from .failures import from_os

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_NOT_A_FOLDER = (errno.EEXIST, errno.ENOTDIR, errno.ELOOP)
"""What making the data folder fails with when it is a file, a file is in its path, or a link in it loops."""

PROBE_BYTES = 64 * 1024
"""What the start writes to find a full disk: room for a sign-in's first transaction and its journal."""


def _probe_write(folder: Path) -> None:
    """Write and remove a small file in ``folder`` (raises the ``OSError`` when the folder or disk takes no more)."""
    fd, name = tempfile.mkstemp(prefix=".write-check-", dir=folder)
    try:
        os.write(fd, bytes(PROBE_BYTES))
    finally:
        os.close(fd)
        os.unlink(name)


class InstanceLock:
    """The lock that keeps a second fieldscreen process away from a data directory.

    Args:
        path: The lock file (created if missing; its content is irrelevant).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock without waiting; return ``self``.

        Raises:
            DataDirLocked: Another process (or another ``InstanceLock`` on the same file) holds it.
            DataDirNotWritable: The data directory cannot be made or written to (read-only, no permission).
            DataDirNotAFolder: The data directory is a file, or a file or a looping link is in its path.
            DataDirFull: The disk that holds it has no room left.
            StorageFailed, BugError: Another failure of the disk.
        """
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise self._failure(exc) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise DataDirLocked()
        try:  # an existing lock file opens in a read-only folder too: find out now, not at the first change
            _probe_write(self.path.parent)
        except OSError as exc:
            _unlock(fd)
            os.close(fd)
            raise self._failure(exc) from exc
        self._fd = fd
        return self

    def _failure(self, exc: OSError) -> Exception:
        """The error for a failed first write: the data folder is named, as nothing was changed yet."""
        if exc.errno in _NOT_A_FOLDER:
            return DataDirNotAFolder(self.path.parent)
        error = from_os(exc)
        if isinstance(error, StorageReadOnly):
            return DataDirNotWritable(self.path.parent)
        return DataDirFull(self.path.parent) if isinstance(error, StorageFull) else error

    def release(self) -> None:
        """Give the lock up; idempotent."""
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
