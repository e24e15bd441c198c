"""Dependency graphs between conditions: cycles (strongly connected components) and an evaluation order.

Both walks use explicit stacks, so a long chain of conditions cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def cycles(depends_on: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Each cycle of the graph once, as a path ``[a, b, ..., a]``, in the order of ``depends_on``.

    Args:
        depends_on: Each node and the nodes it depends on; nodes not listed as keys are ignored.
    """
    found = []
    for component in _strong_components(depends_on):
        members = set(component)
        if len(component) == 1 and component[0] not in depends_on[component[0]]:
            continue
        found.append(_cycle_path(component[0], members, depends_on))
    order = {node: i for i, node in enumerate(depends_on)}
    return sorted(found, key=lambda path: order[path[0]])


def evaluation_order(depends_on: Mapping[str, Sequence[str]]) -> list[str]:
    """The nodes with every node after all it depends on, ties kept in the order of ``depends_on`` (acyclic only)."""
    placed: set[str] = set()
    order: list[str] = []
    for root in depends_on:
        if root in placed:
            continue
        placed.add(root)
        stack = [(root, iter(depends_on[root]))]
        while stack:
            node, pending = stack[-1]
            child = next((c for c in pending if c in depends_on and c not in placed), None)
            if child is None:
                stack.pop()
                order.append(node)
            else:
                placed.add(child)
                stack.append((child, iter(depends_on[child])))
    return order


def _strong_components(depends_on: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion; components start at their first node in ``depends_on`` order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    order = {node: i for i, node in enumerate(depends_on)}
    for root in depends_on:
        if root in index:
            continue
        work = [(root, iter(depends_on[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            child = next((c for c in pending if c in depends_on), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(depends_on[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component, key=order.__getitem__))
    return components


def _cycle_path(start: str, members: set[str], depends_on: Mapping[str, Sequence[str]]) -> list[str]:
    """A shortest path from ``start`` back to itself inside one strongly connected component (breadth first)."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in depends_on[node]:
                if child not in members:
                    continue
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start, *reversed(path[:-1]), start] if node != start else [start, start]
                if child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    return [start, start]
