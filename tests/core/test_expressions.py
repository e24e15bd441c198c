"""The expression engine: every operator and function, three-valued logic, conversions and static checks."""

from __future__ import annotations

from datetime import date

import pytest

from fieldscreen.core.expressions import (
    UNKNOWN,
    Env,
    ExpressionError,
    Scope,
    compile_expression,
    format_number,
)

TODAY = date(2024, 6, 1)
NAMES = frozenset({"a", "b", "age", "work", "yn", "multi", "txt", "day", "n", "u", "missing", "also_missing"})
SCOPE = Scope(
    names=NAMES,
    notes=frozenset({"intro"}),
    choices={"work": ("farm", "home"), "yn": ("yes", "no"), "multi": ("x", "y", "z")},
    multiple=frozenset({"multi"}),
)


def ev(source: str, dot=UNKNOWN, **values):
    return compile_expression(source, Scope(NAMES | frozenset(values), allow_dot=True)).evaluate(
        Env(values, TODAY, dot)
    )


def problems(source: str, scope: Scope = SCOPE) -> list[str]:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(source, scope)
    return caught.value.problems


# ---- literals, references, operators ----


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("'it''s'", ValueError),
        ("'text'", "text"),
        ('"it\'s"', "it's"),
        ("12", 12),
        ("1.5", 1.5),
        (".5", 0.5),
        ("3.", 3),
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("7 - 2 - 1", 4),
        ("7 div 2", 3.5),
        ("8 div 2 div 2", 2),
        ("7 mod 3", 1),
        ("-7 mod 3", -1),
        ("7 mod -3", 1),
        ("5.5 mod 2", 1.5),
        ("- 3 + 1", -2),
        ("--3", 3),
        ("2 * -3", -6),
        ("1 = 1", True),
        ("1 != 1", False),
        ("1 < 2", True),
        ("2 <= 2", True),
        ("3 > 4", False),
        ("4 >= 5", False),
        ("1 < 2 = 2 > 1", True),
        ("1 = 1 and 2 = 3 or 4 = 4", True),
        ("1 = 1 or 2 = 3 and 4 = 5", True),
        ("'10' = 10", True),
        ("'abc' = 'abc'", True),
        ("'abc' != 'abd'", True),
        ("'9' < '10'", True),
        ("true() = 'x'", True),
        ("false() = 0", True),
        ("'2024-01-02' > '2024-01-01'", True),
    ],
)
def test_operators(source, expected):
    if expected is ValueError:
        with pytest.raises(ExpressionError):
            ev(source)
        return
    result = ev(source)
    assert result == expected
    assert type(result) is type(expected) or isinstance(expected, int | float)


def test_references_and_dot():
    assert ev("${a} + ${b}", a=2, b=3.5) == 5.5
    assert ev(". * 2", dot=21) == 42
    assert ev("${work} = 'farm'", work="farm") is True


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${day} = '2020-05-01'", True),
        ("${day} < '2021-01-01'", True),
        ("${day} >= today()", False),
        ("today() - ${day}", 1492),
        ("${day} = 'soon'", UNKNOWN),
        ("${day} < 'soon'", UNKNOWN),
        ("${day} = 18383", True),
        ("string(${day})", "2020-05-01"),
    ],
)
def test_dates(source, expected):
    assert ev(source, day=date(2020, 5, 1)) == expected if expected is not UNKNOWN else True
    if expected is UNKNOWN:
        assert ev(source, day=date(2020, 5, 1)) is UNKNOWN


# ---- functions ----


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("selected(${multi}, 'x')", True),
        ("selected(${multi}, 'z')", False),
        ("selected(${work}, 'farm')", True),
        ("count-selected(${multi})", 2),
        ("count-selected(${work})", 1),
        ("string-length(${txt})", 5),
        ("string-length(12.5)", 4),
        ("if(${n} > 3, 'big', 'small')", "big"),
        ("if(${n} < 3, 'big', 'small')", "small"),
        ("coalesce(${n}, 1)", 4),
        ("coalesce(${missing}, 1)", 1),
        ("coalesce(${missing}, ${also_missing})", UNKNOWN),
        ("coalesce('', 1)", ""),
        ("today()", TODAY),
        ("int(7.9)", 7),
        ("int(-7.9)", -7),
        ("int('12.5')", 12),
        ("number('  -3.25 ')", -3.25),
        ("number('1e5')", UNKNOWN),
        ("number('twelve')", UNKNOWN),
        ("number(true())", 1),
        ("number(${multi})", UNKNOWN),
        ("regex(${txt}, '^h.l+o$')", True),
        ("regex(${txt}, '[0-9]')", False),
        ("regex(12345, '^[0-9]{5}$')", True),
        ("true()", True),
        ("false()", False),
        ("not(false())", True),
        ("string(3.0)", "3"),
        ("string(1 div 4)", "0.25"),
        ("string(1 div 3)", "0.3333333333333333"),
        ("string(true())", "true"),
        ("string(${multi})", "x y"),
        ("boolean('no')", True),
        ("boolean('')", False),
        ("boolean(0)", False),
        ("concat('a', 1, '-', 2.5, true())", "a1-2.5true"),
        ("concat(${txt})", "hello"),
    ],
)
def test_functions(source, expected):
    result = ev(source, multi=("x", "y"), work="farm", txt="hello", n=4)
    if expected is UNKNOWN:
        assert result is UNKNOWN
    else:
        assert result == expected


def test_if_and_coalesce_evaluate_only_what_they_need():
    assert ev("if(true(), 1, 1 div 0)") == 1
    assert ev("coalesce(2, 1 div 0)") == 2
    assert ev("false() and 1 div 0") is False
    assert ev("true() or 1 div 0") is True


# ---- unknown values ----

T, F, U = "true()", "false()", "${u}"


@pytest.mark.parametrize(
    ("left", "right", "conj", "disj"),
    [
        (T, T, True, True),
        (T, F, False, True),
        (T, U, UNKNOWN, True),
        (F, T, False, True),
        (F, F, False, False),
        (F, U, False, UNKNOWN),
        (U, T, UNKNOWN, True),
        (U, F, False, UNKNOWN),
        (U, U, UNKNOWN, UNKNOWN),
    ],
)
def test_kleene_and_or(left, right, conj, disj):
    assert ev(f"{left} and {right}") is conj
    assert ev(f"{left} or {right}") is disj


@pytest.mark.parametrize(
    "source",
    [
        "not(${u})",
        "${u} = 1",
        "${u} != 1",
        "${u} < 1",
        "1 >= ${u}",
        "${u} + 1",
        "-${u}",
        "${u} * 0",
        "string(${u})",
        "concat('a', ${u})",
        "string-length(${u})",
        "count-selected(${u})",
        "selected(${u}, 'x')",
        "selected(${multi}, ${u})",
        "if(${u}, 1, 1)",
        "int(${u})",
        "number(${u})",
        "regex(${u}, 'a')",
        "1 div 0",
        "1 mod 0",
        "0 div 0",
        "'abc' + 1",
        "'abc' = 1",
        "'abc' < 'abd'",
        "${big} * ${big}",
        "regex(${long}, 'a')",
    ],
)
def test_unknown_spreads(source):
    assert ev(source, multi=("x",), big=1e200, long="a" * 10_001) is UNKNOWN


def test_truth_of_values():
    expression = compile_expression("${a}", Scope(frozenset({"a"})))
    for value, truth in [(0, False), (2, True), ("", False), ("no", True), ((), False), (("x",), True)]:
        assert expression.truth(Env({"a": value}, TODAY)) is truth
    assert expression.truth(Env({}, TODAY)) is UNKNOWN
    assert expression.truth(Env({"a": date(2020, 1, 1)}, TODAY)) is True


def test_unknown_has_no_python_truth():
    with pytest.raises(TypeError):
        bool(UNKNOWN)


@pytest.mark.parametrize(
    ("number", "text"),
    [(3, "3"), (3.0, "3"), (-0.5, "-0.5"), (1e21, "1000000000000000000000"), (1.5e-7, "0.00000015"), (0.1, "0.1")],
)
def test_number_formatting(number, text):
    assert format_number(number) == text


# ---- static checks ----


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${agee} < 18", ["unknown question 'agee' (did you mean 'age'?)"]),
        ("${nobody} < 18", ["unknown question 'nobody'"]),
        ("${intro} = 'x'", ["'intro' is a note and has no answer"]),
        ("lenght(${txt})", ["unknown function 'lenght()'"]),
        ("count-selectd(${multi})", ["unknown function 'count-selectd()' (did you mean 'count-selected()'?)"]),
        ("selected(${multi})", ["selected() takes 2 argument(s), not 1"]),
        ("today(1)", ["today() takes 0 argument(s), not 1"]),
        ("if(1, 2)", ["if() takes 3 argument(s), not 2"]),
        ("concat()", ["concat() needs at least 1 argument(s), not 0"]),
        (". > 1", ["'.' (this answer) can only be used in a constraint"]),
        ("${work} = 'frm'", ["'frm' is not a choice of 'work' (choices: farm, home)"]),
        ("'yse' != ${yn}", ["'yse' is not a choice of 'yn' (choices: yes, no)"]),
        ("selected(${multi}, 'w')", ["'w' is not a choice of 'multi' (choices: x, y, z)"]),
        ("regex(${txt}, ${txt})", ["the pattern of regex() must be quoted text"]),
        ("regex(${txt}, 'a(b')", ["regex() pattern 'a(b': a group is not closed with ')' at character 4"]),
        ("${x} + ${x} + foo()", ["unknown question 'x'", "unknown function 'foo()'"]),
    ],
)
def test_static_problems(source, expected):
    assert problems(source) == expected


def test_comparing_a_multiple_choice_as_text_is_allowed():
    assert compile_expression("${multi} = 'x y'", SCOPE).references == {"multi"}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("", "the expression is empty"),
        ("${a} = ", "the expression ends too early (a value is missing)"),
        ("(${a} = 1", "the expression ends too early (expected ')')"),
        ("${a} = = 1", "unexpected '=' at character 8 (a value is missing)"),
        ("1 = 1)", "unexpected ')' at character 6"),
        ("${a} # 1", "unexpected character '#' at character 6"),
        ("${first name} = 1", "a question reference at character 1 must look like ${name}"),
        ("'open", "the text starting at character 1 is not closed with '"),
        (
            "age < 18",
            "'age' at character 1 is not a value: write ${age} for a question, 'age' for text or age() for a function",
        ),
        ("1 AND 2", "unexpected character 'A' at character 3"),
        ("9" * 400, "the number at character 1 is too large"),
        ("1" + " + 1" * 1000, "the expression is longer than 4000 characters"),
        ("-" * 70 + "1", "the expression is nested more than 60 levels deep"),
    ],
)
def test_syntax_errors(source, expected):
    assert problems(source, Scope(frozenset({"a"}))) == [expected]


def test_keywords_need_spaces_but_operators_do_not():
    assert ev("1+2*3-4 div 2") == 5
    assert ev("${a}-${b}", a=5, b=2) == 3
    assert ev("3 div-1") == -3
    with pytest.raises(ExpressionError):
        ev("1 mod2")
