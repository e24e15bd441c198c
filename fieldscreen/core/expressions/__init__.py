"""The expression language of instruments (XLSForm syntax): parse once, check statically, evaluate by a tree walk.

docs/instruments.md is the author's reference; in short: ``compile_expression(text, Scope(...))`` gives an
:class:`Expression` or raises :class:`ExpressionError` with readable problems, and ``expression.truth(Env(values))``
gives ``True``, ``False`` or :data:`UNKNOWN` under Kleene's three-valued logic.
"""

from __future__ import annotations

from .checker import Scope
from .evaluator import Env
from .expression import Expression, compile_expression
from .functions import FUNCTIONS
from .parser import ExpressionError
from .values import UNKNOWN, Unknown, Value, age_in_years, format_number

__all__ = [
    "FUNCTIONS",
    "UNKNOWN",
    "Env",
    "Expression",
    "ExpressionError",
    "Scope",
    "Unknown",
    "Value",
    "age_in_years",
    "compile_expression",
    "format_number",
]
