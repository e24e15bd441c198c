from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldscreen.core.errors import DatabaseDamaged, RecoveryKeyMistyped
from fieldscreen.store.kdf import DEFAULT_KDF, KdfParams
from fieldscreen.store.recovery_key import format_recovery_key, new_recovery_key, parse_recovery_key
from fieldscreen.store.throttle import ThrottleState

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_five_failures_then_ten_minutes():
    state = ThrottleState()
    for i in range(4):
        state = state.after_failure(T0 + timedelta(seconds=i))
        assert state.wait_seconds(T0 + timedelta(seconds=i)) == 0
    state = state.after_failure(T0 + timedelta(seconds=4))
    assert state.wait_seconds(T0 + timedelta(seconds=4)) == 600
    assert state.wait_seconds(T0 + timedelta(minutes=5, seconds=4)) == 300
    assert state.wait_seconds(T0 + timedelta(minutes=10, seconds=4)) == 0


def test_clock_set_back_does_not_lock_forever():
    state = ThrottleState(5, T0 + timedelta(days=30))
    fixed = state.with_clock_fixed(T0)
    assert fixed.wait_seconds(T0) == 600
    assert fixed.wait_seconds(T0 + timedelta(minutes=10)) == 0


def test_unreadable_throttle_state_is_not_a_free_pass():
    state = ThrottleState.from_json({"failures": "many"})
    assert state.after_failure(T0).wait_seconds(T0) == 600


def test_default_kdf_is_recorded_and_bounds_are_enforced():
    assert KdfParams(memory_kib=131072, iterations=3, parallelism=2) == DEFAULT_KDF
    assert KdfParams.from_json(DEFAULT_KDF.to_json()) == DEFAULT_KDF
    for bad in ({**DEFAULT_KDF.to_json(), "memory_kib": 1 << 30}, {**DEFAULT_KDF.to_json(), "algorithm": "scrypt"}, {}):
        with pytest.raises(DatabaseDamaged):
            KdfParams.from_json(bad)


def test_recovery_key_shape():
    text, secret = new_recovery_key()
    groups = text.split("-")
    assert len(secret) == 20
    assert [len(g) for g in groups] == [5] * 7
    assert not set(text) & set("ILOU")


@given(st.binary(min_size=20, max_size=20))
def test_recovery_key_round_trip_forgiving_spelling(secret):
    text = format_recovery_key(secret)
    assert parse_recovery_key(text) == secret
    assert parse_recovery_key(" " + text.lower().replace("-", " ").replace("0", "o").replace("1", "l")) == secret


def test_recovery_key_typo_is_caught():
    text = format_recovery_key(bytes(range(100, 120)))  # fixed, so the typos below are known to fail the check
    swapped = text[1] + text[0] + text[2:]
    assert swapped != text
    for wrong in (text[:-1], text + "A", swapped, "Z" + text[1:], text.replace(text[3], "U", 1)):
        with pytest.raises(RecoveryKeyMistyped):
            parse_recovery_key(wrong)
