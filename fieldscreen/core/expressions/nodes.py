"""The syntax tree of an expression: small immutable nodes, walked without recursion where depth is not yet known."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class Node:
    """Base of all expression nodes."""

    __slots__ = ()

    def children(self) -> tuple[Node, ...]:
        """The direct sub-expressions."""
        return ()


@dataclass(frozen=True, slots=True)
class Literal(Node):
    """A quoted text or a number (numbers are floats, as in XPath)."""

    value: str | float


@dataclass(frozen=True, slots=True)
class Ref(Node):
    """``${name}``: the value of another question."""

    name: str


@dataclass(frozen=True, slots=True)
class Dot(Node):
    """``.``: the answer being checked (constraints only)."""


@dataclass(frozen=True, slots=True)
class Negate(Node):
    """Unary minus."""

    operand: Node

    def children(self) -> tuple[Node, ...]:
        """The negated expression."""
        return (self.operand,)


@dataclass(frozen=True, slots=True)
class Binary(Node):
    """``left op right`` with ``op`` one of ``or and = != < <= > >= + - * div mod``."""

    op: str
    left: Node
    right: Node

    def children(self) -> tuple[Node, ...]:
        """Both operands."""
        return (self.left, self.right)


@dataclass(frozen=True, slots=True)
class Call(Node):
    """A function call such as ``selected(${work}, 'farm')``."""

    name: str
    args: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        """The arguments, in order."""
        return self.args


def walk(root: Node) -> Iterator[Node]:
    """Every node of the tree, parents before children, left to right, with an explicit stack."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children()))


def depth(root: Node) -> int:
    """The number of nodes on the longest path from ``root`` to a leaf, computed without recursion."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in node.children())
    return deepest
