"""Values, the UNKNOWN value and the conversions between them (XPath 1.0 rules, with three-valued logic).

A value is text (``str``), a number (``int`` or ``float``), a boolean, a date, the tuple of values chosen in a
``select_multiple`` question, or :data:`UNKNOWN`: an unanswered, declined, don't-know, skipped or hidden question, and
anything computed from one. Numbers that are not finite (division by zero, text that is not a number) are UNKNOWN too.
docs/instruments.md explains every rule here to instrument authors.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

EPOCH = date(1970, 1, 1)
"""Dates used as numbers count days from this day, as ODK does."""

_NUMBER_TEXT = re.compile(r"\s*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*\Z")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class Unknown:
    """The type of :data:`UNKNOWN`; there is only one instance."""

    __slots__ = ()
    _instance: Unknown | None = None

    def __new__(cls) -> Unknown:
        """The one instance."""
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        raise TypeError("UNKNOWN has no Python truth value; use values.truth() and test 'is UNKNOWN'")


UNKNOWN = Unknown()
"""The value of anything not known: Kleene's third truth value, and NaN."""

Value = str | int | float | bool | date | tuple[str, ...] | Unknown
"""Anything an expression can produce or read."""


def truth(value: Value) -> bool | Unknown:
    """XPath ``boolean()``: numbers are true unless 0, text and selections unless empty; UNKNOWN stays UNKNOWN."""
    if value is UNKNOWN or value is True or value is False:
        return value  # type: ignore[return-value]
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str | tuple):
        return len(value) > 0
    return True


def number(value: Value) -> float | Unknown:
    """XPath ``number()`` as a finite float; text that is not a plain decimal number becomes UNKNOWN.

    Booleans are 1 and 0, dates count days since 1970-01-01, a selection is read as its space-separated text.
    """
    if value is UNKNOWN:
        return UNKNOWN
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        try:
            result = float(value)
        except OverflowError:
            return UNKNOWN
        return result if math.isfinite(result) else UNKNOWN
    if isinstance(value, date):
        return float((value - EPOCH).days)
    text = " ".join(value) if isinstance(value, tuple) else value
    if isinstance(text, str) and _NUMBER_TEXT.match(text):
        return float(text)
    return UNKNOWN


def text(value: Value) -> str | Unknown:
    """XPath ``string()``; UNKNOWN stays UNKNOWN.

    Numbers are written without a needless ``.0`` and never in exponent form, booleans as ``true``/``false``, dates as
    ``YYYY-MM-DD``, a selection as its values separated by spaces.
    """
    if value is UNKNOWN or isinstance(value, str):
        return value  # type: ignore[return-value]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(value)  # type: ignore[arg-type]


def format_number(value: int | float) -> str:
    """A finite number as XPath writes it: ``3`` not ``3.0``, ``0.5``, ``-12.25``, no exponent."""
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    digits = format(Decimal(repr(value)), "f")
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def as_date(value: Value) -> date | None:
    """A date, or ``YYYY-MM-DD`` text read as one; anything else gives ``None``."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def equals(left: Value, right: Value) -> bool | Unknown:
    """XPath ``=`` with UNKNOWN: booleans compare as booleans, then numbers as numbers, dates as dates, else text."""
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    if type(left) is str and type(right) is str:
        return left == right
    if isinstance(left, bool) or isinstance(right, bool):
        return truth(left) == truth(right)
    if isinstance(left, date) or isinstance(right, date):
        return _compare_dates(left, right, "=")
    if isinstance(left, int | float) or isinstance(right, int | float):
        a, b = number(left), number(right)
        if a is UNKNOWN or b is UNKNOWN:
            return UNKNOWN
        return a == b
    return text(left) == text(right)


def order(op: str, left: Value, right: Value) -> bool | Unknown:
    """XPath ``< <= > >=``: dates (or ``YYYY-MM-DD`` text beside a date) as dates, everything else as numbers."""
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    if isinstance(left, date) or isinstance(right, date):
        return _compare_dates(left, right, op)
    a, b = number(left), number(right)
    if a is UNKNOWN or b is UNKNOWN:
        left_date, right_date = as_date(left), as_date(right)
        if left_date and right_date:
            return _ORDER[op](left_date, right_date)
        return UNKNOWN
    return _ORDER[op](a, b)


def _compare_dates(left: Value, right: Value, op: str) -> bool | Unknown:
    a, b = as_date(left), as_date(right)
    if a is None or b is None:
        a_num, b_num = number(left), number(right)
        if a_num is UNKNOWN or b_num is UNKNOWN:
            return UNKNOWN
        return _ORDER[op](a_num, b_num)
    return _ORDER[op](a, b)


_ORDER = {
    "=": lambda a, b: a == b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def arithmetic(op: str, left: Value, right: Value) -> float | Unknown:
    """``+ - * div mod`` on numbers; UNKNOWN in, division by zero or an overflow give UNKNOWN.

    ``mod`` keeps the sign of the dividend, as in XPath (``-7 mod 3`` is ``-1``).
    """
    a, b = number(left), number(right)
    if a is UNKNOWN or b is UNKNOWN:
        return UNKNOWN
    if op == "+":
        result = a + b
    elif op == "-":
        result = a - b
    elif op == "*":
        result = a * b
    elif b == 0:
        return UNKNOWN
    elif op == "div":
        result = a / b
    else:
        result = math.fmod(a, b)
    return result if math.isfinite(result) else UNKNOWN


def age_in_years(born: date, on: date) -> int:
    """Whole years from ``born`` to ``on`` (the age on that day)."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years
