"""Replacing the data key: ``PRAGMA rekey``, new wraps for the remaining recipients, and fresh backups.

Backups made under the old key are deleted, because a removed user's copy of the old vault would still open them;
a new backup under the new key replaces them. The steps are ordered so a crash at any point is finished at the next
unlock (the vault keeps both keys until the database is rekeyed).
"""

from __future__ import annotations

import secrets
from datetime import datetime

from fieldscreen.store import backups
from fieldscreen.store.connection import KEY_BYTES, Connection, rekey
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.vault import Vault


def start_rekey(vault: Vault, data_key: bytes, drop: list[str]) -> bytes:
    """Choose a new data key and record it in the vault for every wrap except ``drop``; return it.

    From here on, any unlock by a remaining user finishes the rekey, so a crash cannot leave the old key in use.
    """
    next_key = secrets.token_bytes(KEY_BYTES)
    vault.begin_rekey(data_key, next_key, drop)
    return next_key


def finish_rekey(conn: Connection, vault: Vault, layout: DataLayout, next_key: bytes, now: datetime) -> None:
    """After the database is encrypted with ``next_key``: commit the vault, replace the backups (DB thread)."""
    vault.commit_rekey(next_key)
    backups.purge_backups(layout)
    backups.make_backup(layout, "after-rekey", now)


def apply_rekey(conn: Connection, vault: Vault, layout: DataLayout, next_key: bytes, now: datetime) -> None:
    """Encrypt the database with the key from :func:`start_rekey` and finish (DB thread, outside a transaction)."""
    rekey(conn, next_key)
    finish_rekey(conn, vault, layout, next_key, now)
