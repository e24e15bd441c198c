import secrets
import shutil
from pathlib import Path

import pytest
import sqlcipher3
from services_support import ADMIN, ADMIN_PASSWORD, flip_byte

from fieldscreen.core.errors import DatabaseDamaged, DatabaseMoved, DatabaseTooNew, WrongCredentials
from fieldscreen.store import migrations
from fieldscreen.store.connection import open_encrypted, rekey
from fieldscreen.store.vault import UnlockedKeys, Vault

SAM_PASSWORD = "river stones under the bridge"


@pytest.fixture
def raw_db(data_dir, recovery_key):
    """Open the installation's database directly, as someone with raw SQL would."""

    def opener():
        key = Vault(data_dir / "vault.json").unlock_user(ADMIN, ADMIN_PASSWORD).data_key
        return open_encrypted(data_dir / "fieldscreen.db", key)

    return opener


def _last_page_offset(database) -> int:
    return database.stat().st_size - 4096 + 200


def test_flipped_byte_anywhere_refuses_sign_in_and_check_names_the_page(installation, recovery_key, data_dir):
    database = data_dir / "fieldscreen.db"
    pages = database.stat().st_size // 4096
    flip_byte(database, _last_page_offset(database))
    with pytest.raises(DatabaseDamaged) as caught:
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    assert caught.value.detail == f"page {pages} failed its integrity check (HMAC)"
    said = f"The encrypted data is damaged: page {pages} failed its integrity check (HMAC). Nothing more"
    assert str(caught.value).startswith(said)
    report = installation.check(ADMIN, ADMIN_PASSWORD)
    assert not report.ok
    assert f"page {pages} failed its integrity check (HMAC)" in report.problems
    assert Vault(data_dir / "vault.json").events()[-1].action == "integrity_failure"


def test_damaged_first_page_is_damage_not_a_wrong_password(installation, recovery_key, data_dir):
    flip_byte(data_dir / "fieldscreen.db", 300)
    with pytest.raises(DatabaseDamaged):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    assert installation.check(ADMIN, ADMIN_PASSWORD).problems[0] == "page 1 failed its integrity check (HMAC)"


def test_missing_database(installation, recovery_key, data_dir):
    (data_dir / "fieldscreen.db").unlink()
    with pytest.raises(DatabaseDamaged):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    assert not installation.check(ADMIN, ADMIN_PASSWORD).ok


def test_after_an_unclean_shutdown_the_audit_chain_is_verified(installation, recovery_key, data_dir, raw_db):
    installation.sign_in(ADMIN, ADMIN_PASSWORD)  # never locked: the process "died"
    conn = raw_db()
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
    conn.close()
    assert (data_dir / "session.open").exists()
    with pytest.raises(DatabaseDamaged, match="Audit entry 2"):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)


def test_a_clean_lock_skips_the_long_checks(installation, session, raw_db):
    session.lock()
    conn = raw_db()
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")
    conn.close()
    again = installation.sign_in(ADMIN, ADMIN_PASSWORD)  # pages are sound; the chain is checked on demand
    report = again.check()
    again.lock()
    assert report.problems == ["Audit entry 2 was changed or put out of order."]


def test_newer_database_is_refused(installation, recovery_key, raw_db):
    conn = raw_db()
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    with pytest.raises(DatabaseTooNew):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)


def _downgrade_to_v1(conn):
    """Drop everything that steps after version 1 created, leaving a real version-1 database."""
    reference = sqlcipher3.connect(":memory:")
    migrations.migrate(reference, target=1)
    keep = {name for (name,) in reference.execute("SELECT name FROM sqlite_master")}
    reference.close()
    later = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type = 'table'")
    for kind, name in list(later):
        if name not in keep:
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    conn.execute("PRAGMA user_version = 1")


def test_an_older_database_is_backed_up_then_migrated(installation, recovery_key, raw_db):
    conn = raw_db()
    _downgrade_to_v1(conn)
    conn.close()
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.lock()
    assert [b.name.split("Z-", 1)[1] for b in installation.backups()] == ["before-migration-v1"]
    conn = raw_db()
    assert migrations.schema_version(conn) == migrations.LATEST
    conn.close()


@pytest.mark.parametrize("database_rekeyed", [False, True])
def test_an_interrupted_rekey_is_finished_at_the_next_unlock(installation, session, data_dir, raw_db, database_rekeyed):
    session.accounts.add("sam", "screener", "river stones under the bridge")
    session.lock()
    vault = Vault(data_dir / "vault.json")
    old_key = vault.unlock_user(ADMIN, ADMIN_PASSWORD).data_key
    next_key = secrets.token_bytes(32)
    vault.begin_rekey(old_key, next_key, ["sam"])
    if database_rekeyed:
        conn = raw_db()
        rekey(conn, next_key)
        conn.close()
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    assert vault.unlock_user(ADMIN, ADMIN_PASSWORD) == UnlockedKeys(next_key)
    with pytest.raises(WrongCredentials):
        vault.unlock_user("sam", "river stones under the bridge")
    open_encrypted(data_dir / "fieldscreen.db", next_key).close()


def test_restore_a_backup_after_damage(installation, session, data_dir):
    session.accounts.add("sam", "screener", "river stones under the bridge")
    session.accounts.remove("sam")  # makes a fresh backup under the new key
    session.lock()
    [backup] = installation.backups()
    database = data_dir / "fieldscreen.db"
    flip_byte(database, _last_page_offset(database))
    with pytest.raises(DatabaseDamaged):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    installation.restore_backup(backup)
    assert len(installation.backups()) == 2  # the damaged files were kept aside
    restored = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    actions = [e.action for e in restored.audit.recent(limit=3)]
    restored.lock()
    assert actions == ["sign_in", "backup_restored", "integrity_failure"]


def test_sign_in_keeps_a_daily_backup_that_brings_back_a_damaged_database(installation, recovery_key, clock, data_dir):
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    assert [b.name.split("Z-", 1)[1] for b in installation.backups()] == ["daily"]
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.accounts.add("sam", "screener", SAM_PASSWORD)
    session.lock()
    assert len(installation.backups()) == 1, "one a day"

    clock.advance(hours=25)
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    newest, first = installation.backups()
    assert Vault(newest / "vault.json").unlock_user("sam", SAM_PASSWORD), "the newest holds the account added"
    with pytest.raises(WrongCredentials):
        Vault(first / "vault.json").unlock_user("sam", SAM_PASSWORD)

    database = data_dir / "fieldscreen.db"
    flip_byte(database, _last_page_offset(database))
    with pytest.raises(DatabaseDamaged):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    installation.restore_backup(newest)
    installation.sign_in("sam", SAM_PASSWORD).lock()


def test_a_daily_backup_that_cannot_be_made_does_not_keep_anyone_out(installation, recovery_key, data_dir):
    (data_dir / "backups").write_bytes(b"a file where the backups folder goes")
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    assert installation.backups() == []


def test_the_check_lists_the_first_damaged_pages_and_counts_the_rest(installation, recovery_key, data_dir):
    database = data_dir / "fieldscreen.db"
    pages = database.stat().st_size // 4096
    for page in range(pages - 14, pages + 1):  # the last fifteen: rows and indexes, not the schema
        flip_byte(database, (page - 1) * 4096 + 200)
    report = installation.check(ADMIN, ADMIN_PASSWORD)
    listed = [line for line in report.problems if "failed its integrity check" in line]
    assert listed == [f"page {page} failed its integrity check (HMAC)" for page in range(pages - 14, pages - 9)]
    assert "... and 10 more of the same kind" in report.problems
    assert len(report.problems) <= 9, report.problems


def _set_up_again(installation):
    return installation.set_up(agency="Agency", office="", admin_username="newadmin", admin_password=SAM_PASSWORD)


def test_a_missing_vault_is_damage_and_setup_there_is_refused_until_a_backup_is_restored(
    installation, recovery_key, data_dir
):
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()  # the daily backup
    [backup] = installation.backups()
    (data_dir / "vault.json").unlink()
    database_before = (data_dir / "fieldscreen.db").read_bytes()
    with pytest.raises(DatabaseDamaged, match="vault.json is missing"):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(DatabaseDamaged, match="vault.json is missing"):
        _set_up_again(installation)  # it put the database aside, and the new backups rotated the old ones away
    assert (data_dir / "fieldscreen.db").read_bytes() == database_before
    assert installation.backups() == [backup]
    installation.restore_backup(backup)
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()


def test_backups_of_an_earlier_installation_keep_setup_out_of_their_folder(installation, recovery_key, data_dir):
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    (data_dir / "vault.json").unlink()
    (data_dir / "fieldscreen.db").unlink()
    with pytest.raises(DatabaseDamaged, match="first move fieldscreen.db and the backups folder"):
        _set_up_again(installation)
    assert len(installation.backups()) == 1


def test_an_unfinished_setup_is_set_up_again_over_its_own_database(make_installation, data_dir, monkeypatch):
    first = make_installation()
    monkeypatch.setattr(Vault, "create", lambda *_args, **_kwargs: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        _set_up_again(first)  # the database is made, the vault never
    monkeypatch.undo()
    assert (data_dir / "fieldscreen.db").exists() and not (data_dir / "vault.json").exists()
    again = make_installation()
    _set_up_again(again)
    assert not (data_dir / "setup.running").exists()
    again.sign_in("newadmin", SAM_PASSWORD).lock()


def test_a_setup_marker_left_behind_is_removed_at_the_first_sign_in(make_installation, data_dir, monkeypatch):
    unlink = Path.unlink

    def refused(path, missing_ok=False):
        if path.name == "setup.running":
            raise PermissionError(13, "Permission denied")
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refused)
    assert _set_up_again(make_installation())  # the recovery key is still shown; the marker stays
    monkeypatch.undo()
    assert (data_dir / "setup.running").exists()
    make_installation().sign_in("newadmin", SAM_PASSWORD).lock()
    assert not (data_dir / "setup.running").exists()
    (data_dir / "vault.json").unlink()
    shutil.rmtree(data_dir / "backups")  # moved off the laptop
    with pytest.raises(DatabaseDamaged, match="vault.json is missing"):
        _set_up_again(make_installation())  # a marker left would have let setup replace the database


def test_a_database_deleted_while_open_is_named_not_taken_for_a_read_only_disk(session, data_dir):
    (data_dir / "fieldscreen.db").unlink()
    with pytest.raises(DatabaseMoved, match="moved or deleted while fieldscreen was open"):
        session.settings.set_lock_minutes(5)
