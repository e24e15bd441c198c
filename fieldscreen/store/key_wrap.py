"""The two layers of key wrapping in the vault.

1. Each user, and the recovery key, has an age X25519 identity. Its secret is sealed with AES-256-GCM under a key
   derived from the password (or recovery key) with Argon2id; the associated data names the wrap ("user:alice"), so
   wraps cannot be swapped between accounts.
2. The data key is age-encrypted to the public recipients of all identities. Because the recipients are public, the
   data key can be re-encrypted (after adding a user or a rekey) without anybody's password.

The recipient list is authenticated with a MAC keyed from the data key, so a recipient slipped into the vault file
by someone without the data key is detected before anything is encrypted to it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldscreen.core.errors import DatabaseDamaged, WrongCredentials
from fieldscreen.core.i18n import translate

from .kdf import SALT_BYTES, KdfParams

Identity = pyrage.x25519.Identity
AAD_PREFIX = "fieldscreen-vault-1:"
NONCE_BYTES = 12


def b64(data: bytes) -> str:
    """Base64 text of ``data``."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    """Bytes of base64 ``text``.

    Raises:
        DatabaseDamaged: ``text`` is not base64.
    """
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError:
        raise damaged_vault() from None


def damaged_vault() -> DatabaseDamaged:
    """The error for a vault file that is unreadable or was changed outside fieldscreen."""
    return DatabaseDamaged(translate("Store", "the key file (vault.json) is damaged or was changed."))


@dataclass(frozen=True)
class SealedIdentity:
    """An age identity sealed under a password-derived key.

    Attributes:
        recipient: The identity's public age recipient ("age1...").
        kdf: The Argon2id parameters the sealing key was derived with.
        salt: The Argon2id salt.
        nonce: The AES-GCM nonce.
        sealed: The AES-GCM ciphertext of the identity's secret text.
    """

    recipient: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, Any]:
        """The wrap as stored in the vault."""
        return {
            "recipient": self.recipient,
            "kdf": self.kdf.to_json(),
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "sealed": b64(self.sealed),
        }

    @classmethod
    def from_json(cls, data: Any) -> SealedIdentity:
        """Read a wrap from the vault.

        Raises:
            DatabaseDamaged: The wrap is incomplete or malformed.
        """
        try:
            wrap = cls(
                str(data["recipient"]),
                KdfParams.from_json(data["kdf"]),
                unb64(data["salt"]),
                unb64(data["nonce"]),
                unb64(data["sealed"]),
            )
        except (KeyError, TypeError):
            raise damaged_vault() from None
        if len(wrap.salt) != SALT_BYTES or len(wrap.nonce) != NONCE_BYTES:
            raise damaged_vault()
        return wrap


def seal_identity(identity: Identity, secret: bytes, label: str, kdf: KdfParams) -> SealedIdentity:
    """Seal ``identity`` under a key derived from ``secret`` (a password or recovery key) for the wrap ``label``."""
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealing_key = kdf.derive(secret, salt)
    sealed = AESGCM(sealing_key).encrypt(nonce, str(identity).encode("ascii"), (AAD_PREFIX + label).encode())
    return SealedIdentity(str(identity.to_public()), kdf, salt, nonce, sealed)


def open_identity(wrap: SealedIdentity, secret: bytes, label: str) -> Identity:
    """The identity sealed in ``wrap``.

    Raises:
        WrongCredentials: ``secret`` does not open the wrap.
        DatabaseDamaged: The wrap opens but does not hold the identity of its recipient.
    """
    sealing_key = wrap.kdf.derive(secret, wrap.salt)
    try:
        text = AESGCM(sealing_key).decrypt(wrap.nonce, wrap.sealed, (AAD_PREFIX + label).encode())
    except InvalidTag:
        raise WrongCredentials() from None
    try:
        identity = Identity.from_str(text.decode("ascii"))
    except (pyrage.IdentityError, UnicodeDecodeError):
        raise damaged_vault() from None
    if str(identity.to_public()) != wrap.recipient:
        raise damaged_vault()
    return identity


def encrypt_data_key(data_key: bytes, recipients: Iterable[str]) -> bytes:
    """The data key age-encrypted to every recipient."""
    return pyrage.encrypt(data_key, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def decrypt_data_key(blob: bytes, identity: Identity) -> bytes | None:
    """The data key in ``blob`` if ``identity`` is one of its recipients, else ``None``."""
    try:
        return pyrage.decrypt(blob, [identity])
    except pyrage.DecryptError:
        return None


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(SHA256(), 32, salt=None, info=b"fieldscreen vault recipients v1").derive(data_key)


def recipients_mac(data_key: bytes, recipients: Mapping[str, str], extra: bytes = b"") -> bytes:
    """A MAC, keyed from ``data_key``, over the wrap labels and their recipients (and ``extra`` bytes)."""
    canonical = json.dumps(dict(recipients), sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(_mac_key(data_key), canonical + extra, hashlib.sha256).digest()


def new_identity() -> Identity:
    """A fresh age X25519 identity."""
    return Identity.generate()
