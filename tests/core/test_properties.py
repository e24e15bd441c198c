"""Property tests: random instruments and answer sequences.

1. Relevance, the undecided questions and the positive rule agree with a reference evaluator written here,
   independent of the engine: the conditions are generated as a small syntax tree that this module both writes out as
   XLSForm text (for the loader) and evaluates directly in Python with Kleene logic.
2. Random expressions over every operator and function, and random answers of every kind, never crash: loading either
   succeeds or reports problems, answering either succeeds or rejects the answer.
3. Random and mutated instrument files never produce anything but a list of problems.
"""

from __future__ import annotations

import contextlib
import string
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from fieldscreen.core.instrument_loader import InstrumentInvalid, load_instrument_bytes, load_instrument_text
from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.screening import Screening
from fieldscreen.core.screening_answers import AnswerRejected

SETTINGS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
TODAY = date(2024, 6, 1)
TYPES = ("yes_no", "select_one", "select_multiple", "integer", "note")
CHOICES = ("a", "b", "c")
TEXT = {"en": "x"}


# ---- a small condition language the test evaluates itself ----


@dataclass(frozen=True)
class Compare:
    """``${name} op literal`` (or ``selected`` / ``count-selected`` for multiple choice)."""

    name: str
    kind: str
    op: str
    literal: Any


@dataclass(frozen=True)
class Logic:
    op: str  # "and" | "or" | "not" | "const"
    parts: tuple = ()
    value: bool = False


def render(node) -> str:
    if isinstance(node, Compare):
        ref = "${" + node.name + "}"
        if node.kind == "select_multiple":
            if node.op == "selected":
                return f"selected({ref}, '{node.literal}')"
            return f"count-selected({ref}) >= {node.literal}"
        literal = f"'{node.literal}'" if isinstance(node.literal, str) else str(node.literal)
        if node.op == "coalesce":
            return f"coalesce({ref}, 50) >= {literal}"
        return f"{ref} {node.op} {literal}"
    if node.op == "const":
        return "true()" if node.value else "false()"
    if node.op == "not":
        return f"not({render(node.parts[0])})"
    return "(" + f" {node.op} ".join(render(p) for p in node.parts) + ")"


def reference(node, values: dict[str, Any]) -> bool | None:
    """Kleene evaluation; ``None`` is unknown. ``values`` holds only shown, answered questions."""
    if isinstance(node, Compare):
        value = values.get(node.name)
        if node.op == "coalesce":
            return (50 if value is None else value) >= node.literal
        if value is None:
            return None
        if node.kind == "select_multiple":
            return node.literal in value if node.op == "selected" else len(value) >= node.literal
        return {
            "=": value == node.literal,
            "!=": value != node.literal,
            "<": value < node.literal if isinstance(value, int) else None,
            ">=": value >= node.literal if isinstance(value, int) else None,
        }[node.op]
    if node.op == "const":
        return node.value
    results = [reference(p, values) for p in node.parts]
    if node.op == "not":
        return None if results[0] is None else not results[0]
    decisive = node.op == "or"
    if decisive in results:
        return decisive
    return None if None in results else not decisive


def compare_on(name: str, kind: str) -> st.SearchStrategy[Compare]:
    if kind in ("yes_no", "select_one"):
        values = ("yes", "no") if kind == "yes_no" else CHOICES
        return st.builds(Compare, st.just(name), st.just(kind), st.sampled_from(["=", "!="]), st.sampled_from(values))
    if kind == "select_multiple":
        return st.one_of(
            st.builds(Compare, st.just(name), st.just(kind), st.just("selected"), st.sampled_from(CHOICES)),
            st.builds(Compare, st.just(name), st.just(kind), st.just("count"), st.integers(1, 3)),
        )
    return st.builds(
        Compare, st.just(name), st.just(kind), st.sampled_from(["<", ">=", "=", "coalesce"]), st.integers(0, 5)
    )


def conditions(readable: list[tuple[str, str]]) -> st.SearchStrategy:
    leaves = [compare_on(name, kind) for name, kind in readable]
    leaves.append(st.builds(Logic, st.just("const"), st.just(()), st.booleans()))
    return st.recursive(
        st.one_of(leaves),
        lambda inner: st.one_of(
            st.builds(Logic, st.sampled_from(["and", "or"]), st.tuples(inner, inner)),
            st.builds(Logic, st.just("not"), st.tuples(inner)),
        ),
        max_leaves=5,
    )


@st.composite
def instruments(draw):
    """A random instrument whose relevance only reads earlier questions, with its conditions as trees."""
    shape = draw(st.lists(st.lists(st.sampled_from(TYPES), min_size=1, max_size=4), min_size=1, max_size=3))
    readable: list[tuple[str, str]] = []
    sections, trees = [], {}
    counter = 0
    for s, kinds in enumerate(shape):
        section: dict[str, Any] = {"name": f"s{s}", "title": TEXT, "guidance": TEXT, "questions": []}
        if readable and draw(st.booleans()):
            trees[f"s{s}"] = draw(conditions(readable))
            section["relevant"] = render(trees[f"s{s}"])
        in_section = []
        for kind in kinds:
            name = f"q{counter}"
            counter += 1
            question: dict[str, Any] = {"name": name, "type": kind, "label": TEXT}
            if kind in ("select_one", "select_multiple"):
                question["choices"] = [{"value": v, "label": TEXT} for v in CHOICES]
            if readable and draw(st.booleans()):
                trees[name] = draw(conditions(readable))
                question["relevant"] = render(trees[name])
            section["questions"].append(question)
            in_section.append((name, kind))
        readable += [(n, k) for n, k in in_section if k != "note"]
        sections.append(section)
    positive = draw(conditions(readable)) if readable else Logic("const", (), True)
    doc = {
        "id": "random",
        "version": "1.0",
        "title": TEXT,
        "population": "any",
        "languages": ["en"],
        "default_language": "en",
        "validation_note": TEXT,
        "disclosure": {"law_enforcement": TEXT, "health": TEXT, "social_service": TEXT},
        "positive_rule": render(positive),
        "sections": sections,
    }
    return doc, trees, positive


def answer_for(kind: str) -> st.SearchStrategy[Answer | None]:
    value = {
        "yes_no": st.sampled_from(["yes", "no"]),
        "select_one": st.sampled_from(CHOICES),
        "select_multiple": st.sets(st.sampled_from(CHOICES), min_size=1).map(lambda s: tuple(sorted(s))),
        "integer": st.integers(0, 6),
    }[kind]
    return st.one_of(
        value.map(lambda v: Answer(AnswerStatus.ANSWERED, v)),
        st.sampled_from([Answer(AnswerStatus.DECLINED), Answer(AnswerStatus.DONT_KNOW), None]),
    )


def expected_state(doc, trees, positive, answers: dict[str, Answer]):
    """Visibility of every section and question, the positive rule and the undecided questions (hidden, but neither
    their relevance nor their section's is false), computed from scratch."""
    values: dict[str, Any] = {}
    visible: dict[str, bool] = {}
    undecided: list[str] = []
    for section in doc["sections"]:
        tree = trees.get(section["name"])
        section_truth = True if tree is None else reference(tree, values)
        section_shown = section_truth is True
        visible[section["name"]] = section_shown
        for question in section["questions"]:
            tree = trees.get(question["name"])
            own = True if tree is None else reference(tree, values)
            shown = section_shown and own is True
            visible[question["name"]] = shown
            if not shown and question["type"] != "note" and section_truth is not False and own is not False:
                undecided.append(question["name"])
            answer = answers.get(question["name"])
            if shown and answer and answer.status is AnswerStatus.ANSWERED:
                values[question["name"]] = answer.value
    return visible, reference(positive, values), tuple(undecided)


@SETTINGS
@given(st.data())
def test_relevance_undecided_and_positive_rule_agree_with_the_reference(data):
    doc, trees, positive = data.draw(instruments())
    loaded = load_instrument_text(yaml.safe_dump(doc, sort_keys=False), "random.yaml")
    screening = Screening(loaded, today=lambda: TODAY)
    kinds = {q["name"]: q["type"] for s in doc["sections"] for q in s["questions"] if q["type"] != "note"}
    answers: dict[str, Answer] = {}
    steps = data.draw(st.lists(st.sampled_from(sorted(kinds)), max_size=12)) if kinds else []
    for name in [None, *steps]:
        if name is not None:
            answer = data.draw(answer_for(kinds[name]))
            before = {q: screening.is_visible(q) for q in loaded.questions}
            changes = screening.answer(name, answer) if answer else screening.clear(name)
            if answer:
                answers[name] = answer
            else:
                answers.pop(name, None)
            after = {q: screening.is_visible(q) for q in loaded.questions}
            assert set(changes.shown) == {q for q in after if after[q] and not before[q]}
            assert set(changes.hidden) == {q for q in after if before[q] and not after[q]}
        visible, rule, undecided = expected_state(doc, trees, positive, answers)
        for section in doc["sections"]:
            assert screening.is_section_visible(section["name"]) is visible[section["name"]]
            for question in section["questions"]:
                assert screening.is_visible(question["name"]) is visible[question["name"]]
        assert screening.positive() is rule
        assert screening.undecided() == undecided
        assert set(screening.scored_answers()) == {n for n in answers if visible[n]}
        assert set(screening.answers()) == set(answers)


# ---- anything goes: no crashes ----

FUNCTION_ARITY = {
    "selected": 2, "count-selected": 1, "string-length": 1, "if": 3, "coalesce": 2, "not": 1, "today": 0,
    "int": 1, "number": 1, "true": 0, "false": 0, "string": 1, "boolean": 1, "concat": 2,
}  # fmt: skip
NAMES = [f"q{i}" for i in range(6)]
ALL_TYPES = ("yes_no", "select_one", "select_multiple", "text", "long_text", "integer", "decimal", "date", "age")

LEAVES = st.one_of(
    st.sampled_from(NAMES).map(lambda n: "${" + n + "}"),
    st.integers(-3, 300).map(str),
    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.3f}"),
    st.sampled_from(["'a'", "'b'", "'yes'", "'no'", "''", "'2024-01-01'", "'12'", '"x y"', "today()"]),
    st.just("regex(${q0}, '^(a|b)+$')"),
)


def _call(args_strategy):
    return st.sampled_from(sorted(FUNCTION_ARITY)).flatmap(
        lambda f: st.lists(args_strategy, min_size=FUNCTION_ARITY[f], max_size=FUNCTION_ARITY[f]).map(
            lambda args: f"{f}({', '.join(args)})"
        )
    )


ANY_EXPRESSION = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.tuples(
            inner, st.sampled_from(["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"]), inner
        ).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"-{e}"),
        _call(inner),
    ),
    max_leaves=8,
)

ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**14), 10**14),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=string.ascii_letters + " ", max_size=12),
    st.sampled_from(["a", "b", "c", "yes", "no"]),
    st.tuples(st.sampled_from(["a", "b", "c", "d"])),
    st.lists(st.sampled_from(["a", "b", "c"]), max_size=3),
    st.dates(date(1850, 1, 1), date(2100, 1, 1)),
)


@st.composite
def wild_instruments(draw):
    questions = []
    for name in NAMES:
        kind = draw(st.sampled_from(ALL_TYPES))
        question: dict[str, Any] = {"name": name, "type": kind, "label": TEXT, "allow_skip": True}
        if kind in ("select_one", "select_multiple"):
            question["choices"] = [{"value": v, "label": TEXT} for v in CHOICES]
        for key in ("relevant", "required", "constraint"):
            if draw(st.booleans()):
                question[key] = draw(ANY_EXPRESSION)
        if "constraint" in question:
            question["constraint"] = f"({question['constraint']}) or (. = {draw(LEAVES)})"
            question["constraint_message"] = TEXT
        questions.append(question)
    return {
        "id": "wild",
        "version": "1.0",
        "title": TEXT,
        "population": "any",
        "languages": ["en"],
        "default_language": "en",
        "validation_note": TEXT,
        "disclosure": {"law_enforcement": TEXT, "health": TEXT, "social_service": TEXT},
        "positive_rule": draw(ANY_EXPRESSION),
        "sections": [{"name": "only", "title": TEXT, "guidance": TEXT, "questions": questions}],
    }


@SETTINGS
@given(st.data())
def test_random_expressions_and_answers_never_crash(data):
    doc = data.draw(wild_instruments())
    try:
        loaded = load_instrument_text(yaml.safe_dump(doc, sort_keys=False), "wild.yaml")
    except InstrumentInvalid as exc:
        assert all(p.startswith("wild.yaml: ") for p in exc.problems)
        event("instrument refused")
        return
    event("instrument loaded")
    day = data.draw(st.dates(date(2000, 1, 1), date(2040, 1, 1)))
    screening = Screening(loaded, today=lambda: day)
    for _ in range(data.draw(st.integers(0, 10))):
        name = data.draw(st.sampled_from(NAMES))
        status = data.draw(st.sampled_from(list(AnswerStatus)))
        answer = Answer(status, data.draw(ANY_VALUE), skip_reason=data.draw(st.sampled_from(["", "busy"])))
        with contextlib.suppress(AnswerRejected):
            screening.answer(name, answer)
        screening.positive()
        screening.is_complete()
        screening.sections()
    assert Screening.from_json(loaded, screening.to_json(), today=lambda: day).answers() == screening.answers()


# ---- instrument files ----

JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)
VALID = yaml.safe_load(
    "id: m\nversion: '1.0'\ntitle: {en: x}\npopulation: any\nlanguages: [en]\ndefault_language: en\n"
    "validation_note: {en: x}\ndisclosure: {law_enforcement: {en: x}, health: {en: x}, social_service: {en: x}}\n"
    "positive_rule: \"${a} = 'yes'\"\nsections:\n- {name: s, title: {en: x}, guidance: {en: x}, questions: [\n"
    "  {name: a, type: yes_no, label: {en: x}, indicators: [D01]},\n"
    "  {name: b, type: select_one, label: {en: x}, relevant: \"${a} = 'no'\", choices: [\n"
    "    {value: x, label: {en: x}}, {value: y, label: {en: x}}]}]}\n"
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


@SETTINGS
@given(st.data())
def test_mutated_files_give_problems_not_tracebacks(data):
    doc = yaml.safe_load(yaml.safe_dump(VALID))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from([p for p in _paths(doc) if p]))
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(JSONISH)
    text = yaml.safe_dump(doc, allow_unicode=True)
    try:
        load_instrument_text(text, "m.yaml")
    except InstrumentInvalid as exc:
        assert exc.problems and all(p.startswith("m.yaml: ") for p in exc.problems)


@SETTINGS
@given(st.one_of(st.binary(max_size=300), JSONISH.map(lambda d: yaml.safe_dump(d).encode())))
def test_random_files_give_problems_not_tracebacks(data):
    try:
        load_instrument_bytes(data, "r.yaml")
    except InstrumentInvalid as exc:
        assert exc.problems and all(p.startswith("r.yaml: ") for p in exc.problems)
