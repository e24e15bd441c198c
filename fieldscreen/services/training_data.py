"""Training mode: a throwaway encrypted installation with made-up practice cases, wiped whenever training starts.

The training installation lives in ``<data dir>/training`` and is marked as such (``training_marker``), so every
session on it says ``training`` and its case codes start with ``TR-``. It is set up afresh each time with a practice
administrator (:data:`PRACTICE_USER`, :data:`PRACTICE_PASSWORD`, to be shown on screen) and the cases of
``practice_cases``, made through the screening service itself so they look exactly like real work.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Answer, AnswerStatus, Question, QuestionType
from fieldscreen.core.person import Tri
from fieldscreen.store.failures import from_os
from fieldscreen.store.instance_lock import InstanceLock
from fieldscreen.store.kdf import KdfParams
from fieldscreen.store.layout import DataLayout

from .installation import Installation, utc_now
from .practice_cases import CASES, PracticeCase
from .screening_models import APPROVED, DRAFT, RETURNED, Intake, InterviewContext, PersonInput
from .screenings import ScreeningService
from .session import Session
from .training_marker import is_training, mark_training

TRAINING_DIR = "training"
"""The training installation is this sub-folder of the data directory."""
PRACTICE_USER = "practice"
PRACTICE_PASSWORD = "practice makes progress every day"
"""The practice administrator's password: not a secret, it opens made-up cases only."""
PRACTICE_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
"""Light Argon2id costs: the password is shown on screen, so costly derivation would protect nothing."""
_STEP = timedelta(seconds=40)


class NotATrainingFolder(KnownError):
    """The training folder holds something training mode did not make, so it is not wiped."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            fill(translate("Training", "The folder %1 holds data that training mode did not make."), str(folder)),
            translate("Training", "Move that folder somewhere else, then start training again."),
        )


class _SeedClock:
    """The installation's clock: ``base``, except while practice cases are made at their own past times."""

    def __init__(self, base: Callable[[], datetime]) -> None:
        self.base = base
        self.at: datetime | None = None

    def __call__(self) -> datetime:
        return self.at or self.base()

    def tick(self) -> None:
        if self.at is not None:
            self.at += _STEP


@dataclass
class TrainingInstallation:
    """An open training installation.

    Attributes:
        installation: The training installation (set up; sign in again with the practice account after a lock).
        session: The practice administrator's session.
        username: The practice account's user name, to show on screen.
        password: The practice account's password, to show on screen.
    """

    installation: Installation
    session: Session
    username: str
    password: str
    _lock: InstanceLock

    def close(self) -> None:
        """Lock the session, wipe the practice data and release the folder."""
        self.session.lock()
        try:
            _wipe(self.installation.data_dir)
        finally:
            self._lock.release()


def open_training(
    base_data_dir: Path, *, clock: Callable[[], datetime] = utc_now, kdf: KdfParams = PRACTICE_KDF
) -> TrainingInstallation:
    """Wipe and set up the training installation under ``base_data_dir``, make the practice cases and sign in.

    Args:
        base_data_dir: The real data directory; training uses its ``training`` sub-folder and nothing else.
        clock: Returns the current UTC time (tests pass a fake one); practice times are relative to it.
        kdf: Argon2id costs of the practice account.

    Raises:
        DataDirLocked: Training is open in another fieldscreen.
        DataDirNotWritable, DataDirFull, DataDirNotAFolder: The training folder cannot be made or written to.
        NotATrainingFolder: The training folder holds data training mode did not make.
        StorageFull, StorageReadOnly, StorageFailed.
    """
    folder = Path(base_data_dir) / TRAINING_DIR
    seed_clock = _SeedClock(clock)
    installation = Installation(folder, clock=seed_clock, kdf=kdf)
    lock = installation.lock_instance()  # makes the folder, or names it in what stops it
    try:
        if _leftovers(folder) and not is_training(folder):
            raise NotATrainingFolder(folder)
        _wipe(folder)
        mark_training(folder)
        installation.set_up(
            agency=translate("Training", "Training (practice data)"),
            office="",
            admin_username=PRACTICE_USER,
            admin_password=PRACTICE_PASSWORD,
            admin_display_name=translate("Training", "Practice administrator"),
        )
        session = installation.sign_in(PRACTICE_USER, PRACTICE_PASSWORD)
        now = clock()
        for case in CASES:
            _make_case(session.screenings, seed_clock, case, now)
        seed_clock.at = None
    except BaseException:
        lock.release()
        raise
    return TrainingInstallation(installation, session, PRACTICE_USER, PRACTICE_PASSWORD, lock)


def _leftovers(folder: Path) -> list[Path]:
    """Everything in the training folder but the instance lock (the one file a wipe keeps)."""
    keep = DataLayout(folder).instance_lock
    try:
        return [entry for entry in folder.iterdir() if entry != keep]
    except OSError as exc:
        raise from_os(exc) from exc


def _wipe(folder: Path) -> None:
    """Delete everything in the training folder but the instance lock."""
    try:
        for entry in _leftovers(folder):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    except OSError as exc:
        raise from_os(exc) from exc


def _default(question: Question) -> Answer | None:
    """The practice answer to a question the case does not name: the first choice that carries no indicator."""
    plain = [c.value for c in question.choices if not c.indicators]
    if question.type is QuestionType.SELECT_MULTIPLE:
        return Answer(AnswerStatus.ANSWERED, ("none",) if "none" in plain else tuple(plain[:1]))
    if question.type in (QuestionType.YES_NO, QuestionType.SELECT_ONE):
        return Answer(AnswerStatus.ANSWERED, plain[0])
    if question.type is QuestionType.INTEGER:
        return Answer(AnswerStatus.ANSWERED, 6)
    return None


def _answer(value: str | tuple[str, ...]) -> Answer:
    if value == "declined":
        return Answer(AnswerStatus.DECLINED)
    if value == "dont_know":
        return Answer(AnswerStatus.DONT_KNOW)
    return Answer(AnswerStatus.ANSWERED, value)


def _make_case(service: ScreeningService, clock: _SeedClock, case: PracticeCase, now: datetime) -> None:
    """Make one practice case through the service, at its own (past) times."""
    clock.at = now - case.started
    person = PersonInput(
        name=case.name,
        date_of_birth=case.date_of_birth(now),
        estimated_age=case.age if case.age >= 18 else None,
        citizenship=case.citizenship,
        discovered_at=clock.at - case.discovered,
        unaccompanied=case.unaccompanied,
        under18_at_exploitation=case.under18_at_exploitation(),
    )
    context = InterviewContext("social_service", Tri.YES, Tri.YES, disclosure_given_at=clock.at)
    view = service.start(Intake(case.instrument, case.language, "en", context, person))
    state = view.state
    question = state.next_question()
    given = 0
    while question is not None and not (case.outcome == DRAFT and given >= case.draft_stop):
        named = case.answers.get(question.name)
        answer = _answer(named) if named is not None else _default(question)
        if answer is not None:
            clock.tick()
            service.answer(view.id, question.name, answer)
            state.answer(question.name, answer)
            given += 1
        question = state.next_question(question.name)
    if case.outcome == DRAFT:
        return
    clock.tick()
    service.finalize(view.id)
    for item in service.deadlines():
        if item.screening_id == view.id and item.kind in case.done:
            clock.tick()
            service.mark_action_done(item.action_id, reference=case.done[item.kind])
    clock.tick()
    if case.outcome == RETURNED:
        service.return_to_screener(view.id, case.review_comment)
    elif case.outcome == APPROVED:
        service.approve(view.id)
