"""The referral actions of screenings: storing the routed ones, marking one done, and the deadline rows.

An action is ``open`` (something to do), ``done`` (with when, who and a reference number) or ``info`` (what follows or
who else acts: nothing to send). Each screening's ``next_due_at`` is the earliest due time of its open actions and is
kept current by every function here that changes actions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .connection import Connection
from .screenings_repo import utc_text

OPEN = "open"
DONE = "done"
INFO = "info"


@dataclass(frozen=True)
class ActionRow:
    """A stored action with the case code of its screening.

    Attributes:
        payload: The action as ``core.routing.Action.to_json`` wrote it.
        screening_status: The screening's status (``draft``, ``finalized``, ``returned``, ``approved``).
    """

    id: int
    screening_id: int
    case_code: str
    screener: str
    kind: str
    payload: dict[str, Any]
    due_at: str | None
    status: str
    done_at: str | None
    done_by: str | None
    reference: str
    screening_status: str


_ACTION_SELECT = (
    "SELECT a.id, a.screening_id, p.case_code, s.screener, a.kind, a.action_json, a.due_at, a.status, a.done_at, "
    "a.done_by, a.reference, s.status FROM actions a JOIN screenings s ON s.id = a.screening_id "
    "JOIN persons p ON p.id = s.person_id"
)


def _row(values: tuple) -> ActionRow:
    data = list(values)
    data[5] = json.loads(data[5])
    return ActionRow(*data)


def identity(kind: str, payload: Mapping[str, Any]) -> tuple[str, str]:
    """What makes two routings' actions the same action: the kind, and the need for service referrals."""
    return kind, payload.get("need") or ""


def replace_actions(
    conn: Connection,
    screening_id: int,
    actions: Iterable[tuple[str, Mapping[str, Any], datetime | None, bool]],
) -> None:
    """Replace the open and information actions of a screening; done ones stay done and are not re-opened.

    Args:
        conn: The connection (in the caller's transaction).
        screening_id: The screening.
        actions: ``(kind, payload, due_at, actionable)``; actionable ones are stored open, the others as ``info``.
    """
    rows = conn.execute(
        "SELECT kind, action_json FROM actions WHERE screening_id = ? AND status = ?", (screening_id, DONE)
    )
    done = {identity(kind, json.loads(payload)) for kind, payload in rows}
    conn.execute("DELETE FROM actions WHERE screening_id = ? AND status IN (?, ?)", (screening_id, OPEN, INFO))
    conn.executemany(
        "INSERT INTO actions(screening_id, kind, action_json, due_at, status) VALUES (?, ?, ?, ?, ?)",
        [
            (
                screening_id,
                kind,
                json.dumps(payload, sort_keys=True, ensure_ascii=False),
                utc_text(due),
                OPEN if actionable else INFO,
            )
            for kind, payload, due, actionable in actions
            if identity(kind, payload) not in done
        ],
    )
    refresh_next_due(conn, screening_id)


def refresh_next_due(conn: Connection, screening_id: int) -> None:
    """Set the screening's ``next_due_at`` to the earliest due time of its open actions (``NULL`` if none)."""
    conn.execute(
        "UPDATE screenings SET next_due_at = "
        "(SELECT min(due_at) FROM actions WHERE screening_id = ?1 AND status = 'open') WHERE id = ?1",
        (screening_id,),
    )


def screening_actions(conn: Connection, screening_id: int) -> list[ActionRow]:
    """Every stored action of a screening, in the order routing gave them."""
    rows = conn.execute(f"{_ACTION_SELECT} WHERE a.screening_id = ? ORDER BY a.id", (screening_id,))  # noqa: S608
    return [_row(r) for r in rows]


def get_action(conn: Connection, action_id: int) -> ActionRow:
    """One action.

    Raises:
        LookupError: No such action.
    """
    row = conn.execute(f"{_ACTION_SELECT} WHERE a.id = ?", (action_id,)).fetchone()  # noqa: S608
    if row is None:
        raise LookupError(action_id)
    return _row(row)


def mark_done(conn: Connection, action_id: int, *, at: datetime, by: str, reference: str) -> bool:
    """Mark an open action done; whether it was open. Updates the screening's next due time."""
    cur = conn.execute(
        "UPDATE actions SET status = ?, done_at = ?, done_by = ?, reference = ? WHERE id = ? AND status = ?",
        (DONE, utc_text(at), by, reference, action_id, OPEN),
    )
    if cur.rowcount != 1:
        return False
    (screening_id,) = conn.execute("SELECT screening_id FROM actions WHERE id = ?", (action_id,)).fetchone()
    refresh_next_due(conn, screening_id)
    return True


def deadline_rows(conn: Connection, *, screener: str | None, include_done: bool) -> list[ActionRow]:
    """Open (and optionally done) actions by due time, those without one last; only ``screener``'s when given."""
    where = ["a.status IN (?, ?)" if include_done else "a.status = ?"]
    params: list[Any] = [OPEN, DONE] if include_done else [OPEN]
    if screener is not None:
        where.append("s.screener = ?")
        params.append(screener)
    sql = f"{_ACTION_SELECT} WHERE {' AND '.join(where)} ORDER BY a.due_at IS NULL, a.due_at, a.id"  # noqa: S608
    return [_row(r) for r in conn.execute(sql, params)]
