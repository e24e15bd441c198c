"""The tree walk that gives an expression its value; never Python ``eval``.

Logic is Kleene's three-valued logic: ``and`` is false as soon as one side is false, ``or`` true as soon as one side
is true, and otherwise UNKNOWN when a side is UNKNOWN. Everything else built from an UNKNOWN is UNKNOWN, except
``coalesce``, which is there to replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from .functions import FUNCTIONS
from .nodes import Binary, Call, Dot, Literal, Negate, Node, Ref
from .values import UNKNOWN, Value, arithmetic, equals, number, order, truth


@dataclass(frozen=True, slots=True)
class Env:
    """What an expression can see.

    Attributes:
        values: The value of each question by name; a name that is missing is UNKNOWN.
        today: The date ``today()`` returns.
        dot: The answer ``.`` stands for (in a constraint).
    """

    values: Mapping[str, Value]
    today: date = field(default_factory=date.today)
    dot: Value = UNKNOWN


def evaluate(node: Node, env: Env) -> Value:
    """The value of the expression rooted at ``node``."""
    return _DISPATCH[node.__class__](node, env)


def _literal(node: Literal, env: Env) -> Value:
    return node.value


def _ref(node: Ref, env: Env) -> Value:
    return env.values.get(node.name, UNKNOWN)


def _dot(node: Dot, env: Env) -> Value:
    return env.dot


def _negate(node: Negate, env: Env) -> Value:
    value = number(evaluate(node.operand, env))
    return UNKNOWN if value is UNKNOWN else -value  # type: ignore[operator]


def _binary(node: Binary, env: Env) -> Value:
    op = node.op
    if op == "and" or op == "or":
        return _logic(op == "and", node, env)
    left = evaluate(node.left, env)
    right = evaluate(node.right, env)
    if op == "=":
        return equals(left, right)
    if op == "!=":
        same = equals(left, right)
        return UNKNOWN if same is UNKNOWN else not same
    if op in ("<", "<=", ">", ">="):
        return order(op, left, right)
    return arithmetic(op, left, right)


def _logic(is_and: bool, node: Binary, env: Env) -> Value:
    """Kleene ``and`` / ``or``; the right side is not evaluated when the left side decides."""
    decisive = not is_and
    left = truth(evaluate(node.left, env))
    if left is decisive:
        return decisive
    right = truth(evaluate(node.right, env))
    if right is decisive:
        return decisive
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    return not decisive


def _if(node: Call, env: Env) -> Value:
    condition = truth(evaluate(node.args[0], env))
    if condition is UNKNOWN:
        return UNKNOWN
    return evaluate(node.args[1] if condition else node.args[2], env)


def _coalesce(node: Call, env: Env) -> Value:
    for arg in node.args:
        value = evaluate(arg, env)
        if value is not UNKNOWN:
            return value
    return UNKNOWN


def _not(node: Call, env: Env) -> Value:
    value = truth(evaluate(node.args[0], env))
    return UNKNOWN if value is UNKNOWN else not value


_SPECIAL_FORMS: dict[str, Callable[[Call, Env], Value]] = {"if": _if, "coalesce": _coalesce, "not": _not}


def _call(node: Call, env: Env) -> Value:
    special = _SPECIAL_FORMS.get(node.name)
    if special is not None:
        return special(node, env)
    impl = FUNCTIONS[node.name].impl
    return impl([evaluate(arg, env) for arg in node.args], env.today)  # type: ignore[misc]


_DISPATCH: dict[type, Callable[..., Value]] = {
    Literal: _literal,
    Ref: _ref,
    Dot: _dot,
    Negate: _negate,
    Binary: _binary,
    Call: _call,
}
