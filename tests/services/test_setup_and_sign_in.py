from datetime import timedelta

import pytest
from services_support import ADMIN, ADMIN_PASSWORD, CANARY

from fieldscreen.core.errors import (
    AccountDisabled,
    AlreadyInitialized,
    LoginThrottled,
    NotInitialized,
    PasswordRejected,
    RecoveryKeyMistyped,
    UsageError,
    WrongCredentials,
)
from fieldscreen.core.models import Role
from fieldscreen.store.recovery_key import new_recovery_key


def _all_bytes(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_setup_makes_an_encrypted_database_and_no_plaintext_anywhere(installation, recovery_key, data_dir):
    assert installation.is_set_up()
    assert not (data_dir / "fieldscreen.db").read_bytes().startswith(b"SQLite format 3")
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.accounts.add("sam", Role.SCREENER, "river stones under the bridge", f"Sam {CANARY}")
    session.settings.set_names(f"New agency {CANARY}", f"New office {CANARY}")
    assert session.settings.get().agency == f"New agency {CANARY}"
    session.lock()
    files = _all_bytes(data_dir)
    assert {p.name for p in files} >= {"fieldscreen.db", "vault.json"}
    for path, data in files.items():
        assert CANARY.encode() not in data, path
        assert CANARY.encode("utf-16-le") not in data, path
        assert ADMIN_PASSWORD.encode() not in data, path


def test_setup_refuses_bad_input_and_a_second_setup(installation, recovery_key):
    with pytest.raises(AlreadyInitialized):
        installation.set_up(agency="A", office="", admin_username="x", admin_password=ADMIN_PASSWORD)


@pytest.mark.parametrize(
    ("agency", "user", "password", "error"),
    [
        ("", "boss", ADMIN_PASSWORD, UsageError),
        ("A", "  ", ADMIN_PASSWORD, UsageError),
        ("A", "two words", ADMIN_PASSWORD, UsageError),
        ("A", "boss", "short", PasswordRejected),
        ("A", "boss", "password123456789", PasswordRejected),
        ("A" * 201, "boss", ADMIN_PASSWORD, UsageError),  # every packet names its agency within 200 characters
    ],
)
def test_setup_input_rules(installation, agency, user, password, error):
    with pytest.raises(error):
        installation.set_up(agency=agency, office="", admin_username=user, admin_password=password)
    assert not installation.is_set_up()


def test_sign_in_before_setup(installation):
    with pytest.raises(NotInitialized):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)


def test_sign_in_is_case_insensitive_for_the_user_name(installation, recovery_key):
    session = installation.sign_in(" Admin ", ADMIN_PASSWORD)
    assert session.account.username == ADMIN
    assert session.account.role is Role.ADMINISTRATOR
    assert session.account.display_name == f"Display {CANARY}"
    assert session.reauth_due() == session.signed_in_at + timedelta(hours=12)
    session.lock()


def test_wrong_password_and_unknown_user(installation, recovery_key):
    with pytest.raises(WrongCredentials):
        installation.sign_in(ADMIN, ADMIN_PASSWORD + "!")
    with pytest.raises(WrongCredentials):
        installation.sign_in("nobody", ADMIN_PASSWORD)


def test_five_failures_throttle_also_after_a_restart(installation, recovery_key, make_installation, clock):
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            installation.sign_in(ADMIN, "wrong password, many times")
        clock.advance(seconds=10)
    restarted = make_installation()
    assert 0 < restarted.throttle_wait(ADMIN) <= 600
    with pytest.raises(LoginThrottled) as caught:
        restarted.sign_in(ADMIN, ADMIN_PASSWORD)  # even the right password waits
    assert caught.value.wait_seconds == restarted.throttle_wait(ADMIN)
    clock.advance(minutes=10)
    assert restarted.throttle_wait(ADMIN) == 0
    session = restarted.sign_in(ADMIN, ADMIN_PASSWORD)
    actions = [(e.action, e.subject) for e in session.audit.recent(limit=7)]
    session.lock()
    assert actions[0] == ("sign_in", "")
    assert actions[1:6] == [("sign_in_failed", ADMIN)] * 5
    assert make_installation().throttle_wait(ADMIN) == 0


def test_failed_sign_in_of_an_unknown_name_is_audited_without_the_name(installation, recovery_key):
    with pytest.raises(WrongCredentials):
        installation.sign_in("typed-secret-name", "whatever it was here")
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    failed = session.audit.recent(action="sign_in_failed")
    session.lock()
    assert [(e.actor, e.subject) for e in failed] == [("", "")]


def test_disabled_account_is_refused(installation, session):
    session.accounts.add("sam", "screener", "river stones under the bridge")
    session.accounts.set_disabled("sam", True)
    with pytest.raises(AccountDisabled):
        installation.sign_in("sam", "river stones under the bridge")
    session.accounts.set_disabled("sam", False)
    installation.sign_in("sam", "river stones under the bridge").lock()


def test_recovery_key_opens_an_audited_administrator_session(installation, recovery_key):
    session = installation.sign_in_with_recovery_key(recovery_key.lower().replace("-", " "))
    assert session.account.role is Role.ADMINISTRATOR
    assert session.via_recovery_key
    session.accounts.reset_password(ADMIN, "a brand new administrator phrase")
    entries = session.audit.recent(limit=2)
    session.lock()
    assert [(e.actor, e.action) for e in entries] == [
        ("(recovery key)", "password_reset"),
        ("(recovery key)", "recovery_key_used"),
    ]
    installation.sign_in(ADMIN, "a brand new administrator phrase").lock()


def test_recovery_key_mistakes(installation, recovery_key):
    with pytest.raises(RecoveryKeyMistyped):
        installation.sign_in_with_recovery_key(recovery_key[:-2])
    with pytest.raises(WrongCredentials):
        installation.sign_in_with_recovery_key(new_recovery_key()[0])
