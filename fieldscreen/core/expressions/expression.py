"""A compiled expression: parsed and checked once, evaluated many times."""

from __future__ import annotations

from dataclasses import dataclass, field

from .checker import Scope, check, references
from .evaluator import Env, evaluate
from .nodes import Node
from .parser import ExpressionError, parse
from .values import Unknown, Value, truth


@dataclass(frozen=True)
class Expression:
    """An expression ready to evaluate.

    Attributes:
        source: The text as the author wrote it.
        tree: The syntax tree.
        references: The question names it reads.
    """

    source: str
    tree: Node = field(repr=False)
    references: frozenset[str] = field(repr=False)

    def evaluate(self, env: Env) -> Value:
        """The value of the expression."""
        return evaluate(self.tree, env)

    def truth(self, env: Env) -> bool | Unknown:
        """The value read as a condition: ``True``, ``False`` or ``UNKNOWN``."""
        return truth(evaluate(self.tree, env))


def compile_expression(source: str, scope: Scope) -> Expression:
    """Parse and check an expression.

    Args:
        source: The expression text.
        scope: The names, choices and ``.`` the expression may use.

    Returns:
        The compiled expression.

    Raises:
        ExpressionError: With every problem found (syntax errors stop the checks, so they come alone).
    """
    tree = parse(source)
    problems = check(tree, scope)
    if problems:
        raise ExpressionError(problems)
    return Expression(source, tree, references(tree))
