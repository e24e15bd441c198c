"""The latest return of a screening to its screener, and the questions answered or cleared after it.

Both are read from the audit log. A return is a ``screening_return`` entry about the screening; each answer saved
after it is a ``screening_answer`` entry naming the question in its detail (the answer's row carries that entry's
sequence number as ``answers.seq``), and each answer removed is a ``screening_answer_clear`` entry, which leaves no
answer row behind. Only a returned (or draft) screening takes such entries, so those between the return and the next
``screening_finalize`` are what the screener changed; the scan reads only that stretch of the chain. The person's
details and the interview's (``person_update``, ``context_update``) are told as changed or not, not field by field;
the person's may have changed through another screening of the same person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from .audit import INDEXED_WHERE
from .connection import Connection

_LAST_SEQ = 2**63 - 1
_DETAILS = {"person_update": "person", "context_update": "interview"}


@dataclass(frozen=True)
class ReturnRecord:
    """The latest return of a screening.

    Attributes:
        at: When it was returned (UTC).
        by: The user name of the reviewer who returned it.
        questions: The questions answered or cleared after the return, in the order first changed, each once.
        details: What else was changed after the return: ``"person"`` and/or ``"interview"``, in that order.
    """

    at: datetime
    by: str
    questions: tuple[str, ...] = ()
    details: tuple[str, ...] = ()


def last_return(conn: Connection, screening_id: int) -> ReturnRecord | None:
    """The screening's latest return and the questions changed after it until it was finalized again, or ``None``."""
    subject = str(screening_id)
    found = conn.execute(
        f"SELECT seq, at, actor FROM audit_log WHERE action = 'screening_return' AND subject = ? AND {INDEXED_WHERE} "
        "ORDER BY seq DESC LIMIT 1",
        (subject,),
    ).fetchone()
    if found is None:
        return None
    seq, at, actor = found
    (until,) = conn.execute(
        f"SELECT MIN(seq) FROM audit_log WHERE action = 'screening_finalize' AND subject = ? AND seq > ? "
        f"AND {INDEXED_WHERE}",
        (subject, seq),
    ).fetchone()
    stretch = (seq, _LAST_SEQ if until is None else until, subject)
    rows = conn.execute(
        "SELECT detail FROM audit_log WHERE seq > ? AND seq < ? AND subject = ? "
        "AND action IN ('screening_answer', 'screening_answer_clear') ORDER BY seq",
        stretch,
    )
    questions = dict.fromkeys(json.loads(detail)["question"] for (detail,) in rows)
    # the person's details are shared: changed through another screening of the person, they changed here too
    same_person = [subject] + [
        str(other)
        for (other,) in conn.execute(
            "SELECT id FROM screenings WHERE person_id = (SELECT person_id FROM screenings WHERE id = ?) AND id != ?",
            (screening_id, screening_id),
        )
    ]
    marks = ", ".join("?" * len(same_person))
    edits = {
        action
        for (action,) in conn.execute(
            "SELECT DISTINCT action FROM audit_log WHERE seq > ? AND seq < ? AND "
            f"((action = 'context_update' AND subject = ?) OR (action = 'person_update' AND subject IN ({marks}))) "
            f"AND {INDEXED_WHERE}",
            (*stretch, *same_person),
        )
    }
    details = tuple(kind for action, kind in _DETAILS.items() if action in edits)
    return ReturnRecord(datetime.fromisoformat(at), actor, tuple(questions), details)
