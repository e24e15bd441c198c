"""Opening the SQLCipher database with a raw 256-bit key and the settings of DESIGN 4.

Journal mode is DELETE, not WAL. fieldscreen has exactly one connection (owned by the DB thread), so WAL's
reader/writer concurrency buys nothing, while DELETE keeps the committed state in the single database file: a backup
taken between transactions is a plain file copy, ``PRAGMA rekey`` rewrites one file, and there are no ``-wal``/``-shm``
companions to copy, lose or leave behind. The transient ``-journal`` holds encrypted pages only (SQLCipher encrypts
journal pages like database pages), so no plaintext reaches the disk either way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.core.i18n import translate

from .failures import from_sqlite

Connection = sqlcipher3.Connection

KEY_BYTES = 32


def _key_literal(raw_key: bytes) -> str:
    """The SQLCipher raw-key literal; hex digits only, so nothing in it needs escaping."""
    if len(raw_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"\"x'{raw_key.hex()}'\""


def open_keyed(path: Path, raw_key: bytes) -> Connection:
    """Connect and key without reading anything (for integrity checks of a file whose first page may be damaged).

    Raises:
        StorageReadOnly, StorageFailed: The file cannot be opened.
    """
    new = not path.exists()
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
    except sqlcipher3.Error as exc:
        raise from_sqlite(exc) from None
    if new:  # SQLite makes files readable by every account (0644); its journals copy the database's permissions
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    try:
        # SQLCipher reports page failures on stderr by default; fieldscreen reports them itself, in plain words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(f"PRAGMA key = {_key_literal(raw_key)}")
    except BaseException:
        conn.close()
        raise
    return conn


def open_encrypted(path: Path, raw_key: bytes) -> Connection:
    """Open (or create) the database at ``path`` with ``raw_key`` and apply the fieldscreen settings.

    A wrong key does not fail at ``PRAGMA key`` but at the first read, so a read follows at once.

    Raises:
        DatabaseDamaged: The file does not open with this key (wrong key, not a database, or page 1 damaged).
        StorageFull, StorageReadOnly, StorageFailed: The disk refused.
    """
    conn = open_keyed(path, raw_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        error = from_sqlite(exc)
        if isinstance(error, DatabaseDamaged):
            raise DatabaseDamaged(translate("Store", "the database does not open with its key (page 1).")) from None
        raise error from None
    return conn


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in a transaction (a savepoint when one is already open); commit on success, else roll back."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def rekey(conn: Connection, new_key: bytes) -> None:
    """Re-encrypt every page of the database under ``new_key`` (must run outside a transaction)."""
    conn.execute(f"PRAGMA rekey = {_key_literal(new_key)}")
