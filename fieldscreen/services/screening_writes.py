"""The screening service's writes, each one transaction with its audit entry, run on the DB thread.

Every function takes the connection, the session's state and the screening id first, and re-checks the screening's
status in the database inside the transaction, so a change never lands on a screening that was locked meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, NamedTuple

from fieldscreen.core.errors import PermissionDenied, UsageError
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Answer
from fieldscreen.core.routing import Action
from fieldscreen.core.screening import Screening
from fieldscreen.store import packets_repo
from fieldscreen.store import screenings_repo as repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.screenings_repo import EDITABLE, ScreeningRow, utc_text

from . import case_codes, clinical_setting
from .context import SessionContext
from .screening_access import screener_filter
from .screening_errors import NotFinalized, ScreeningLocked, ScreeningNotFound, WrongStatus
from .screening_models import DRAFT, FINALIZED, Intake, PersonInput, ResultView
from .screening_records import context_fields, person_fields, person_input
from .screening_results import (
    DraftSignature,
    compute_result,
    draft_actions,
    draft_signature,
    store_draft_actions,
    store_result,
    stored_draft_signature,
)


def stored_row(conn: Connection, screening_id: int) -> ScreeningRow:
    """The stored screening.

    Raises:
        ScreeningNotFound: There is none with this id.
    """
    try:
        return repo.get_screening(conn, screening_id)
    except LookupError:
        raise ScreeningNotFound() from None


class NewDraft(NamedTuple):
    """A draft just stored: its id, its person's id and details, the signature of its draft actions."""

    screening_id: int
    person_id: int
    person: PersonInput
    draft_actions: DraftSignature


def insert_draft(
    conn: Connection,
    ctx: SessionContext,
    intake: Intake,
    source: tuple[str, str, str],
    state: Screening,
    now: datetime,
    code_prefix: str,
) -> NewDraft:
    """Store the instrument text, the person (unless reused), a draft and its draft actions.

    Args:
        conn: The connection.
        ctx: The session's state.
        intake: What the screener entered.
        source: ``(instrument id, version, text)`` of the instrument the screening begins with.
        state: The new screening's (empty) state; the interview starts at its first question.
        now: The start time.
        code_prefix: The case code prefix for a new person without a code.

    Returns:
        The screening, its person and the signature of its draft actions, as stored.

    Raises:
        UsageError: The case code is malformed or taken.
        PermissionDenied, ScreeningNotFound: The reused person is someone else's or does not exist.
    """
    key = source[:2]
    first = state.next_question()
    with transaction(conn):
        repo.save_instrument_source(conn, *source)
        person_id = _person_for(conn, ctx, intake, now, code_prefix)
        fields = {
            "person_id": person_id,
            "instrument_id": key[0],
            "instrument_version": key[1],
            "interview_language": intake.interview_language,
            "screener_language": intake.screener_language,
            "screener": ctx.account.username,
            "current_question": first.name if first else "",
            **context_fields(intake.context),
        }
        screening_id = repo.insert_screening(conn, fields, at=now)
        person = person_input(repo.get_person(conn, person_id))
        early = draft_actions(state, person, now)
        store_draft_actions(conn, screening_id, early)
        ctx.record(conn, "screening_start", str(screening_id), {"instrument": key[0], "version": key[1]})
    return NewDraft(screening_id, person_id, person, draft_signature(early))


def _person_for(conn: Connection, ctx: SessionContext, intake: Intake, now: datetime, code_prefix: str) -> int:
    account = ctx.account
    if intake.person_id is not None:
        try:
            person = repo.get_person(conn, intake.person_id)
        except LookupError:
            raise ScreeningNotFound() from None
        mine = account.username == person.created_by or account.username in repo.person_screeners(conn, person.id)
        if screener_filter(account) is not None and not mine:
            raise PermissionDenied(translate("Permissions", "screen a person another screener recorded"))
        return person.id
    code = intake.person.case_code.strip() or case_codes.new_case_code(conn, code_prefix)
    if not case_codes.is_case_code(code):
        raise UsageError(translate("Screenings", "This is not a case code made by fieldscreen."))
    if repo.case_code_exists(conn, code):
        raise UsageError(
            translate("Screenings", "This case code is already used."),
            translate("Screenings", "Make a new case code, or choose the person screened before."),
        )
    return repo.insert_person(conn, person_fields(replace(intake.person, case_code=code)), at=now, by=account.username)


def write_answer(
    conn: Connection,
    ctx: SessionContext,
    screening_id: int,
    question: str,
    answer: Answer | None,
    resume: str,
    at: datetime,
    early: Sequence[Action] | None = None,
) -> None:
    """Save (or, for ``None``, remove) one answer with the resume point and the audit entry.

    ``early``: the draft actions the answer brings or ends (:func:`draft_actions`), stored with it; ``None`` when
    they stay as stored.

    Raises:
        ScreeningLocked: The screening is no longer editable.
    """
    with transaction(conn):
        if early is not None:
            store_draft_actions(conn, screening_id, early)
        if answer is None:
            ctx.record(conn, "screening_answer_clear", str(screening_id), {"question": question})
            editable = repo.record_progress(conn, screening_id, current_question=resume, at=at)
            repo.delete_answer(conn, screening_id, question)
        else:
            seq = ctx.record_answer(conn, screening_id, question)
            by = ctx.account.username
            editable = repo.autosave_answer(
                conn, screening_id, question, answer.to_json(), resume=resume, seq=seq, at=at, by=by
            )
        if not editable:
            raise ScreeningLocked()


def write_stop(
    conn: Connection,
    ctx: SessionContext,
    screening_id: int,
    declined: list[tuple[str, Answer]],
    at: datetime,
    early: Sequence[Action] | None = None,
) -> None:
    """Save the answers of a stopped interview, each with its audit entry, after an entry saying it was stopped.

    ``early`` as for :func:`write_answer`.

    Raises:
        ScreeningLocked: The screening is no longer editable.
    """
    by = ctx.account.username
    with transaction(conn):
        if early is not None:
            store_draft_actions(conn, screening_id, early)
        ctx.record(conn, "screening_stopped", str(screening_id), {"declined": len(declined)})
        for question, answer in declined:
            seq = ctx.record_answer(conn, screening_id, question)
            if not repo.autosave_answer(
                conn, screening_id, question, answer.to_json(), resume=question, seq=seq, at=at, by=by
            ):
                raise ScreeningLocked()


def _result(conn: Connection, row: ScreeningRow, state: Screening, now: datetime) -> ResultView:
    person = person_input(repo.get_person(conn, row.person_id))
    clinical = clinical_setting.is_clinical(conn)
    return compute_result(state, person, at=now, clinical=clinical, language=row.screener_language)


def write_final(conn: Connection, ctx: SessionContext, screening_id: int, state: Screening, now: datetime) -> None:
    """Assess, route and store the result and its actions; the screening becomes finalized.

    Raises:
        ScreeningLocked: The screening is not editable.
    """
    row = stored_row(conn, screening_id)
    if row.status not in EDITABLE:
        raise ScreeningLocked()
    result = _result(conn, row, state, now)
    with transaction(conn):
        store_result(conn, screening_id, result, at=now, status=FINALIZED, finalized_at=utc_text(now))
        packets_repo.mark_due(conn, screening_id, ctx.record(conn, "screening_finalize", str(screening_id)))


def write_amendment(
    conn: Connection,
    ctx: SessionContext,
    screening_id: int,
    state: Screening,
    change: tuple[str, Answer | None, Answer],
    reason: str,
    now: datetime,
) -> None:
    """Keep the original answer, save the new one and store the result again (done actions stay done).

    Args:
        conn: The connection.
        ctx: The session's state.
        screening_id: The screening.
        state: The answers with the change applied.
        change: ``(question, answer before or None, answer after)``.
        reason: Why the answer changes.
        now: The time of the amendment.

    Raises:
        NotFinalized: The screening is still editable.
    """
    question, before, after = change
    row = stored_row(conn, screening_id)
    if row.status in EDITABLE:
        raise NotFinalized()
    result = _result(conn, row, state, now)
    by = ctx.account.username
    with transaction(conn):
        before_json = before.to_json() if before else None
        repo.add_amendment(conn, screening_id, question, before_json, after.to_json(), reason=reason, at=now, by=by)
        repo.save_answer(conn, screening_id, question, after.to_json(), at=now, by=by)
        store_result(conn, screening_id, result, at=now, status=FINALIZED)
        seq = ctx.record(conn, "screening_amend", str(screening_id), {"question": question})
        packets_repo.mark_due(conn, screening_id, seq)


def write_details(
    conn: Connection,
    ctx: SessionContext,
    screening_id: int,
    state: Screening,
    action: str,
    fields: dict[str, Any],
) -> tuple[PersonInput, DraftSignature]:
    """Change the person (``person`` fields) or the interview context (``screening`` fields) of an editable screening.

    A draft's draft actions follow the changed person (a returned screening keeps its finalized actions until it is
    finalized again); other drafts of the person are the caller's (:func:`write_draft_actions`).

    Returns:
        The person's details and the signature of the screening's open draft actions, as stored now.

    Raises:
        ScreeningLocked: The screening is not editable.
    """
    row = stored_row(conn, screening_id)
    if row.status not in EDITABLE:
        raise ScreeningLocked()
    now = ctx.clock()
    with transaction(conn):
        repo.update_person(conn, row.person_id, fields.get("person", {}))
        repo.update_screening(conn, screening_id, at=now, **fields.get("screening", {}))
        person = person_input(repo.get_person(conn, row.person_id))
        if row.status == DRAFT:
            store_draft_actions(conn, screening_id, draft_actions(state, person, now))
        ctx.record(conn, action, str(screening_id))
        return person, stored_draft_signature(conn, screening_id)


def write_draft_actions(conn: Connection, ctx: SessionContext, screening_id: int, early: Sequence[Action]) -> None:
    """Store a draft's draft actions after its person changed through another screening (nothing once not a draft)."""
    with transaction(conn):
        if stored_row(conn, screening_id).status == DRAFT:
            store_draft_actions(conn, screening_id, early)


def write_review(
    conn: Connection, ctx: SessionContext, screening_id: int, status: str, action: str, comment: str
) -> None:
    """Approve or return a finalized screening (``comment`` replaces the review comment when not empty).

    Raises:
        WrongStatus: The screening is not finalized.
    """
    if stored_row(conn, screening_id).status != FINALIZED:
        raise WrongStatus()
    fields = {"review_comment": comment} if comment else {}
    with transaction(conn):
        repo.update_screening(conn, screening_id, at=ctx.clock(), status=status, **fields)
        ctx.record(conn, action, str(screening_id))
