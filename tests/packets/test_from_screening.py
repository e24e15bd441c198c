"""From core objects (instrument, answers, assessment, routing, ICD-10-CM) to packet content, and on to a PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pdf_reading import read_back

from fieldscreen.core.assessment import assess
from fieldscreen.core.icd10 import suggest_codes
from fieldscreen.core.models import (
    Answer,
    AnswerStatus,
    Choice,
    Instrument,
    Population,
    Question,
    QuestionType,
    Section,
)
from fieldscreen.core.person import Citizenship, PersonFacts
from fieldscreen.core.routing import ActionKind, route
from fieldscreen.core.screening import Screening
from fieldscreen.packets import PacketKind, PriorNotice, Requester, build_packet
from fieldscreen.packets.from_screening import indicators_present, language_name, packet_content
from fieldscreen.services.instrument_library import bundled_library
from fieldscreen.services.screening_models import PersonInput
from fieldscreen.services.screening_results import compute_result

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
DISCOVERED = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
NOW = DISCOVERED + timedelta(hours=2)
YES_NO = (Choice("yes", {"en": "Yes", "es": "Sí"}, ()), Choice("no", {"en": "No", "es": "No"}))


def _yes_no(name: str, code: str, en: str, es: str) -> Question:
    yes, no = YES_NO
    return Question(name, QuestionType.YES_NO, {"en": en, "es": es}, choices=(Choice("yes", yes.label, (code,)), no))


INSTRUMENT = Instrument(
    id="sample",
    version="1.2.0",
    title={"en": "Sample screen", "es": "Cuestionario de ejemplo"},
    population=Population.ANY,
    languages=("en", "es"),
    default_language="en",
    sections=(
        Section(
            "work",
            {"en": "Work", "es": "Trabajo"},
            questions=(
                _yes_no("promise", "D01", "Were you promised other work?", "¿Le prometieron otro trabajo?"),
                _yes_no("papers", "D02", "Does someone keep your papers?", "¿Alguien guarda sus papeles?"),
                _yes_no("leave", "D04", "Can you not leave?", "¿No puede irse?"),
                Question(
                    "pay",
                    QuestionType.SELECT_MULTIPLE,
                    {"en": "Pay and hours?", "es": "¿Pago y horas?"},
                    choices=(
                        Choice("unpaid", {"en": "Not paid", "es": "Sin pago"}, ("D09",)),
                        Choice("hours", {"en": "Too many hours", "es": "Demasiadas horas"}, ("D09",)),
                    ),
                ),
                Question("intro", QuestionType.NOTE, {"en": "Now some details.", "es": "Ahora unos detalles."}),
                Question("story", QuestionType.LONG_TEXT, {"en": "In your words?", "es": "¿En sus palabras?"}),
                Question("arrived", QuestionType.DATE, {"en": "When did you arrive?", "es": "¿Cuándo llegó?"}),
            ),
        ),
        Section(
            "safety",
            {"en": "Safety", "es": "Seguridad"},
            questions=(_yes_no("threats", "D05", "Threats?", "¿Amenazas?"),),
        ),
    ),
    positive_rule="true()",
    validation_note={"en": "Not validated."},
)

ANSWERS = {
    "promise": Answer(AnswerStatus.ANSWERED, "yes", NOW),
    "papers": Answer(AnswerStatus.DECLINED, None, NOW),
    "leave": Answer(AnswerStatus.ANSWERED, "yes", NOW),
    "pay": Answer(AnswerStatus.ANSWERED, ("unpaid", "hours"), NOW),
    "story": Answer(AnswerStatus.ANSWERED, "Trabajo en el campo <sin pago>.", NOW),
    "arrived": Answer(AnswerStatus.ANSWERED, date(2026, 3, 1), NOW),
    "threats": Answer(AnswerStatus.SKIPPED, None, NOW, "Person asked to stop"),
}
FACTS = PersonFacts(DISCOVERED, Citizenship.FOREIGN_NATIONAL, estimated_age=16)
REQUESTER = Requester("County Health Department", "North Clinic", "J. Rivera")


def _content(kind: PacketKind, answers, actions, **extra):
    """The packet content of the sample case with ``answers``, in Spanish."""
    return packet_content(
        kind,
        case_code="FS-TEST",
        created_at=NOW,
        instrument=INSTRUMENT,
        language="es",
        answers=answers,
        facts=FACTS,
        actions=actions,
        requester=REQUESTER,
        **extra,
    )


def _referral(**extra):
    assessment = assess(INSTRUMENT, ANSWERS, True, FACTS, at=NOW, language="es")
    actions = route(assessment, FACTS, NOW)
    content = _content(
        extra.pop("kind", PacketKind.REFERRAL),
        ANSWERS,
        actions,
        assessment=assessment,
        interpreter="Telephone interpreter 4471",
        disclosure="health",
        disclosure_given_at=NOW - timedelta(minutes=30),
        icd10=suggest_codes(assessment, FACTS, NOW),
        **extra,
    )
    return assessment, actions, content


def test_referral_content_is_resolved_from_the_engine():
    assessment, actions, content = _referral()
    assert content.result is not None and content.result.summary == assessment.summary
    assert content.urgency is actions[0].urgency
    rfa = next(a for a in actions if a.kind is ActionKind.HHS_RFA)
    assert content.deadline == min(a.due_at for a in actions if a.due_at) == rfa.due_at
    assert content.person.citizenship == "Foreign national"
    assert content.interview is not None and content.interview.language == "Español (es)"
    assert content.interview.disclosure == "Health care disclosure"
    assert content.icd10 and content.icd10_notes
    assert content.instrument is not None and (content.instrument.id, content.instrument.version) == ("sample", "1.2.0")
    assert {r.question for r in content.result.reasons} <= {q.label["en"] for q in INSTRUMENT.questions()}


def test_answer_rows_keep_both_languages_statuses_and_free_text():
    _, _, content = _referral()
    work, safety = content.sections
    rows = {row.question_en: row for row in work.rows + safety.rows}
    assert [row.number for row in work.rows] == ["1", "2", "3", "4", "5", "6"]
    assert (rows["Were you promised other work?"].answer, rows["Were you promised other work?"].answer_en) == (
        "Sí",
        "Yes",
    )
    assert rows["Does someone keep your papers?"].status is AnswerStatus.DECLINED
    assert rows["Pay and hours?"].answer == "Sin pago; Demasiadas horas"
    assert rows["In your words?"].free_text and rows["In your words?"].answer == "Trabajo en el campo <sin pago>."
    assert rows["When did you arrive?"].answer == "2026-03-01"
    assert rows["Threats?"].skip_reason == "Person asked to stop"


def test_partial_answers_give_an_initial_notice_without_an_assessment():
    partial = {name: ANSWERS[name] for name in ("promise", "papers")}
    actions = route(assess(INSTRUMENT, partial, None, FACTS, at=NOW), FACTS, NOW)
    content = _content(PacketKind.INITIAL_NOTICE, partial, actions, complete=False)
    assert content.result is None and content.concern is not None
    assert (content.concern.labor, content.concern.commercial_sex) == (None, None)
    assert content.concern.circumstances == ("Indicator present: deception or a false promise about the work (D01).",)
    assert [row.question_en for row in content.sections[0].rows] == [
        "Were you promised other work?",
        "Does someone keep your papers?",
    ]
    text = " ".join(read_back(build_packet(content, FONTS)).body().split())
    assert "Part 3: Potential trafficking concern" in text
    assert "Indicator present: deception or a false promise about the work (D01)." in text


def test_supplement_and_referral_build_into_pdfs():
    _, _, supplement = _referral(kind=PacketKind.SUPPLEMENT, prior_notice=PriorNotice(NOW, "RFA-1"))
    _, _, referral = _referral()
    for content in (supplement, referral):
        text = " ".join(read_back(build_packet(content, FONTS)).body().split())
        assert content.result is not None and content.result.summary in text
        assert "Trabajo en el campo <sin pago>." in text


def test_indicators_and_language_names():
    assert indicators_present(INSTRUMENT, ANSWERS) == ("D01", "D04", "D09")
    assert language_name("vi") == "Tiếng Việt (vi)"
    assert language_name("xx") == "xx"


def test_a_reason_from_the_positive_screen_names_the_screen_not_the_person():
    """A result held open by the instrument's own screen says so in the Reasons table, not "Person facts"."""
    no = Answer(AnswerStatus.ANSWERED, "no", NOW)
    quiet = {name: no for name in ("promise", "papers", "leave", "threats")}
    assessment = assess(INSTRUMENT, quiet, True, FACTS, at=NOW)
    content = _content(PacketKind.REFERRAL, quiet, route(assessment, FACTS, NOW), assessment=assessment)

    assert content.result is not None
    [screen] = [r for r in content.result.reasons if r.rule == "the instrument's positive screen"]
    assert (screen.question, screen.answer, screen.indicator) == ("The instrument's own screen", "Screen positive", "")
    text = " ".join(read_back(build_packet(content, FONTS)).body().split())
    assert "The instrument's own screen Screen positive" in text


def test_each_reason_says_in_words_what_it_points_to():
    _, _, content = _referral()
    assert content.result is not None
    points_to = {(r.question, r.indicator[:3]): r.rule for r in content.result.reasons}
    assert points_to[("Were you promised other work?", "D01")] == "fraud"
    assert set(points_to[("Can you not leave?", "D04")].split("; ")) == {
        "coercion",
        "a purpose of involuntary servitude, peonage, debt bondage or slavery",
    }
    assert points_to[("Does someone keep your papers?", "D02")] == 'open: not counted as "no"'
    assert not any("element." in rule for rule in points_to.values())


def test_an_answer_carrying_two_indicators_is_one_reason_row_naming_both():
    loaded = bundled_library().catalog().latest("youth")
    state = Screening(loaded, language="en")
    state.answer("sex_trade", Answer(AnswerStatus.ANSWERED, "yes"))  # D07 and D08
    person = PersonInput(citizenship=Citizenship.FOREIGN_NATIONAL, estimated_age=15, discovered_at=NOW)
    result = compute_result(state, person, at=NOW, clinical=False, language="en")
    asked = loaded.questions["sex_trade"].question.label["en"]
    assert len([r for r in result.assessment.reasons if r.question == "sex_trade"]) > 1, "a reason per code"
    content = packet_content(
        PacketKind.REFERRAL,
        case_code="FS-TEST",
        created_at=NOW,
        instrument=loaded.instrument,
        language="en",
        answers=state.scored_answers(),
        facts=result.facts,
        actions=result.actions,
        requester=REQUESTER,
        assessment=result.assessment,
    )

    assert content.result is not None
    [row] = [r for r in content.result.reasons if r.question == asked]
    assert row.indicator.startswith("D07: ") and "; D08: " in row.indicator
    assert len(row.rule.split("; ")) == len(set(row.rule.split("; ")))


def test_a_reason_from_an_open_answer_is_in_english_whatever_the_app_language(spanish_app):
    assessment, _, content = _referral()
    assert "Prefirió no responder" in {r.answer for r in assessment.reasons}
    assert content.result is not None
    answers = {r.answer for r in content.result.reasons if r.question == "Does someone keep your papers?"}
    assert answers == {"Declined"}
