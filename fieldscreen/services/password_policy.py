"""The password rules with the bundled blocklist (core cannot locate resource files itself)."""

from __future__ import annotations

from functools import cache

from fieldscreen import paths
from fieldscreen.core.errors import BugError, PasswordRejected
from fieldscreen.core.passwords import load_blocklist, password_problems


@cache
def blocklist() -> frozenset[str]:
    """The bundled blocklist of common passwords (read once per process).

    Raises:
        BugError: The resource file is missing from this installation.
    """
    try:
        return load_blocklist(paths.resources() / "passwords" / "blocklist.txt")
    except OSError as exc:
        raise BugError("the password blocklist resource is missing") from exc


def problems(password: str, username: str = "") -> list[str]:
    """Every password rule ``password`` breaks (empty when it may be used)."""
    return password_problems(password, username, blocklist=blocklist())


def require_acceptable(password: str, username: str) -> None:
    """Refuse a password that breaks a rule.

    Raises:
        PasswordRejected: With every rule broken.
    """
    found = problems(password, username)
    if found:
        raise PasswordRejected(found)
