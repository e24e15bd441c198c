"""Broken instrument files: each gives exactly one clear problem naming the file and the location, never a traceback.

Every file in tests/core/broken/ is a small valid instrument with one defect; its first line says the problem
expected (``# expect: LOCATION: MESSAGE``). Further cases are generated here because they are large or binary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldscreen.core.instrument_loader import InstrumentInvalid, load_instrument_bytes, load_instrument_file

BROKEN = Path(__file__).parent / "broken"
FILES = sorted(BROKEN.glob("*.yaml"))
VALID = (Path(__file__).parent / "data" / "instruments" / "demo" / "1.0.0.yaml").read_bytes()


def problems_of(load) -> list[str]:
    with pytest.raises(InstrumentInvalid) as caught:
        load()
    return caught.value.problems


def test_there_are_at_least_twenty_kinds():
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_broken_file_gives_its_one_problem(path):
    first_line = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    assert first_line.startswith("# expect: ")
    expected = f"{path.name}: {first_line.removeprefix('# expect: ')}"

    assert problems_of(lambda: load_instrument_file(path, path.name)) == [expected]


def test_problems_name_the_file_as_given_by_default():
    path = BROKEN / "unknown_reference.yaml"
    (problem,) = problems_of(lambda: load_instrument_file(path))
    assert problem.startswith(f"{path}: sections[0].questions[2].relevant: unknown question 'agee'")


def test_the_known_error_lists_every_problem_and_advice():
    with pytest.raises(InstrumentInvalid) as caught:
        load_instrument_file(BROKEN / "missing_translation.yaml", "x.yaml")
    assert str(caught.value).startswith("x.yaml: sections[0].questions[0].label: missing translation: es")
    assert caught.value.advice


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"id: x\n" + b"#" * 1_000_001, "big.yaml: (file): is larger than 1000000 bytes"),
        (b"a: " + b"[" * 5000 + b"]" * 5000, "big.yaml: (file): is nested too deeply"),
        (b"a: " + b"[" * 30 + b"]" * 30, "big.yaml: (file): is nested too deeply"),
        (b"a: &loop [*loop]", "big.yaml: (file): is nested too deeply"),
        (b"\x00\x01\x02\xff\xfe", "big.yaml: line 1: is not UTF-8 text (byte 0xff); save the file as UTF-8"),
        (
            b"id: a\n---\nid: b\n",
            "big.yaml: line 2, column 1: YAML syntax: expected a single document in the stream, "
            "but found another document",
        ),
        (b"id: !!python/object:os.system x\n", None),
        (b"just words", "big.yaml: (file): must hold one instrument: a mapping of keys such as id, version, sections"),
        (b"a: !!int 9" + b"9" * 5000, None),
        (b"id: x\nlabel: \x07", "big.yaml: line 2: holds the control character U+0007, which YAML does not allow"),
    ],
    ids=[
        "huge",
        "deep-brackets",
        "nested-31",
        "alias-loop",
        "binary",
        "two-documents",
        "python-tag",
        "scalar",
        "huge-int",
        "control-char",
    ],
)
def test_hostile_files_give_one_problem(data, expected):
    (problem,) = problems_of(lambda: load_instrument_bytes(data, "big.yaml"))
    assert problem.startswith("big.yaml: ")
    if expected:
        assert problem == expected


def test_no_tracebacks_from_a_file_cut_anywhere():
    for end in range(0, len(VALID), 97):
        try:
            load_instrument_bytes(VALID[:end], "cut.yaml")
        except InstrumentInvalid as exc:
            assert all(p.startswith("cut.yaml: ") for p in exc.problems)


def test_all_structural_problems_are_reported_together():
    text = VALID.decode().replace("population: any", "population: everyone").replace('version: "1.0.0"', "")
    text = text.replace("        allow_skip: true\n", "        allow_skip: maybe\n", 1)
    problems = problems_of(lambda: load_instrument_bytes(text.encode(), "many.yaml"))
    assert problems == [
        "many.yaml: (top level): 'version' is missing",
        "many.yaml: population: 'everyone' is not one of: adult, youth, any",
        "many.yaml: sections[1].questions[1].allow_skip: must be true or false, not text",
    ]


HAS_WORKED = '        label: {en: "Have you worked in the last year?", es: "¿Ha trabajado en el último año?"}\n'


@pytest.mark.parametrize(
    ("elements", "expected"),
    [
        (
            "[labor]",
            "el.yaml: sections[0].questions[3].elements[0]: 'labor' is not one of: labor_or_services, "
            "commercial_sex_act; only these elements can be stated by an answer itself; force, fraud, coercion, the "
            "labor purpose and the age at the act need indicator codes",
        ),
        (
            "[under18_at_act]",
            "el.yaml: sections[0].questions[3].elements[0]: 'under18_at_act' is not one of: labor_or_services, "
            "commercial_sex_act; only these elements can be stated by an answer itself; force, fraud, coercion, the "
            "labor purpose and the age at the act need indicator codes",
        ),
        ("labor_or_services", "el.yaml: sections[0].questions[3].elements: must be a list, not text"),
        (
            "[labor_or_services, labor_or_services]",
            "el.yaml: sections[0].questions[3].elements: lists labor_or_services more than once",
        ),
    ],
    ids=["unknown-name", "age-element", "not-a-list", "twice"],
)
def test_a_bad_elements_list_is_one_clear_problem(elements, expected):
    assert HAS_WORKED in VALID.decode()
    text = VALID.decode().replace(HAS_WORKED, f"{HAS_WORKED}        elements: {elements}\n")
    assert problems_of(lambda: load_instrument_bytes(text.encode(), "el.yaml")) == [expected]


def test_all_problems_of_meaning_are_reported_together():
    text = (
        VALID.decode()
        .replace("${paid_sex} = 'yes' or", "${paid_sexx} = 'yes' or")
        .replace("relevant: \"${job} = 'other'\"", "relevant: \"${job} = 'others' and nothing()\"")
    )
    problems = problems_of(lambda: load_instrument_bytes(text.encode(), "many.yaml"))
    assert problems == [
        "many.yaml: sections[1].questions[1].relevant: 'others' is not a choice of 'job' (choices: farm, home, other)",
        "many.yaml: sections[1].questions[1].relevant: unknown function 'nothing()'",
        "many.yaml: positive_rule: unknown question 'paid_sexx' (did you mean 'paid_sex'?)",
    ]
