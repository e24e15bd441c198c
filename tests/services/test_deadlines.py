from dataclasses import replace
from datetime import timedelta

import pytest
from screening_support import NO, YES, add_users, answer_required, foreign_minor, intake, sign_in_as

from fieldscreen.core.errors import PermissionDenied, UsageError
from fieldscreen.core.models import Answer, AnswerStatus, Question, QuestionType
from fieldscreen.core.person import Citizenship
from fieldscreen.services.screening_models import ListQuery


def finalized_minor(service, clock, hours_ago: float) -> int:
    view = service.start(foreign_minor(clock, discovered_at=clock.now - timedelta(hours=hours_ago)))
    answer_required(service, view.id, {"sex_trade": YES})
    service.finalize(view.id)
    return view.id


def test_open_actions_by_due_time_overdue_first(session, clock):
    service = session.screenings
    late = finalized_minor(service, clock, hours_ago=30)
    soon = finalized_minor(service, clock, hours_ago=20)
    adult = service.start(intake(clock, "brief"))
    answer_required(service, adult.id, {"hurt": YES})
    service.finalize(adult.id)

    items = service.deadlines()
    dated = [i for i in items if i.due_at is not None]
    assert [i.screening_id for i in dated] == [late] * 3 + [soon] * 3
    assert [i.due_at for i in dated] == sorted(i.due_at for i in dated)
    assert dated[0].due_at < clock.now < dated[-1].due_at
    assert {i.kind for i in dated} == {"hhs_rfa", "child_welfare", "law_enforcement"}
    undated = items[len(dated) :]
    assert undated and {i.screening_id for i in undated} == {adult.id} and "hotline" not in {i.kind for i in items}
    assert all(i.status == "open" and i.title and i.recipient for i in items)


def test_mark_done_records_time_who_and_reference(session, clock):
    service = session.screenings
    screening_id = finalized_minor(service, clock, hours_ago=2)
    rfa = next(i for i in service.deadlines() if i.kind == "hhs_rfa")
    when = clock.now - timedelta(minutes=5)
    done = service.mark_action_done(rfa.action_id, reference=" RFA-2026-0042 ", done_at=when)
    assert (done.status, done.done_at, done.done_by, done.reference) == ("done", when, "admin", "RFA-2026-0042")
    assert rfa.action_id not in {i.action_id for i in service.deadlines()}
    assert rfa.action_id in {i.action_id for i in service.deadlines(include_done=True)}
    with pytest.raises(UsageError):
        service.mark_action_done(rfa.action_id)
    other = next(i for i in service.deadlines())
    with pytest.raises(UsageError):
        service.mark_action_done(other.action_id, done_at=clock.now + timedelta(hours=1))
    entry = session.audit.recent(limit=1, action="action_done")[0]
    assert (entry.subject, entry.detail) == (str(screening_id), {"action": rfa.action_id, "kind": "hhs_rfa"})

    for item in service.deadlines():
        service.mark_action_done(item.action_id, reference="done")
    (row,) = service.list(ListQuery()).rows
    assert row.next_due_at is None


def test_screeners_see_and_mark_only_their_own(installation, session, clock):
    add_users(session, ("alice", "screener"), ("bob", "screener"))
    session.lock()
    alice = sign_in_as(installation, "alice")
    finalized_minor(alice.screenings, clock, hours_ago=1)
    action_id = alice.screenings.deadlines()[0].action_id
    alice.lock()
    bob = sign_in_as(installation, "bob")
    try:
        assert bob.screenings.deadlines(include_done=True) == []
        with pytest.raises(PermissionDenied):
            bob.screenings.mark_action_done(action_id, reference="x")
    finally:
        bob.lock()


def test_a_foreign_minors_draft_counts_down_the_hhs_notice_from_discovery(session, clock):
    service = session.screenings
    discovered = clock.now - timedelta(hours=3)
    draft = service.start(foreign_minor(clock, discovered_at=discovered))
    adult = service.start(intake(clock, "brief"))

    (item,) = service.deadlines()
    assert (item.screening_id, item.kind, item.status) == (draft.id, "hhs_rfa", "open")
    assert item.due_at == discovered + timedelta(hours=24)
    rows = {row.id: row for row in service.list(ListQuery()).rows}
    assert rows[draft.id].next_due_at == item.due_at and rows[adult.id].next_due_at is None
    live = [a for a in service.result(draft.id).actions if a.kind.value == "hhs_rfa"]
    assert [a.due_at for a in live] == [item.due_at]


def test_a_drafts_hhs_notice_follows_the_person_and_survives_finalizing_once_done(session, clock):
    service = session.screenings
    draft = service.start(foreign_minor(clock))
    citizen = replace(draft.person, citizenship=Citizenship.US_CITIZEN)
    service.update_person(draft.id, citizen)
    assert service.deadlines() == []
    later = clock.now - timedelta(hours=1)
    service.update_person(draft.id, replace(citizen, citizenship=Citizenship.FOREIGN_NATIONAL, discovered_at=later))
    (item,) = service.deadlines()
    assert item.due_at == later + timedelta(hours=24)
    assert session.audit.recent(limit=1)[0].action == "person_update"

    service.mark_action_done(item.action_id, reference="RFA-1")
    answer_required(service, draft.id, {"sex_trade": YES})
    service.finalize(draft.id)
    rfas = [i for i in service.deadlines(include_done=True) if i.kind == "hhs_rfa"]
    assert [(i.action_id, i.status, i.reference) for i in rfas] == [(item.action_id, "done", "RFA-1")]
    assert {i.kind for i in service.deadlines()} == {"child_welfare", "law_enforcement"}


def _nothing_of_concern(question: Question) -> Answer:
    """ "No", or the first choice that carries no indicator (as a list for a multiple choice)."""
    value = next(c.value for c in question.choices if c.value == "no" or not (c.indicators or c.elements))
    return Answer(AnswerStatus.ANSWERED, (value,) if question.type is QuestionType.SELECT_MULTIPLE else value)


def test_a_drafts_hhs_notice_follows_its_answers_as_they_are_saved(session, clock):
    service = session.screenings
    draft = service.start(foreign_minor(clock))
    assert [i.kind for i in service.deadlines()] == ["hhs_rfa"]  # nothing answered yet: possibly owed
    while (question := service.open(draft.id).state.first_unanswered()) is not None:
        service.answer(draft.id, question.name, _nothing_of_concern(question))  # nothing to notify
    assert service.deadlines() == []
    assert service.list(ListQuery()).rows[0].next_due_at is None

    service.answer(draft.id, "sex_trade", YES)  # the answers now call for the 24-hour notice
    (item,) = service.deadlines()
    assert (item.kind, item.due_at) == ("hhs_rfa", draft.person.discovered_at + timedelta(hours=24))
    assert service.list(ListQuery()).rows[0].next_due_at == item.due_at
    service.answer(draft.id, "sex_trade", YES)  # unchanged: stored once
    assert [i.action_id for i in service.deadlines()] == [item.action_id]

    service.clear_answer(draft.id, "sex_trade")  # open again: the notice is still owed (inconclusive)
    assert [i.kind for i in service.deadlines()] == ["hhs_rfa"]
    service.answer(draft.id, "sex_trade", NO)
    assert service.deadlines() == []


def test_an_adults_answers_are_not_assessed_for_draft_actions(session, clock, monkeypatch):
    service = session.screenings
    adult = service.start(intake(clock, "brief"))

    def never(*_args, **_kwargs):
        raise AssertionError("assessed")

    monkeypatch.setattr("fieldscreen.services.screenings.draft_actions", never)
    service.answer(adult.id, "hurt", YES)
    assert service.deadlines() == []


def _kinds(service, screening_id: int) -> list[str]:
    return [item.kind for item in service.deadlines() if item.screening_id == screening_id]


def test_a_change_of_the_person_through_one_screening_reaches_the_persons_other_drafts(session, clock):
    service = session.screenings
    first = service.start(foreign_minor(clock, citizenship=Citizenship.US_CITIZEN))
    again = service.start(replace(foreign_minor(clock), person_id=first.person_id))  # the same person, screened again
    service.answer(again.id, "sex_trade", YES)
    assert _kinds(service, again.id) == []  # a U.S. citizen: no HHS request

    service.update_person(first.id, replace(first.person, citizenship=Citizenship.FOREIGN_NATIONAL))
    assert _kinds(service, again.id) == ["hhs_rfa"], "the other draft's answers call for it now"
    service.update_person(first.id, replace(first.person, citizenship=Citizenship.US_CITIZEN))
    assert _kinds(service, again.id) == []
    service.answer(again.id, "sex_trade", YES)
    assert _kinds(service, again.id) == []


def test_a_drafts_hhs_request_stays_when_the_person_turns_18_the_duty_arose_at_discovery(session, clock):
    service = session.screenings
    born = (clock.now - timedelta(days=18 * 365 + 3)).date()  # 18 in a day or so
    draft = service.start(foreign_minor(clock, date_of_birth=born))
    service.answer(draft.id, "sex_trade", YES)
    assert _kinds(service, draft.id) == ["hhs_rfa"]
    clock.advance(days=3)
    service.answer(draft.id, "sex_trade", YES)  # an adult now, but found as a child: still owed, and overdue
    [item] = [item for item in service.deadlines() if item.screening_id == draft.id]
    assert item.kind == "hhs_rfa" and item.due_at is not None and item.due_at < clock.now
