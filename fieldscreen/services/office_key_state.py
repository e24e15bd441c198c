"""Where the installation kind and the office key live, and how services read them (on the DB thread).

The kind is an ordinary setting; the office's public key file text and, on the receiving office only, its private
key are kept in the ``sync_settings`` table of the encrypted database.
"""

from __future__ import annotations

from enum import StrEnum

import pyrage

from fieldscreen.store import settings_repo, sync_settings_repo
from fieldscreen.store.connection import Connection
from fieldscreen.sync.office_keys import OfficePublicKey, load_identity, parse_public_key

KIND_SETTING = "installation_kind"
PUBLIC_KEY = "office_public_key"
SECRET_KEY = "office_secret"


class InstallationKind(StrEnum):
    """Whether this installation screens people in the field or receives their packets."""

    FIELD = "field"
    OFFICE = "office"


def read_kind(conn: Connection) -> InstallationKind:
    """The installation kind (field unless an office key was generated here) (DB thread)."""
    stored = settings_repo.get_all(conn).get(KIND_SETTING, InstallationKind.FIELD.value)
    return InstallationKind.OFFICE if stored == InstallationKind.OFFICE.value else InstallationKind.FIELD


def read_public_key(conn: Connection) -> OfficePublicKey | None:
    """The office public key packets are sealed for, or None (DB thread)."""
    text = sync_settings_repo.get(conn, PUBLIC_KEY)
    return parse_public_key(text) if text is not None else None


def read_identity(conn: Connection) -> pyrage.x25519.Identity | None:
    """The office's private identity on the receiving office, None elsewhere (DB thread).

    Raises:
        OfficeKeyInvalid: The stored private key is damaged.
    """
    secret = sync_settings_repo.get(conn, SECRET_KEY)
    return load_identity(secret) if secret is not None else None
