"""The recovery key: 160 random bits written as seven groups of five characters.

The alphabet is Crockford's base32 (no I, L, O or U); reading is forgiving (lower case, O for 0, I or L for 1, any
spaces or dashes). 32 characters carry the key and 3 more are check characters, so a typing mistake is caught before
any slow key derivation runs.
"""

from __future__ import annotations

import hashlib
import secrets

from fieldscreen.core.errors import RecoveryKeyMistyped

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 20
KEY_CHARS = 32
CHECK_CHARS = 3
GROUP = 5
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def _check_value(secret: bytes) -> int:
    digest = hashlib.sha256(b"fieldscreen recovery key check" + secret).digest()
    return int.from_bytes(digest[:2], "big") >> 1  # 15 bits = 3 characters


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def format_recovery_key(secret: bytes) -> str:
    """The text shown to the administrator for a 20-byte ``secret``."""
    text = _encode(int.from_bytes(secret, "big"), KEY_CHARS) + _encode(_check_value(secret), CHECK_CHARS)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def new_recovery_key() -> tuple[str, bytes]:
    """A fresh recovery key: (text to show, secret bytes)."""
    secret = secrets.token_bytes(KEY_BYTES)
    return format_recovery_key(secret), secret


def parse_recovery_key(text: str) -> bytes:
    """The secret bytes of a typed recovery key.

    Raises:
        RecoveryKeyMistyped: Wrong length, unknown characters, or the check characters do not match.
    """
    chars = [_READ_AS.get(c, c) for c in text.upper() if c not in " -\t\r\n"]
    if len(chars) != KEY_CHARS + CHECK_CHARS or any(c not in ALPHABET for c in chars):
        raise RecoveryKeyMistyped()
    value = 0
    for c in chars[:KEY_CHARS]:
        value = value * 32 + ALPHABET.index(c)
    check = 0
    for c in chars[KEY_CHARS:]:
        check = check * 32 + ALPHABET.index(c)
    secret = value.to_bytes(KEY_BYTES, "big")
    if check != _check_value(secret):
        raise RecoveryKeyMistyped()
    return secret
