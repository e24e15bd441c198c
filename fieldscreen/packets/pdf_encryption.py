"""PDF encryption for export (DESIGN.md 3): a stored packet made into a password-protected copy, in memory.

pikepdf holds the GIL for a whole open and save, so the export runs :func:`encrypt_pdf` in a child process
(:mod:`fieldscreen.packets.encryption_worker`); the function itself is pure and may run anywhere.
"""

from __future__ import annotations

import io
import secrets

from .document import PRODUCER


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with ``password`` (AES-256, revision 6), without XMP and with only the producer as info.

    The owner password is random and never kept: the recipient may print and copy. Nothing is written to disk.

    Args:
        pdf: A complete PDF.
        password: The password that opens the copy, used as given (the caller normalizes it).
    """
    import pikepdf  # only when encrypting: start-up does not pay for it

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.docinfo = document.make_indirect(pikepdf.Dictionary(Producer=PRODUCER))
        if "/Metadata" in document.Root:
            del document.Root.Metadata
        encryption = pikepdf.Encryption(owner=secrets.token_urlsafe(32), user=password, R=6, aes=True)
        document.save(out, encryption=encryption)
    return out.getvalue()
