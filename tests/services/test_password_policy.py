import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldscreen.core.passwords import length, password_problems
from fieldscreen.services import password_policy

GUESSABLE = [
    "password12345678",
    "Password 2024!!!!",
    "P@ssw0rd12345678",
    "passwordpassword",
    "iloveyouiloveyou",
    "qwertyuiopasdfgh",
    "1234567890123456",
    "aaaaaaaaaaaaaaaaaa",
    "abcabcabcabcabcabc",
    "abcdefghijklmnopq",
    "correct horse battery staple",
    "thisismypassword",
    "Welcome to the jungle",
    "contraseña123456789",
    "ababababababababab",
]

GOOD = [
    "river stones under the bridge",
    "lanterns along the quiet harbour",
    "Kaffee mit Zimt am Montag früh",
    "猫が窓辺で静かに眠っている午後です",
    "tulip engine marble 4 seventy",
]


@pytest.mark.parametrize("password", GUESSABLE)
def test_common_and_patterned_passwords_are_refused(password):
    problems = password_policy.problems(password)
    assert problems and "too common" in problems[-1]


@pytest.mark.parametrize("password", GOOD)
def test_long_unusual_passwords_pass_without_composition_rules(password):
    assert password_policy.problems(password, "someone") == []


def test_length_counts_code_points_after_nfc():
    decomposed = "e\u0301" * 14  # 14 letters é typed as e + combining accent: 28 code points before NFC
    assert length(decomposed) == 14
    assert "Use at least 15 characters (this one has 14)." in password_problems(decomposed)


def test_the_user_name_is_not_a_password():
    assert password_problems("marguerite.dupont", "Marguerite.Dupont") == [
        "The password must not be the user name or be built from it."
    ]
    assert password_problems("marguerite.dupont2024", "marguerite.dupont")
    assert password_problems("banana split on sunday", "ana") == []


def test_the_bundled_blocklist_refuses_common_passwords():
    assert password_policy.problems("password12345678") != []
    assert len(password_policy.blocklist()) > 3000


@given(st.text(min_size=0, max_size=80))
def test_any_text_gets_an_answer_never_an_exception(text):
    assert isinstance(password_policy.problems(text, "user"), list)
