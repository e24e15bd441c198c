"""Hypothesis strategies of the fuzz test: damaged bytes, damaged YAML documents and edited XLSForm sheets."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(["${age}", "${x} > ", "selected(.,", "yes", "no", "", "en", "any", "adult", "D01", "1.0.0"])
)
VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def damaged_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` after one to four random edits: a byte changed, a run deleted, bytes inserted, a run repeated,
    or the end cut off."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            data += draw(st.binary(min_size=1, max_size=8))
            continue
        at = draw(st.integers(0, len(data) - 1))
        end = min(len(data), at + draw(st.integers(1, 64)))
        kind = draw(st.sampled_from(["flip", "delete", "insert", "repeat", "cut"]))
        if kind == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "delete":
            del data[at:end]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "repeat":
            data[at:at] = data[at:end]
        else:
            del data[at:]
    return bytes(data)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


@st.composite
def damaged_document(draw: st.DrawFn, original: Any) -> Any:
    """A parsed YAML document with one to three places replaced by random values or removed."""
    doc = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(doc)))
        if not path:
            doc = draw(VALUES)
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()):
            parent[path[-1]] = draw(VALUES)
        elif isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
    return doc


CELL_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=30)
"""Text a spreadsheet cell can hold (openpyxl refuses control characters)."""
CELL_VALUES = (
    st.none()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False)
    | CELL_TEXT
    | st.sampled_from(
        [
            "select_one yesno",
            "begin_group",
            "end_group",
            "begin_repeat",
            "calculate",
            "${age}",
            "${nope} = 1",
            "(((",
            "yes",
        ]
    )
)


@st.composite
def edited_sheets(draw: st.DrawFn, sheets: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    """XLSForm sheets with one to four cells changed, rows duplicated or deleted, or a header renamed."""
    out = copy.deepcopy(sheets)
    for _ in range(draw(st.integers(1, 4))):
        rows = out[draw(st.sampled_from(sorted(out)))]
        row = draw(st.integers(0, len(rows) - 1))
        kind = draw(st.sampled_from(["cell", "cell", "duplicate", "delete"]))
        if kind == "cell":
            cells = rows[row]
            column = draw(st.integers(0, len(rows[0]) - 1))
            cells.extend([None] * (column + 1 - len(cells)))
            cells[column] = draw(CELL_VALUES)
        elif kind == "duplicate":
            rows.insert(row, list(rows[row]))
        elif len(rows) > 1:
            del rows[row]
    return out
