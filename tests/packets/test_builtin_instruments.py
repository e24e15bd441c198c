"""A packet for every built-in instrument, answered realistically, through the real engine, read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pdf_reading import read_back

from fieldscreen.core.assessment import assess
from fieldscreen.core.icd10 import suggest_codes
from fieldscreen.core.instrument_loader import load_instrument_file
from fieldscreen.core.models import Answer, AnswerStatus, Instrument, QuestionType
from fieldscreen.core.person import Citizenship, PersonFacts
from fieldscreen.core.routing import route
from fieldscreen.packets import PacketKind, Requester, build_packet
from fieldscreen.packets.from_screening import packet_content

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
BUILT_IN = sorted((ROOT / "resources" / "instruments").glob("*/*.yaml"))
DISCOVERED = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
NOW = DISCOVERED + timedelta(hours=2)
PEOPLE = {
    "minor": PersonFacts(DISCOVERED, Citizenship.FOREIGN_NATIONAL, estimated_age=15),
    "adult": PersonFacts(DISCOVERED, Citizenship.FOREIGN_NATIONAL, estimated_age=31),
}


def realistic_answers(instrument: Instrument) -> dict[str, Answer]:
    """Every question answered: yes, no, declined, don't know or skipped in turn; choices and numbers filled in."""
    answers = {}
    for i, question in enumerate(q for q in instrument.questions() if q.type is not QuestionType.NOTE):
        turn = i % 5
        if turn == 2:
            answers[question.name] = Answer(AnswerStatus.DECLINED, None, NOW)
        elif turn == 3:
            answers[question.name] = Answer(AnswerStatus.DONT_KNOW, None, NOW)
        elif turn == 4 and question.allow_skip:
            answers[question.name] = Answer(AnswerStatus.SKIPPED, None, NOW, "The person asked for a break")
        elif question.type is QuestionType.SELECT_MULTIPLE:
            answers[question.name] = Answer(AnswerStatus.ANSWERED, tuple(c.value for c in question.choices[:2]), NOW)
        elif question.choices:
            answers[question.name] = Answer(AnswerStatus.ANSWERED, question.choices[turn % 2].value, NOW)
        elif question.type in (QuestionType.INTEGER, QuestionType.AGE):
            answers[question.name] = Answer(AnswerStatus.ANSWERED, 16, NOW)
        else:
            answers[question.name] = Answer(AnswerStatus.ANSWERED, "Dice que trabaja de noche sin pago.", NOW)
    return answers


def built_in_packet(path: Path, person: str) -> tuple[Instrument, bytes]:
    """The referral packet of a screening with ``path``'s instrument, interviewed in Spanish."""
    instrument = load_instrument_file(path).instrument
    answers = realistic_answers(instrument)
    facts = PEOPLE[person]
    assessment = assess(instrument, answers, True, facts, at=NOW, language="es")
    content = packet_content(
        PacketKind.REFERRAL,
        case_code="FS-" + instrument.id.upper()[:4],
        created_at=NOW,
        instrument=instrument,
        language="es",
        answers=answers,
        facts=facts,
        actions=route(assessment, facts, NOW),
        requester=Requester("County Health Department", "North Clinic", "J. Rivera"),
        assessment=assessment,
        interpreter="Telephone interpreter 4471",
        disclosure="health",
        disclosure_given_at=DISCOVERED,
        icd10=suggest_codes(assessment, facts, NOW),
    )
    return instrument, build_packet(content, FONTS)


def test_there_are_built_in_instruments():
    assert len(BUILT_IN) >= 4


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.parent.name)
@pytest.mark.parametrize("person", sorted(PEOPLE))
def test_every_built_in_instrument_makes_a_readable_packet(path, person):
    instrument, pdf = built_in_packet(path, person)
    read = read_back(pdf)
    text = " ".join(read.body().split())
    assert len(read.pages) >= 2
    for question in instrument.questions():
        if question.type is not QuestionType.NOTE:
            assert " ".join(question.label["en"].split()) in text
            assert " ".join(question.label["es"].split()) in text
    assert "Declined" in text and "Don't know" in text
    assert "victim" not in text.lower()
    if person == "minor":
        assert "HHS OTIP" in text or "Request for Assistance" in text
