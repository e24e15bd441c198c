"""Malformed XLSForms: each gives exactly one clear problem naming the sheet, the row and the column; no traceback.

Every case in xlsform_cases/broken.yaml is the valid form xlsform_cases/base.yaml with one defect; ``expect`` is the
problem the import must report. Cases that are not spreadsheets at all are written here.
"""

from __future__ import annotations

import re
import tracemalloc
import zipfile
import zlib
from io import BytesIO

import pytest
import yaml
from xlsform_cases.sheets import CASES, edited, load_sheets, workbook_bytes

from fieldscreen.core.xlsform import XLSFormInvalid, import_xlsform
from fieldscreen.core.xlsform.workbook import MAX_BYTES, MAX_UNPACKED_BYTES

BROKEN = yaml.safe_load((CASES / "broken.yaml").read_text(encoding="utf-8"))
BASE = load_sheets("base")
PLACE = re.compile(r"^case\.xlsx: (survey|choices|settings)( row \d+)?(, column (?:[^:]|::)+)?: \S")


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(XLSFormInvalid) as caught:
        import_xlsform(data, "case.xlsx")
    return caught.value.problems


def test_the_base_form_is_valid():
    assert import_xlsform(workbook_bytes(BASE), "case.xlsx").loaded.instrument.id == "example"


def test_there_are_at_least_twenty_kinds():
    assert len(BROKEN) >= 20


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_form_gives_its_one_problem(name):
    case = BROKEN[name]
    problems = problems_of(workbook_bytes(edited(BASE, case["edits"])))
    assert problems == [f"case.xlsx: {case['expect']}"]
    assert PLACE.match(problems[0]), problems[0]


def test_cell_problems_name_the_row_and_the_column():
    whole_sheet = {"missing_survey_sheet", "missing_choices_sheet", "missing_settings_sheet"}
    for name, case in BROKEN.items():
        if name not in whole_sheet:
            assert re.match(r"^(survey|choices|settings) row \d+, column .+?: ", case["expect"]), name


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"id,version\nx,1\n", "case.xlsx: the file is not an Excel workbook (.xlsx); save it as .xlsx"),
        (b"PK\x03\x04 but not really a zip", "case.xlsx: the workbook cannot be read"),
        (b"PK\x03\x04" + bytes(MAX_BYTES), f"case.xlsx: the file is larger than {MAX_BYTES} bytes"),
    ],
    ids=["csv", "broken_zip", "too_large"],
)
def test_a_file_that_is_no_workbook_gives_one_problem(data, expected):
    assert problems_of(data) == [expected]


def test_a_zip_that_is_no_workbook_gives_one_problem():
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert problems_of(out.getvalue()) == ["case.xlsx: the workbook cannot be read"]


def test_every_problem_of_a_pass_is_reported():
    sheets = edited(BASE, [{"set": ["survey", 3, "type", "geopoint"]}, {"set": ["survey", 9, "name", "job"]}])
    assert problems_of(workbook_bytes(sheets)) == [
        "case.xlsx: survey row 3, column type: 'geopoint' is not supported",
        "case.xlsx: survey row 9, column name: the name 'job' is already used in row 7",
    ]


LETTERS = b"a" * 1_000_000


def _inflated(workbook: bytes, member: str, after: bytes, size: int) -> bytes:
    """``workbook`` with ``size`` letters written into ``member`` after the first ``after``, zipped to a few kB."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(workbook)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            head, found, tail = source.read(info).partition(after)
            with bomb.open(info.filename, "w") as target:
                target.write(head + found)
                for _ in range(size // len(LETTERS) if info.filename == member else 0):
                    target.write(LETTERS)
                target.write(tail)
    return out.getvalue()


def _declaring(data: bytes, member: str, size: int) -> bytes:
    """``data`` whose zip headers lie: they give ``member`` the size ``size`` and the checksum of its first bytes."""
    with zipfile.ZipFile(BytesIO(data)) as archive, archive.open(member) as opened:
        crc = zlib.crc32(opened.read(size))
    lying = bytearray(data)
    for signature, name_at, crc_at, size_at in ((b"PK\x03\x04", 30, 14, 22), (b"PK\x01\x02", 46, 16, 24)):
        at = lying.find(signature)
        while at >= 0:
            if lying[at + name_at :].startswith(member.encode()):
                lying[at + crc_at : at + crc_at + 4] = crc.to_bytes(4, "little")
                lying[at + size_at : at + size_at + 4] = size.to_bytes(4, "little")
            at = lying.find(signature, at + 1)
    return bytes(lying)


def test_a_workbook_that_unpacks_too_large_is_refused():
    """A zip bomb: a file of a few kB with one cell of 50 MB is refused before openpyxl reads it."""
    marked = workbook_bytes(edited(BASE, [{"set": ["survey", 3, "hint::English (en)", "MARK"]}]))
    bomb = _inflated(marked, "xl/worksheets/sheet1.xml", b"MARK", MAX_UNPACKED_BYTES)
    assert len(bomb) < 200_000
    assert problems_of(bomb) == [
        "case.xlsx: the workbook unpacks to more than 50 MB; remove pictures and any sheets but survey, choices and "
        "settings, and save it again"
    ]


def test_a_zip_that_lies_about_its_sizes_is_never_unpacked_in_full():
    """openpyxl reads [Content_Types].xml whole; zipfile would inflate all of it before cutting it at the size given."""
    workbook = workbook_bytes(BASE)
    member = "[Content_Types].xml"
    with zipfile.ZipFile(BytesIO(workbook)) as archive:
        size = archive.getinfo(member).file_size
    bomb = _declaring(_inflated(workbook, member, b'ContentType="', 2 * MAX_UNPACKED_BYTES), member, size)
    tracemalloc.start()
    try:
        assert problems_of(bomb) == ["case.xlsx: the workbook cannot be read"]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_UNPACKED_BYTES // 5


def test_a_workbook_compressed_otherwise_than_a_spreadsheet_program_does_cannot_be_read():
    """Office files are stored or deflated; zipfile inflates bzip2 and LZMA without a bound (a few kB to gigabytes)."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(workbook_bytes(BASE))) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, source.read(info), zipfile.ZIP_BZIP2)
    assert problems_of(out.getvalue()) == ["case.xlsx: the workbook cannot be read"]
