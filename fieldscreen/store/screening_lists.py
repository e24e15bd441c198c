"""The screenings list: filtering, sorting and paging in SQL, so only one page of rows ever leaves the database.

Fast on 100,000 screenings (bench/list_100k.py): every sort order walks an index and stops after one page; the page's
ids are found first, from indexes alone where possible, and only their rows are read; a search scans the narrow
``person_search`` keys once, never the wide ``persons`` rows; a screener's screenings come from one covering index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .connection import Connection

ORDERS = {
    "started_at": ("s.started_at",),
    "case_code": ("p.case_code", "s.started_at"),
    "instrument_id": ("s.instrument_id", "s.started_at"),
    "status": ("s.status", "s.started_at"),
    "screener": ("s.screener", "s.started_at"),
    "result_category": ("s.result_category", "s.started_at"),
    "next_due_at": ("s.next_due_at IS NULL", "s.next_due_at", "s.started_at"),
}
"""The sort keys a list may ask for, and the terms they order by (each matches an index; the id breaks ties)."""


@dataclass(frozen=True)
class ListFilter:
    """Which screenings a list shows.

    Attributes:
        screener: Only this screener's screenings (``None``: everyone's).
        search: Case-folded text that must occur in the case code, name or aliases ("" matches all).
        status: Only this status (``None``: any).
        instrument_id: Only this instrument (``None``: any).
    """

    screener: str | None = None
    search: str = ""
    status: str | None = None
    instrument_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause over ``screenings s`` (or "") and its parameters.

        A screener's own screenings are found through their index and the other terms only checked on them: the
        unary ``+`` keeps the planner from walking a wider index instead (every finalized screening, say).
        """
        mark = "+" if self.screener is not None else ""
        clauses: list[str] = []
        params: list[Any] = []
        if self.screener is not None:
            clauses.append("s.screener = ?")
            params.append(self.screener)
        for column, value in (("status", self.status), ("instrument_id", self.instrument_id)):
            if value is not None:
                clauses.append(f"{mark}s.{column} = ?")
                params.append(value)
        if self.search:
            clauses.append(f"{mark}s.person_id IN (SELECT person_id FROM person_search WHERE instr(key, ?) > 0)")
            params.append(self.search)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


_COLUMNS = (
    "s.id, p.case_code, s.instrument_id, s.instrument_version, s.status, s.screener, s.started_at, "
    "s.result_category, s.next_due_at, s.finalized_at, s.review_comment"
)


@dataclass(frozen=True)
class SummaryRow:
    """One row of the list, as stored."""

    id: int
    case_code: str
    instrument_id: str
    instrument_version: str
    status: str
    screener: str
    started_at: str
    result_category: str
    next_due_at: str | None
    finalized_at: str | None
    review_comment: str


def list_page(
    conn: Connection, where: ListFilter, *, order: str, descending: bool, limit: int, offset: int
) -> tuple[list[SummaryRow], int]:
    """One page of matching screenings and how many match in all.

    Args:
        conn: The connection.
        where: Which screenings.
        order: A key of :data:`ORDERS`; ties are broken by start time, then id, in the same direction. Ascending by
            ``next_due_at`` lists the soonest deadline first and screenings without one last; descending is the exact
            reverse.
        descending: Whether the order is descending.
        limit: Rows per page.
        offset: Rows to skip.

    Raises:
        KeyError: ``order`` is not a key of :data:`ORDERS`.
    """
    direction = "DESC" if descending else "ASC"
    terms = ", ".join(f"{term} {direction}" for term in (*ORDERS[order], "s.id"))
    clause, params = where.where()
    tables = "screenings s"
    if order == "case_code":  # all screenings: walk the persons in case code order; a few: sort them
        wide = where.screener is None and not where.search
        tables = "persons p CROSS JOIN screenings s" if wide else "screenings s CROSS JOIN persons p"
        tables += " ON s.person_id = p.id"
    counted = ", count(*) OVER ()" if where.search else ""  # a search scans the keys once, for the page and the total
    found = conn.execute(
        f"SELECT s.id{counted} FROM {tables} {clause} ORDER BY {terms} LIMIT ? OFFSET ?",  # noqa: S608 - fixed texts
        (*params, limit, offset),
    ).fetchall()
    if found and where.search:
        total = found[0][1]
    elif offset == 0 and len(found) < limit:
        total = len(found)
    else:
        total = conn.execute(f"SELECT count(*) FROM screenings s {clause}", params).fetchone()[0]  # noqa: S608
    ids = [row[0] for row in found]
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM screenings s JOIN persons p ON p.id = s.person_id "  # noqa: S608 - fixed texts
        f"WHERE s.id IN ({', '.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_id = {row[0]: SummaryRow(*row) for row in rows}
    return [by_id[i] for i in ids], int(total)
