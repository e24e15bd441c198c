import json
from datetime import date, timedelta

import pytest
from screening_support import (
    DECLINED,
    DONT_KNOW,
    NO,
    YES,
    add_users,
    answer_required,
    foreign_minor,
    intake,
    sign_in_as,
)
from services_support import ADMIN, ADMIN_PASSWORD, CANARY

from fieldscreen.core.errors import PermissionDenied, StorageFull, UsageError
from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Need
from fieldscreen.core.screening_answers import AnswerRejected
from fieldscreen.services import screening_writes
from fieldscreen.services.screening_errors import (
    NotFinalized,
    OthersDraft,
    ScreeningIncomplete,
    ScreeningLocked,
    WrongStatus,
)
from fieldscreen.services.screening_models import Intake, InterviewContext, ListQuery, PersonInput
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.vault import Vault


def raw_rows(data_dir, sql):
    """Rows read straight from the database file with the administrator's key."""
    key = Vault(data_dir / "vault.json").unlock_user(ADMIN, ADMIN_PASSWORD).data_key
    conn = open_encrypted(data_dir / "fieldscreen.db", key)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_answers_survive_a_restart_with_the_position(make_installation, session, clock):
    service = session.screenings
    view = service.start(intake(clock, "adult_full", name=f"Name {CANARY}"))
    assert view.status == "draft" and view.case_code.startswith("FS-")
    assert view.current_question == "did_work"
    given = {
        "did_work": YES,
        "work_type": Answer(AnswerStatus.ANSWERED, ("farm", "cleaning")),
        "hours_per_day": Answer(AnswerStatus.ANSWERED, 14),
        "job_promise": DECLINED,
        "owe_debt": DONT_KNOW,
        "needs": Answer(AnswerStatus.ANSWERED, ("shelter", "food")),
    }
    for name, answer in given.items():
        saved = service.answer(view.id, name, answer)
        assert saved.saved_at == clock.now and saved.changes.answered == (name,)
    service.set_position(view.id, "owe_debt")
    session.lock()

    again = make_installation().sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        reopened = again.screenings.open(view.id)
        answers = reopened.state.answers()
        assert {name: (a.status, a.value) for name, a in answers.items()} == {
            name: (a.status, a.value) for name, a in given.items()
        }
        assert reopened.current_question == "owe_debt"
        assert reopened.person.name == f"Name {CANARY}" and reopened.instrument.key == ("adult_full", "1.0.0")
        assert reopened.state.is_visible("work_type")
        assert again.screenings.result(view.id).facts.needs == {Need.SHELTER, Need.FOOD}
        actions = [(e.action, e.subject, e.detail) for e in reversed(again.audit.recent(limit=20))]
    finally:
        again.lock()
    assert ("screening_start", str(view.id), {"instrument": "adult_full", "version": "1.0.0"}) in actions
    assert ("screening_answer", str(view.id), {"question": "work_type"}) in actions
    assert ("screening_view", str(view.id), {}) in actions


def test_answer_moves_the_resume_point_to_the_next_shown_question(session, clock):
    service = session.screenings
    view = service.start(intake(clock, "youth"))
    service.answer(view.id, "born_abroad", NO)  # came_alone stays hidden, so the interview goes on at did_work
    assert service.open(view.id).current_question == "did_work"


def test_a_rejected_answer_saves_nothing(session, clock, data_dir):
    service = session.screenings
    view = service.start(intake(clock))
    with pytest.raises(AnswerRejected):
        service.answer(view.id, "cannot_leave", Answer(AnswerStatus.ANSWERED, "maybe"))
    assert raw_rows(data_dir, "SELECT count(*) FROM answers") == [(0,)]
    assert service.open(view.id).state.answers() == {}


def test_a_failed_write_leaves_memory_as_the_database(session, clock, monkeypatch):
    service = session.screenings
    view = service.start(intake(clock))
    service.answer(view.id, "cannot_leave", NO)

    def disk_full(*args, **kwargs):
        raise StorageFull()

    monkeypatch.setattr(screening_writes.repo, "autosave_answer", disk_full)
    with pytest.raises(StorageFull):
        service.answer(view.id, "cannot_leave", YES)
    monkeypatch.undo()
    assert service.open(view.id).state.answer_of("cannot_leave").value == "no"
    assert service.result(view.id).assessment.screen_result.value != "positive"


def test_clear_answer(session, clock):
    service = session.screenings
    view = service.start(intake(clock))
    service.answer(view.id, "hurt", YES)
    cleared = service.clear_answer(view.id, "hurt")
    assert cleared.changes.answered == ("hurt",)
    reopened = service.open(view.id)
    assert reopened.state.answer_of("hurt") is None and reopened.current_question == "hurt"


def test_a_cleared_answer_is_the_resume_point_even_after_later_answers(session, clock):
    service = session.screenings
    view = service.start(intake(clock))
    service.answer(view.id, "cannot_leave", NO)
    service.answer(view.id, "hurt", YES)
    service.clear_answer(view.id, "cannot_leave")
    assert service.open(view.id).current_question == "cannot_leave"
    service.answer(view.id, "cannot_leave", NO)
    assert service.open(view.id).current_question != "cannot_leave"


def test_screeners_see_only_their_own(installation, session, clock):
    add_users(session, ("alice", "screener"), ("bob", "screener"), ("sue", "supervisor"))
    session.lock()
    alice = sign_in_as(installation, "alice")
    mine = alice.screenings.start(intake(clock)).id
    alice.lock()

    bob = sign_in_as(installation, "bob")
    try:
        for attempt in (
            lambda: bob.screenings.open(mine),
            lambda: bob.screenings.answer(mine, "hurt", YES),
            lambda: bob.screenings.result(mine),
            lambda: bob.screenings.finalize(mine),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        with pytest.raises(PermissionDenied):
            bob.screenings.approve(mine)
    finally:
        bob.lock()

    sue = sign_in_as(installation, "sue")
    try:
        assert sue.screenings.open(mine).screener == "alice"
    finally:
        sue.lock()


def test_only_the_screener_who_started_a_draft_writes_in_it(installation, session, clock):
    add_users(session, ("alice", "screener"), ("sue", "supervisor"))
    draft = session.screenings.start(intake(clock)).id  # the administrator's own draft
    session.lock()
    alice = sign_in_as(installation, "alice")
    mine = alice.screenings.start(intake(clock)).id
    alice.screenings.answer(mine, "hurt", NO)
    alice.lock()

    for name in (ADMIN, "sue"):
        other = sign_in_as(installation, name)
        try:
            assert other.screenings.open(mine).screener == "alice", "reviewers still read every screening"
            for method, *args in (
                ("answer", "hurt", YES),
                ("clear_answer", "hurt"),
                ("stop_interview",),
                ("set_position", "hurt"),
                ("update_person", PersonInput(name="Other", discovered_at=clock.now)),
                ("update_context", InterviewContext("health")),
                ("finalize",),
            ):
                with pytest.raises(OthersDraft) as raised:
                    getattr(other.screenings, method)(mine, *args)
                assert isinstance(raised.value, PermissionDenied)
                assert raised.value.message.startswith("Only alice, who started this screening, can answer")
                assert "amend" in raised.value.advice
        finally:
            other.lock()

    alice = sign_in_as(installation, "alice")
    try:
        view = alice.screenings.open(mine)
        assert view.state.answer_of("hurt").value == "no", "nothing was written by the others"
        assert view.person.name == "Canary Person" and view.context.setting == "social_service"
        alice.screenings.answer(mine, "hurt", YES)
        alice.screenings.update_person(mine, PersonInput(name="Other", discovered_at=clock.now))
        alice.screenings.stop_interview(mine)
        assert alice.screenings.finalize(mine).status == "finalized"
        with pytest.raises(PermissionDenied):
            alice.screenings.answer(draft, "hurt", YES)  # a screener does not even see another's draft
    finally:
        alice.lock()

    sue = sign_in_as(installation, "sue")
    try:
        amended = sue.screenings.amend(mine, "hurt", NO, "The person corrected it at the review")
        assert amended.state.answer_of("hurt").value == "no", "finalized: reviewers amend with a reason"
    finally:
        sue.lock()


def test_the_audit_trail_verifies_after_every_kind_of_change_to_the_answers(session, clock):
    service = session.screenings
    view = service.start(foreign_minor(clock))
    steps = [
        lambda: service.answer(view.id, "born_abroad", YES),
        lambda: service.answer(view.id, "sex_trade", NO),
        lambda: service.answer(view.id, "sex_trade", YES),
        lambda: service.clear_answer(view.id, "sex_trade"),
        lambda: service.answer(view.id, "born_abroad", NO),
        lambda: service.set_position(view.id, "sex_trade"),
        lambda: service.stop_interview(view.id),
        lambda: service.finalize(view.id),
        lambda: service.amend(view.id, "sex_trade", YES, "said so later"),
    ]
    for number, step in enumerate(steps):
        step()
        report = session.audit.verify()
        assert report.ok, (number, report.message)
    assert report.entries_checked >= len(steps)


def test_finalize_needs_every_required_answer_then_locks(session, clock):
    service = session.screenings
    view = service.start(intake(clock))
    with pytest.raises(ScreeningIncomplete) as refused:
        service.finalize(view.id)
    assert refused.value.questions == ("cannot_leave", "sex_exchange")
    assert "still need an answer" in refused.value.message and "leave" in refused.value.message
    assert "?." not in refused.value.message and ";" not in refused.value.message, "one question a line, as asked"
    assert "Declined" in refused.value.advice

    service.answer(view.id, "cannot_leave", DECLINED)
    service.answer(view.id, "sex_exchange", DONT_KNOW)
    final = service.finalize(view.id)
    assert final.status == "finalized" and final.finalized_at == clock.now
    with pytest.raises(ScreeningLocked):
        service.answer(view.id, "hurt", YES)
    with pytest.raises(ScreeningLocked):
        service.clear_answer(view.id, "cannot_leave")
    with pytest.raises(ScreeningLocked):
        service.update_person(view.id, final.person)
    with pytest.raises(ScreeningLocked):
        service.finalize(view.id)
    assert service.open(view.id).state.answer_of("hurt") is None
    assert service.result(view.id).assessment.category.value == "inconclusive"


def test_amend_keeps_the_original_and_assesses_again(session, clock):
    service = session.screenings
    view = service.start(foreign_minor(clock))
    answer_required(service, view.id, {"sex_trade": NO})
    with pytest.raises(NotFinalized):
        service.amend(view.id, "sex_trade", YES, "said so later")
    service.finalize(view.id)
    with pytest.raises(UsageError):
        service.amend(view.id, "sex_trade", YES, "   ")
    with pytest.raises(AnswerRejected):
        service.amend(view.id, "sex_trade", Answer(AnswerStatus.ANSWERED, "perhaps"), "typo")

    clock.advance(hours=1)
    amended = service.amend(view.id, "sex_trade", YES, f"Disclosed later {CANARY}")
    assert amended.status == "finalized"
    (change,) = amended.amendments
    assert (change["question"], change["before"]["value"], change["after"]["value"]) == ("sex_trade", "no", "yes")
    assert change["reason"] == f"Disclosed later {CANARY}" and change["by"] == ADMIN
    assert service.result(view.id).assessment.category.value == "possible_sex_trafficking"
    rfa = next(item for item in service.deadlines() if item.kind == "hhs_rfa")
    service.mark_action_done(rfa.action_id, reference="RFA-1")

    service.amend(view.id, "sex_for_others", YES, "second disclosure")
    kinds = [(item.kind, item.status) for item in service.deadlines(include_done=True) if item.kind == "hhs_rfa"]
    assert kinds == [("hhs_rfa", "done")]
    audit = [(e.action, e.detail) for e in session.audit.recent(limit=50)]
    assert ("screening_amend", {"question": "sex_trade"}) in audit
    assert CANARY not in json.dumps([e.detail for e in session.audit.recent(limit=200)])


def test_youth_16_foreign_national_sex_for_a_place_to_stay(session, clock):
    service = session.screenings
    discovered = clock.now - timedelta(hours=2)
    view = service.start(foreign_minor(clock, discovered_at=discovered))
    answer_required(service, view.id, {"born_abroad": YES, "sex_trade": YES})
    live = service.result(view.id)
    assert live.assessment.category.value == "possible_sex_trafficking"
    assert live.icd10 == ()

    service.finalize(view.id)
    rfa = [item for item in service.deadlines() if item.kind == "hhs_rfa"]
    assert len(rfa) == 1 and rfa[0].due_at == discovered + timedelta(hours=24)
    assert rfa[0].case_code == view.case_code and rfa[0].status == "open"
    assert "7105" in rfa[0].legal_basis
    (row,) = service.list(ListQuery()).rows
    assert row.result_category == "possible_sex_trafficking" and row.next_due_at == discovered + timedelta(hours=24)


def test_clinical_setting_adds_icd10_suggestions(installation, session, clock):
    service = session.screenings
    assert not service.clinical_setting()
    service.set_clinical_setting(True)
    view = service.start(foreign_minor(clock))
    answer_required(service, view.id, {"sex_trade": YES})
    assert [s.code for s in service.result(view.id).icd10] == ["T76.52XA"]
    add_users(session, ("sam", "screener"))
    session.lock()
    sam = sign_in_as(installation, "sam")
    try:
        with pytest.raises(PermissionDenied):
            sam.screenings.set_clinical_setting(False)
    finally:
        sam.lock()


def test_return_to_screener_and_approve(installation, session, clock):
    add_users(session, ("alice", "screener"), ("sue", "supervisor"))
    session.lock()
    alice = sign_in_as(installation, "alice")
    screening_id = alice.screenings.start(intake(clock)).id
    answer_required(alice.screenings, screening_id, {})
    alice.screenings.finalize(screening_id)
    alice.lock()

    sue = sign_in_as(installation, "sue")
    with pytest.raises(UsageError):
        sue.screenings.return_to_screener(screening_id, " ")
    assert sue.screenings.return_to_screener(screening_id, "Ask about papers").status == "returned"
    with pytest.raises(WrongStatus):
        sue.screenings.approve(screening_id)
    sue.lock()

    alice = sign_in_as(installation, "alice")
    assert alice.screenings.open(screening_id).review_comment == "Ask about papers"
    alice.screenings.answer(screening_id, "papers_kept", YES)
    alice.screenings.finalize(screening_id)
    alice.lock()

    sue = sign_in_as(installation, "sue")
    try:
        assert sue.screenings.approve(screening_id).status == "approved"
        assert sue.screenings.result(screening_id).assessment.screen_result.value == "positive"
    finally:
        sue.lock()


def test_person_and_context_updates_and_checks(session, clock):
    service = session.screenings
    view = service.start(intake(clock))
    changed = service.update_person(
        view.id, PersonInput(case_code="FS-0000-0000", name="Other", discovered_at=clock.now)
    )
    assert changed.person.name == "Other" and changed.case_code == view.case_code
    with pytest.raises(UsageError):
        service.update_person(view.id, PersonInput(estimated_age=200, discovered_at=clock.now))
    with pytest.raises(UsageError):
        service.update_person(view.id, PersonInput(date_of_birth=date(2999, 1, 1), discovered_at=clock.now))
    relative = InterviewContext("health", interpreter_used=True, interpreter_relationship="relative")
    context = service.update_context(view.id, relative).context
    assert context.setting == "health" and context.interpreter_relationship == "relative"
    assert len(context.warnings()) == 3
    with pytest.raises(UsageError):
        service.update_context(view.id, InterviewContext("kitchen"))


def test_start_refuses_a_taken_or_malformed_case_code(session, clock):
    service = session.screenings
    code = service.new_case_code()
    service.start(intake(clock, case_code=code))
    with pytest.raises(UsageError):
        service.start(intake(clock, case_code=code))
    with pytest.raises(UsageError):
        service.start(intake(clock, case_code="Jane Doe 1990"))
    base = intake(clock, "youth")
    with pytest.raises(UsageError):
        service.start(Intake("youth", "fr", "en", base.context, base.person))


def test_later_meeting_reuses_the_person(installation, session, clock):
    service = session.screenings
    first = service.start(intake(clock))
    later = Intake("adult_full", "en", "en", first.context, first.person, person_id=first.person_id)
    again = service.start(later)
    assert again.case_code == first.case_code and again.person_id == first.person_id
    add_users(session, ("bob", "screener"))
    session.lock()
    bob = sign_in_as(installation, "bob")
    try:
        with pytest.raises(PermissionDenied):
            bob.screenings.start(later)
    finally:
        bob.lock()


def test_stopping_the_interview_declines_every_open_question_at_once_and_survives_a_restart(
    make_installation, session, clock
):
    service = session.screenings
    view = service.start(foreign_minor(clock))
    service.answer(view.id, "born_abroad", YES)
    service.answer(view.id, "sex_trade", YES)
    open_before = service.open(view.id).state.unanswered()
    assert len(open_before) >= 3

    clock.advance(minutes=5)
    stopped = service.stop_interview(view.id)
    assert stopped.state.unanswered() == ()
    assert stopped.status == "draft", "still editable: the review comes next"
    for name in open_before:
        answer = stopped.state.answer_of(name)
        assert answer.status is AnswerStatus.DECLINED and answer.at == clock.now, name
    assert stopped.state.answer_of("sex_trade").status is AnswerStatus.ANSWERED, "given answers stay"
    live = service.result(view.id)
    assert live.assessment.category.value == "possible_sex_trafficking", "what was said still counts"
    actions = [(e.action, e.detail) for e in session.audit.recent(limit=50)]
    assert ("screening_stopped", {"declined": len(open_before)}) in actions
    assert sum(1 for action, _ in actions if action == "screening_answer") == 2 + len(open_before)
    session.lock()

    again = make_installation().sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        reopened = again.screenings.open(view.id)
        assert reopened.state.unanswered() == ()
        assert {n: reopened.state.answer_of(n).status for n in open_before} == dict.fromkeys(
            open_before, AnswerStatus.DECLINED
        )
        again.screenings.finalize(view.id)
        with pytest.raises(ScreeningLocked):
            again.screenings.stop_interview(view.id)
    finally:
        again.lock()
