"""Password rules (NIST SP 800-63B): at least 15 characters, any characters, not guessable, no composition rules.

"Guessable" means: on the blocklist of common passwords (also with digits or punctuation stuck to either end,
with common letter-for-digit swaps, or repeated), a run like ``abcdef...``, a short pattern repeated, or almost
only one or two characters. The blocklist is a resource file; core cannot find files itself, so the caller passes
it in (``fieldscreen.services.password_policy`` loads the bundled one).
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .i18n import fill, translate

MIN_LENGTH = 15
MIN_DISTINCT = 5
SHORT_UNIT = 4
_SEPARATORS = set(string.whitespace) | set("-_.,;:'\"/\\|")
_EDGES = string.digits + string.punctuation + " "
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})


def length(password: str) -> int:
    """The length that counts: Unicode code points after NFC normalisation."""
    return len(unicodedata.normalize("NFC", password))


def squash(text: str) -> str:
    """``text`` as compared with the blocklist: NFC, case-folded, without spaces and separators."""
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c not in _SEPARATORS)


def read_blocklist(lines: Iterable[str]) -> frozenset[str]:
    """A blocklist from text lines (``#`` starts a comment line; blank lines are skipped)."""
    return frozenset(w for line in lines if not line.startswith("#") and (w := squash(line.strip())))


def load_blocklist(path: Path) -> frozenset[str]:
    """A blocklist from a UTF-8 file with one password or phrase per line."""
    with path.open(encoding="utf-8") as lines:
        return read_blocklist(lines)


def _period(text: str) -> int:
    """The length of the shortest unit that ``text`` repeats, a partial last copy allowed (KMP prefix function)."""
    border = [0] * len(text)
    for i in range(1, len(text)):
        k = border[i - 1]
        while k and text[i] != text[k]:
            k = border[k - 1]
        border[i] = k + (text[i] == text[k])
    return len(text) - (border[-1] if text else 0)


def _is_run(text: str) -> bool:
    """Whether each character follows the previous one up or down by one (``abcdef``, ``987654``, ``7890123``)."""
    steps = {(ord(b) - ord(a)) for a, b in zip(text, text[1:], strict=False)}
    steps = {1 if s == -9 else -1 if s == 9 else s for s in steps}  # digits wrap: 9 -> 0, 0 -> 9
    return len(text) > 2 and steps in ({1}, {-1})


def _in_blocklist(text: str, blocklist: frozenset[str]) -> bool:
    if text in blocklist:
        return True
    unit = _period(text)
    return unit < len(text) and (unit <= SHORT_UNIT or text[:unit] in blocklist)


def is_guessable(password: str, blocklist: frozenset[str]) -> bool:
    """Whether ``password`` is common or follows an easy pattern (see the module docstring)."""
    squashed = squash(password)
    if len(set(squashed)) < MIN_DISTINCT or _is_run(squashed):
        return True
    core = squashed.strip(_EDGES) or squashed
    forms = {squashed, core, squashed.translate(_LEET), core.translate(_LEET)}
    return any(form and (_in_blocklist(form, blocklist) or _is_run(form)) for form in forms)


def is_built_on_username(password: str, username: str) -> bool:
    """Whether ``password`` is the user name, or the user name plus fewer than 15 other characters."""
    name, squashed = squash(username), squash(password)
    if not name:
        return False
    if squashed == name:
        return True
    return len(name) >= 3 and name in squashed and len(squashed.replace(name, "")) < MIN_LENGTH


def password_problems(password: str, username: str = "", *, blocklist: frozenset[str] = frozenset()) -> list[str]:
    """Every rule ``password`` breaks, as translated sentences (empty when it may be used).

    Args:
        password: The proposed password, as typed.
        username: The account's user name (a password may not be built on it).
        blocklist: Common passwords, squashed (see :func:`load_blocklist`).
    """
    words = blocklist
    problems = []
    count = length(password)
    if count < MIN_LENGTH:
        problems.append(
            fill(translate("Passwords", "Use at least %1 characters (this one has %2)."), MIN_LENGTH, count)
        )
    if username and is_built_on_username(password, username):
        problems.append(translate("Passwords", "The password must not be the user name or be built from it."))
    elif password and is_guessable(password, words):
        problems.append(
            translate(
                "Passwords", "This password is too common or too easy to guess. A few unrelated words make a good one."
            )
        )
    return problems
