"""Neutral case codes: random Crockford base32, never derived from a name, a date or anything else about the person.

A code is a prefix and eight symbols in two groups, e.g. ``FS-7K3M-Q92P`` (40 random bits). Crockford's alphabet
leaves out I, L, O and U, so a code read aloud or copied by hand is not mistaken. Practice cases use the prefix
``TR`` so a training code can never be taken for a real one.
"""

from __future__ import annotations

import re
import secrets

from fieldscreen.core.errors import BugError
from fieldscreen.store import screenings_repo
from fieldscreen.store.connection import Connection

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REAL_PREFIX = "FS"
TRAINING_PREFIX = "TR"
_SYMBOL = "[0-9A-HJKMNP-TV-Z]"
_PATTERN = re.compile(rf"(?:{REAL_PREFIX}|{TRAINING_PREFIX})-{_SYMBOL}{{4}}-{_SYMBOL}{{4}}")
_ATTEMPTS = 32


def random_code(prefix: str = REAL_PREFIX) -> str:
    """A fresh random code (not checked against the database)."""
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{prefix}-{symbols[:4]}-{symbols[4:]}"


def is_case_code(text: str) -> bool:
    """Whether ``text`` is a well-formed case code."""
    return _PATTERN.fullmatch(text) is not None


def new_case_code(conn: Connection, prefix: str = REAL_PREFIX) -> str:
    """A random code no person in the database has yet (DB thread).

    Raises:
        BugError: No free code was found (the random source is broken).
    """
    for _ in range(_ATTEMPTS):
        code = random_code(prefix)
        if not screenings_repo.case_code_exists(conn, code):
            return code
    raise BugError("no free case code found")
