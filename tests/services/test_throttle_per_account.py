"""The sign-in throttle counts per account: one account's failures never keep another out (DESIGN 4)."""

import json

import pytest
from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.errors import LoginThrottled, WrongCredentials
from fieldscreen.core.models import Role

SAM = ("sam", "river stones under the bridge")
WRONG = "wrong password, many times over"


def _fail(installation, username, times):
    for _ in range(times):
        with pytest.raises(WrongCredentials):
            installation.sign_in(username, WRONG)


def _throttle(data_dir):
    return json.loads((data_dir / "vault.json").read_text())["throttle"]


def test_a_throttled_account_keeps_no_one_else_out(installation, session, make_installation, clock):
    session.accounts.add(SAM[0], Role.SCREENER, SAM[1])
    session.lock()
    _fail(installation, "sam", 5)
    restarted = make_installation()  # the count survives a restart
    with pytest.raises(LoginThrottled) as caught:
        restarted.sign_in(*SAM)  # even the right password waits
    restarted.sign_in(ADMIN, ADMIN_PASSWORD).lock()  # the administrator is not locked out
    assert caught.value.wait_seconds == 600 == restarted.throttle_wait("SAM")
    assert restarted.throttle_wait(ADMIN) == 0
    clock.advance(minutes=5)
    with pytest.raises(LoginThrottled):  # ... and the administrator's success does not free sam
        restarted.sign_in(*SAM)
    clock.advance(minutes=5)
    restarted.sign_in(*SAM).lock()


def test_names_that_are_not_accounts_share_one_throttle_and_look_like_accounts(installation, session, clock):
    session.accounts.add(SAM[0], Role.SCREENER, SAM[1])
    session.lock()
    errors = []
    for name in ("ghost", "nobody", "ghost", "typo-of-sam"):
        with pytest.raises(WrongCredentials) as caught:
            installation.sign_in(name, WRONG)
        errors.append(caught.value)
    _fail(installation, "sam", 4)
    with pytest.raises(WrongCredentials) as known:
        installation.sign_in("sam", WRONG)
    with pytest.raises(WrongCredentials) as unknown:  # the fifth failure of the shared bucket
        installation.sign_in("someone", WRONG)
    assert {str(e) for e in [*errors, known.value]} == {str(unknown.value)}
    with pytest.raises(LoginThrottled) as for_account:
        installation.sign_in("sam", WRONG)
    with pytest.raises(LoginThrottled) as for_other_name:
        installation.sign_in("never-seen-before", WRONG)
    assert str(for_account.value) == str(for_other_name.value)
    assert for_account.value.wait_seconds == for_other_name.value.wait_seconds == 600
    assert installation.throttle_wait("never-seen-before") == installation.throttle_wait("sam") == 600
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()


def test_the_recovery_key_and_the_accounts_wait_apart(installation, recovery_key):
    _fail(installation, ADMIN, 5)
    with pytest.raises(LoginThrottled):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    installation.sign_in_with_recovery_key(recovery_key).lock()
    with pytest.raises(LoginThrottled):  # the recovery key's success does not free the account
        installation.sign_in(ADMIN, ADMIN_PASSWORD)


def test_an_old_vault_with_one_counter_for_everyone_still_opens(installation, recovery_key, data_dir, clock):
    vault = data_dir / "vault.json"
    doc = json.loads(vault.read_text())
    doc["throttle"] = {"failures": 5, "last_failure_at": clock.now.isoformat()}  # as fieldscreen wrote it before
    vault.write_text(json.dumps(doc))
    with pytest.raises(LoginThrottled) as caught:  # a wait under way at the update continues
        installation.sign_in(ADMIN, ADMIN_PASSWORD)
    assert caught.value.wait_seconds == 600
    clock.advance(minutes=10)
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    assert "failures" not in _throttle(data_dir)

    doc = json.loads(vault.read_text())
    doc["throttle"] = {"failures": 2, "last_failure_at": clock.now.isoformat()}
    vault.write_text(json.dumps(doc))
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()
    assert set(_throttle(data_dir)["buckets"]) == {"(other names)", "(recovery key)"}, "the old count stays for them"


def test_removing_an_account_drops_its_throttle(installation, session, data_dir):
    session.accounts.add(SAM[0], Role.SCREENER, SAM[1])
    _fail(installation, "sam", 2)
    assert "sam" in _throttle(data_dir)["buckets"]
    session.accounts.remove("sam")
    session.lock()
    assert "sam" not in _throttle(data_dir)["buckets"]
