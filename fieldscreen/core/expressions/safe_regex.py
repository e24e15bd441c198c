r"""A regular-expression matcher whose time is linear in the length of the text, for ``regex()``.

Python's ``re`` backtracks: a pattern such as ``(a+)+$`` or ``a*a*a*b`` takes exponential or high polynomial time on
an unlucky answer, and an instrument file must not be able to freeze the interview. Patterns are compiled here to a
Thompson NFA that is run by tracking the set of live states (never backtracking), so matching costs at most
(text length) x (program size) steps, and both are capped.

Supported syntax (the part of XLSForm / XML Schema / Python regular expressions that constraints use): literals,
``.``, ``[...]`` and ``[^...]`` with ranges, ``\d \D \w \W \s \S``, escaped punctuation, ``\n \t \r``, ``^``
and ``$`` (start and end of the text), ``(...)`` and ``(?:...)``, ``|``, ``* + ? {n} {n,} {n,m}`` (a trailing ``?``,
lazy, is accepted and changes nothing for a yes/no match). Not supported, and reported: back-references, look-around,
possessive quantifiers, flags and named groups. Matching is a search: the pattern may match anywhere unless anchored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import fill, translate

MAX_PATTERN = 500
"""Longest pattern accepted, in characters."""
MAX_REPEAT = 100
"""Largest count in ``{n,m}``."""
MAX_PROGRAM = 1_000
"""Largest compiled program; with REGEX_MAX_INPUT this bounds the time of one match."""
MAX_GROUP_DEPTH = 20
_MAX_CACHED_STEPS = 20_000

_CHAR, _SPLIT, _JMP, _BOL, _EOL, _MATCH = range(6)

_CLASS_ESCAPES: dict[str, Callable[[str], bool]] = {
    "d": str.isdecimal,
    "D": lambda c: not c.isdecimal(),
    "w": lambda c: c.isalnum() or c == "_",
    "W": lambda c: not (c.isalnum() or c == "_"),
    "s": str.isspace,
    "S": lambda c: not c.isspace(),
}
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


class RegexError(ValueError):
    """The pattern is not valid or uses a feature the safe matcher does not support."""


@dataclass(frozen=True)
class _CharSet:
    """Which characters one step of the pattern accepts."""

    chars: frozenset[str] = frozenset()
    ranges: tuple[tuple[str, str], ...] = ()
    classes: tuple[Callable[[str], bool], ...] = ()
    negated: bool = False

    def matches(self, char: str) -> bool:
        hit = (
            char in self.chars
            or any(low <= char <= high for low, high in self.ranges)
            or any(test(char) for test in self.classes)
        )
        return hit != self.negated


_ANY = _CharSet(chars=frozenset("\n"), negated=True)


class SafeRegex:
    """A compiled pattern; :meth:`search` runs in time linear in the text.

    The NFA is simulated as a lazily built DFA: each set of live states gets an id, and the step from a set on a
    character is remembered, so a long text usually costs one dictionary look-up per character. The memory is capped;
    when it is full it is forgotten and rebuilt, which never changes a result.
    """

    def __init__(self, program: list[tuple]) -> None:
        self._program = program
        self._ids: dict[tuple[int, ...], int] = {}
        self._sets: list[tuple[int, ...]] = []
        self._accepting: list[bool] = []
        self._steps: dict[tuple[int, str], int] = {}

    def search(self, subject: str) -> bool:
        """Whether the pattern matches anywhere in ``subject``."""
        current = self._closure((0,), at_start=True, at_end=not subject)
        if self._accepting[current]:
            return True
        last = len(subject) - 1
        for pos, char in enumerate(subject):
            step = self._steps.get((current, char))
            if step is None or pos == last:
                step = self._step(current, char, at_end=pos == last)
            if self._accepting[step]:
                return True
            current = step
        return False

    def _step(self, state: int, char: str, at_end: bool) -> int:
        program = self._program
        moved = [pc + 1 for pc in self._sets[state] if program[pc][0] == _CHAR and program[pc][1].matches(char)]
        moved.append(0)
        step = self._closure(tuple(moved), at_start=False, at_end=at_end)
        if not at_end:
            if len(self._steps) > _MAX_CACHED_STEPS:
                self._ids.clear()
                self._sets.clear()
                self._accepting.clear()
                self._steps.clear()
                return self._closure(tuple(moved), at_start=False, at_end=False)
            self._steps[(state, char)] = step
        return step

    def _closure(self, starts: tuple[int, ...], at_start: bool, at_end: bool) -> int:
        """The id of the set of states reachable from ``starts`` without reading a character."""
        program = self._program
        seen: set[int] = set()
        members: list[int] = []
        stack = list(reversed(starts))
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            step = program[pc]
            kind = step[0]
            if kind == _JMP:
                stack.append(step[1])
            elif kind == _SPLIT:
                stack.extend((step[2], step[1]))
            elif kind == _BOL:
                if at_start:
                    stack.append(pc + 1)
            elif kind == _EOL and at_end:
                stack.append(pc + 1)
            else:
                members.append(pc)
        key = tuple(sorted(members))
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self._sets)
            self._sets.append(key)
            self._accepting.append(any(program[pc][0] == _MATCH for pc in key))
        return found


def compile_regex(pattern: str) -> SafeRegex:
    """Compile ``pattern`` for the safe matcher.

    Raises:
        RegexError: The pattern is invalid, unsupported or too large; the message says why.
    """
    if len(pattern) > MAX_PATTERN:
        raise RegexError(fill(translate("Expressions", "the pattern is longer than %1 characters"), MAX_PATTERN))
    tree = _PatternParser(pattern).parse()
    program: list[tuple] = []
    _emit(tree, program)
    program.append((_MATCH,))
    return SafeRegex(program)


def _emit(node: tuple, program: list[tuple]) -> None:
    if len(program) > MAX_PROGRAM:
        raise RegexError(translate("Expressions", "the pattern is too complex"))
    kind = node[0]
    if kind == "set":
        program.append((_CHAR, node[1]))
    elif kind in ("bol", "eol"):
        program.append((_BOL,) if kind == "bol" else (_EOL,))
    elif kind == "cat":
        for child in node[1]:
            _emit(child, program)
    elif kind == "alt":
        _emit_alternation(node[1], program)
    else:
        _emit_repeat(node[1], node[2], node[3], program)


def _emit_alternation(branches: list[tuple], program: list[tuple]) -> None:
    jumps = []
    for branch in branches[:-1]:
        split = len(program)
        program.append(())
        _emit(branch, program)
        jumps.append(len(program))
        program.append(())
        program[split] = (_SPLIT, split + 1, len(program))
    _emit(branches[-1], program)
    for jump in jumps:
        program[jump] = (_JMP, len(program))


def _emit_repeat(body: tuple, low: int, high: int | None, program: list[tuple]) -> None:
    for _ in range(low):
        _emit(body, program)
    if high is None:
        loop = len(program)
        program.append(())
        _emit(body, program)
        program.append((_JMP, loop))
        program[loop] = (_SPLIT, loop + 1, len(program))
        return
    for _ in range(high - low):
        split = len(program)
        program.append(())
        _emit(body, program)
        program[split] = (_SPLIT, split + 1, len(program))


class _PatternParser:
    """Recursive descent over the pattern; nesting is capped, so recursion stays shallow."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0
        self.depth = 0

    def parse(self) -> tuple:
        node = self._alternation()
        if self.pos < len(self.pattern):
            raise self._error(translate("Expressions", "')' at character %1 closes no group"))
        return node

    def _peek(self) -> str:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def _error(self, template: str, *more: object) -> RegexError:
        return RegexError(fill(template, self.pos + 1, *more))

    def _alternation(self) -> tuple:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def _sequence(self) -> tuple:
        items = []
        while self._peek() not in ("", "|", ")"):
            items.append(self._quantified())
        return ("cat", items)

    def _quantified(self) -> tuple:
        atom = self._atom()
        if self._peek() not in ("*", "+", "?", "{"):
            return atom
        if atom[0] in ("bol", "eol"):
            raise self._error(translate("Expressions", "nothing to repeat at character %1"))
        low, high = self._quantifier()
        if self._peek() == "?":
            self.pos += 1
        if self._peek() in ("*", "+", "?", "{"):
            raise self._error(translate("Expressions", "a repeat at character %1 repeats a repeat; use a group"))
        return ("rep", atom, low, high)

    def _quantifier(self) -> tuple[int, int | None]:
        char = self.pattern[self.pos]
        self.pos += 1
        if char != "{":
            return {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        close = self.pattern.find("}", self.pos)
        body = self.pattern[self.pos : close] if close >= 0 else ""
        low_text, comma, high_text = body.partition(",")
        if close < 0 or not low_text.isdigit() or (high_text and not high_text.isdigit()):
            raise self._error(
                translate("Expressions", "'{' at character %1 must be {n}, {n,} or {n,m}; write \\{ for a brace")
            )
        low = int(low_text)
        high = int(high_text) if high_text else (None if comma else low)
        if (high if high is not None else low) > MAX_REPEAT or (high is not None and high < low):
            raise self._error(
                translate("Expressions", "the repeat before character %1 must count from 0 to %2"), MAX_REPEAT
            )
        self.pos = close + 1
        return low, high

    def _atom(self) -> tuple:
        char = self.pattern[self.pos]
        if char in "*+?{":
            raise self._error(translate("Expressions", "nothing to repeat at character %1"))
        self.pos += 1
        if char == "(":
            return self._group()
        if char == "[":
            return ("set", self._char_class())
        if char == "\\":
            return ("set", self._escape())
        if char == ".":
            return ("set", _ANY)
        if char in "^$":
            return ("bol",) if char == "^" else ("eol",)
        return ("set", _CharSet(chars=frozenset(char)))

    def _group(self) -> tuple:
        if self.pattern.startswith("?:", self.pos):
            self.pos += 2
        elif self._peek() == "?":
            raise self._error(translate("Expressions", "the group at character %1 uses an unsupported (?...) form"))
        self.depth += 1
        if self.depth > MAX_GROUP_DEPTH:
            raise RegexError(fill(translate("Expressions", "groups are nested more than %1 deep"), MAX_GROUP_DEPTH))
        node = self._alternation()
        if self._peek() != ")":
            raise self._error(translate("Expressions", "a group is not closed with ')' at character %1"))
        self.pos += 1
        self.depth -= 1
        return node

    def _escape(self) -> _CharSet:
        if self.pos >= len(self.pattern):
            raise self._error(translate("Expressions", "the pattern ends with a lone \\ at character %1"))
        char = self.pattern[self.pos]
        self.pos += 1
        if char in _CLASS_ESCAPES:
            return _CharSet(classes=(_CLASS_ESCAPES[char],))
        if char in _CONTROL_ESCAPES:
            return _CharSet(chars=frozenset(_CONTROL_ESCAPES[char]))
        if not char.isalnum():
            return _CharSet(chars=frozenset(char))
        self.pos -= 1
        raise self._error(translate("Expressions", "the escape at character %1 is not supported"))

    def _char_class(self) -> _CharSet:
        negated = self._peek() == "^"
        if negated:
            self.pos += 1
        chars: set[str] = set()
        ranges: list[tuple[str, str]] = []
        classes: list[Callable[[str], bool]] = []
        first = True
        while True:
            if self.pos >= len(self.pattern):
                raise self._error(translate("Expressions", "a '[' is not closed with ']' (character %1)"))
            char = self.pattern[self.pos]
            if char == "]" and not first:
                self.pos += 1
                return _CharSet(frozenset(chars), tuple(ranges), tuple(classes), negated)
            first = False
            self.pos += 1
            if char == "\\":
                item = self._escape()
                if item.classes:
                    classes.extend(item.classes)
                    continue
                (char,) = item.chars
            if self._peek() == "-" and self.pattern[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                high = self.pattern[self.pos]
                self.pos += 1
                if high == "\\":
                    (high,) = self._escape().chars or {""}
                if not high or high < char:
                    raise self._error(translate("Expressions", "the range ending before character %1 is backwards"))
                ranges.append((char, high))
            else:
                chars.add(char)
