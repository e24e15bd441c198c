from __future__ import annotations

import errno
import hashlib
import os

import pytest

from fieldscreen.core.errors import BugError
from fieldscreen.sync.errors import FolderFailed, FolderUnavailable, TargetFull, TargetNotWritable
from fieldscreen.sync.targets import RemoteCopy, RemoteEntry, item_name
from fieldscreen.sync.targets.base import PROBE_NAME
from fieldscreen.sync.targets.folder import FolderTarget


def _item(text: bytes) -> tuple[str, bytes]:
    return item_name(hashlib.sha256(text).hexdigest()), text


def test_put_writes_the_whole_item_and_leaves_no_temporary(tmp_path):
    target = FolderTarget(tmp_path)
    name, data = _item(os.urandom(3 * 1024 * 1024 + 17))

    target.put(name, data)

    assert (tmp_path / name).read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert target.exists(name) == RemoteCopy(len(data), hashlib.sha256(data).hexdigest())
    assert target.list() == [RemoteEntry(name, len(data))]
    assert target.get(name) == data


def test_put_of_an_item_already_there_does_not_rewrite_it(tmp_path):
    target = FolderTarget(tmp_path)
    name, data = _item(b"sealed")
    target.put(name, data)
    before = os.stat(tmp_path / name)

    target.put(name, data)

    after = os.stat(tmp_path / name)
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_a_damaged_copy_and_stale_temporaries_of_the_item_are_replaced(tmp_path):
    target = FolderTarget(tmp_path)
    name, data = _item(b"the real bytes")
    other, _ = _item(b"another laptop's item")
    (tmp_path / name).write_bytes(b"the real by")
    (tmp_path / f".{name}.dead.tmp").write_bytes(b"killed")
    (tmp_path / f".{other}.beef.tmp").write_bytes(b"someone else, still writing")

    target.put(name, data)

    assert (tmp_path / name).read_bytes() == data
    assert not (tmp_path / f".{name}.dead.tmp").exists()
    assert (tmp_path / f".{other}.beef.tmp").exists()
    assert target.list() == [RemoteEntry(name, len(data))]


def test_a_missing_folder_is_reported_and_never_created(tmp_path):
    target = FolderTarget(tmp_path / "usb-not-plugged-in")
    name, data = _item(b"x")

    for call in (lambda: target.put(name, data), target.list, lambda: target.exists(name)):
        with pytest.raises(FolderUnavailable, match="USB drive"):
            call()
    assert not (tmp_path / "usb-not-plugged-in").exists()


def test_check_writes_and_removes_the_probe(tmp_path, monkeypatch):
    FolderTarget(tmp_path).check()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(FolderUnavailable):
        FolderTarget(tmp_path / "usb-not-plugged-in").check()

    def refuse(descriptor, chunk):
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("fieldscreen.sync.targets.folder.os.write", refuse)
    with pytest.raises(TargetNotWritable):
        FolderTarget(tmp_path).check()
    assert list(tmp_path.iterdir()) == []


def test_check_never_writes_through_a_link_or_file_put_in_the_folder(tmp_path, monkeypatch):
    drive, laptop_file = tmp_path / "shared", tmp_path / "fieldscreen.db"
    drive.mkdir()
    laptop_file.write_bytes(b"the encrypted database")
    (drive / PROBE_NAME).symlink_to(laptop_file)

    FolderTarget(drive).check()  # the probe's name is not the one known in advance
    assert laptop_file.read_bytes() == b"the encrypted database"
    assert [path.name for path in drive.iterdir()] == [PROBE_NAME]

    monkeypatch.setattr("fieldscreen.sync.targets.folder.secrets.token_hex", lambda _n: "0000")
    (drive / "fieldscreen-connection-check-0000.txt").symlink_to(laptop_file)  # even a name guessed right
    with pytest.raises(FolderFailed):
        FolderTarget(drive).check()
    assert laptop_file.read_bytes() == b"the encrypted database"


def test_missing_item_is_none(tmp_path):
    assert FolderTarget(tmp_path).exists(_item(b"nothing")[0]) is None


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (errno.ENOSPC, TargetFull),
        (errno.EROFS, TargetNotWritable),
        (errno.EACCES, TargetNotWritable),
        (errno.EIO, FolderFailed),
    ],
)
def test_disk_errors_become_plain_words_and_leave_no_temporary(tmp_path, monkeypatch, code, error):
    target = FolderTarget(tmp_path)
    name, data = _item(b"will not fit")

    def refuse(descriptor, chunk):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("fieldscreen.sync.targets.folder.os.write", refuse)
    with pytest.raises(error) as caught:
        target.put(name, data)
    assert caught.value.stops_round
    assert list(tmp_path.iterdir()) == []


def test_names_that_are_not_item_names_are_refused(tmp_path):
    target = FolderTarget(tmp_path)
    for bad in ("../" + "a" * 64 + ".fsitem", "A" * 64 + ".fsitem", "case-FS-1.pdf", "a" * 64 + ".fsitem/x"):
        with pytest.raises(BugError):
            target.put(bad, b"x")
