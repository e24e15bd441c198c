"""A child process that runs :func:`~fieldscreen.packets.pdf_encryption.encrypt_pdf` (docs/packets.md, Export).

pikepdf keeps the GIL while it opens and saves a PDF, which froze the window for the whole of each packet when the
export encrypted on a thread. In a child process it holds that process's GIL only. The child is started with
``spawn`` (never ``fork`` from a threaded Qt process) on the first packet, at a lower CPU priority; it imports the
encryption module (with the ``packets`` package) and pikepdf, gets the plaintext through a pipe (never a file) and
ends with the :class:`EncryptionProcess`, or with the app process when that is killed.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from .pdf_encryption import encrypt_pdf


class EncryptionProcessLost(Exception):
    """The child process ended before it returned the encrypted PDF (killed, out of memory, or not started)."""


def _prepare_child() -> None:
    """In the child: yield the CPU to the window, and exit when the parent ends, even killed (else it waits forever).

    On a busy machine the window's thread competes with the child for a core; a lower priority keeps it responsive.
    """
    if hasattr(os, "nice"):  # POSIX; Windows keeps the normal priority
        os.nice(10)

    def watch() -> None:
        parent.join()
        os._exit(1)

    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class EncryptionProcess:
    """One child process that encrypts PDFs, started on first use and ended by :meth:`close` (or ``with``)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def encrypt(self, pdf: bytes, password: str) -> bytes:
        """:func:`encrypt_pdf` run in the child; blocks this thread only.

        Raises:
            EncryptionProcessLost: The child died (after that, every call raises it until :meth:`close`).
        """
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=_prepare_child
            )
        try:
            return self._pool.submit(encrypt_pdf, pdf, password).result()
        except BrokenProcessPool:
            raise EncryptionProcessLost() from None

    def close(self) -> None:
        """End the child and wait until it is gone (nothing to do when it never started)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> EncryptionProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
