"""What a referral packet says after the screening moves on: real screenings, real packets, read back with pypdf.

The walkthrough case: a 15-year-old foreign national who came to the U.S. without a parent (not in federal custody),
the HHS Request for Assistance marked done with its reference number, then two "No" answers amended to "Yes".
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from outbox_helpers import amend_screening, finalize_screening, packet_body, packet_text
from screening_support import CONTEXT, NO, YES, answer_required, foreign_minor
from services_support import ADMIN

from fieldscreen.core.person import Tri
from fieldscreen.store import packets_repo

REFERENCE = "OTIP-RFA-2026-4471"
REASON = "The young person told us more at the end"


def _stamp(when) -> str:
    return f"{when:%Y-%m-%d %H:%M} UTC"


@pytest.fixture
def minor(session, clock) -> int:
    """The walkthrough screening, finalized: its HHS notice done, then ``ran_away`` and ``no_home`` amended."""
    service = session.screenings
    view = service.start(replace(foreign_minor(clock, age=15), interview_language="es"))
    answers = {"ran_away": NO, "no_home": NO, "born_abroad": YES, "came_alone": YES, "sex_trade": YES}
    hidden_between = {"sex_for_others": NO, "sex_pictures": NO}  # sex_arranged, between them, is hidden
    answer_required(service, view.id, {**answers, **hidden_between})
    service.finalize(view.id)
    clock.advance(minutes=40)
    (hhs,) = [item for item in service.deadlines() if item.screening_id == view.id and item.kind == "hhs_rfa"]
    service.mark_action_done(hhs.action_id, reference=REFERENCE)
    clock.advance(minutes=20)
    for question in ("ran_away", "no_home"):
        service.amend(view.id, question, YES, REASON)
        clock.advance(minutes=5)
    return view.id


def test_amended_answers_are_marked_where_they_are_shown(session, minor):
    *_, last = session.outbox.versions(minor)
    text = packet_body(session, last)
    answers = text.split("Answers Left: as asked", 1)[1]
    for number, english in ((1, "been told you had to leave?"), (2, "because you had nowhere else to go?")):
        assert (
            f'{english} Sí Yes Changed after finalizing: see change {number} under "Changed after finalizing". '
            f"Answer when finalized: No {number + 1} ¿"
        ) in answers
    changes = text.split("Changed after finalizing These answers were changed", 1)[1].split("Answers Left:", 1)[0]
    assert (
        "Why, when, by whom 1 1. Have you ever run away from home or from a place where you were living, or been told "
        f"you had to leave? No Yes {REASON} (2026-03-02 10:00 UTC, {ADMIN}) 2 2. Have you ever had to sleep outside"
    ) in changes
    assert f"nowhere else to go? No Yes {REASON} (2026-03-02 10:05 UTC, {ADMIN})" in changes
    cover = text.split("Result", 1)[0]
    assert (
        '2 answer change(s) after finalizing: marked under Answers and listed under "Changed after finalizing".'
        in cover
    )


def test_every_version_says_which_it_is_and_what_it_replaces(session, clock):
    screening_id = finalize_screening(session, clock)
    clock.advance(minutes=30)
    amend_screening(session, clock, screening_id)
    clock.advance(minutes=30)
    amend_screening(session, clock, screening_id, "hurt")
    first, second, third = (packet_text(session, packet) for packet in session.outbox.versions(screening_id))
    assert "Referral packet · Version 1" in first and "Version 1 Created 2026-03-02 09:00 UTC" in first
    assert "replaces" not in first
    assert "Referral packet · Version 2" in second
    assert "Version 2: replaces version 1 of 2026-03-02 09:00 UTC" in second
    assert "Version 3: replaces versions 1 to 2 (version 2 of 2026-03-02 09:30 UTC)" in third


def test_a_done_action_is_passed_on_with_its_reference_and_is_not_outstanding(session, minor):
    first, *_, last = (packet_text(session, packet) for packet in session.outbox.versions(minor))
    hhs = "HHS Office on Trafficking in Persons (OTIP): Request for Assistance in Shepherd"
    assert f"Deadline: 2026-03-03 07:00 UTC {hhs}" in first, "made before it was done: it stays as it was"
    assert REFERENCE not in first
    done = f"Done 2026-03-02 09:40 UTC by {ADMIN}. Reference number: {REFERENCE}"
    cover = last.split("Result", 1)[0]
    assert "Deadline: 2026-03-03 07:00 UTC Child welfare agency" in cover and f"Done {hhs}. {done}" in cover
    actions = last.split("What must happen next", 1)[1].split("Person and interview", 1)[0]
    assert f"2026-03-03 07:00 UTC DONE 2026-03-02 09:40 UTC {hhs} {done} A foreign-national child" in actions
    assert actions.count(hhs) == 1 and actions.count("URGENT Not recorded as done") == 2  # child welfare, police


def test_the_custody_field_reads_as_the_legal_status_not_the_travel_answer(session, minor):
    *_, last = session.outbox.versions(minor)
    text = packet_text(session, last)
    assert "Unaccompanied child in federal custody (UAC) Not known Time of discovery" in text, "nobody said: no No"
    assert "Unaccompanied child No" not in text


@pytest.mark.parametrize(("given", "shown"), [(Tri.YES, "Yes"), (Tri.NO, "No")])
def test_the_custody_answer_given_is_the_one_stated(session, clock, given, shown):
    service = session.screenings
    view = service.start(foreign_minor(clock, age=15, unaccompanied=given))
    answer_required(service, view.id, {"sex_trade": YES})
    service.finalize(view.id)
    [packet] = session.outbox.versions(view.id)
    assert f"Unaccompanied child in federal custody (UAC) {shown} Time of discovery" in packet_body(session, packet)


def test_the_nationality_recorded_reaches_the_packet_and_a_correction_is_kept(session, clock):
    """The Request for Assistance asks for it: recorded with the person, corrected later, stated in the packet."""
    service = session.screenings
    view = service.start(foreign_minor(clock, age=15, nationality=" Guatemala "))
    assert service.open(view.id).person.nationality == "Guatemala"
    corrected = service.update_person(view.id, replace(view.person, nationality="Honduras"))
    assert corrected.person.nationality == "Honduras"
    answer_required(service, view.id, {"sex_trade": YES})
    service.finalize(view.id)
    [packet] = session.outbox.versions(view.id)
    assert "Nationality Honduras" in packet_body(session, packet)


def test_the_office_contact_is_on_the_cover_for_callbacks(session, clock):
    session.settings.set_contact("Intake line 555-0100")
    service = session.screenings
    view = service.start(foreign_minor(clock, age=15))
    answer_required(service, view.id, {"sex_trade": YES})
    service.finalize(view.id)
    [packet] = session.outbox.versions(view.id)
    assert "Contact Intake line 555-0100" in packet_body(session, packet)


def test_the_place_the_person_alone_and_the_interviewer_preferred_are_stated(session, clock):
    context = replace(CONTEXT, private_setting=Tri.NO, person_alone=Tri.UNKNOWN, interviewer_gender_preference="woman")
    service = session.screenings
    view = service.start(replace(foreign_minor(clock, age=15), context=context))
    answer_required(service, view.id, {"sex_trade": YES})
    service.finalize(view.id)
    [packet] = session.outbox.versions(view.id)
    person = packet_body(session, packet).split("Person and interview", 1)[1]
    assert "Private place No Person alone Not known Interviewer gender preference Prefers a woman" in person


def test_questions_are_numbered_without_gaps_where_one_is_hidden_or_not_answered(session, minor):
    *_, last = session.outbox.versions(minor)
    answers = packet_text(session, last).split("Answers Left: as asked", 1)[1]
    assert "¿Otra persona lo organizaba" not in answers  # sex_arranged is hidden
    numbers = [int(n) for n in re.findall(r" (\d{1,2}) ¿", " " + answers)]
    assert numbers == list(range(1, 9))  # 8 answered questions


def test_a_reason_whose_answer_was_amended_is_marked_in_the_reasons_table(session, minor):
    first, *_, last = (packet_text(session, packet) for packet in session.outbox.versions(minor))
    heading = "Reasons: the answers that produced this result"
    reasons = last.split(heading, 1)[1].split("What must happen next", 1)[0]
    for number, english in ((1, "been told you had to leave?"), (2, "because you had nowhere else to go?")):
        assert (
            f"{english} Yes D11: a vulnerability such as homelessness, running away or child-welfare history "
            "a risk factor only, not an element "
            f'Changed after finalizing: see change {number} under "Changed after finalizing". Answer when finalized: No'
        ) in reasons
    assert reasons.count("Changed after finalizing: see change") == 2  # the answers never amended are not marked
    assert "Were you born in another country? Yes D10" in reasons
    assert "Changed after finalizing" not in first.split(heading, 1)[1].split("What must happen next", 1)[0]


def test_each_manifest_states_its_version_and_a_done_action_as_done(session, minor):
    rows = session.outbox.versions(minor)
    manifests = [session._ctx.run(packets_repo.pdf_and_manifest, row.id)[1] for row in rows]
    assert [(m["version"], m["replaces"]) for m in manifests] == [
        (row.version, None if row.version == 1 else {"version": row.version - 1, "created_at": earlier.isoformat()})
        for row, earlier in zip(rows, [None, *(r.created_at for r in rows)], strict=False)
    ]
    first, last = manifests[0], manifests[-1]
    assert [a["done"] for a in first["actions"]] == [None] * len(first["actions"])
    *still_open, hhs = last["actions"]
    assert hhs == {
        "kind": "hhs_rfa",
        "due_at": "2026-03-03T07:00:00+00:00",
        "done": {"at": "2026-03-02T09:40:00+00:00", "by": ADMIN, "reference": REFERENCE},
    }
    assert still_open and all(a["done"] is None for a in still_open)
    assert sorted(a["kind"] for a in last["actions"]) == sorted(a["kind"] for a in first["actions"])


def test_a_relative_interpreting_is_stated_beside_the_interview_for_the_office(session, clock):
    context = replace(CONTEXT, interpreter_used=True, interpreter_language="es", interpreter_relationship="relative")
    service = session.screenings
    view = service.start(replace(foreign_minor(clock, age=15), context=context))
    answer_required(service, view.id, {"sex_trade": YES})
    service.finalize(view.id)
    [packet] = session.outbox.versions(view.id)
    body = packet_body(session, packet)
    assert "a relative of the person" in body
    assert (
        "Interview conditions The interpreter was a relative or companion of the person: the answers may be "
        "incomplete or shaped by them. A new screening with a neutral interpreter is advised."
    ) in body
    assert "not recorded as alone" not in body and "not recorded as private" not in body


def test_an_interview_without_a_concern_has_no_conditions_row(session, minor):
    assert "Interview conditions" not in packet_body(session, session.outbox.versions(minor)[0])


def test_marking_an_action_done_sends_the_office_a_version_that_says_so(session, clock):
    service = session.screenings
    view = service.start(replace(foreign_minor(clock, age=15), interview_language="es"))
    (draft_hhs,) = [item for item in service.deadlines() if item.screening_id == view.id and item.kind == "hhs_rfa"]
    service.mark_action_done(draft_hhs.action_id, reference=REFERENCE)  # done while a draft: no packet yet
    assert session.outbox.versions(view.id) == []
    answer_required(service, view.id, {"ran_away": NO, "no_home": NO, "born_abroad": YES, "came_alone": YES})
    service.finalize(view.id)
    [first] = session.outbox.versions(view.id)
    assert f"Reference number: {REFERENCE}" in packet_text(session, first), "done before the finalize: in version 1"
    clock.advance(minutes=10)
    open_actions = [item for item in service.deadlines() if item.screening_id == view.id]
    service.mark_action_done(open_actions[0].action_id, reference="CW-77")
    first, second = session.outbox.versions(view.id)
    text = packet_text(session, second)
    assert "Version 2: replaces version 1" in text and "Reference number: CW-77" in text
    assert session.audit.recent(action="packet_stored")[0].detail["reason"] == "action_done"
