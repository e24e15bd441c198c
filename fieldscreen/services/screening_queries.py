"""The screenings list: what ``ScreeningService.list`` asks the database, with the role filter in the SQL."""

from __future__ import annotations

from datetime import datetime

from fieldscreen.core.errors import BugError
from fieldscreen.store.connection import Connection
from fieldscreen.store.screening_lists import ORDERS, ListFilter, SummaryRow, list_page

from .context import SessionContext
from .screening_access import screener_filter
from .screening_models import ListPage, ListQuery, ScreeningSummary

MAX_PAGE = 1_000


def _summary(row: SummaryRow) -> ScreeningSummary:
    return ScreeningSummary(
        id=row.id,
        case_code=row.case_code,
        instrument_id=row.instrument_id,
        instrument_version=row.instrument_version,
        status=row.status,
        screener=row.screener,
        started_at=datetime.fromisoformat(row.started_at),
        result_category=row.result_category,
        next_due_at=datetime.fromisoformat(row.next_due_at) if row.next_due_at else None,
        finalized_at=datetime.fromisoformat(row.finalized_at) if row.finalized_at else None,
        review_comment=row.review_comment,
    )


def list_screenings(ctx: SessionContext, query: ListQuery) -> ListPage:
    """One page of the screenings the signed-in account may see.

    Raises:
        BugError: ``query.order`` is not a known sort key.
    """
    if query.order not in ORDERS:
        raise BugError(f"unknown list order {query.order!r}")
    where = ListFilter(
        screener=screener_filter(ctx.account),
        search=query.search.strip().casefold(),
        status=query.status,
        instrument_id=query.instrument_id,
    )
    limit = min(max(int(query.limit), 1), MAX_PAGE)
    offset = max(int(query.offset), 0)

    def work(conn: Connection) -> tuple[list[SummaryRow], int]:
        return list_page(conn, where, order=query.order, descending=query.descending, limit=limit, offset=offset)

    rows, total = ctx.run(work)
    return ListPage([_summary(row) for row in rows], total)
