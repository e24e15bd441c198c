import secrets

import pytest
import sqlcipher3

from fieldscreen.core.errors import BugError, DatabaseDamaged, StorageFull, StorageReadOnly
from fieldscreen.store.connection import open_encrypted, rekey, transaction
from fieldscreen.store.failures import from_sqlite


def test_file_is_encrypted_and_settings_applied(db, db_path):
    db.execute("CREATE TABLE t (x TEXT)")
    db.execute("INSERT INTO t VALUES ('plain words that must not appear')")
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert b"plain words" not in db_path.read_bytes()
    assert db.execute("PRAGMA cipher_memory_security").fetchone()[0] in ("1", 1)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert ("PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",) in db.execute("PRAGMA cipher_settings").fetchall()


def test_wrong_key_fails_at_open_not_later(db, db_path):
    db.close()
    with pytest.raises(DatabaseDamaged):
        open_encrypted(db_path, secrets.token_bytes(32))


def test_key_must_be_32_bytes(db_path):
    with pytest.raises(ValueError):
        open_encrypted(db_path, b"'; DROP TABLE x; --")


def test_damaged_first_page_is_reported_as_damage(db, db_path, db_key, flip_byte):
    db.close()
    flip_byte(db_path, 100)
    with pytest.raises(DatabaseDamaged):
        open_encrypted(db_path, db_key)


def test_rekey_changes_the_key(db, db_path, db_key):
    db.execute("CREATE TABLE t (x)")
    new_key = secrets.token_bytes(32)
    rekey(db, new_key)
    db.close()
    with pytest.raises(DatabaseDamaged):
        open_encrypted(db_path, db_key)
    conn = open_encrypted(db_path, new_key)
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    conn.close()


def test_transaction_commits_rolls_back_and_nests(db):
    db.execute("CREATE TABLE t (x INTEGER)")
    with transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(RuntimeError), transaction(db):
        db.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError
    with transaction(db):
        db.execute("INSERT INTO t VALUES (3)")
        with pytest.raises(RuntimeError), transaction(db):
            db.execute("INSERT INTO t VALUES (4)")
            raise RuntimeError
    assert [r[0] for r in db.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not db.in_transaction


def test_disk_full_maps_to_storage_full(db):
    db.execute("CREATE TABLE t (x BLOB)")
    db.execute("PRAGMA max_page_count = 20")
    with pytest.raises(sqlcipher3.Error) as caught:
        db.execute("INSERT INTO t VALUES (zeroblob(1000000))")
    assert isinstance(from_sqlite(caught.value), StorageFull)


def test_read_only_maps_to_storage_read_only(db, db_key):
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(sqlcipher3.Error) as caught:
        db.execute("INSERT INTO t VALUES (1)")
    assert isinstance(from_sqlite(caught.value), StorageReadOnly)


def test_programming_errors_are_bugs(db):
    with pytest.raises(sqlcipher3.Error) as caught:
        db.execute("SELECT * FROM no_such_table")
    assert isinstance(from_sqlite(caught.value), BugError)
