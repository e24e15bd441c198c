"""regex(): the linear-time matcher agrees with Python's re on the supported syntax and refuses the rest."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldscreen.core.expressions.safe_regex import MAX_PATTERN, RegexError, compile_regex

ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", r"\d", r"\w", r"\s", r"\.", "[_1]", r"[\d.]"]


def _quantified(inner: st.SearchStrategy[tuple[str, str]]) -> st.SearchStrategy[tuple[str, str]]:
    quantifier = st.sampled_from(["*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "+?"])
    return st.tuples(inner, quantifier).map(lambda pair: (f"(?:{pair[0][0]}){pair[1]}", f"(?:{pair[0][1]}){pair[1]}"))


PIECES = st.recursive(
    st.sampled_from(ATOMS).map(lambda atom: (atom, atom)),
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: tuple("".join(p) for p in zip(*xs, strict=True))),
        st.tuples(inner, inner).map(lambda pair: (f"({pair[0][0]}|{pair[1][0]})", f"({pair[0][1]}|{pair[1][1]})")),
        _quantified(inner),
    ),
    max_leaves=6,
)
PATTERNS = st.tuples(st.booleans(), PIECES, st.booleans()).map(
    lambda t: (
        ("^" if t[0] else "") + t[1][0] + ("$" if t[2] else ""),
        ("^" if t[0] else "") + t[1][1] + (r"\Z" if t[2] else ""),
    )
)


@settings(max_examples=400, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(PATTERNS, st.text(alphabet="abc1 ._\n", max_size=10))
def test_agrees_with_python_re(pattern, subject):
    ours, python = pattern
    assert compile_regex(ours).search(subject) == (re.search(python, subject) is not None)


@pytest.mark.parametrize(
    ("pattern", "subject", "expected"),
    [
        (r"^[0-9]{5}$", "12345", True),
        (r"^[0-9]{5}$", "123456", False),
        (r"^\d{3}-\d{4}$", "555-1234", True),
        (r"^[A-Za-z .'-]+$", "Ana María O'Neil", False),
        (r"^[\w .'-]+$", "Ana María O'Neil", True),
        ("colou?r", "the colour", True),
        ("^$", "", True),
        ("$", "abc", True),
        ("a$", "a\n", False),
        ("^.$", "\n", False),
        (r"\{x\}", "{x}", True),
        (r"[\]]", "]", True),
        ("[]a]", "]", True),
        ("[a-]", "-", True),
    ],
)
def test_examples(pattern, subject, expected):
    assert compile_regex(pattern).search(subject) is expected


@pytest.mark.parametrize(
    ("pattern", "subject"),
    [
        ("(a+)+$", "a" * 10_000 + "b"),
        ("(a|aa)*c", "a" * 10_000),
        ("a*a*a*a*a*b", "a" * 10_000),
        ("(.*,){11}x", "a," * 5000),
    ],
)
def test_catastrophic_patterns_finish(pattern, subject):
    """Python's re would run for years on these; pytest's timeout fails the test if the matcher ever backtracks."""
    assert compile_regex(pattern).search(subject) is False


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(a", "a group is not closed with ')' at character 3"),
        ("a)", "')' at character 2 closes no group"),
        ("[ab", "a '[' is not closed with ']' (character 4)"),
        ("*a", "nothing to repeat at character 1"),
        ("^*", "nothing to repeat at character 2"),
        ("a**", "a repeat at character 3 repeats a repeat; use a group"),
        ("a++", "a repeat at character 3 repeats a repeat; use a group"),
        ("(?=a)", "the group at character 2 uses an unsupported (?...) form"),
        ("(?P<x>a)", "the group at character 2 uses an unsupported (?...) form"),
        (r"(a)\1", "the escape at character 5 is not supported"),
        (r"\bword", "the escape at character 2 is not supported"),
        ("a{2,1}", "the repeat before character 3 must count from 0 to 100"),
        ("a{101}", "the repeat before character 3 must count from 0 to 100"),
        ("a{x}", "'{' at character 3 must be {n}, {n,} or {n,m}; write \\{ for a brace"),
        ("[z-a]", "the range ending before character 5 is backwards"),
        ("\\", "the pattern ends with a lone \\ at character 2"),
        ("(" * 21 + ")" * 21, "groups are nested more than 20 deep"),
        ("(?:a{100}){100}", "the pattern is too complex"),
        ("a" * (MAX_PATTERN + 1), f"the pattern is longer than {MAX_PATTERN} characters"),
    ],
)
def test_refused_patterns(pattern, message):
    with pytest.raises(RegexError) as caught:
        compile_regex(pattern)
    assert str(caught.value) == message
