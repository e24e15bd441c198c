"""The result panel: one block per answer (whatever codes it carries), each rule it bears on in its own line."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship
from fieldscreen.core.screening import Screening
from fieldscreen.gui.widgets.result_panel import ResultPanel
from fieldscreen.services.instrument_library import bundled_library
from fieldscreen.services.screening_models import PersonInput
from fieldscreen.services.screening_results import compute_result


def test_an_answer_bearing_on_two_rules_is_one_block_naming_both(qtbot):
    loaded = bundled_library().catalog().latest("brief")
    state = Screening(loaded, language="en")
    for question in ("job_changed", "papers_kept", "owes_money", "unpaid_or_long", "cannot_leave", "threatened"):
        state.answer(question, Answer(AnswerStatus.ANSWERED, "yes" if question == "cannot_leave" else "no"))
    person = PersonInput(citizenship=Citizenship.US_CITIZEN, estimated_age=30, discovered_at=datetime.now(UTC))
    result = compute_result(state, person, at=datetime.now(UTC), clinical=False, language="en")
    panel = ResultPanel()
    qtbot.addWidget(panel)

    panel.show_result(result, loaded, "en")

    blocks = panel.reasons_label.text().split("\n\n")
    [block] = [b for b in blocks if "D04" in b]
    lines = block.splitlines()
    assert lines[1] == "  Answer: Yes; Indicator: D04 (not free to leave, movement restricted or isolated)"
    assert [line.rsplit(", which points to ", 1)[1] for line in lines[2:]] == [
        "coercion.",
        "a purpose of involuntary servitude, peonage, debt bondage or slavery.",
    ]
    assert not any("element." in line for line in lines)
    assert sum("D04" in b for b in blocks) == 1
    assert panel.basis_label.text().startswith(f"Instrument {loaded.instrument.title['en']} version ")


def test_a_result_held_open_by_the_positive_screen_names_the_screen(qtbot):
    loaded = bundled_library().catalog().latest("youth")
    state = Screening(loaded, language="en")
    given = {"did_work": "yes", "work_pay": "all", "work_threat": "yes", "work_hurt": "yes"}
    for name, value in given.items():
        state.answer(name, Answer(AnswerStatus.ANSWERED, value))
    while (question := state.first_unanswered()) is not None:
        state.answer(question.name, Answer(AnswerStatus.ANSWERED, _plain(question)))
    person = PersonInput(citizenship=Citizenship.US_CITIZEN, estimated_age=15, discovered_at=datetime.now(UTC))
    result = compute_result(state, person, at=datetime.now(UTC), clinical=False, language="en")
    panel = ResultPanel()
    qtbot.addWidget(panel)

    panel.show_result(result, loaded, "en")

    [block] = [b for b in panel.reasons_label.text().split("\n\n") if b.startswith("- The instrument's own screen")]
    assert block.splitlines()[:2] == ["- The instrument's own screen", "  Answer: Screen positive"]


def test_an_answer_carrying_two_indicators_is_one_block_naming_both(qtbot):
    loaded = bundled_library().catalog().latest("youth")
    state = Screening(loaded, language="en")
    state.answer("sex_trade", Answer(AnswerStatus.ANSWERED, "yes"))  # D07 and D08
    person = PersonInput(citizenship=Citizenship.US_CITIZEN, estimated_age=15, discovered_at=datetime.now(UTC))
    result = compute_result(state, person, at=datetime.now(UTC), clinical=False, language="en")
    panel = ResultPanel()
    qtbot.addWidget(panel)

    panel.show_result(result, loaded, "en")

    asked = loaded.questions["sex_trade"].question.label["en"]
    blocks = [b for b in panel.reasons_label.text().split("\n\n") if b.startswith(f"- {asked}")]
    assert len(blocks) == 1, "the question was repeated once per indicator code"
    assert "Indicators: D07 (" in blocks[0] and ", D08 (" in blocks[0]
    lines = blocks[0].splitlines()[2:]
    assert len(lines) == len(set(lines))


def _plain(question) -> str | tuple[str, ...]:
    """A choice carrying no indicator: "no" for yes/no questions, "none" (or the first such) for the others."""
    plain = [c.value for c in question.choices if not c.indicators]
    if question.type.value == "select_multiple":
        return ("none",) if "none" in plain else (plain[0],)
    return "no" if "no" in plain else plain[0]
