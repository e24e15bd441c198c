"""The receiving office's age X25519 key pair: generation, the public key file, and the stored identity.

The office installation generates the pair; the private half (``AGE-SECRET-KEY-1...``) is handed to the caller as a
string to keep in the encrypted database and is never written to a file here. The public half travels to field
laptops as a small text file::

    fieldscreen-office-key 1
    office: Central Intake Office
    created: 2025-03-01
    recipient: age1...
    fingerprint: 3F2A-9C41-07BD-E6A8

The fingerprint is the first 16 hex digits of SHA-256 over the recipient text, so an administrator can read it aloud
on the phone and compare. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

import pyrage

from fieldscreen.core.i18n import fill, translate

from .errors import OfficeKeyInvalid

HEADER = "fieldscreen-office-key 1"
MAX_FILE_BYTES = 4096
MAX_OFFICE_NAME = 200
_FIELDS = ("office", "created", "recipient", "fingerprint")


@dataclass(frozen=True)
class OfficePublicKey:
    """The public half of an office key, as imported on a field laptop.

    Attributes:
        office: The office's name as its administrator typed it.
        created: The day the key pair was generated.
        recipient: The age recipient (``age1...``) packets are sealed for.
    """

    office: str
    created: date
    recipient: str

    @property
    def fingerprint(self) -> str:
        """The short SHA-256 fingerprint of the recipient, for comparison by phone."""
        return fingerprint(self.recipient)


@dataclass(frozen=True)
class OfficeKeyPair:
    """A freshly generated office key pair; ``secret`` belongs in the encrypted database only."""

    public: OfficePublicKey
    secret: str = field(repr=False)


def fingerprint(recipient: str) -> str:
    """Return ``XXXX-XXXX-XXXX-XXXX``: the first 16 hex digits (upper case) of SHA-256 over ``recipient``."""
    digest = hashlib.sha256(recipient.encode("ascii")).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def generate_office_key(office: str, created: date) -> OfficeKeyPair:
    """Generate a new age X25519 key pair for the office named ``office``."""
    _check_office_name(office)
    identity = pyrage.x25519.Identity.generate()
    public = OfficePublicKey(office=office.strip(), created=created, recipient=str(identity.to_public()))
    return OfficeKeyPair(public=public, secret=str(identity))


def load_identity(secret: str) -> pyrage.x25519.Identity:
    """Turn the stored secret string back into an identity that opens sealed items.

    Raises:
        OfficeKeyInvalid: The stored text is not an age X25519 secret key.
    """
    try:
        return pyrage.x25519.Identity.from_str(secret.strip())
    except pyrage.IdentityError:
        raise OfficeKeyInvalid(
            translate("Sync", "The stored office private key is damaged."),
            translate("Sync", "Restore the office installation from its latest backup."),
        ) from None


def load_recipient(key: OfficePublicKey) -> pyrage.x25519.Recipient:
    """Return the age recipient of ``key`` (checked again, in case the stored copy was altered)."""
    return _parse_recipient(key.recipient)


def export_public_key(key: OfficePublicKey) -> str:
    """Return the text of the public key file for ``key``."""
    return (
        f"{HEADER}\n"
        "# The public key of a fieldscreen receiving office. Import it on field laptops.\n"
        "# Before importing, compare the fingerprint with the office by phone.\n"
        f"office: {key.office}\n"
        f"created: {key.created.isoformat()}\n"
        f"recipient: {key.recipient}\n"
        f"fingerprint: {key.fingerprint}\n"
    )


def parse_public_key(content: str | bytes) -> OfficePublicKey:
    """Read and check an office key file.

    Raises:
        OfficeKeyInvalid: Not an office key file, a private key, damaged, or holding no valid key.
    """
    text = _as_text(content)
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines or lines[0] != HEADER:
        raise OfficeKeyInvalid(translate("Sync", "This is not a fieldscreen office key file."))
    values: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in _FIELDS or key.strip() in values:
            raise _damaged()
        values[key.strip()] = value.strip()
    if set(values) != set(_FIELDS):
        raise _damaged()
    recipient = values["recipient"]
    _parse_recipient(recipient)
    if values["fingerprint"].upper() != fingerprint(recipient):
        raise _damaged()
    try:
        created = date.fromisoformat(values["created"])
    except ValueError:
        raise _damaged() from None
    _check_office_name(values["office"])
    return OfficePublicKey(office=values["office"], created=created, recipient=recipient)


def _as_text(content: str | bytes) -> str:
    if isinstance(content, bytes):
        if len(content) > MAX_FILE_BYTES:
            raise OfficeKeyInvalid(translate("Sync", "This is not a fieldscreen office key file."))
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise OfficeKeyInvalid(translate("Sync", "This is not a fieldscreen office key file.")) from None
    if len(content) > MAX_FILE_BYTES:
        raise OfficeKeyInvalid(translate("Sync", "This is not a fieldscreen office key file."))
    if "AGE-SECRET-KEY-" in content.upper():
        raise OfficeKeyInvalid(
            translate(
                "Sync",
                "This file holds a private key, which must never leave the receiving office. It was not imported.",
            )
        )
    return content


def _parse_recipient(recipient: str) -> pyrage.x25519.Recipient:
    if not recipient.startswith("age1"):
        raise OfficeKeyInvalid(translate("Sync", "The office key file does not contain a valid office key."))
    try:
        return pyrage.x25519.Recipient.from_str(recipient)
    except pyrage.RecipientError:
        raise OfficeKeyInvalid(translate("Sync", "The office key file does not contain a valid office key.")) from None


def _check_office_name(office: str) -> None:
    name = office.strip()
    if not name or len(name) > MAX_OFFICE_NAME or any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise OfficeKeyInvalid(
            fill(
                translate("Sync", "The office name must be 1 to %1 characters long, on one line."),
                MAX_OFFICE_NAME,
            )
        )


def _damaged() -> OfficeKeyInvalid:
    return OfficeKeyInvalid(
        translate("Sync", "The office key file is damaged (a line is missing, changed or repeated).")
    )
