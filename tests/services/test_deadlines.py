from datetime import timedelta

import pytest
from screening_support import YES, add_users, answer_required, foreign_minor, intake, sign_in_as

from fieldscreen.core.errors import PermissionDenied, UsageError
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
