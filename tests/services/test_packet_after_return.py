"""A packet made after a supervisor returned the screening says so, and lists what the screener changed after it.

Real accounts: alice screens (in Spanish, over the brief instrument), sue supervises; packets are read back with pypdf.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from outbox_helpers import packet_body
from screening_support import NO, YES, add_users, answer_required, foreign_minor, intake, person, sign_in_as

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.services.session import Session

UPSET = Answer(AnswerStatus.SKIPPED, skip_reason="Person became upset")
COMMENT = "Ask about threats again, with the interpreter, once the person is calm."
THREATENED_ES = "¿Alguien ha amenazado con hacerle daño a usted o a su familia"
NO_CHANGE = "No answer was changed after the return."
THREATENED_EN = "Has anyone threatened you or your family"


def _returned_section(text: str) -> str:
    return text.split("Returned to the screener Returned by", 1)[1].split("Answers Left: as asked", 1)[0]


@contextmanager
def signed_in(installation, name: str) -> Iterator[Session]:
    """A session of ``name``, locked at the end (one person at a time on the laptop)."""
    session = sign_in_as(installation, name)
    try:
        yield session
    finally:
        session.lock()


def _packets(installation, screening_id: int) -> list[str]:
    """The texts of the screening's packet versions, oldest first, as the supervisor reads them."""
    with signed_in(installation, "sue") as sue:
        return [packet_body(sue, packet) for packet in sue.outbox.versions(screening_id)]


@pytest.fixture
def returned(installation, session, clock) -> int:
    """A screening alice finalized with "threatened" skipped (the person became upset), then sue returned it."""
    add_users(session, ("alice", "screener"), ("sue", "supervisor"))
    session.lock()
    with signed_in(installation, "alice") as alice:
        screening_id = alice.screenings.start(replace(intake(clock), interview_language="es")).id
        answer_required(alice.screenings, screening_id, {"threatened": UPSET, "hurt": NO})
        alice.screenings.finalize(screening_id)
    clock.advance(minutes=30)
    with signed_in(installation, "sue") as sue:
        sue.screenings.return_to_screener(screening_id, COMMENT)
    clock.advance(minutes=30)
    return screening_id


def test_the_return_and_the_answer_changed_after_it_are_stated(installation, returned):
    with signed_in(installation, "alice") as alice:
        alice.screenings.answer(returned, "threatened", NO)
        alice.screenings.finalize(returned)

    first, second = _packets(installation, returned)
    assert "Returned" not in first
    cover = second.split("Result", 1)[0]
    assert "Version 2: replaces version 1 of 2026-03-02 09:00 UTC" in cover
    assert 'Returned to the screener on 2026-03-02 09:30 UTC and finalized again: see "Returned to the screener".' in (
        cover
    )
    section = _returned_section(second)
    assert section.startswith(f" the supervisor on 2026-03-02 09:30 UTC (sue): {COMMENT} Answered again after the")
    assert f"2 {THREATENED_ES}" in section and THREATENED_EN in section
    assert section.rstrip().endswith("so that you would keep working or do what they say? No No")
    assert "¿Siente que no puede dejar" not in section  # answered before the return, not changed
    answers = second.split("Answers Left: as asked", 1)[1]
    assert f"2 {THREATENED_ES}" in answers and "do what they say? No No" in answers
    assert "Person became upset" not in answers
    assert "victim" not in second.lower()


def test_a_return_without_a_changed_answer_says_so_and_names_the_details_changed(installation, clock, returned):
    with signed_in(installation, "alice") as alice:
        alice.screenings.update_person(returned, person(clock, estimated_age=31))
        alice.screenings.update_person(returned, person(clock, estimated_age=32))  # told once
        alice.screenings.finalize(returned)

    *_, last = _packets(installation, returned)
    section = _returned_section(last)
    person_changed = (
        "The person's details were changed after the return; Person and interview shows them as they are now."
    )
    assert section == f" the supervisor on 2026-03-02 09:30 UTC (sue): {COMMENT} {NO_CHANGE} {person_changed} "


def test_a_cleared_answer_is_listed_without_an_answer(installation, returned):
    with signed_in(installation, "alice") as alice:
        alice.screenings.clear_answer(returned, "hurt")
        alice.screenings.answer(returned, "threatened", NO)
        alice.screenings.finalize(returned)

    *_, last = _packets(installation, returned)
    changed, unanswered = _returned_section(last).split(
        "Without an answer now (cleared after the return, or no longer asked):"
    )
    assert THREATENED_EN in changed and "hit you" not in changed
    assert unanswered.startswith(" ¿Alguien relacionado con su trabajo")
    assert unanswered.rstrip().endswith("against your will? No answer now")  # once: the app speaks English here


def test_only_the_latest_return_counts(installation, clock, returned):
    with signed_in(installation, "alice") as alice:
        alice.screenings.answer(returned, "threatened", NO)
        alice.screenings.finalize(returned)
    clock.advance(minutes=30)
    with signed_in(installation, "sue") as sue:
        sue.screenings.return_to_screener(returned, "Check the date of discovery.")
    clock.advance(minutes=30)
    with signed_in(installation, "alice") as alice:
        alice.screenings.finalize(returned)

    *_, last = _packets(installation, returned)
    assert "Returned to the screener on 2026-03-02 10:30 UTC" in last
    section = _returned_section(last)
    assert f"(sue): Check the date of discovery. {NO_CHANGE}" in section
    assert COMMENT not in last and THREATENED_EN not in section


def test_a_packet_of_a_screening_never_returned_has_no_return(installation, session, clock):
    screening_id = session.screenings.start(intake(clock)).id
    answer_required(session.screenings, screening_id, {"threatened": UPSET})
    session.screenings.finalize(screening_id)
    session.screenings.amend(screening_id, "threatened", NO, "The person answered later")
    for packet in session.outbox.versions(screening_id):
        text = packet_body(session, packet)
        assert "Returned" not in text and "after the return" not in text


def test_a_change_of_the_person_through_another_screening_is_said_too(installation, clock, returned):
    with signed_in(installation, "alice") as alice:
        person_id = alice.screenings.open(returned).person_id
        again = alice.screenings.start(replace(intake(clock), person_id=person_id))  # the person, screened again
        alice.screenings.update_person(again.id, person(clock, estimated_age=31))
        alice.screenings.finalize(returned)

    *_, last = _packets(installation, returned)
    assert "The person's details were changed after the return" in _returned_section(last)


def test_a_returned_screenings_live_result_keeps_the_done_marks_of_its_actions(installation, session, clock):
    """Marked done while finalized, the HHS request still shows done once returned (its result is live then)."""
    add_users(session, ("alice", "screener"), ("sue", "supervisor"))
    session.lock()
    with signed_in(installation, "alice") as alice:
        screening_id = alice.screenings.start(foreign_minor(clock, age=15)).id
        answer_required(alice.screenings, screening_id, {"sex_trade": YES})
        alice.screenings.finalize(screening_id)
        rfa = next(item for item in alice.screenings.deadlines() if item.kind == "hhs_rfa")
        alice.screenings.mark_action_done(rfa.action_id, reference="OTIP-2026-000123")
    with signed_in(installation, "sue") as sue:
        sue.screenings.return_to_screener(screening_id, COMMENT)
    with signed_in(installation, "alice") as alice:
        result = alice.screenings.result(screening_id)
    states = {action.kind.value: state for action, state in zip(result.actions, result.action_states, strict=True)}
    assert (states["hhs_rfa"].status, states["hhs_rfa"].reference) == ("done", "OTIP-2026-000123")
    assert states["child_welfare"].status == "open"
