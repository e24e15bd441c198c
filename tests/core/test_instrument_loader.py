"""Loading valid instruments: the model built, YAML 1.2 reading, the documented example and the built-ins."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.instrument_loader import (
    InstrumentInvalid,
    load_instrument_bytes,
    load_instrument_file,
    load_instrument_text,
    section_key,
)
from fieldscreen.core.instrument_schema import SCHEMA
from fieldscreen.core.models import Population, QuestionType

ROOT = Path(__file__).resolve().parents[2]
DEMO = Path(__file__).parent / "data" / "instruments" / "demo" / "1.0.0.yaml"
BUILT_INS = ROOT / "resources" / "instruments"


@pytest.fixture(scope="module")
def demo():
    return load_instrument_file(DEMO, "demo.yaml")


def test_the_plain_model_is_built(demo):
    instrument = demo.instrument
    assert demo.key == ("demo", "1.0.0")
    assert instrument.population is Population.ANY
    assert instrument.languages == ("en", "es")
    assert instrument.recommends == "demo_full"
    assert instrument.source == "demo.yaml"
    assert set(instrument.disclosure) == {"law_enforcement", "health", "social_service"}
    assert [s.name for s in instrument.sections] == ["about", "work", "sex"]
    assert instrument.sections[1].relevant == "${has_worked} = 'yes'"
    assert list(demo.questions) == [q.name for q in instrument.questions()]


def test_yes_no_becomes_two_choices_with_built_in_words_and_yes_carrying_the_indicators(demo):
    kept_docs = demo.questions["kept_docs"].question
    assert kept_docs.type is QuestionType.YES_NO
    yes, no = kept_docs.choices
    assert (yes.value, yes.label, yes.indicators) == ("yes", {"en": "Yes", "es": "Sí"}, ("D02",))
    assert (no.value, no.label, no.indicators) == ("no", {"en": "No", "es": "No"}, ())


def test_choices_keep_their_indicators_and_required_true_becomes_an_expression(demo):
    job = demo.questions["job"].question
    assert [(c.value, c.indicators) for c in job.choices] == [("farm", ("D09",)), ("home", ()), ("other", ())]
    assert demo.questions["age"].question.required == "true()"
    assert demo.questions["age"].required.source == "true()"
    assert demo.questions["born"].required is None


def test_elements_stated_by_an_answer_are_kept_on_the_choice_and_yes_no_gives_them_to_yes():
    text = (
        DEMO.read_text()
        .replace(
            '        label: {en: "Have you worked in the last year?", es: "¿Ha trabajado en el último año?"}\n',
            '        label: {en: "Have you worked in the last year?", es: "¿Ha trabajado en el último año?"}\n'
            "        elements: [labor_or_services]\n",
        )
        .replace(
            '            label: {en: "In a home", es: "En una casa"}\n',
            '            label: {en: "In a home", es: "En una casa"}\n'
            "            elements: [labor_or_services, commercial_sex_act]\n",
        )
    )
    loaded = load_instrument_text(text, "elements.yaml")
    yes, no = loaded.questions["has_worked"].question.choices
    assert (yes.elements, yes.indicators, no.elements) == (("labor_or_services",), (), ())
    job = loaded.questions["job"].question
    assert [(c.value, c.indicators, c.elements) for c in job.choices] == [
        ("farm", ("D09",), ()),
        ("home", (), ("labor_or_services", "commercial_sex_act")),
        ("other", (), ()),
    ]


def test_without_elements_a_choice_states_none(demo):
    assert all(c.elements == () for q in demo.instrument.questions() for c in q.choices)


def test_expressions_are_compiled_once_with_their_references(demo):
    owes = demo.questions["owes"]
    assert owes.relevant.source == "${kept_docs} = 'yes' or ${job} = 'farm'"
    assert owes.relevant.references == {"kept_docs", "job"}
    assert demo.positive_rule.references == {"paid_sex", "kept_docs", "owes"}
    assert demo.sections["work"].relevant.references == {"has_worked"}


def test_the_dependency_graph_orders_and_links_visibility(demo):
    order = demo.visibility_order
    assert order.index("has_worked") < order.index(section_key("work")) < order.index("job") < order.index("owes")
    assert set(demo.visibility_dependents["job"]) == {"job_other", "owes"}
    assert set(demo.visibility_dependents[section_key("work")]) == {
        "job",
        "job_other",
        "problems",
        "kept_docs",
        "owes",
        "hours",
    }
    assert demo.check_dependents["age"] == ("started",)
    assert demo.check_dependents["job"] == ("hours",)


def test_relevance_may_read_a_later_question_when_there_is_no_cycle():
    text = DEMO.read_text().replace(
        '        label: {en: "Date of birth", es: "Fecha de nacimiento"}\n',
        '        label: {en: "Date of birth", es: "Fecha de nacimiento"}\n        relevant: "${paid_sex} = \'no\'"\n',
    )
    loaded = load_instrument_text(text, "later.yaml")
    assert loaded.visibility_order.index("paid_sex") < loaded.visibility_order.index("born")


def test_yaml_is_read_as_yaml_1_2_so_yes_and_no_stay_words():
    text = DEMO.read_text().replace('{en: "Farm", es: "Campo"}', "{en: No, es: yes}")
    choice = load_instrument_text(text, "words.yaml").questions["job"].question.choices[0]
    assert choice.label == {"en": "No", "es": "yes"}


def test_anchors_and_aliases_may_repeat_a_text():
    text = (
        DEMO.read_text()
        .replace(
            'health: {en: "I must report harm to a child.", es: "Debo informar si un niño sufre daño."}',
            'health: &child {en: "I must report harm to a child.", es: "Debo informar si un niño sufre daño."}',
        )
        .replace(
            'social_service: {en: "I must report harm to a child.", es: "Debo informar si un niño sufre daño."}',
            "social_service: *child",
        )
    )
    disclosure = load_instrument_text(text, "alias.yaml").instrument.disclosure
    assert disclosure["social_service"] == disclosure["health"]


def test_text_with_a_byte_order_mark_loads():
    assert load_instrument_bytes(b"\xef\xbb\xbf" + DEMO.read_bytes(), "bom.yaml").key == ("demo", "1.0.0")


def test_a_missing_file_is_one_problem(tmp_path):
    with pytest.raises(InstrumentInvalid) as caught:
        load_instrument_file(tmp_path / "gone.yaml", "gone.yaml")
    assert caught.value.problems == ["gone.yaml: (file): No such file or directory"]


def test_the_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(SCHEMA)


def test_the_documented_example_loads():
    doc = (ROOT / "docs" / "instruments.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S).group(1)
    loaded = load_instrument_text(example, "example.yaml")
    types = {q.type for q in loaded.instrument.questions()}
    assert types == set(QuestionType) - {QuestionType.INTEGER, QuestionType.LONG_TEXT}


def test_the_documented_example_shows_elements_on_a_yes_no_question():
    doc = (ROOT / "docs" / "instruments.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S).group(1)
    loaded = load_instrument_text(example, "example.yaml")
    assert loaded.questions["has_worked"].question.choices[0].elements == ("labor_or_services",)


@pytest.mark.parametrize("instrument", ["adult_full", "youth", "rescreen_uc"])
def test_built_in_work_lead_questions_state_labor_or_services_without_an_indicator(instrument):
    loaded = load_catalog([BUILT_INS])[0].latest(instrument)
    yes, no = loaded.questions["did_work"].question.choices
    assert (yes.elements, yes.indicators, no.elements) == (("labor_or_services",), (), ())


def test_every_built_in_instrument_loads_without_problems():
    catalog, problems = load_catalog([BUILT_INS])
    assert problems == []
    assert {loaded.instrument.id for loaded in catalog.list()} >= {"brief", "adult_full", "youth", "rescreen_uc"}
    for loaded in catalog.list():
        assert loaded.instrument.languages == ("en", "es")
