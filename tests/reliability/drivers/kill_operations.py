"""The six operations the kill tests interrupt, each a loop over the real services as the app calls them.

Each function takes the data directory, a seeded random source, the parameters the test prepared and ``say`` (writes
one line to the log). It takes the single-instance lock and signs in like the app, then loops. Lines:

- ``TRY <what>``: a write was handed to the service (it may or may not land if the kill comes now);
- ``ACK <what>``: the service returned, so the write is acknowledged and must survive any later kill.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kill_support import (  # noqa: E402
    ADMIN,
    ANSWER_CHOICES,
    CHEAP,
    EXPORT_PASSWORD,
    SCREENER,
    answer_all,
    intake,
    password_of,
    shown,
)

from fieldscreen.core.models import Answer, AnswerStatus, Role  # noqa: E402
from fieldscreen.services.installation import Installation  # noqa: E402
from fieldscreen.services.instrument_library import bundled_library  # noqa: E402
from fieldscreen.services.session import Session  # noqa: E402
from fieldscreen.store.instance_lock import InstanceLock  # noqa: E402

Say = Callable[..., None]
_HELD: list[InstanceLock] = []
"""The child's instance lock, held until the kill ends the process (the next start must find it free)."""


def warm_up() -> None:
    """Fill the caches every child would fill again (parsed instruments, lazily imported modules) before forking."""
    bundled_library().catalog()
    import pikepdf  # noqa: F401  (the export service imports it on first use)


def _session(data_dir: Path, username: str) -> Session:
    """Take the instance lock as the app does and sign in, which may finish a repair."""
    installation = Installation(data_dir, kdf=CHEAP)
    _HELD.append(installation.lock_instance())
    return installation.sign_in(username, password_of(username))


def answering(data_dir: Path, rng: Random, params: dict, say: Say) -> None:
    """Answer (and change) random visible questions of one draft, forever."""
    session = _session(data_dir, SCREENER)
    screening_id = params["screening_id"]
    state = session.screenings.open(screening_id).state
    while True:
        question = rng.choice(state.visible_questions()).name
        answer = Answer(*ANSWER_CHOICES[rng.randrange(len(ANSWER_CHOICES))])
        say("TRY", question, shown(answer))
        session.screenings.answer(screening_id, question, answer)
        state.answer(question, answer)
        say("ACK", question, shown(answer))


def finalizing(data_dir: Path, rng: Random, params: dict, say: Say) -> None:
    """Start, answer, finalize and amend screenings (each stores a referral packet version), forever."""
    session = _session(data_dir, SCREENER)
    while True:
        view = session.screenings.start(intake(datetime.now(UTC)))
        answer_all(session, view, rng)
        say("TRY", str(view.id))
        session.screenings.finalize(view.id)
        say("ACK", str(view.id))
        for _ in range(rng.randrange(3)):
            question = rng.choice([q.name for q in view.state.visible_questions() if view.state.answer_of(q.name)])
            value = "no" if view.state.answer_of(question).value == "yes" else "yes"
            answer = Answer(AnswerStatus.ANSWERED, value)
            say("TRY", "amend", str(view.id))
            session.screenings.amend(view.id, question, answer, "The person corrected an answer")
            view.state.answer(question, answer)
            say("ACK", "amend", str(view.id))


def exporting(data_dir: Path, rng: Random, params: dict, say: Say) -> None:
    """Export random sets of the prepared packets into the export folder, forever."""
    session = _session(data_dir, ADMIN)
    packets, folder = params["packets"], Path(params["folder"])
    while True:
        chosen = rng.sample(packets, rng.randint(1, len(packets)))
        say("TRY", json.dumps(chosen, separators=(",", ":")))
        result = session.export.export(chosen, folder, EXPORT_PASSWORD)
        say("ACK", json.dumps([path.name for path in result.written], separators=(",", ":")))


def syncing(data_dir: Path, rng: Random, params: dict, say: Say) -> None:
    """Run delivery rounds to the folder target until nothing waits; acknowledge every item marked delivered."""
    session = _session(data_dir, ADMIN)
    while session.sync.status().waiting:
        say("TRY", "sync")
        session.sync.sync_now()
        delivered = [str(row.item_id) for row in session.outbox.items(10_000) if row.delivered_at is not None]
        say("ACK", *delivered)


def migrating(data_dir: Path, rng: Random, params: dict, say: Say) -> None:
    """Sign in to a database of an earlier schema version: the backup and the migration run at sign-in."""
    say("TRY", "migrate")
    _session(data_dir, ADMIN)
    say("ACK", "migrate")


def rekeying(data_dir: Path, rng: Random, params: dict, say: Say) -> None:
    """Add an account, then remove the one added before (removing rekeys the database), forever.

    Names are unique per run. The account removed was added before the last rekey, so the newest backup holds its
    wrap: the rekey must replace that backup, or the removed password would still open it.
    """
    session = _session(data_dir, ADMIN)
    previous = None
    for number in range(1_000_000):
        name = f"r{params['run']}n{number}"
        say("TRY", "add", name)
        session.accounts.add(name, Role.SCREENER, password_of(name))
        say("ACK", "add", name)
        if previous is not None:  # an account the newest backup holds a wrap for
            say("TRY", "remove", previous)
            session.accounts.remove(previous)
            say("ACK", "remove", previous)
        previous = name


OPERATIONS: dict[str, Callable[[Path, Random, dict, Say], None]] = {
    "answering": answering,
    "finalizing": finalizing,
    "exporting": exporting,
    "syncing": syncing,
    "migrating": migrating,
    "rekeying": rekeying,
}
