import contextlib
import json
import secrets
import stat
from datetime import UTC, datetime

import pytest

from fieldscreen.core.errors import DatabaseDamaged, KnownError, NotInitialized, WrongCredentials
from fieldscreen.store.throttle import ThrottleState
from fieldscreen.store.vault import Vault, VaultEvent

PASSWORD = "seven purple owls at midnight"
RECOVERY = b"r" * 20
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def data_key():
    return secrets.token_bytes(32)


@pytest.fixture
def vault(tmp_path, data_key, fast_kdf):
    v = Vault(tmp_path / "vault.json")
    v.create(data_key=data_key, username="ana", password=PASSWORD, recovery_secret=RECOVERY, kdf=fast_kdf)
    return v


def test_password_and_recovery_key_both_open_the_data_key(vault, data_key):
    assert vault.unlock_user("ana", PASSWORD).data_key == data_key
    assert vault.unlock_recovery(RECOVERY).data_key == data_key


def test_file_is_private_and_holds_no_secret_in_the_clear(vault, data_key):
    raw = vault.path.read_bytes()
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    for secret in (PASSWORD.encode(), data_key, data_key.hex().encode(), RECOVERY, b"AGE-SECRET-KEY"):
        assert secret not in raw
    assert json.loads(raw)["kdf"] == {
        "algorithm": "argon2id",
        "version": 19,
        "memory_kib": 64,
        "iterations": 1,
        "parallelism": 1,
    }


def test_wrong_or_unknown_credentials(vault):
    with pytest.raises(WrongCredentials):
        vault.unlock_user("ana", PASSWORD + "x")
    with pytest.raises(WrongCredentials):
        vault.unlock_user("nobody", PASSWORD)
    with pytest.raises(WrongCredentials):
        vault.unlock_recovery(b"x" * 20)


def test_missing_or_garbled_file(tmp_path, vault):
    with pytest.raises(NotInitialized):
        Vault(tmp_path / "none.json").unlock_user("ana", PASSWORD)
    vault.path.write_text("{not json")
    with pytest.raises(DatabaseDamaged):
        vault.unlock_user("ana", PASSWORD)


def test_wraps_cannot_be_swapped_between_accounts(vault, data_key):
    vault.set_user("ben", "another fine long password", data_key)
    doc = json.loads(vault.path.read_text())
    doc["users"]["ana"], doc["users"]["ben"] = doc["users"]["ben"], doc["users"]["ana"]
    vault.path.write_text(json.dumps(doc))
    with pytest.raises(WrongCredentials):  # ben's password no longer opens anything under "ana"
        vault.unlock_user("ana", "another fine long password")


def test_a_recipient_slipped_in_without_the_data_key_is_detected(vault, data_key, fast_kdf):
    intruder = Vault(vault.path.with_name("other.json"))
    intruder.create(
        data_key=secrets.token_bytes(32), username="eve", password=PASSWORD, recovery_secret=RECOVERY, kdf=fast_kdf
    )
    doc = json.loads(vault.path.read_text())
    doc["users"]["eve"] = json.loads(intruder.path.read_text())["users"]["eve"]
    vault.path.write_text(json.dumps(doc))
    with pytest.raises(DatabaseDamaged):
        vault.unlock_user("ana", PASSWORD)
    with pytest.raises(DatabaseDamaged):
        vault.set_user("ben", "another fine long password", data_key)


def test_password_change_rewraps_only_that_user(vault, data_key):
    before = json.loads(vault.path.read_text())
    vault.change_password("ana", PASSWORD, "a completely new passphrase")
    after = json.loads(vault.path.read_text())
    assert after["data_key"] == before["data_key"]
    assert after["users"]["ana"]["recipient"] == before["users"]["ana"]["recipient"]
    assert after["users"]["ana"]["sealed"] != before["users"]["ana"]["sealed"]
    assert vault.unlock_user("ana", "a completely new passphrase").data_key == data_key
    with pytest.raises(WrongCredentials):
        vault.unlock_user("ana", PASSWORD)
    with pytest.raises(WrongCredentials):
        vault.change_password("ana", "not the password", "whatever else")


def test_rekey_keeps_both_keys_until_committed_then_drops_the_user(vault, data_key):
    vault.set_user("ben", "another fine long password", data_key)
    next_key = secrets.token_bytes(32)
    vault.begin_rekey(data_key, next_key, ["ben"])
    assert vault.unlock_user("ana", PASSWORD).next_key == next_key
    with pytest.raises(WrongCredentials):  # ben is being removed: he may not sign in meanwhile
        vault.unlock_user("ben", "another fine long password")
    vault.commit_rekey(next_key)
    assert vault.usernames() == ["ana"]
    assert vault.unlock_user("ana", PASSWORD).data_key == next_key
    assert vault.unlock_recovery(RECOVERY).data_key == next_key


def test_a_forged_next_key_is_refused(vault, data_key, tmp_path, fast_kdf):
    vault.begin_rekey(data_key, secrets.token_bytes(32), [])
    doc = json.loads(vault.path.read_text())
    doc["next"]["drop"] = ["someone"]
    vault.path.write_text(json.dumps(doc))
    with pytest.raises(DatabaseDamaged):
        vault.unlock_user("ana", PASSWORD)


def test_a_cancelled_rekey_leaves_everything_as_it_was(vault, data_key):
    vault.set_user("ben", "another fine long password", data_key)
    vault.begin_rekey(data_key, secrets.token_bytes(32), ["ben"])
    vault.cancel_rekey()
    assert vault.unlock_user("ben", "another fine long password").next_key is None
    assert vault.usernames() == ["ana", "ben"]


def test_throttle_and_events_persist_in_the_file(vault):
    state = vault.record_failure("ana", NOW, VaultEvent(NOW, "", "sign_in_failed", "ana"))
    assert state == ThrottleState(1, NOW)
    again = Vault(vault.path)
    assert again.throttle("ana") == ThrottleState(1, NOW)
    assert again.events() == [VaultEvent(NOW, "", "sign_in_failed", "ana")]
    again.drop_events(1)
    assert vault.events() == []
    vault.set_throttle("ana", ThrottleState())
    assert Vault(vault.path).throttle("ana") == ThrottleState()


def test_each_account_has_its_own_throttle_and_other_names_share_one(vault, data_key):
    vault.set_user("ben", "another fine long password", data_key)
    vault.record_failure("ana", NOW, VaultEvent(NOW, "", "sign_in_failed", "ana"))
    vault.record_failure("ghost", NOW, VaultEvent(NOW, "", "sign_in_failed"))
    vault.record_failure("nobody", NOW, VaultEvent(NOW, "", "sign_in_failed"))
    again = Vault(vault.path)
    assert again.throttle("ana") == ThrottleState(1, NOW)
    assert again.throttle("ben") == ThrottleState()
    assert again.throttle("someone-else") == ThrottleState(2, NOW)  # every name that is not an account
    assert again.throttle(None) == ThrottleState()  # the recovery key
    vault.record_failure(None, NOW, VaultEvent(NOW, "", "sign_in_failed", "(recovery key)"))
    assert again.throttle(None) == ThrottleState(1, NOW)
    assert again.throttle("ana") == ThrottleState(1, NOW)


def test_resetting_or_removing_an_account_drops_its_failures(vault, data_key):
    vault.set_user("ben", "another fine long password", data_key)
    for _ in range(5):
        vault.record_failure("ben", NOW, VaultEvent(NOW, "", "sign_in_failed", "ben"))
    vault.set_user("ben", "an administrator's new password", data_key)  # a reset: ben may sign in at once
    assert vault.throttle("ben") == ThrottleState()
    vault.record_failure("ben", NOW, VaultEvent(NOW, "", "sign_in_failed", "ben"))
    next_key = secrets.token_bytes(32)
    vault.begin_rekey(data_key, next_key, ["ben"])
    vault.commit_rekey(next_key)
    assert "ben" not in json.loads(vault.path.read_text())["throttle"]["buckets"]
    assert vault.throttle("ben") == ThrottleState()  # now a name that is not an account: the shared bucket


def _with_old_throttle(vault, failures, last):
    doc = json.loads(vault.path.read_text())
    doc["throttle"] = {"failures": failures, "last_failure_at": last.isoformat() if last else None}
    vault.path.write_text(json.dumps(doc))


def test_a_vault_with_the_old_single_throttle_still_opens_and_keeps_its_wait(vault, data_key):
    vault.set_user("ben", "another fine long password", data_key)
    _with_old_throttle(vault, 5, NOW)  # written before the throttle was per account: the whole office waits
    assert vault.unlock_user("ana", PASSWORD).data_key == data_key
    for name in ("ana", "ben", "ghost", None):
        assert vault.throttle(name) == ThrottleState(5, NOW)
    vault.set_throttle("ana", ThrottleState())  # ana waited and signed in
    stored = json.loads(vault.path.read_text())["throttle"]
    assert "failures" not in stored and set(stored["buckets"]) == {"ben", "(other names)", "(recovery key)"}
    assert vault.throttle("ana") == ThrottleState()
    for name in ("ben", "ghost", None):
        assert vault.throttle(name) == ThrottleState(5, NOW)

    _with_old_throttle(vault, 0, None)
    assert all(vault.throttle(name) == ThrottleState() for name in ("ana", "ben", "ghost", None))
    vault.record_failure("ben", NOW, VaultEvent(NOW, "", "sign_in_failed", "ben"))
    assert json.loads(vault.path.read_text())["throttle"] == {"buckets": {"ben": ThrottleState(1, NOW).to_json()}}


def test_a_password_set_by_an_administrator_must_be_changed_until_its_user_changes_it(vault, data_key):
    assert not vault.change_required("ana")  # the first administrator chose their own
    vault.set_user("ben", "the administrator chose this", data_key, change_at_sign_in=True)
    assert Vault(vault.path).change_required("ben")
    assert not vault.change_required("nobody")
    with pytest.raises(WrongCredentials):
        vault.change_password("ben", "not the current one at all", "ben's very own passphrase")
    assert vault.change_required("ben")
    vault.change_password("ben", "the administrator chose this", "ben's very own passphrase")
    assert not vault.change_required("ben")
    assert vault.unlock_user("ben", "ben's very own passphrase").data_key == data_key
    vault.set_user("ben", "the administrator chose again", data_key, change_at_sign_in=True)
    assert vault.change_required("ben")
    vault.set_user("ben", "ben set this one himself", data_key)
    assert not vault.change_required("ben")


DELETE = object()


def _leaf_paths(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaf_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaf_paths(value, (*prefix, i))
    yield prefix


def test_any_damaged_field_gives_a_known_error_never_a_crash(vault, data_key):
    vault.record_failure("ana", NOW, VaultEvent(NOW, "", "sign_in_failed"))
    original = json.loads(vault.path.read_text())
    for path in list(_leaf_paths(original)):
        for bad in (None, "", "AAAA", -1, [], {}, "A" * 22 + "==", DELETE):
            doc = json.loads(json.dumps(original))
            if not path:
                doc = None if bad is DELETE else bad
            else:
                parent = doc
                for step in path[:-1]:
                    parent = parent[step]
                if bad is DELETE:
                    del parent[path[-1]]
                else:
                    parent[path[-1]] = bad
            vault.path.write_text(json.dumps(doc))
            for use in (
                lambda: vault.unlock_user("ana", PASSWORD),
                lambda: vault.unlock_recovery(RECOVERY),
                lambda: vault.throttle("ana"),
                lambda: vault.throttle("nobody"),
                vault.events,
                lambda: vault.set_user("ben", "another fine long password", data_key),
            ):
                with contextlib.suppress(KnownError):  # anything else fails the test
                    use()
