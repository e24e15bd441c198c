import os
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from fieldscreen.core.errors import (
    DataDirLocked,
    DataDirNotAFolder,
    DataDirNotWritable,
    KnownError,
    StorageReadOnly,
)
from fieldscreen.store import backups
from fieldscreen.store.atomic import write_atomic
from fieldscreen.store.instance_lock import InstanceLock
from fieldscreen.store.layout import DataLayout

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_atomic_write_is_private_and_leaves_no_temp(tmp_path):
    target = tmp_path / "f.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["f.json"]


@pytest.fixture
def layout(tmp_path):
    lay = DataLayout(tmp_path / "data")
    lay.root.mkdir()
    lay.database.write_bytes(b"db-1")
    lay.vault.write_bytes(b"vault-1")
    return lay


def test_backups_newest_first_and_restore(layout):
    first = backups.make_backup(layout, "before-migration-v1", T0)
    layout.database.write_bytes(b"db-2")
    second = backups.make_backup(layout, "after-rekey", T0 + timedelta(hours=1))
    same_second = backups.make_backup(layout, "after-rekey", T0 + timedelta(hours=1))
    assert backups.list_backups(layout) == [same_second, second, first]
    layout.database.with_name("fieldscreen.db-journal").write_bytes(b"stale journal")
    backups.restore_backup(layout, first)
    assert layout.database.read_bytes() == b"db-1"
    assert not layout.database.with_name("fieldscreen.db-journal").exists()
    backups.purge_backups(layout)
    assert backups.list_backups(layout) == []


def test_a_daily_backup_once_a_day_and_the_newest_seven_kept(layout):
    assert backups.keep_daily(layout, T0) is not None, "none yet: one now"
    assert backups.keep_daily(layout, T0 + timedelta(hours=23)) is None, "under a day old"
    kept_aside = backups.make_backup(layout, "before-migration-v9", T0 + timedelta(hours=30))
    assert backups.keep_daily(layout, T0 + timedelta(hours=40)) is None, "a backup of any kind counts"
    for day in range(3, 13):
        layout.database.write_bytes(f"db-day-{day}".encode())
        assert backups.keep_daily(layout, T0 + timedelta(days=day)) is not None
    listed = backups.list_backups(layout)
    daily = [folder for folder in listed if folder.name.endswith("Z-daily")]
    assert len(daily) == backups.DAILY_KEPT
    assert (daily[0] / layout.database.name).read_bytes() == b"db-day-12"
    assert kept_aside in listed, "other backups are never dropped"


def test_after_finalize_backups_keep_the_newest_few_and_never_stand_for_a_daily_one(layout):
    daily = backups.keep_daily(layout, T0)
    others = [backups.make_backup(layout, reason, T0) for reason in ("before-migration-v9", "after-rekey")]
    crashed = [layout.backups / f"20260301T1{n}0000Z-{reason}" for n, reason in enumerate(("after-finalize", "daily"))]
    for folder in crashed:  # a copy killed before the vault: not a backup
        folder.mkdir()
        (folder / layout.database.name).write_bytes(b"half")
    made = [backups.keep_after_finalize(layout, T0 + timedelta(hours=25, minutes=m)) for m in range(12)]
    assert not crashed[0].exists() and crashed[1].exists(), "an incomplete one of the same reason goes"
    made.append(backups.keep_after_finalize(layout, T0 + timedelta(hours=25, minutes=11)))  # the same second
    listed = backups.list_backups(layout)
    kept = [folder for folder in listed if backups.reason_of(folder) == backups.AFTER_FINALIZE]
    assert kept == made[::-1][: backups.AFTER_FINALIZE_KEPT] and kept[0].name.endswith("Z-after-finalize-2")
    assert {daily, *others} <= set(listed)
    assert backups.keep_daily(layout, T0 + timedelta(hours=26)) is not None, "after-finalize backups do not count"
    assert [backups.reason_of(f) for f in backups.list_backups(layout) if f not in kept].count("daily") == 2


def test_the_office_key_backup_neither_stands_for_a_daily_one_nor_is_ever_dropped(layout):
    backups.keep_daily(layout, T0)
    office_key = backups.make_backup(layout, backups.OFFICE_KEY, T0 + timedelta(hours=30))  # not checked
    assert backups.keep_daily(layout, T0 + timedelta(hours=31)) is not None
    for day in range(3, 13):
        backups.keep_daily(layout, T0 + timedelta(days=day))
        backups.keep_after_finalize(layout, T0 + timedelta(days=day, hours=1))
    assert office_key in backups.list_backups(layout)


def test_restore_refuses_folders_that_are_not_backups(layout, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "fieldscreen.db").write_bytes(b"x")
    (elsewhere / "vault.json").write_bytes(b"x")
    with pytest.raises(KnownError):
        backups.restore_backup(layout, elsewhere)
    assert layout.database.read_bytes() == b"db-1"


TRY_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fieldscreen.core.errors import DataDirLocked
    from fieldscreen.store.instance_lock import InstanceLock
    try:
        InstanceLock(Path(sys.argv[1])).acquire()
    except DataDirLocked:
        print("locked")
    else:
        print("acquired")
    """
)


def _other_process(path) -> str:
    done = subprocess.run([sys.executable, "-c", TRY_LOCK, str(path)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_instance_lock_keeps_a_second_process_out(tmp_path):
    path = tmp_path / "data" / "instance.lock"
    with InstanceLock(path) as lock:
        assert lock.held
        assert _other_process(path) == "locked"
        with pytest.raises(DataDirLocked):
            InstanceLock(path).acquire()
    assert not lock.held
    assert _other_process(path) == "acquired"


def test_a_read_only_data_folder_is_named_at_start(tmp_path, make_read_only):
    parent = tmp_path / "parent"
    parent.mkdir()
    fresh = make_read_only(parent)
    with pytest.raises(DataDirNotWritable) as raised:
        InstanceLock(fresh / "data" / "instance.lock").acquire()  # the data folder cannot even be made
    assert raised.value.message == f"fieldscreen cannot start: it cannot write to its data folder ({fresh / 'data'})."
    assert "may write to this folder" in raised.value.advice and "--data-dir" in raised.value.advice
    assert isinstance(raised.value, StorageReadOnly)

    used = tmp_path / "used"
    with InstanceLock(used / "instance.lock"):
        pass
    make_read_only(used)  # the lock file is there and opens: the folder is found unwritable all the same
    lock = InstanceLock(used / "instance.lock")
    with pytest.raises(DataDirNotWritable) as raised:
        lock.acquire()
    assert str(used) in raised.value.message and "last change" not in str(raised.value)
    assert not lock.held


def test_a_data_folder_that_is_no_folder_is_named_at_start(not_a_folder, tmp_path):
    before = sorted(tmp_path.iterdir())
    with pytest.raises(DataDirNotAFolder) as raised:
        InstanceLock(not_a_folder / "instance.lock").acquire()
    assert raised.value.message == (
        f"fieldscreen cannot start: its data folder ({not_a_folder}) is a file, not a folder, "
        "or its path goes through a file or a link that loops."
    )
    assert "--data-dir" in raised.value.advice and "Nothing was changed" in raised.value.advice
    assert sorted(tmp_path.iterdir()) == before


_FULL_DISK = """
import os, subprocess, sys
from pathlib import Path
from fieldscreen.core.errors import DataDirFull
from fieldscreen.store.instance_lock import InstanceLock
disk = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True)
lock = InstanceLock(disk / "used" / "instance.lock")
lock.acquire()
lock.release()  # a data folder that was used while there was room
ballast = os.open(disk / "ballast", os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(ballast, bytes(4096))
except OSError:
    os.close(ballast)
for folder in ("used", "new"):
    try:
        InstanceLock(disk / folder / "instance.lock").acquire()
        print(folder, "acquired")
    except DataDirFull as exc:
        print(folder, exc.message, "|", exc.advice)
"""


def _namespaces_work() -> bool:
    return (
        subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True).returncode == 0
    )


@pytest.mark.skipif(not _namespaces_work(), reason="needs user namespaces (unshare --user --mount) for a small disk")
def test_a_full_disk_is_named_at_start(tmp_path):
    """On a real (tmpfs) disk with no room left, the start names the folder instead of a change that was not saved."""
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c", _FULL_DISK, str(disk)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    used, new = done.stdout.splitlines()
    for folder, line in (("used", used), ("new", new)):
        message, advice = line.removeprefix(f"{folder} ").split(" | ")
        assert message == f"fieldscreen cannot start: the disk that holds its data folder ({disk / folder}) is full."
        assert advice.startswith("Free some space on that disk") and "Nothing was changed." in advice
