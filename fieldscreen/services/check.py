"""The integrity check a person can run on demand (and that runs at unlock after an unclean shutdown)."""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldscreen.store import integrity
from fieldscreen.store.connection import Connection


@dataclass(frozen=True)
class CheckReport:
    """What was checked and what was found, in plain words.

    Attributes:
        ok: Whether no problem was found.
        problems: One line per problem, e.g. "page 3 failed its integrity check (HMAC)".
        checked: One line per check that ran.
        damaged_pages: How many pages failed their MAC (the list in ``problems`` stops after a few).
    """

    ok: bool
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    damaged_pages: int = 0


def full_check(conn: Connection, file_size: int) -> CheckReport:
    """Page MACs (``cipher_integrity_check``), ``integrity_check`` and the audit chain (DB thread)."""
    findings = integrity.run_all(conn, file_size)
    return CheckReport(not findings.problems, findings.problems, findings.checked, findings.damaged_pages)


def page_check(conn: Connection, file_size: int) -> CheckReport:
    """Only the page MACs: cheap enough for every unlock, and it finds a flipped byte anywhere in the file."""
    findings = integrity.Findings()
    integrity.check_pages(conn, findings, file_size)
    return CheckReport(not findings.problems, findings.problems, findings.checked, findings.damaged_pages)
