"""Static checks on a parsed expression: names, functions, arity, ``.``, choice values and regex patterns."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..i18n import fill, translate
from .functions import FUNCTIONS
from .nodes import Binary, Call, Dot, Literal, Node, Ref, walk
from .safe_regex import RegexError, compile_regex


@dataclass(frozen=True)
class Scope:
    """What an expression may refer to.

    Attributes:
        names: Questions that have a value.
        notes: Questions that exist but never have a value (notes).
        choices: For each choice question, its choice values (``yes``/``no`` for yes/no questions).
        multiple: The choice questions that allow several choices (``select_multiple``).
        allow_dot: Whether ``.`` (the answer being checked) may be used: in constraints only.
    """

    names: frozenset[str]
    notes: frozenset[str] = frozenset()
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    multiple: frozenset[str] = frozenset()
    allow_dot: bool = False


def references(tree: Node) -> frozenset[str]:
    """The question names the expression reads with ``${name}``."""
    return frozenset(node.name for node in walk(tree) if isinstance(node, Ref))


def check(tree: Node, scope: Scope) -> list[str]:
    """Every problem in the expression, each once, in reading order (an empty list when it is fine)."""
    problems: list[str] = []
    for node in walk(tree):
        if isinstance(node, Ref):
            problems.extend(_check_ref(node, scope))
        elif isinstance(node, Dot) and not scope.allow_dot:
            problems.append(translate("Expressions", "'.' (this answer) can only be used in a constraint"))
        elif isinstance(node, Call):
            problems.extend(_check_call(node, scope))
        elif isinstance(node, Binary) and node.op in ("=", "!="):
            problems.extend(_check_comparison(node, scope))
    return list(dict.fromkeys(problems))


def _check_ref(node: Ref, scope: Scope) -> list[str]:
    if node.name in scope.names:
        return []
    if node.name in scope.notes:
        return [fill(translate("Expressions", "'%1' is a note and has no answer"), node.name)]
    message = fill(translate("Expressions", "unknown question '%1'"), node.name)
    return [message + _suggestion(node.name, scope.names)]


def _check_call(node: Call, scope: Scope) -> list[str]:
    spec = FUNCTIONS.get(node.name)
    if spec is None:
        message = fill(translate("Expressions", "unknown function '%1()'"), node.name)
        return [message + _suggestion(node.name, [f"{name}()" for name in FUNCTIONS], suffix="()")]
    count = len(node.args)
    if spec.max_args is None and count < spec.min_args:
        return [
            fill(
                translate("Expressions", "%1() needs at least %n argument(s), not %2", None, spec.min_args),
                node.name,
                count,
            )
        ]
    if spec.max_args is not None and not spec.min_args <= count <= spec.max_args:
        return [
            fill(translate("Expressions", "%1() takes %n argument(s), not %2", None, spec.min_args), node.name, count)
        ]
    if node.name == "regex":
        return _check_pattern(node.args[1])
    if node.name == "selected":
        return _check_choice(node.args[0], node.args[1], scope, multiple_ok=True)
    return []


def _check_pattern(pattern: Node) -> list[str]:
    if not isinstance(pattern, Literal) or not isinstance(pattern.value, str):
        return [translate("Expressions", "the pattern of regex() must be quoted text")]
    try:
        compile_regex(pattern.value)
    except RegexError as exc:
        return [fill(translate("Expressions", "regex() pattern '%1': %2"), pattern.value, exc)]
    return []


def _check_comparison(node: Binary, scope: Scope) -> list[str]:
    return _check_choice(node.left, node.right, scope, multiple_ok=False) + _check_choice(
        node.right, node.left, scope, multiple_ok=False
    )


def _check_choice(ref: Node, literal: Node, scope: Scope, multiple_ok: bool) -> list[str]:
    """``'farm'`` beside ``${work}`` must be one of the choices of ``work``."""
    if not isinstance(ref, Ref) or not isinstance(literal, Literal) or not isinstance(literal.value, str):
        return []
    values = scope.choices.get(ref.name)
    if values is None or literal.value in values or (ref.name in scope.multiple and not multiple_ok):
        return []
    return [
        fill(
            translate("Expressions", "'%1' is not a choice of '%2' (choices: %3)"),
            literal.value,
            ref.name,
            ", ".join(values),
        )
    ]


def _suggestion(word: str, known: Iterable[str], suffix: str = "") -> str:
    close = difflib.get_close_matches(word + suffix, list(known), n=1, cutoff=0.75)
    return fill(translate("Expressions", " (did you mean '%1'?)"), close[0]) if close else ""
