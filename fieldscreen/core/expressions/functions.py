"""The functions expressions may call: their arity for the checker and their meaning for the evaluator.

``if``, ``coalesce`` and ``not`` are evaluated by the evaluator itself (``if`` and ``coalesce`` evaluate only the
arguments they need); every other function gets its arguments already evaluated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .safe_regex import SafeRegex, compile_regex
from .values import UNKNOWN, Value, number, text, truth

REGEX_MAX_INPUT = 10_000
"""``regex()`` gives UNKNOWN for longer text: the matcher is linear, this bounds its time."""

Impl = Callable[[Sequence[Value], date], Value]


@dataclass(frozen=True)
class FunctionSpec:
    """A function's name, how many arguments it takes (``max_args`` ``None``: any number) and its meaning.

    ``impl`` is ``None`` for the functions the evaluator handles itself.
    """

    name: str
    min_args: int
    max_args: int | None
    impl: Impl | None


def _selection(value: Value) -> tuple[str, ...] | None:
    if value is UNKNOWN:
        return None
    if isinstance(value, tuple):
        return value
    words = text(value)
    return tuple(words.split()) if isinstance(words, str) else None


def _selected(args: Sequence[Value], _today: date) -> Value:
    chosen, wanted = _selection(args[0]), text(args[1])
    if chosen is None or wanted is UNKNOWN:
        return UNKNOWN
    return wanted in chosen


def _count_selected(args: Sequence[Value], _today: date) -> Value:
    chosen = _selection(args[0])
    return UNKNOWN if chosen is None else len(chosen)


def _string_length(args: Sequence[Value], _today: date) -> Value:
    words = text(args[0])
    return UNKNOWN if words is UNKNOWN else len(words)  # type: ignore[arg-type]


def _int(args: Sequence[Value], _today: date) -> Value:
    value = number(args[0])
    return UNKNOWN if value is UNKNOWN else float(math.trunc(value))  # type: ignore[arg-type]


def _regex(args: Sequence[Value], _today: date) -> Value:
    subject, pattern = text(args[0]), text(args[1])
    if subject is UNKNOWN or pattern is UNKNOWN or len(subject) > REGEX_MAX_INPUT:  # type: ignore[arg-type]
        return UNKNOWN
    return _compiled(pattern).search(subject)  # type: ignore[arg-type]


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> SafeRegex:
    return compile_regex(pattern)


def _concat(args: Sequence[Value], _today: date) -> Value:
    parts = [text(arg) for arg in args]
    return UNKNOWN if any(part is UNKNOWN for part in parts) else "".join(parts)  # type: ignore[arg-type]


FUNCTIONS: dict[str, FunctionSpec] = {
    spec.name: spec
    for spec in (
        FunctionSpec("selected", 2, 2, _selected),
        FunctionSpec("count-selected", 1, 1, _count_selected),
        FunctionSpec("string-length", 1, 1, _string_length),
        FunctionSpec("if", 3, 3, None),
        FunctionSpec("coalesce", 2, 2, None),
        FunctionSpec("not", 1, 1, None),
        FunctionSpec("today", 0, 0, lambda _args, today: today),
        FunctionSpec("int", 1, 1, _int),
        FunctionSpec("number", 1, 1, lambda args, _today: number(args[0])),
        FunctionSpec("regex", 2, 2, _regex),
        FunctionSpec("true", 0, 0, lambda _args, _today: True),
        FunctionSpec("false", 0, 0, lambda _args, _today: False),
        FunctionSpec("string", 1, 1, lambda args, _today: text(args[0])),
        FunctionSpec("boolean", 1, 1, lambda args, _today: truth(args[0])),
        FunctionSpec("concat", 1, None, _concat),
    )
}
"""Every function an expression may call, by name."""
