"""Lists and counts of packets, outbox items and ingested items never read a row holding a PDF or sealed bytes.

A row stores its columns in order, so reading a column after a blob walks the blob's overflow pages, each decrypted:
1,000 waiting items of 60 kB made one outbox listing decrypt 60 MB. Since schema step 9 the sealed bytes have a table
of their own, and the lists of packets and ingested items are answered from indexes holding every column they need.
The queries are caught as SQLite runs them and explained.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from fieldscreen.store import packets_repo
from fieldscreen.store.connection import Connection
from fieldscreen.store.outbox import IngestedStore, Outbox

BLOB_TABLES = ("packets", "outbox_sealed", "ingested_items")
NOW = datetime(2026, 3, 1, tzinfo=UTC)

LISTS: dict[str, Callable[[Connection], object]] = {
    "due items": lambda db: Outbox(db).due_items(NOW),
    "every waiting item": lambda db: Outbox(db).due_items(NOW, include_not_due=True),
    "outbox status": lambda db: Outbox(db).status(),
    "ingested packets": lambda db: IngestedStore(db).packets(),
    "ingested count": lambda db: IngestedStore(db).count(),
    "outbox list": lambda db: packets_repo.outbox_list(db, 50),
    "queued waiting": packets_repo.queued_waiting,
    "packets to export": lambda db: packets_repo.with_status(db, "referral", ("approved",), latest_only=True),
}


def _row_reads(db: Connection, run: Callable[[Connection], object]) -> list[str]:
    """The plan lines of ``run``'s queries that read a blob table's rows (not a covering index)."""
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        run(db)
    finally:
        db.set_trace_callback(None)
    reads = []
    for sql in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        for *_, detail in db.execute("EXPLAIN QUERY PLAN " + sql):
            words = detail.split()
            reads_table = words[0] in ("SCAN", "SEARCH") and any(table in words for table in BLOB_TABLES)
            if reads_table and "COVERING" not in words:
                reads.append(f"{detail}  <- {sql}")
    return reads


@pytest.mark.parametrize("name", list(LISTS))
def test_lists_read_indexes_only(db, name):
    assert _row_reads(db, LISTS[name]) == []


def test_the_check_sees_a_list_that_reads_rows(db):
    db.execute("DROP INDEX ingested_items_summary")
    assert _row_reads(db, LISTS["ingested packets"]), "a scan of ingested_items without its index should be reported"
