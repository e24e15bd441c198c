"""Backups of the database and its vault, one folder each under ``<data dir>/backups``.

A backup is a plain copy of the encrypted files, so it opens with the same passwords as the installation had when
it was made. Copies are taken between transactions by the DB thread (journal mode DELETE keeps everything committed
in the one file).
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import translate

from .atomic import copy_atomic, fsync_dir
from .failures import from_os
from .layout import DataLayout

JOURNAL_SUFFIX = "-journal"
DAILY = "daily"
DAILY_EVERY = timedelta(hours=24)
DAILY_KEPT = 7
"""A sign-in makes a daily backup when the newest backup (after-finalize ones aside) is a day old; seven stay."""
AFTER_FINALIZE = "after-finalize"
AFTER_FINALIZE_KEPT = 3
"""A backup follows each finalize or amendment; the newest three stay. Each holds everything before it, so an older one
is needed only when the newer ones are damaged too (the checked daily ones are the long-term fallback); three bound the
disk used to three more copies of the database beside the seven daily ones."""
OFFICE_KEY = "office-key"
"""A backup made right after the receiving office's key pair is generated: a copy of its private key, which exists
nowhere else. None is ever dropped (a rekey replaces every backup with one that holds the key too)."""
_FOLDER_NAME = re.compile(r"\d{8}T\d{6}Z-(.+?)(?:-\d+)?")


def _journal(database: Path) -> Path:
    return database.with_name(database.name + JOURNAL_SUFFIX)


def make_backup(layout: DataLayout, reason: str, now: datetime) -> Path:
    """Copy the database (with any hot journal) and the vault into a new backup folder; return the folder.

    Raises:
        StorageFull, StorageReadOnly, StorageFailed: The copy failed (the partial folder is removed).
    """
    stamp = f"{now:%Y%m%dT%H%M%S}Z-{reason}"
    target = layout.backups / stamp
    counter = 1
    while target.exists():
        counter += 1
        target = layout.backups / f"{stamp}-{counter}"
    try:
        target.mkdir(parents=True, mode=0o700)
        for source in (*layout.files_to_back_up(), _journal(layout.database)):
            if source.exists():
                copy_atomic(source, target / source.name)
        fsync_dir(layout.backups)
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise from_os(exc) from exc
    return target


def list_backups(layout: DataLayout) -> list[Path]:
    """The complete backup folders, newest first (a copy interrupted by a crash is not one)."""
    if not layout.backups.is_dir():
        return []
    names = [f.name for f in layout.files_to_back_up()]
    found = [p for p in layout.backups.iterdir() if p.is_dir() and all((p / name).is_file() for name in names)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def reason_of(folder: Path) -> str:
    """Why a backup folder was made (``daily``, ``after-finalize``, ``before-migration-v3`` ...); "" if not known."""
    found = _FOLDER_NAME.fullmatch(folder.name)
    return found.group(1) if found else ""


def _drop_oldest(layout: DataLayout, reason: str, kept: int) -> None:
    """Delete the backups made for ``reason`` beyond the newest ``kept``, and those a crash left incomplete.

    Other reasons are never touched. Runs on the DB thread, where no other copy can be under way.
    """
    complete = list_backups(layout)
    keep = [folder for folder in complete if reason_of(folder) == reason][:kept]
    for folder in layout.backups.iterdir():
        if folder.is_dir() and reason_of(folder) == reason and folder not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def made_at(folder: Path) -> datetime | None:
    """When a backup folder was made, from its name (UTC), or None for a name not made by fieldscreen."""
    try:
        return datetime.strptime(folder.name[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def keep_daily(layout: DataLayout, now: datetime) -> Path | None:
    """Make a daily backup unless another backup is under a day old, then drop the oldest daily ones; the new folder.

    Call it only right after the database passed its check, so that every daily backup is a good one. After-finalize
    and office-key backups do not count: they are not checked, and they would keep a busy laptop from making daily
    ones.

    Raises:
        StorageFull, StorageReadOnly, StorageFailed: The copy failed (nothing is dropped then).
    """
    times = [
        when
        for folder in list_backups(layout)
        if reason_of(folder) not in (AFTER_FINALIZE, OFFICE_KEY) and (when := made_at(folder)) is not None
    ]
    made = None
    if not times or now - max(times) >= DAILY_EVERY:
        made = make_backup(layout, DAILY, now)
    _drop_oldest(layout, DAILY, DAILY_KEPT)
    return made


def keep_after_finalize(layout: DataLayout, now: datetime) -> Path:
    """Make a backup right after a screening was finalized or amended, then drop the oldest such; the new folder.

    Call it on the DB thread after the finalize (and its packet) committed. Daily and other backups are never dropped.

    Raises:
        StorageFull, StorageReadOnly, StorageFailed: The copy failed (nothing is dropped then).
    """
    made = make_backup(layout, AFTER_FINALIZE, now)
    _drop_oldest(layout, AFTER_FINALIZE, AFTER_FINALIZE_KEPT)
    return made


def purge_backups(layout: DataLayout) -> None:
    """Delete every backup (after a rekey they would still open with a removed user's password)."""
    if not layout.backups.is_dir():
        return
    for folder in layout.backups.iterdir():
        if folder.is_dir():
            shutil.rmtree(folder)
    fsync_dir(layout.backups)


def restore_backup(layout: DataLayout, backup: Path) -> None:
    """Put the files of ``backup`` in place of the current ones (the caller keeps a copy of those first).

    Raises:
        KnownError: ``backup`` is not a complete backup of this data folder.
        StorageFull, StorageReadOnly, StorageFailed: A copy failed.
    """
    backup = backup.resolve()
    if backup.parent != layout.backups.resolve() or not all(
        (backup / f.name).is_file() for f in layout.files_to_back_up()
    ):
        raise KnownError(
            translate("Store", "This folder is not a complete fieldscreen backup."),
            translate("Store", "Choose one of the folders inside the 'backups' folder."),
        )
    journal = _journal(layout.database)
    try:
        for current in layout.files_to_back_up():
            copy_atomic(backup / current.name, current)
        if (backup / journal.name).exists():
            copy_atomic(backup / journal.name, journal)
        else:
            journal.unlink(missing_ok=True)
            fsync_dir(layout.root)
    except OSError as exc:
        raise from_os(exc) from exc
