"""Text to syntax tree, with lark's LALR parser; syntax errors become one readable sentence."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ..i18n import fill, translate
from .grammar import GRAMMAR
from .nodes import Binary, Call, Dot, Literal, Negate, Node, Ref, depth

MAX_LENGTH = 4000
"""Longest expression accepted, in characters."""
MAX_DEPTH = 60
"""Deepest nesting accepted (operators, calls and parentheses), which keeps evaluation far from Python's limits."""

_BARE_WORD = re.compile(r"([a-z]+(?:-[a-z]+)*)\s*\Z")
_PAREN_OR_TEXT = re.compile(r"'[^']*'|\"[^\"]*\"|[()]")
_VALUE_STARTS = {"NUMBER", "STRING", "REF", "DOT", "FUNC", "LPAR", "MINUS"}


class ExpressionError(ValueError):
    """An expression cannot be used; ``problems`` are readable sentences without a location."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class _NumberTooLarge(Exception):
    def __init__(self, token: Token) -> None:
        self.token = token


@v_args(inline=True)
class _ToNodes(Transformer):
    def number(self, token: Token) -> Literal:
        value = float(token)
        if not math.isfinite(value):
            raise _NumberTooLarge(token)
        return Literal(value)

    def string(self, token: Token) -> Literal:
        return Literal(str(token)[1:-1])

    def ref(self, token: Token) -> Ref:
        return Ref(str(token)[2:-1])

    def dot(self, _token: Token) -> Dot:
        return Dot()

    def negate(self, _minus: Token, operand: Node) -> Negate:
        return Negate(operand)

    def binary(self, left: Node, op: Token, right: Node) -> Binary:
        return Binary(str(op), left, right)

    def call(self, name: Token, arguments: list[Node] | None) -> Call:
        return Call(str(name), tuple(arguments or ()))

    def arguments(self, *args: Node) -> list[Node]:
        return list(args)


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr", transformer=_ToNodes())


def parse(source: str) -> Node:
    """Parse one expression.

    Args:
        source: The expression text, for example ``${age} < 18 and selected(${work}, 'farm')``.

    Returns:
        The root of the syntax tree.

    Raises:
        ExpressionError: The text is empty, too long, too deeply nested or not a valid expression.
    """
    if not source.strip():
        raise ExpressionError([translate("Expressions", "the expression is empty")])
    if len(source) > MAX_LENGTH:
        raise ExpressionError(
            [fill(translate("Expressions", "the expression is longer than %1 characters"), MAX_LENGTH)]
        )
    try:
        tree = _parser().parse(source)
    except _NumberTooLarge as exc:
        at = (exc.token.start_pos or 0) + 1
        raise ExpressionError([fill(translate("Expressions", "the number at character %1 is too large"), at)]) from None
    except UnexpectedInput as exc:
        raise ExpressionError([_describe(exc, source)]) from None
    if depth(tree) > MAX_DEPTH:
        raise ExpressionError(
            [fill(translate("Expressions", "the expression is nested more than %1 levels deep"), MAX_DEPTH)]
        )
    return tree


def _describe(exc: UnexpectedInput, source: str) -> str:
    if isinstance(exc, UnexpectedCharacters):
        return _unexpected_character(source, exc.pos_in_stream)
    at_end = not isinstance(exc, UnexpectedToken) or exc.token.type == "$END"
    pos = len(source) if at_end else (exc.token.start_pos or 0)
    expected = exc.expected if isinstance(exc, UnexpectedToken | UnexpectedEOF) else set()
    word = _BARE_WORD.search(source, 0, pos)
    if expected == {"LPAR"} and word:
        return fill(
            translate(
                "Expressions",
                "'%1' at character %2 is not a value: write ${%1} for a question, '%1' for text or %1() for a function",
            ),
            word.group(1),
            word.start(1) + 1,
        )
    if expected and expected <= _VALUE_STARTS:
        hint = translate("Expressions", " (a value is missing)")
    elif _open_parentheses(source[:pos]) > 0:
        hint = translate("Expressions", " (expected ')')")
    else:
        hint = ""
    if at_end:
        return fill(translate("Expressions", "the expression ends too early%1"), hint)
    return fill(translate("Expressions", "unexpected '%1' at character %2%3"), exc.token, pos + 1, hint)


def _unexpected_character(source: str, pos: int) -> str:
    char = source[pos]
    at = pos + 1
    if char in "'\"":
        return fill(translate("Expressions", "the text starting at character %1 is not closed with %2"), at, char)
    if char == "$":
        return fill(
            translate("Expressions", "a question reference at character %1 must look like ${name}"),
            at,
        )
    return fill(translate("Expressions", "unexpected character '%1' at character %2"), char, at)


def _open_parentheses(text: str) -> int:
    """How many '(' are still open at the end of ``text``, ignoring quoted text."""
    balance = 0
    for match in _PAREN_OR_TEXT.finditer(text):
        token = match.group(0)
        balance += 1 if token == "(" else -1 if token == ")" else 0
    return balance
