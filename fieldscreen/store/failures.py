"""Turning low-level storage failures into errors the user can act on, or into bugs."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from fieldscreen.core.errors import (
    BugError,
    DatabaseDamaged,
    FieldscreenError,
    StorageFailed,
    StorageFull,
    StorageReadOnly,
)
from fieldscreen.core.i18n import translate

if TYPE_CHECKING:  # only an annotation: the instance lock, taken before the first window, need not load SQLCipher
    import sqlcipher3

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def from_sqlite(exc: sqlcipher3.Error) -> FieldscreenError:
    """The fieldscreen error for a SQLCipher exception: full, read-only, damaged, disk error, else a bug."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == SQLITE_FULL:
        return StorageFull()
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN):
        return StorageReadOnly()
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(translate("Store", "the database file cannot be read (a page failed its check)."))
    if code == SQLITE_IOERR:
        return StorageFailed()
    return BugError(f"sqlite error {getattr(exc, 'sqlite_errorname', type(exc).__name__)}")


def from_os(exc: OSError) -> FieldscreenError:
    """The fieldscreen error for a failed file operation: full, read-only, disk error, else a bug."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageFull()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageReadOnly()
    if exc.errno == errno.EIO:
        return StorageFailed()
    return BugError(f"file operation failed: {type(exc).__name__} errno {exc.errno}")
