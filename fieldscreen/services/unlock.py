"""Opening the database once the vault has given up its key(s): finish a rekey, refuse newer schemas, check, migrate."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from fieldscreen.core.errors import DatabaseDamaged, FieldscreenError
from fieldscreen.core.i18n import translate
from fieldscreen.store import audit, backups, migrations
from fieldscreen.store.connection import Connection, open_encrypted, open_keyed, rekey
from fieldscreen.store.executor import DbExecutor
from fieldscreen.store.integrity import PAGE_SIZE
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.vault import UnlockedKeys, Vault, VaultEvent

from .check import CheckReport, full_check, page_check
from .rekeying import finish_rekey

log = logging.getLogger(__name__)


def keep_backup(executor: DbExecutor, keep: Callable[[], Path | None], kind: str) -> Path | None:
    """Run a backup step (``keep``) on the DB thread, between transactions; the folder made, or None; a failure logs.

    It follows work already committed (a sign-in, a finalized screening, an office key made), which matters more than
    the copy: a full disk must neither keep a screener out nor fail a finalize. Only a caller with a place to say so
    tells the user (the office key's backup, which the administrator must copy away).
    """
    try:
        made = executor.call(lambda _conn: keep())
    except FieldscreenError as exc:  # full disk, read-only, a file where the folder goes, a locked session ...
        log.warning("%s backup not made (%s)", kind, type(exc).__name__)
        return None
    if made is not None:
        log.info("%s backup made", kind)
    return made


@dataclass(frozen=True)
class OpenDatabase:
    """An opened, checked and migrated database.

    Attributes:
        executor: The DB thread with the connection.
        data_key: The key the database is encrypted with now.
        audit_key: The MAC key of its audit chain.
    """

    executor: DbExecutor
    data_key: bytes
    audit_key: bytes


def missing_database() -> DatabaseDamaged:
    """The error for a vault without its database."""
    return DatabaseDamaged(translate("Store", "the database file is missing."))


def missing_vault() -> DatabaseDamaged:
    """The error for a database or backups without the vault (the key file) that opens them."""
    return DatabaseDamaged(
        translate(
            "Store",
            "the key file vault.json is missing, so the database cannot be opened. Put it back from a copy of this "
            "data folder, or restore a backup (each holds its own key file); to set up afresh, first move "
            "fieldscreen.db and the backups folder out of this data folder.",
        )
    )


def working_key(layout: DataLayout, keys: UnlockedKeys) -> bytes:
    """The key that opens the database: the data key, or the next key of a rekey the vault has not recorded yet."""
    if keys.next_key is None:
        return keys.data_key
    for key in (keys.data_key, keys.next_key):
        try:
            open_encrypted(layout.database, key).close()
        except DatabaseDamaged:
            continue
        return key
    return keys.data_key


def damage(report: CheckReport) -> DatabaseDamaged:
    """The error naming the first problems of a failed check."""
    return DatabaseDamaged("; ".join(report.problems[:3]))


def record_damage(vault: Vault, now: datetime, actor: str) -> None:
    """Queue an ``integrity_failure`` audit event in the vault: nothing is written into a damaged database."""
    vault.queue_event(VaultEvent(now, actor, "integrity_failure"))


def _open_naming_pages(layout: DataLayout, key: bytes) -> Connection:
    """Open the database; if its first read fails, the error names the pages that fail their check (DB thread).

    When every page fails, the key does not fit the file (a vault from another database) and the error says so.
    """
    try:
        return open_encrypted(layout.database, key)
    except DatabaseDamaged:
        size = layout.database.stat().st_size
        conn = open_keyed(layout.database, key)
        try:
            report = page_check(conn, size)
        finally:
            conn.close()
        if report.ok or report.damaged_pages >= size // PAGE_SIZE:
            raise
        raise damage(report) from None


def open_database(
    layout: DataLayout, vault: Vault, keys: UnlockedKeys, now: datetime, *, thorough: bool
) -> OpenDatabase:
    """Open the database, finish an interrupted rekey, check it, and migrate it (with a backup first).

    Args:
        layout: The installation's files.
        vault: Its vault.
        keys: What the vault unlocked.
        now: The current UTC time.
        thorough: Run all checks (after an unclean shutdown), not only the page MACs.

    Raises:
        DatabaseDamaged: Missing file, failed check, or the key does not open it.
        DatabaseTooNew: Written by a newer fieldscreen.
        StorageFull, StorageReadOnly, StorageFailed.
    """
    if not layout.database.exists():
        raise missing_database()
    key = working_key(layout, keys)
    executor = DbExecutor(partial(_open_naming_pages, layout, key))
    try:
        if keys.next_key is not None:
            if key != keys.next_key:
                executor.call(rekey, keys.next_key)
            executor.call(finish_rekey, vault, layout, keys.next_key, now)
            key = keys.next_key
            log.info("finished an interrupted rekey")
        found = executor.call(migrations.check_not_too_new)
        check = full_check if thorough and found > 0 else page_check
        report = executor.call(check, layout.database.stat().st_size)
        if found == 0 and report.ok:  # setup writes the schema before the vault: so this file lost it
            report = CheckReport(False, [translate("Store", "the database file is empty or was cut short.")])
        if not report.ok:
            record_damage(vault, now, "")
            log.warning("integrity check failed at unlock (%d problems)", len(report.problems))
            raise damage(report)
        executor.call(migrations.migrate, before=lambda v: backups.make_backup(layout, f"before-migration-v{v}", now))
        keep_backup(executor, lambda: backups.keep_daily(layout, now), backups.DAILY)
        audit_key = executor.call(audit.audit_key)
    except BaseException:
        executor.close()
        raise
    return OpenDatabase(executor, key, audit_key)
