"""Reading an ``.xlsx`` XLSForm with pyxform's own reader: each sheet as rows of text and what each header means.

pyxform keeps empty rows in place, so ``rows[i]`` is spreadsheet row ``i + 2`` (the header is row 1). Python
warnings raised while reading (openpyxl's, pyxform's) become warnings of the report.
"""

from __future__ import annotations

import shutil
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO

from pyxform import aliases
from pyxform.errors import PyXFormError
from pyxform.parsing.sheet_headers import process_header
from pyxform.question import MultipleChoiceQuestion, Option
from pyxform.survey import Survey
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from ..i18n import fill, translate
from .columns import CHOICES, SETTINGS, SURVEY, Tokens
from .report import Cell, Report

MAX_BYTES = 5_000_000
"""Largest workbook accepted; a form with a thousand questions in five languages is well under 1 MB."""

MAX_UNPACKED_BYTES = 50_000_000
"""Most a workbook may unpack to: ten times :data:`MAX_BYTES`, above what a spreadsheet program's zip of that size
unpacks to (forms unpack to about 3.5 times their size); reading one 49 MB cell took 250 MB of memory."""

_ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 64 * 1024
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
"""The only compressions of an Office Open XML package; zipfile inflates bzip2 and LZMA without a bound."""


@dataclass(frozen=True)
class Sheet:
    """One sheet as pyxform read it.

    Attributes:
        name: The sheet's name in lower case (``survey``, ``choices``, ``settings``).
        rows: The rows below the header, each mapping a header as written to the cell's text.
        headers: Each header as written, with the tokens pyxform reads it as.
    """

    name: str
    rows: tuple[dict[str, str], ...]
    headers: dict[str, Tokens]

    def header(self, tokens: Tokens) -> str | None:
        """The header as written that pyxform reads as ``tokens``, if the sheet has one."""
        return next((header for header, found in self.headers.items() if found == tokens), None)

    def cell(self, index: int, column: str | None = None) -> Cell:
        """The place of ``rows[index]`` (and of one of its columns)."""
        return Cell(self.name, index + 2, column)


_HEADER_RULES = {
    SURVEY: (aliases.survey_header, frozenset(MultipleChoiceQuestion.get_slot_names())),
    CHOICES: (aliases.list_header, frozenset(Option.get_slot_names())),
    SETTINGS: (aliases.settings_header, frozenset(Survey.get_slot_names())),
}


def sheet_of(definition: DefinitionData, name: str) -> Sheet | None:
    """The sheet ``name`` of a workbook read by :func:`read_workbook`, or ``None`` when the workbook has none."""
    rows = getattr(definition, name)
    header_rows = getattr(definition, f"{name}_header")
    if rows is None and not header_rows:
        return None
    written = list(header_rows[0]) if header_rows else []
    double_colon = any("::" in header for header in written)
    header_aliases, known = _HEADER_RULES[name]
    headers = {header: process_header(header, double_colon, header_aliases, known)[1] for header in written}
    return Sheet(name, tuple(rows or ()), headers)


def read_workbook(data: bytes, report: Report) -> DefinitionData | None:
    """Read the sheets of an ``.xlsx`` workbook with pyxform; ``None`` (and a problem reported) if it cannot be read."""
    if len(data) > MAX_BYTES:
        report.problem(None, fill(translate("XLSForm", "the file is larger than %1 bytes"), MAX_BYTES))
        return None
    if not data.startswith(_ZIP_MAGIC):
        report.problem(None, translate("XLSForm", "the file is not an Excel workbook (.xlsx); save it as .xlsx"))
        return None
    try:
        with python_warnings_to(report):
            repacked = _repacked(data)
            if repacked is None:
                too_large = translate(
                    "XLSForm",
                    "the workbook unpacks to more than %1 MB; remove pictures and any sheets but survey, choices "
                    "and settings, and save it again",
                )
                report.problem(None, fill(too_large, MAX_UNPACKED_BYTES // 1_000_000))
                return None
            return get_xlsform(repacked, file_type=".xlsx")
    except PyXFormError as exc:
        detail = str(exc) if str(exc).startswith("Duplicate column header") else ""  # else pyxform lists file types
        report.problem(None, ": ".join(filter(None, (translate("XLSForm", "the workbook cannot be read"), detail))))
    except Exception:  # noqa: BLE001 - openpyxl reads an untrusted file; any failure means it cannot be read
        report.problem(None, translate("XLSForm", "the workbook cannot be read"))
    return None


def _repacked(data: bytes) -> bytes | None:
    """The workbook zipped anew, or ``None`` when its files declare more than :data:`MAX_UNPACKED_BYTES` in all.

    The declared sizes can lie. zipfile cuts a file at its declared size, but only after inflating all it was asked
    for, and openpyxl asks for some files whole. Copied here in small pieces, no file unpacks past its declared size,
    and openpyxl reads a zip whose sizes are true.

    Raises:
        zipfile.BadZipFile: ``data`` is no zip, a file in it fails its checksum, or is compressed in another way.
    """
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w") as copy:
        files = source.infolist()
        if sum(info.file_size for info in files) > MAX_UNPACKED_BYTES:
            return None
        for info in files:
            if info.compress_type not in _METHODS:
                raise zipfile.BadZipFile(f"compression method {info.compress_type}")
            with source.open(info) as member, copy.open(info.filename, "w") as target:
                shutil.copyfileobj(member, target, _CHUNK)
    return out.getvalue()


@contextmanager
def python_warnings_to(report: Report) -> Iterator[None]:
    """Turn Python warnings raised inside the block (by openpyxl or pyxform) into warnings of ``report``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        report.warn(None, str(warning.message))
