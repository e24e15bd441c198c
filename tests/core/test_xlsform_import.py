"""XLSForm import: how columns and types map to the instrument, warnings, and a form that runs end to end."""

from __future__ import annotations

from datetime import date

import pytest
from xlsform_cases.sheets import edited, load_sheets, workbook_bytes

from fieldscreen.core.models import Answer, AnswerStatus, QuestionType
from fieldscreen.core.screening import Screening
from fieldscreen.core.xlsform import XLSFormInvalid, import_xlsform
from fieldscreen.core.xlsform.importer import pyxform_place
from fieldscreen.core.xlsform.report import Cell

BASE = load_sheets("base")
HTCDS = load_sheets("htcds")


def imported(sheets, name="case.xlsx", **kwargs):
    return import_xlsform(workbook_bytes(sheets), name, **kwargs)


def question(instrument, name):
    return next(q for q in instrument.questions() if q.name == name)


def test_htcds_like_form_imports_and_runs_end_to_end():
    form = imported(HTCDS, "htcds.xlsx")
    instrument = form.loaded.instrument
    assert form.warnings == ()
    assert (instrument.id, instrument.version, instrument.languages, instrument.default_language) == (
        "htcds_core",
        "1.0.0",
        ("en",),
        "en",
    )
    assert [s.name for s in instrument.sections] == [
        "identification",
        "demographics",
        "citizenship",
        "exploitation",
        "control",
    ]
    screening = Screening(form.loaded, today=lambda: date(2026, 3, 2))
    assert screening.positive() is None
    screening.answer("born_abroad", Answer(AnswerStatus.ANSWERED, "yes"))
    assert screening.is_visible("citizenship_country")
    screening.answer("age", Answer(AnswerStatus.ANSWERED, 17))
    screening.answer("exploitation_type", Answer(AnswerStatus.ANSWERED, ("forced_labour",)))
    assert screening.is_visible("hours_per_day") and not screening.is_visible("exploitation_other")
    changes = screening.answer("hours_per_day", Answer(AnswerStatus.ANSWERED, 30.0))
    assert changes.messages == ("hours_per_day",)
    assert screening.message("hours_per_day").text == "Enter 1 to 24 hours."
    screening.answer("means_of_control", Answer(AnswerStatus.ANSWERED, ("none",)))
    assert screening.positive() is False
    screening.answer("means_of_control", Answer(AnswerStatus.ANSWERED, ("documents_kept", "threats")))
    assert screening.positive() is True


def test_types_indicators_and_elements_map_to_the_instrument():
    instrument = imported(HTCDS).loaded.instrument
    assert question(instrument, "age").type is QuestionType.AGE
    assert question(instrument, "notes").type is QuestionType.LONG_TEXT
    assert question(instrument, "notes").allow_skip
    born_abroad = question(instrument, "born_abroad")
    assert born_abroad.type is QuestionType.YES_NO
    assert born_abroad.choices[0].indicators == ("D10",)
    types = question(instrument, "exploitation_type")
    assert [(c.value, c.indicators) for c in types.choices][:3] == [
        ("sexual", ("D07",)),
        ("forced_labour", ("D09",)),
        ("domestic_servitude", ("D09", "D04")),
    ]
    assert question(instrument, "identified_by").required == "true()"
    base = imported(BASE).loaded.instrument
    assert question(base, "has_worked").choices[0].elements == ("labor_or_services",)
    assert base.sections[1].relevant == "${has_worked} = 'yes'"
    assert base.sections[0].guidance == {"en": "Go slowly.", "es": "Vaya despacio."}


def test_yes_choice_indicators_join_those_of_the_survey_row():
    sheets = edited(BASE, [{"set": ["choices", 2, "indicator", "D05"]}])
    instrument = imported(sheets).loaded.instrument
    assert question(instrument, "kept_docs").choices[0].indicators == ("D02", "D05")
    assert question(instrument, "has_worked").choices[0].indicators == ("D05",)


def test_only_a_yesno_list_of_yes_and_no_makes_a_yes_no_question():
    sheets = edited(
        BASE, [{"set": ["choices", 2, "list_name", "answer"]}, {"set": ["choices", 3, "list_name", "answer"]}]
    )
    sheets = edited(
        sheets, [{"set": ["survey", 4, "type", "select_one answer"]}, {"set": ["survey", 4, "elements", None]}]
    )
    sheets = edited(
        sheets, [{"set": ["survey", 9, "type", "select_one answer"]}, {"set": ["survey", 9, "indicator", None]}]
    )
    instrument = imported(sheets).loaded.instrument
    has_worked = question(instrument, "has_worked")
    assert has_worked.type is QuestionType.SELECT_ONE
    assert [c.label for c in has_worked.choices] == [{"en": "Yes", "es": "Sí"}, {"en": "No", "es": "No"}]


def test_group_guidance_may_be_written_in_guidance_hint():
    sheets = edited(BASE, [{"rename": ["survey", "hint::English (en)", "guidance_hint::English (en)"]}])
    sheets = edited(sheets, [{"rename": ["survey", "hint::Español (es)", "guidance_hint::Español (es)"]}])
    sheets = edited(
        sheets, [{"set": ["survey", 3, f"guidance_hint::{lang}", None]} for lang in ("English (en)", "Español (es)")]
    )
    assert imported(sheets).loaded.instrument.sections[1].guidance["es"] == "Pregunte por el trabajo más reciente."


def test_a_single_language_form_needs_no_default_language_setting():
    sheets = edited(HTCDS, [{"set": ["settings", 2, "default_language", None]}])
    for column in ("label", "hint", "required_message", "constraint_message"):
        sheets = edited(sheets, [{"rename": ["survey", column, f"{column}::English (en)"]}])
    sheets = edited(sheets, [{"rename": ["choices", "label", "label::English (en)"]}])
    instrument = imported(sheets).loaded.instrument
    assert (instrument.languages, instrument.default_language) == (("en",), "en")


def test_plain_label_columns_need_a_default_language():
    sheets = edited(HTCDS, [{"set": ["settings", 2, "default_language", None]}])
    with pytest.raises(XLSFormInvalid) as caught:
        imported(sheets)
    assert caught.value.problems == [
        "case.xlsx: settings row 2, column default_language: empty: name the form's default language, "
        "for example English (en)"
    ]


def test_authors_columns_are_ignored_with_a_warning_and_pyxform_warnings_are_shown():
    sheets = edited(
        BASE, [{"add_column": ["survey", "reviewer_notes"]}, {"set": ["survey", 3, "reviewer_notes", "ok"]}]
    )
    sheets = edited(sheets, [{"add_column": ["survey", "guidance_hint::English (en)"]}])
    sheets = edited(
        sheets, [{"add_column": ["settings", "instance_name"]}, {"set": ["settings", 2, "instance_name", "x"]}]
    )
    warnings = imported(sheets).warnings
    assert warnings == (
        "case.xlsx: survey row 3, column reviewer_notes: fieldscreen does not read this column; it is ignored",
        "case.xlsx: settings row 2, column instance_name: fieldscreen does not read this setting; it is ignored",
        "case.xlsx: pyxform: Language 'Español (es)' is missing the survey guidance_hint column.",
    )


def test_an_ignored_appearance_is_a_warning():
    sheets = edited(BASE, [{"add_column": ["survey", "appearance"]}, {"set": ["survey", 7, "appearance", "minimal"]}])
    assert imported(sheets).warnings == (
        "case.xlsx: survey row 7, column appearance: the appearance 'minimal' is ignored",
    )


def test_recommends_must_name_an_installed_instrument_when_asked():
    sheets = edited(
        BASE, [{"add_column": ["settings", "recommends"]}, {"set": ["settings", 2, "recommends", "adult_full"]}]
    )
    assert imported(sheets, installed={"adult_full"}).loaded.instrument.recommends == "adult_full"
    with pytest.raises(XLSFormInvalid) as caught:
        imported(sheets, installed={"brief"})
    assert caught.value.problems == [
        "case.xlsx: settings row 2, column recommends: no instrument 'adult_full' is installed"
    ]


def test_yaml_text_is_what_the_loader_reads():
    form = imported(BASE)
    assert form.text.startswith("# Converted from an XLSForm by fieldscreen")
    assert 'version: "1.0.0"' in form.text


def test_pyxform_errors_are_placed_when_they_name_a_row():
    message = "[row : 6] On the 'survey' sheet, the 'relevant' value is invalid. Could not find the name 'x'."
    assert pyxform_place(message) == (Cell("survey", 6, "relevant"), "Could not find the name 'x'.")
    assert pyxform_place("[row : 4] Question with no type.") == (Cell("survey", 4), "Question with no type.")
    assert pyxform_place("Something else.") == (None, "Something else.")


def test_cells_describe_themselves():
    assert Cell("survey", 7, "type").describe() == "survey row 7, column type"
    assert Cell("survey", 7).describe() == "survey row 7"
    assert Cell("settings", column="version").describe() == "settings, column version"
    assert Cell("choices").describe() == "choices"
