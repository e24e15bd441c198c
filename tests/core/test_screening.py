"""Screening state over the demo instrument: relevance, messages, navigation, scoring, validation, serialization."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fieldscreen.core.errors import BugError
from fieldscreen.core.instrument_loader import load_instrument_file, load_instrument_text
from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.screening import Changes, MessageKind, Screening, ScreeningDataInvalid, SectionProgress
from fieldscreen.core.screening_answers import AnswerRejected

DEMO = Path(__file__).parent / "data" / "instruments" / "demo" / "1.0.0.yaml"
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
AGE_REQUIRED_ES = "Pregunte la edad o márquela como rechazada."


@pytest.fixture(scope="module")
def demo():
    return load_instrument_file(DEMO, "demo.yaml")


class Day:
    """An injectable today() the test can move."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def day():
    return Day(date(2024, 6, 1))


@pytest.fixture
def screening(demo, day):
    return Screening(demo, language="es", today=day, clock=lambda: NOW)


def given(value) -> Answer:
    return Answer(AnswerStatus.ANSWERED, value)


def names(questions) -> list[str]:
    return [q.name for q in questions]


def test_at_the_start_only_unconditional_questions_show(screening):
    assert names(screening.visible_questions()) == ["intro", "age", "born", "has_worked", "paid_sex"]
    assert not screening.is_section_visible("work")
    assert screening.positive() is None
    assert screening.first_unanswered().name == "age"


def test_an_answer_reports_exactly_what_changed(screening):
    changes = screening.answer("has_worked", given("yes"))
    assert changes == Changes(
        answered=("has_worked",),
        shown=("job", "problems", "kept_docs", "hours"),
        sections_shown=("work",),
        messages=("has_worked",),
    )
    assert screening.answer("job", given("farm")) == Changes(answered=("job",), shown=("owes",), messages=("hours",))
    assert screening.message("hours").kind is MessageKind.REQUIRED
    assert screening.answer("job", given("farm")) == Changes()
    assert not Changes()


def test_chained_relevance_hides_and_shows_in_cascade(screening):
    screening.answer("has_worked", given("yes"))
    screening.answer("job", given("other"))
    screening.answer("job_other", given("fishing boat"))
    changes = screening.answer("has_worked", given("no"))
    assert changes.hidden == ("job", "job_other", "problems", "kept_docs", "hours")
    assert changes.sections_hidden == ("work",)
    assert names(screening.visible_questions()) == ["intro", "age", "born", "has_worked", "paid_sex"]


def test_hidden_answers_are_kept_but_not_scored_nor_read_by_conditions(screening):
    screening.answer("has_worked", given("yes"))
    screening.answer("kept_docs", given("yes"))
    screening.answer("owes", given("yes"))
    assert screening.positive() is True

    screening.answer("has_worked", given("no"))
    assert set(screening.answers()) == {"has_worked", "kept_docs", "owes"}
    assert list(screening.scored_answers()) == ["has_worked"]
    assert screening.positive() is None  # kept_docs and owes are hidden, so unknown; paid_sex unanswered

    screening.answer("paid_sex", given("no"))
    assert screening.positive() is None  # no or (unknown and unknown): the hidden "yes" answers do not count

    changes = screening.answer("has_worked", given("yes"))
    assert changes.shown == ("job", "problems", "kept_docs", "owes", "hours")
    assert list(screening.scored_answers()) == ["has_worked", "kept_docs", "owes", "paid_sex"]
    assert screening.positive() is True


def test_declined_and_dont_know_count_as_answers_and_never_as_no(screening):
    assert screening.missing_required() == ("age", "has_worked")
    screening.answer("age", Answer(AnswerStatus.DECLINED))
    screening.answer("has_worked", Answer(AnswerStatus.DONT_KNOW))
    assert screening.missing_required() == ()
    assert screening.is_complete()
    assert screening.unanswered() == ("born", "paid_sex")
    assert screening.positive() is None
    screening.answer("paid_sex", Answer(AnswerStatus.DECLINED))
    assert screening.positive() is None


WORK_QUESTIONS = ("job", "job_other", "problems", "kept_docs", "owes", "hours")


def test_before_any_answer_every_hidden_question_is_undecided(screening):
    assert screening.undecided() == (*WORK_QUESTIONS, "under18", "started")


def test_questions_hidden_by_a_false_condition_are_not_undecided(screening):
    screening.answer("has_worked", given("no"))
    screening.answer("paid_sex", given("no"))
    assert screening.undecided() == ()
    screening.answer("paid_sex", given("yes"))
    screening.answer("age", given(15))
    assert not screening.is_visible("under18")  # 15 >= 18 is false, not unknown
    assert screening.undecided() == ()


@pytest.mark.parametrize("status", [AnswerStatus.DECLINED, AnswerStatus.DONT_KNOW])
def test_an_open_lead_question_leaves_its_section_undecided(screening, status):
    screening.answer("has_worked", Answer(status))
    screening.answer("paid_sex", given("no"))
    assert not screening.is_section_visible("work")
    assert screening.undecided() == WORK_QUESTIONS
    screening.answer("has_worked", given("yes"))
    assert screening.undecided() == ("job_other", "owes")  # they read job and kept_docs, not answered yet
    screening.answer("job", given("home"))
    assert screening.undecided() == ("owes",)
    screening.answer("kept_docs", given("no"))
    assert screening.undecided() == ()


def test_an_open_answer_in_an_or_leaves_the_follow_up_undecided_until_the_other_side_decides(screening):
    screening.answer("paid_sex", given("no"))
    screening.answer("has_worked", given("yes"))
    screening.answer("job", given("home"))
    screening.answer("kept_docs", Answer(AnswerStatus.DECLINED))
    assert screening.undecided() == ("owes",)  # unknown or false: unknown
    screening.answer("job", given("farm"))
    assert screening.is_visible("owes")  # unknown or true: true
    assert screening.undecided() == ()


def test_undecided_questions_keep_their_answers_unscored(screening):
    screening.answer("has_worked", given("yes"))
    screening.answer("kept_docs", given("yes"))
    screening.answer("owes", given("yes"))
    screening.answer("has_worked", Answer(AnswerStatus.DECLINED))
    assert {"kept_docs", "owes"} <= set(screening.undecided())
    assert list(screening.scored_answers()) == ["has_worked"]
    assert screening.answer_of("owes").value == "yes"


def test_notes_are_never_undecided(demo, day):
    text = DEMO.read_text().replace(
        "      - name: job_other\n",
        '      - name: work_note\n        type: note\n        label: {en: "Ask gently.", es: "Pregunte con calma."}\n'
        "      - name: job_other\n",
    )
    screening = Screening(load_instrument_text(text, "note.yaml"), today=day)
    assert not screening.is_visible("work_note")
    assert screening.undecided() == (*WORK_QUESTIONS, "under18", "started")


def test_the_positive_rule_is_false_only_when_the_answers_decide_it(screening):
    screening.answer("paid_sex", given("no"))
    screening.answer("has_worked", given("yes"))
    assert screening.positive() is None
    screening.answer("kept_docs", given("no"))
    assert screening.positive() is False
    screening.answer("kept_docs", given("yes"))
    screening.answer("owes", Answer(AnswerStatus.DONT_KNOW))
    assert screening.positive() is None


def test_required_messages_are_in_the_interview_language_with_fallbacks(screening):
    assert screening.message("age").text == AGE_REQUIRED_ES
    assert screening.message("has_worked").text.startswith("An answer is needed.")
    changes = screening.set_language("en")
    assert changes.messages == ("age",)
    assert screening.message("age").text == "Ask the age, or mark it declined."
    screening.set_language("fr")
    assert screening.message("age").text == "Ask the age, or mark it declined."


def test_constraints_give_messages_and_are_rechecked_when_what_they_read_changes(screening):
    changes = screening.answer("age", given(150))
    assert changes.messages == ("age",)
    assert screening.message("age").kind is MessageKind.CONSTRAINT
    assert screening.message("age").text == "Escriba una edad de 0 a 120."
    assert not screening.is_complete()

    screening.answer("age", given(20))
    screening.answer("paid_sex", given("yes"))
    assert screening.answer("started", given(16)).messages == ()
    assert screening.answer("age", given(15)).messages == ("started",)
    assert screening.message("started").text == "Mayor que la edad indicada."
    assert screening.answer("age", Answer(AnswerStatus.DECLINED)).messages == ("started",)
    assert screening.message("started") is None


def test_a_constraint_on_a_selection(screening):
    screening.answer("has_worked", given("yes"))
    assert screening.answer("problems", given(("none", "unpaid"))).messages == ("problems",)
    assert screening.answer("problems", given(["locked", "unpaid"])).messages == ("problems",)
    assert screening.answer_of("problems").value == ("unpaid", "locked")


def test_an_age_given_as_a_date_of_birth_is_read_in_years_and_moves_with_the_day(screening, day):
    screening.answer("age", given(23))
    screening.answer("paid_sex", given("yes"))
    screening.answer("started", given(date(2000, 6, 2)))
    assert screening.message("started") is None
    day.day = date(2024, 6, 2)
    assert screening.refresh() == Changes(messages=("started",))
    assert screening.message("started").kind is MessageKind.CONSTRAINT


def test_navigation_follows_the_visible_questions(screening):
    assert screening.next_question().name == "intro"
    assert screening.next_question("has_worked").name == "paid_sex"
    assert screening.previous_question("paid_sex").name == "has_worked"
    assert screening.previous_question("intro") is None
    screening.answer("paid_sex", given("yes"))
    assert screening.next_question("paid_sex").name == "under18"
    assert screening.next_question("started") is None


def test_sections_report_progress(screening):
    screening.answer("age", given(30))
    screening.answer("has_worked", given("yes"))
    assert screening.sections() == (
        SectionProgress("about", True, answered=2, total=3, needs_attention=0),
        SectionProgress("work", True, answered=0, total=4, needs_attention=0),
        SectionProgress("sex", True, answered=0, total=1, needs_attention=0),
    )
    assert screening.progress() == (2, 8)
    screening.answer("job", given("farm"))
    assert screening.sections()[1] == SectionProgress("work", True, answered=1, total=5, needs_attention=1)


def test_with_the_questions_passed_only_those_and_the_answered_need_attention(screening):
    """A required question not reached yet is still to ask; passed without an answer, it needs attention."""
    assert screening.sections()[0].needs_attention == 2  # age and has_worked, both required
    assert screening.sections(passed=())[0].needs_attention == 0
    assert screening.sections(passed={"age"})[0].needs_attention == 1
    screening.answer("age", given(150))  # an answer that breaks its rule counts wherever the interview is
    assert screening.sections(passed=())[0].needs_attention == 1


def test_clearing_an_answer(screening):
    screening.answer("paid_sex", given("yes"))
    changes = screening.clear("paid_sex")
    assert changes == Changes(answered=("paid_sex",), hidden=("under18", "started"))
    assert screening.answer_of("paid_sex") is None


def test_answers_are_stamped_by_the_clock_unless_timed(screening):
    screening.answer("born", given(date(1990, 1, 2)))
    assert screening.answer_of("born").at == NOW
    earlier = datetime(2024, 5, 31, tzinfo=UTC)
    screening.answer("born", Answer(AnswerStatus.ANSWERED, date(1990, 1, 2), at=earlier))
    assert screening.answer_of("born").at == earlier


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("has_worked", given("maybe")),
        ("has_worked", given(True)),
        ("job", given("Farm")),
        ("problems", given(())),
        ("problems", given(("unpaid", "unpaid"))),
        ("problems", given("unpaid")),
        ("age", given(12.5)),
        ("age", given(True)),
        ("age", given("12")),
        ("hours", given(float("nan"))),
        ("hours", given(10**13)),
        ("born", given("1990-01-02")),
        ("born", given(datetime(1990, 1, 2))),
        ("started", given(131)),
        ("started", given(date(2030, 1, 1))),
        ("job_other", given("   ")),
        ("job_other", given("x" * 1001)),
        ("intro", given("x")),
        ("intro", Answer(AnswerStatus.DECLINED)),
        ("age", Answer(AnswerStatus.DECLINED, 3)),
        ("age", Answer(AnswerStatus.SKIPPED, skip_reason="no time")),
        ("paid_sex", Answer(AnswerStatus.SKIPPED)),
        ("paid_sex", Answer(AnswerStatus.DECLINED, skip_reason="why")),
        ("paid_sex", Answer(AnswerStatus.ANSWERED, "yes", skip_reason="why")),
    ],
)
def test_answers_that_do_not_fit_are_rejected_and_change_nothing(screening, name, answer):
    before = screening.to_json()
    with pytest.raises(AnswerRejected) as caught:
        screening.answer(name, answer)
    assert caught.value.question == name
    assert caught.value.message
    assert screening.to_json() == before


def test_skipping_with_a_reason_where_allowed(screening):
    screening.answer("paid_sex", Answer(AnswerStatus.SKIPPED, skip_reason="companion came back"))
    assert screening.answer_of("paid_sex").skip_reason == "companion came back"
    assert screening.positive() is None


def test_unknown_names_are_defects(screening):
    with pytest.raises(BugError):
        screening.answer("nothing", given("yes"))
    with pytest.raises(BugError):
        screening.is_section_visible("nowhere")


def test_serialization_round_trip(demo, screening, day):
    screening.answer("age", given(30))
    screening.answer("born", given(date(1994, 2, 3)))
    screening.answer("has_worked", given("yes"))
    screening.answer("problems", given(("unpaid", "locked")))
    screening.answer("hours", given(12))
    screening.answer("kept_docs", Answer(AnswerStatus.DONT_KNOW))
    screening.answer("paid_sex", Answer(AnswerStatus.SKIPPED, skip_reason="interrupted"))
    screening.answer("has_worked", given("no"))

    data = json.loads(json.dumps(screening.to_json()))
    assert data["instrument"] == {"id": "demo", "version": "1.0.0"}
    assert data["answers"]["problems"]["value"] == ["unpaid", "locked"]

    restored = Screening.from_json(demo, data, today=day, clock=lambda: NOW)
    assert restored.answers() == screening.answers()
    assert restored.language == "es"
    assert restored.answer_of("hours").value == 12.0
    assert names(restored.visible_questions()) == names(screening.visible_questions())
    assert restored.messages() == screening.messages()
    assert restored.to_json() == data


def test_an_age_as_date_of_birth_survives_serialization(demo, screening, day):
    screening.answer("paid_sex", given("yes"))
    screening.answer("started", given(date(2010, 1, 1)))
    restored = Screening.from_json(demo, json.loads(json.dumps(screening.to_json())), today=day)
    assert restored.answer_of("started").value == date(2010, 1, 1)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["instrument"].update(version="9.9.9"),
        lambda d: d["answers"].update(nothing={"status": "answered", "value": 1, "at": None, "skip_reason": ""}),
        lambda d: d["answers"]["age"].update(status="maybe"),
        lambda d: d["answers"]["age"].update(value="thirty"),
        lambda d: d["answers"]["age"].pop("skip_reason"),
        lambda d: d.pop("answers"),
    ],
)
def test_damaged_data_is_a_known_error(demo, screening, damage):
    screening.answer("age", given(30))
    data = json.loads(json.dumps(screening.to_json()))
    damage(data)
    with pytest.raises(ScreeningDataInvalid):
        Screening.from_json(demo, data)
