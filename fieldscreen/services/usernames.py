"""User names: case-insensitive, 1 to 64 characters, no spaces or control characters."""

from __future__ import annotations

import unicodedata

from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import translate

MAX_LENGTH = 64
RECOVERY_ACTOR = "(recovery key)"


def is_valid(name: str) -> bool:
    """Whether ``name`` (already normalised) may be a user name."""
    return (
        0 < len(name) <= MAX_LENGTH
        and not name.startswith("(")
        and not any(c.isspace() or unicodedata.category(c).startswith("C") for c in name)
    )


def normalize(name: str) -> str:
    """The stored form of a user name: NFC, trimmed, case-folded (no validation)."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def require_valid(name: str) -> str:
    """The stored form of ``name``.

    Raises:
        UsageError: The name is empty, too long, or holds spaces or control characters.
    """
    normal = normalize(name)
    if not is_valid(normal):
        raise UsageError(
            translate("Accounts", "A user name has 1 to 64 characters, without spaces."),
            translate("Accounts", "Choose another user name."),
        )
    return normal
