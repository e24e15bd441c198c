"""The result of a screening: live from the answers while it is editable, stored when it is finalized or amended.

Once stored, it is read back as stored, so a later rules version never changes a finalized result. A draft already
stores the actions owed while it is under way (:data:`DRAFT_KINDS`), as its live result has them, so the Deadlines
place counts them down from the moment the answers call for them, and they can be marked done before finalizing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from fieldscreen.core.assessment import RULES_VERSION, assess_screening, assessment_from_json
from fieldscreen.core.icd10 import suggest_codes
from fieldscreen.core.person import Need
from fieldscreen.core.routing import Action, ActionKind, Flag, Urgency, may_owe_hhs_request, route
from fieldscreen.core.screening import Screening
from fieldscreen.store import screening_actions, screenings_repo
from fieldscreen.store.connection import Connection
from fieldscreen.store.screening_actions import ActionRow

from .screening_models import ActionState, PersonInput, ResultView
from .screening_records import person_facts

DRAFT_KINDS = frozenset({ActionKind.HHS_RFA})
"""Actions a draft stores before finalizing: the HHS notice for a foreign-national minor, due 24 hours after
discovery (DOMAIN.md 3.1), is owed while the screening is still under way."""


def compute_result(state: Screening, person: PersonInput, *, at: datetime, clinical: bool, language: str) -> ResultView:
    """Assess the shown answers, route the assessment at ``at`` and, in a clinical setting, suggest ICD-10-CM codes.

    Args:
        state: The answers.
        person: The person's details (with the ``needs`` answer they make the person facts).
        at: The time of the assessment (aware).
        clinical: Whether to suggest ICD-10-CM codes.
        language: The language for answer labels in the reasons (the instrument's default when it lacks it).
    """
    facts = person_facts(person, state)
    instrument = state.loaded.instrument
    assessment = assess_screening(state, facts, at=at, language=language if language in instrument.languages else None)
    actions = route(assessment, facts, at)
    codes = suggest_codes(assessment, facts, at) if clinical else ()
    return ResultView(assessment, actions, codes, facts)


def may_owe_draft_actions(person: PersonInput, state: Screening) -> bool:
    """Whether a draft's answers can bring a :data:`DRAFT_KINDS` action (the person may be a foreign-national minor)."""
    return may_owe_hhs_request(person_facts(person, state))


def draft_actions(state: Screening, person: PersonInput, at: datetime) -> list[Action]:
    """The :data:`DRAFT_KINDS` actions a draft's live result has at ``at``."""
    result = compute_result(state, person, at=at, clinical=False, language=state.language)
    return [a for a in result.actions if a.kind in DRAFT_KINDS]


def store_result(conn: Connection, screening_id: int, result: ResultView, *, at: datetime, **fields: object) -> None:
    """Store an assessment and its actions (done ones stay done) and set the screening's result and ``fields``.

    Information-only actions (nothing to send) are stored as ``info``, never as open deadlines.
    """
    assessment = result.assessment
    screenings_repo.save_assessment(conn, screening_id, assessment.to_json(), rules_version=RULES_VERSION, at=at)
    screening_actions.replace_actions(
        conn,
        screening_id,
        [(a.kind.value, a.to_json(), a.due_at, a.urgency is not Urgency.INFORMATION) for a in result.actions],
    )
    screenings_repo.update_screening(conn, screening_id, at=at, result_category=assessment.category.value, **fields)


DraftSignature = tuple[tuple[str, datetime | None], ...]
"""What tells two sets of draft actions apart: each one's kind and due time, sorted."""


def draft_signature(actions: Sequence[Action]) -> DraftSignature:
    """The signature of computed draft actions."""
    return tuple(sorted(((a.kind.value, a.due_at) for a in actions), key=lambda pair: (pair[0], pair[1] is None)))


def stored_draft_signature(conn: Connection, screening_id: int) -> DraftSignature:
    """The signature of the open :data:`DRAFT_KINDS` actions a screening has stored now."""
    kinds = {kind.value for kind in DRAFT_KINDS}
    rows = [
        row
        for row in screening_actions.screening_actions(conn, screening_id)
        if row.kind in kinds and row.status == screening_actions.OPEN
    ]
    pairs = ((r.kind, datetime.fromisoformat(r.due_at) if r.due_at else None) for r in rows)
    return tuple(sorted(pairs, key=lambda pair: (pair[0], pair[1] is None)))


def store_draft_actions(conn: Connection, screening_id: int, actions: Sequence[Action]) -> None:
    """Store a draft's :data:`DRAFT_KINDS` actions (:func:`draft_actions`; done ones stay done).

    Finalizing replaces them with the full routing; an open one the final result does not need goes away then.
    """
    screening_actions.replace_actions(
        conn, screening_id, [(a.kind.value, a.to_json(), a.due_at, True) for a in actions]
    )


def action_from_json(data: Mapping[str, Any]) -> Action:
    """Rebuild an action from ``Action.to_json`` output (text stays as routed)."""
    due = data.get("due_at")
    return Action(
        kind=ActionKind(data["kind"]),
        recipient=data["recipient"],
        contact=data["contact"],
        due_at=datetime.fromisoformat(due) if due else None,
        urgency=Urgency(data["urgency"]),
        reason=data["reason"],
        legal_basis=data["legal_basis"],
        flags=tuple(Flag(flag) for flag in data["flags"]),
        notes=tuple(data["notes"]),
        need=Need(data["need"]) if data.get("need") else None,
    )


def stored_result(
    conn: Connection, screening_id: int, state: Screening, person: PersonInput, *, clinical: bool
) -> ResultView | None:
    """The result recorded when the screening was last finalized or amended (``None`` if it never was).

    The assessment and the actions are the stored ones, with their states (done ones with when, who and the
    reference number), so a later rules version never changes a finalized result; ICD-10-CM suggestions follow from
    the stored assessment.
    """
    payload = screenings_repo.latest_assessment(conn, screening_id)
    if payload is None:
        return None
    assessment = assessment_from_json(payload)
    rows = screening_actions.screening_actions(conn, screening_id)
    actions = [action_from_json(row.payload) for row in rows]
    states = tuple(_state(row) for row in rows)
    facts = person_facts(person, state)
    codes = suggest_codes(assessment, facts, assessment.assessed_at) if clinical else ()
    return ResultView(assessment, actions, codes, facts, states)


def with_done_marks(conn: Connection, screening_id: int, live: ResultView) -> ResultView:
    """A live result with the done marks of the screening's stored actions of the same kind (and need).

    A draft's HHS request, or a returned screening's actions, can be marked done in Deadlines before the result is
    stored again: the live result must not show them as still to do.
    """
    done = {
        screening_actions.identity(row.kind, row.payload): _state(row)
        for row in screening_actions.screening_actions(conn, screening_id)
        if row.status == screening_actions.DONE
    }
    if not done:
        return live
    keys = [screening_actions.identity(action.kind.value, action.to_json()) for action in live.actions]
    return replace(live, action_states=tuple(done.get(key, ActionState("open")) for key in keys))


def _state(row: ActionRow) -> ActionState:
    done_at = datetime.fromisoformat(row.done_at) if row.done_at else None
    return ActionState(row.status, done_at, row.done_by or "", row.reference)
