"""Integrity checks in plain words: SQLCipher's page MACs, SQLite's structure check and the audit chain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlcipher3

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.core.i18n import fill, translate

from . import audit
from .connection import Connection

_PAGE = re.compile(r"page (\d+)", re.IGNORECASE)
PAGE_SIZE = 4096


@dataclass
class Findings:
    """What the checks looked at and what they found.

    Attributes:
        checked: One line per check that ran, in plain words.
        problems: One line per problem found, in plain words (empty when all is well).
        damaged_pages: How many pages failed the page check (beyond those listed in ``problems``).
    """

    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    damaged_pages: int = 0


LISTED = 5
"""Problems of one kind listed one by one; beyond that a count (SQLite reports up to 100, mostly echoes)."""


def _listed(found: list[str]) -> list[str]:
    if len(found) <= LISTED + 1:
        return found
    return [*found[:LISTED], translate("Check", "... and %n more of the same kind", None, len(found) - LISTED)]


def check_pages(conn: Connection, findings: Findings, file_size: int) -> None:
    """Verify the MAC of every encrypted page (``PRAGMA cipher_integrity_check``); this works even if page 1 is bad."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    pages = max(1, file_size // PAGE_SIZE)
    findings.checked.append(translate("Check", "the encryption checksums of all %n pages", None, pages))
    found = []
    for text in rows:
        match = _PAGE.search(text)
        if match and "hmac" in text.lower():
            found.append(fill(translate("Check", "page %1 failed its integrity check (HMAC)"), match[1]))
        elif match:
            found.append(fill(translate("Check", "page %1 is damaged (%2)"), match[1], text))
        else:
            found.append(fill(translate("Check", "the encryption check reported: %1"), text))
    findings.damaged_pages = len(found)
    findings.problems.extend(_listed(found))


def check_structure(conn: Connection, findings: Findings) -> None:
    """Run SQLite's ``PRAGMA integrity_check`` (tables, indexes, free pages)."""
    findings.checked.append(translate("Check", "the structure of the database (tables and indexes)"))
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.DatabaseError:
        findings.problems.append(translate("Check", "the structure check could not read the damaged pages"))
        return
    lines = [line for text in rows for line in text.splitlines()]  # SQLite may join its findings in one row
    found = [fill(translate("Check", "structure problem: %1"), line) for line in lines if line.lower() != "ok"]
    findings.problems.extend(_listed(found))


def check_audit(conn: Connection, findings: Findings) -> None:
    """Verify the audit chain."""
    try:
        report = audit.verify(conn, audit.audit_key(conn))
    except (sqlcipher3.DatabaseError, DatabaseDamaged):
        findings.checked.append(translate("Check", "the audit trail"))
        findings.problems.append(translate("Check", "the audit trail could not be read"))
        return
    findings.checked.append(translate("Check", "the audit trail (%n entries)", None, report.entries_checked))
    if not report.ok:
        findings.problems.append(report.message)


def run_all(conn: Connection, file_size: int) -> Findings:
    """Page MACs, then the structure and the audit chain when the pages are sound enough to read."""
    findings = Findings()
    check_pages(conn, findings, file_size)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        findings.problems.append(translate("Check", "the first page cannot be read, so nothing else could be checked"))
        return findings
    check_structure(conn, findings)
    check_audit(conn, findings)
    return findings
