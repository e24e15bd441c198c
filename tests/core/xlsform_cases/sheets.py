"""Workbooks for the XLSForm tests, written as YAML: each sheet a list of rows, the first row its headers."""

from __future__ import annotations

import copy
from io import BytesIO
from pathlib import Path
from typing import Any

import openpyxl
import yaml

CASES = Path(__file__).parent

Sheets = dict[str, list[list[Any]]]


def load_sheets(name: str) -> Sheets:
    """The sheets in ``<name>.yaml`` of this folder."""
    return yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))


def workbook_bytes(sheets: Sheets) -> bytes:
    """An .xlsx workbook holding ``sheets`` (numbers stay numbers, as a spreadsheet program would keep them)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def edited(sheets: Sheets, edits: list[dict[str, Any]]) -> Sheets:
    """A copy of ``sheets`` with ``edits`` applied, each one of:

    - ``{set: [sheet, row, header, value]}``: the cell in spreadsheet row ``row`` under ``header``;
    - ``{insert: [sheet, row, {header: value, ...}]}``: a new row placed at spreadsheet row ``row``;
    - ``{rename: [sheet, header, new header]}``;
    - ``{add_column: [sheet, header]}``;
    - ``{drop_sheet: sheet}``.
    """
    out = copy.deepcopy(sheets)
    for edit in edits:
        ((kind, args),) = edit.items()
        if kind == "drop_sheet":
            del out[args]
            continue
        rows = out[args[0]]
        header = rows[0]
        if kind == "set":
            _, row, column, value = args
            cells = rows[row - 1]
            cells.extend([None] * (len(header) - len(cells)))
            cells[header.index(column)] = value
        elif kind == "insert":
            _, row, values = args
            rows.insert(row - 1, [values.get(column) for column in header])
        elif kind == "rename":
            header[header.index(args[1])] = args[2]
        elif kind == "add_column":
            header.append(args[1])
        else:
            raise ValueError(f"unknown edit {kind}")
    return out
