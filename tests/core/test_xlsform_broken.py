"""Malformed XLSForms: each gives exactly one clear problem naming the sheet, the row and the column; no traceback.

Every case in xlsform_cases/broken.yaml is the valid form xlsform_cases/base.yaml with one defect; ``expect`` is the
problem the import must report. Cases that are not spreadsheets at all are written here.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest
import yaml
from xlsform_cases.sheets import CASES, edited, load_sheets, workbook_bytes

from fieldscreen.core.xlsform import XLSFormInvalid, import_xlsform
from fieldscreen.core.xlsform.workbook import MAX_BYTES

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
