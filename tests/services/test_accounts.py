import json
import shutil

import pytest
from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.errors import (
    AccountExists,
    DatabaseDamaged,
    LastAdministrator,
    NoSuchAccount,
    OwnAccountProtected,
    PasswordRejected,
    PermissionDenied,
    UsageError,
    WrongCredentials,
)
from fieldscreen.core.models import Role
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.vault import Vault

SAM = ("sam", "river stones under the bridge")
ROSA = ("rosa", "lanterns along the quiet harbour")


def test_add_list_and_roles(session):
    added = session.accounts.add("Sam", "screener", SAM[1], "Sam")
    assert (added.username, added.role) == ("sam", Role.SCREENER)
    session.accounts.add(*ROSA[:1], Role.SUPERVISOR, ROSA[1])
    assert [(a.username, a.role) for a in session.accounts.list()] == [
        (ADMIN, Role.ADMINISTRATOR),
        ("rosa", Role.SUPERVISOR),
        ("sam", Role.SCREENER),
    ]
    with pytest.raises(AccountExists):
        session.accounts.add("SAM", "screener", SAM[1])
    with pytest.raises(PasswordRejected):
        session.accounts.add("tom", "screener", "tom tom tom tom tom")
    session.accounts.set_role("sam", Role.SUPERVISOR)
    assert [a.role for a in session.accounts.list() if a.username == "sam"] == [Role.SUPERVISOR]
    with pytest.raises(NoSuchAccount):
        session.accounts.set_role("ghost", Role.SCREENER)
    with pytest.raises(UsageError):
        session.accounts.set_role("sam", "boss")


def test_only_administrators_manage_accounts(installation, session):
    session.accounts.add(*SAM[:1], "screener", SAM[1])
    screener = installation.sign_in(*SAM)
    for attempt in (
        screener.accounts.list,
        lambda: screener.accounts.add("x1", "screener", ROSA[1]),
        lambda: screener.accounts.set_role(ADMIN, "screener"),
        lambda: screener.accounts.set_disabled(ADMIN, True),
        lambda: screener.accounts.reset_password(ADMIN, ROSA[1]),
        lambda: screener.accounts.remove(ADMIN),
        lambda: screener.settings.set_lock_minutes(5),
        screener.audit.verify,
        screener.audit.recent,
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    screener.accounts.change_own_password(SAM[1], "new river stones under the bridge")
    screener.lock()


def test_the_last_administrator_is_protected(session):
    for attempt in (
        lambda: session.accounts.set_role(ADMIN, Role.SUPERVISOR),
        lambda: session.accounts.set_disabled(ADMIN, True),
        lambda: session.accounts.remove(ADMIN),
    ):
        with pytest.raises((LastAdministrator, OwnAccountProtected)):
            attempt()
    session.accounts.add("second", Role.ADMINISTRATOR, ROSA[1])
    session.accounts.set_disabled("second", True)
    with pytest.raises(LastAdministrator):  # the only *enabled* administrator
        session.accounts.set_role(ADMIN, Role.SCREENER)
    session.accounts.set_disabled("second", False)
    session.accounts.set_role(ADMIN, Role.SUPERVISOR)  # now allowed, and the session follows
    assert session.account.role is Role.SUPERVISOR
    with pytest.raises(PermissionDenied):
        session.accounts.list()


def test_reset_password_rewraps(installation, session):
    session.accounts.add(*SAM[:1], "screener", SAM[1])
    session.accounts.reset_password("sam", "the administrator chose this one")
    with pytest.raises(WrongCredentials):
        installation.sign_in(*SAM)
    installation.sign_in("sam", "the administrator chose this one").lock()


def test_password_change_leaves_the_database_file_untouched(installation, session, data_dir):
    database = data_dir / "fieldscreen.db"
    before = database.read_bytes()
    with pytest.raises(WrongCredentials):
        session.accounts.change_own_password("not my password at all", "brand new phrase for me")
    session.accounts.change_own_password(ADMIN_PASSWORD, "brand new phrase for me")
    assert database.read_bytes() == before
    session.lock()
    with pytest.raises(WrongCredentials):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    again = installation.sign_in(ADMIN, "brand new phrase for me")
    changes = again.audit.recent(action="password_change")
    again.lock()
    assert [(e.actor, e.subject) for e in changes] == [(ADMIN, ADMIN)]


def test_removing_a_user_rekeys_so_an_old_vault_copy_opens_nothing(installation, session, data_dir, tmp_path):
    session.accounts.add(*SAM[:1], "screener", SAM[1])
    installation.sign_in(*SAM).lock()
    old_vault = tmp_path / "stolen-vault.json"
    shutil.copy(data_dir / "vault.json", old_vault)
    old_backup = installation.backups()
    session.accounts.remove("sam")

    old_key = Vault(old_vault).unlock_user("sam", SAM[1]).data_key  # the copy still opens ... the old key
    with pytest.raises(DatabaseDamaged):
        open_encrypted(data_dir / "fieldscreen.db", old_key)  # ... which opens nothing now
    with pytest.raises(WrongCredentials):
        installation.sign_in(*SAM)
    assert "sam" not in json.loads((data_dir / "vault.json").read_text())["users"]

    backups = installation.backups()
    assert len(backups) == 1 and backups != old_backup
    for backup in backups:
        with pytest.raises(DatabaseDamaged):
            open_encrypted(backup / "fieldscreen.db", old_key)
    assert [e.action for e in session.audit.recent(limit=2)] == ["rekey", "account_remove"]
    assert session.audit.verify().ok
    session.lock()
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()


def test_removed_user_gone_for_the_recovery_key_too(installation, session, recovery_key):
    session.accounts.add(*ROSA[:1], Role.ADMINISTRATOR, ROSA[1])
    session.accounts.remove("rosa")
    session.lock()
    recovered = installation.sign_in_with_recovery_key(recovery_key)
    assert [a.username for a in recovered.accounts.list()] == [ADMIN]
    recovered.lock()
