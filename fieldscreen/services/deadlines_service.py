"""Deadlines across screenings: the open referral actions by due time, and marking one done (audited)."""

from __future__ import annotations

from datetime import datetime

from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import translate
from fieldscreen.core.person import require_aware
from fieldscreen.store import packets_repo, screening_actions, screenings_repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.screening_actions import ActionRow

from .action_titles import action_title
from .context import SessionContext
from .packet_source import PACKET_STATUSES
from .screening_access import require_access, screener_filter
from .screening_errors import ScreeningNotFound
from .screening_models import DeadlineItem

MAX_REFERENCE = 200


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def deadline_item(row: ActionRow) -> DeadlineItem:
    """A stored action as the deadlines list shows it."""
    return DeadlineItem(
        action_id=row.id,
        screening_id=row.screening_id,
        case_code=row.case_code,
        kind=row.kind,
        title=action_title(row.kind),
        recipient=row.payload.get("recipient", ""),
        due_at=_time(row.due_at),
        status=row.status,
        done_at=_time(row.done_at),
        done_by=row.done_by or "",
        reference=row.reference,
        legal_basis=row.payload.get("legal_basis", ""),
        screening_status=row.screening_status,
    )


def list_deadlines(ctx: SessionContext, include_done: bool) -> list[DeadlineItem]:
    """The open (and optionally done) actions of the screenings the account may see, by due time."""

    def work(conn: Connection) -> list[ActionRow]:
        return screening_actions.deadline_rows(conn, screener=screener_filter(ctx.account), include_done=include_done)

    return [deadline_item(row) for row in ctx.run(work)]


def mark_action_done(ctx: SessionContext, action_id: int, reference: str, done_at: datetime | None) -> DeadlineItem:
    """Record that an open action was done: when, by whom and with which reference number.

    Raises:
        ScreeningNotFound: No such action.
        PermissionDenied: A screener asked for someone else's screening.
        UsageError: The action is not open, the reference is too long, or ``done_at`` is in the future.
    """
    reference = reference.strip()
    if len(reference) > MAX_REFERENCE:
        raise UsageError(translate("Deadlines", "The reference number is too long."))
    now = ctx.clock()
    when = require_aware(done_at) if done_at is not None else now
    if when > now:
        raise UsageError(translate("Deadlines", "The time it was done is in the future."))

    def work(conn: Connection) -> ActionRow:
        try:
            row = screening_actions.get_action(conn, action_id)
        except LookupError:
            raise ScreeningNotFound() from None
        require_access(ctx.account, row.screener)
        with transaction(conn):
            if not screening_actions.mark_done(conn, action_id, at=when, by=ctx.account.username, reference=reference):
                raise UsageError(translate("Deadlines", "This action is not open: it was done already."))
            seq = ctx.record(conn, "action_done", str(row.screening_id), {"action": action_id, "kind": row.kind})
            if screenings_repo.get_screening(conn, row.screening_id).status in PACKET_STATUSES:
                packets_repo.mark_due(conn, row.screening_id, seq)  # the office learns it was done, and its reference
        return screening_actions.get_action(conn, action_id)

    return deadline_item(ctx.run(work))
