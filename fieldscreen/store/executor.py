"""The DB thread: the one thread that owns the SQLCipher connection and runs every query."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import sqlcipher3

from fieldscreen.core.errors import DatabaseMoved, SessionLocked, StorageReadOnly

from .connection import Connection
from .failures import from_sqlite

T = TypeVar("T")
P = ParamSpec("P")


def _file_gone(conn: Connection) -> bool:
    """Whether the main database file of ``conn`` is no longer at its path (moved or deleted while open)."""
    try:
        path = conn.execute("PRAGMA database_list").fetchone()[2]
    except sqlcipher3.Error:
        return False
    return bool(path) and not Path(path).exists()


class DbExecutor:
    """Owns the only connection; every callable runs on the ``fieldscreen-db`` thread.

    sqlcipher3 connections are bound to the thread that made them, so the connection is opened, used and closed on
    one worker thread. :meth:`call` is safe from any number of threads; calls run one at a time, in order.

    Args:
        opener: Makes the connection (it holds the key; the executor keeps no reference to it once it has run).

    Raises:
        KnownError: Whatever ``opener`` raised (wrong key, damaged file, disk problems).
    """

    def __init__(self, opener: Callable[[], Connection]) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldscreen-db")
        self._state = threading.Lock()
        self._closed = False
        try:
            self._thread_id = self._pool.submit(threading.get_ident).result()
            self._conn: Connection | None = self._pool.submit(opener).result()
        except BaseException:
            self._pool.shutdown(wait=True)
            raise

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has run."""
        return self._closed

    def call(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(connection, *args, **kwargs)`` on the DB thread and return its result (blocks the caller).

        Raises:
            SessionLocked: The executor was closed.
            StorageFull, StorageReadOnly, StorageFailed, DatabaseDamaged, BugError: A SQLCipher error, mapped.
        """
        if threading.get_ident() == self._thread_id:
            return self._run(fn, *args, **kwargs)
        with self._state:
            if self._closed:
                raise SessionLocked()
            future = self._pool.submit(self._run, fn, *args, **kwargs)
        return future.result()

    def _run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._conn is None:
            raise SessionLocked()
        try:
            return fn(self._conn, *args, **kwargs)
        except sqlcipher3.Error as exc:
            error = from_sqlite(exc)
            if isinstance(error, StorageReadOnly) and _file_gone(self._conn):
                error = DatabaseMoved()  # SQLite refuses to write a file no longer at its path
            raise error from exc

    def close(self) -> None:
        """Let queued calls finish, close the connection on its own thread and stop the thread; idempotent."""
        with self._state:
            if self._closed:
                return
            self._closed = True
            if threading.get_ident() == self._thread_id:
                self._close_connection()
                self._pool.shutdown(wait=False)
                return
            future = self._pool.submit(self._close_connection)
        try:
            future.result()
        finally:
            self._pool.shutdown(wait=True)

    def _close_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
