"""A single-instance guard: an exclusive OS lock on a file in the data directory, released when the process ends."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from fieldscreen.core.errors import DataDirLocked

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
        """
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise from_os(exc) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise DataDirLocked()
        self._fd = fd
        return self

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
