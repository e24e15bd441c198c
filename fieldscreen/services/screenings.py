"""The screening service (docs/screening-service.md): start, autosaved answers, result, finalize, amend and review.

Role checks and audit entries (ids and question names only, never answers or names) happen here. An answer is
validated against the screening's live state in memory (no re-read, no re-parse), then written with the new resume
point and its audit entry in one transaction on the DB thread (``synchronous = FULL``); the call returns only after
the commit. If a write fails, the in-memory state is dropped and rebuilt from the database on next use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

from fieldscreen.core.catalog import InstrumentNotFound
from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Answer, AnswerStatus, Role
from fieldscreen.core.routing import Action
from fieldscreen.core.screening import Changes, Screening
from fieldscreen.store import screenings_repo as repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.screening_returns import ReturnRecord, last_return
from fieldscreen.store.screenings_repo import EDITABLE, ScreeningRow

from . import case_codes, clinical_setting, screening_writes
from .context import SessionContext
from .deadlines_service import list_deadlines, mark_action_done
from .instrument_library import InstrumentLibrary, bundled_library
from .instruments_service import InstrumentsService
from .open_screenings import OpenScreening, OpenScreenings
from .screening_access import REVIEWERS, require_access, require_owner
from .screening_errors import NotFinalized, ScreeningLocked, require_complete
from .screening_models import (
    APPROVED,
    DRAFT,
    FINALIZED,
    RETURNED,
    AnswerSaved,
    DeadlineItem,
    InstrumentInfo,
    Intake,
    InterviewContext,
    ListPage,
    ListQuery,
    PersonInput,
    ResultView,
    ScreeningView,
)
from .screening_queries import list_screenings
from .screening_records import (
    check_context,
    check_person,
    context_fields,
    finalized_at,
    interview_context,
    person_fields,
    person_input,
    started_at,
)
from .screening_results import (
    DraftSignature,
    compute_result,
    draft_actions,
    draft_signature,
    may_owe_draft_actions,
    stored_draft_signature,
    stored_result,
    with_done_marks,
)
from .training_marker import is_training

T = TypeVar("T")


class ScreeningService:
    """Screenings for a signed-in session. Synchronous and thread-safe; database work runs on the DB thread.

    Args:
        ctx: The session's shared state.
        instruments: The built-in instruments (default: the bundled ones, loaded on first use); imported ones come
            from the database (``InstrumentsService``).
        on_final: Called with (screening id, amended) once a finalize or an amendment is committed.
        on_action_done: Called with the screening's id once an action marked done is committed.

    Attributes:
        training: Whether the session works on the training installation (practice data).
    """

    def __init__(
        self,
        ctx: SessionContext,
        instruments: InstrumentLibrary | None = None,
        *,
        on_final: Callable[[int, bool], object] | None = None,
        on_action_done: Callable[[int], object] | None = None,
    ) -> None:
        self._ctx = ctx
        self._on_final = on_final
        self._on_action_done = on_action_done
        self._library = instruments or bundled_library()
        self._installed = InstrumentsService(ctx, self._library)
        self._open = OpenScreenings()
        self.training = is_training(ctx.layout.root)

    # -- instruments and codes -------------------------------------------------------------------------------------

    def instruments(self) -> list[InstrumentInfo]:
        """The newest enabled version of each installed instrument (built-in or imported), by id."""
        latest = {item.key[0]: item.instrument for item in self._installed.list() if item.enabled}
        return [
            InstrumentInfo(i.id, i.version, i.title, i.population.value, i.languages, i.description)
            for i in latest.values()
        ]

    def new_case_code(self) -> str:
        """A neutral case code no person here has yet (``TR-`` codes in training)."""
        prefix = case_codes.TRAINING_PREFIX if self.training else case_codes.REAL_PREFIX
        return self._ctx.run(case_codes.new_case_code, prefix)

    # -- starting and opening ---------------------------------------------------------------------------------------

    def start(self, intake: Intake) -> ScreeningView:
        """Record the person (or reuse ``intake.person_id``) and a draft over the newest enabled instrument version.

        The instrument's text is stored with the screening, so it always reopens with the version it began with.

        Raises:
            InstrumentNotFound, InstrumentInvalid: No version of the instrument is installed and enabled, or its text
                has problems.
            UsageError: A detail is impossible, the language is not in the instrument, or the case code is taken.
            PermissionDenied: A screener asked for a person only other screeners have seen.
        """
        now = self._ctx.clock()
        check_context(intake.context)
        if intake.person_id is None:
            check_person(intake.person, now)
        newest = [item.key for item in self._installed.list() if item.enabled and item.key[0] == intake.instrument_id]
        if not newest:
            raise InstrumentNotFound(intake.instrument_id)
        instrument_id, version = newest[-1]
        stored = self._ctx.run(repo.instrument_source, instrument_id, version)
        text = stored or self._installed.source(instrument_id, version)
        loaded = self._library.from_text(text, instrument_id, version)
        if intake.interview_language not in loaded.instrument.languages:
            raise UsageError(translate("Screenings", "This instrument is not written in the interview language."))
        state = Screening(loaded, language=intake.interview_language, today=self._today, clock=self._ctx.clock)
        prefix = case_codes.TRAINING_PREFIX if self.training else case_codes.REAL_PREFIX
        source = (instrument_id, version, text)
        new = self._ctx.run(screening_writes.insert_draft, self._ctx, intake, source, state, now, prefix)
        entry = OpenScreening(
            new.screening_id,
            self._ctx.account.username,
            DRAFT,
            intake.screener_language,
            state,
            new.person_id,
            new.person,
            new.draft_actions,
        )
        return self._view(self._open.put(entry))

    def open(self, screening_id: int) -> ScreeningView:
        """The screening with every answer, over the instrument version it began with (audited as a view).

        Raises:
            ScreeningNotFound, PermissionDenied, ScreeningDataInvalid.
        """
        return self._view(self._entry(screening_id), "screening_view")

    # -- answering --------------------------------------------------------------------------------------------------

    def answer(self, screening_id: int, question: str, answer: Answer) -> AnswerSaved:
        """Save an answer durably, then return what it changed; the resume point moves to the next shown question.

        Raises:
            AnswerRejected: The value does not fit the question; nothing was saved.
            ScreeningLocked: The screening is finalized (use :meth:`amend`).
            ScreeningNotFound, PermissionDenied, StorageFull, StorageFailed.
        """
        entry = self._entry(screening_id)
        with entry.lock:
            self._require_editable(entry)
            changes = entry.state.answer(question, answer)
            stored = entry.state.answer_of(question)
            following = entry.state.next_question(question)
            saved_at = self._ctx.clock()
            resume = following.name if following else question
            early = self._draft_actions_changed(entry, saved_at)
            self._commit(entry, screening_writes.write_answer, question, stored, resume, saved_at, early)
            _kept(entry, early)
        return AnswerSaved(changes, saved_at)

    def stop_interview(self, screening_id: int) -> ScreeningView:
        """The person chose to stop: every shown question still unanswered is saved as declined, all at once.

        A declined lead question shows none of its follow-ups and leaves them open, so what was not asked is never
        scored as "no". The screening stays editable for the review.

        Raises:
            ScreeningLocked: The screening is finalized.
            ScreeningNotFound, PermissionDenied, StorageFull, StorageFailed.
        """
        entry = self._entry(screening_id)
        with entry.lock:
            self._require_editable(entry)
            now = self._ctx.clock()
            declined: list[tuple[str, Answer]] = []
            while (question := entry.state.first_unanswered()) is not None:
                entry.state.answer(question.name, Answer(AnswerStatus.DECLINED, at=now))
                declined.append((question.name, entry.state.answer_of(question.name)))
            if declined:
                early = self._draft_actions_changed(entry, now)
                self._commit(entry, screening_writes.write_stop, declined, now, early)
                _kept(entry, early)
        return self._view(entry)

    def clear_answer(self, screening_id: int, question: str) -> AnswerSaved:
        """Remove an answer durably (the question becomes unanswered and the interview resumes there).

        Raises:
            ScreeningLocked, ScreeningNotFound, PermissionDenied.
        """
        entry = self._entry(screening_id)
        with entry.lock:
            self._require_editable(entry)
            changes: Changes = entry.state.clear(question)
            saved_at = self._ctx.clock()
            early = self._draft_actions_changed(entry, saved_at)
            self._commit(entry, screening_writes.write_answer, question, None, question, saved_at, early)
            _kept(entry, early)
        return AnswerSaved(changes, saved_at)

    def set_position(self, screening_id: int, question: str) -> None:
        """Record where the interview resumes (not audited: it changes no answer; ignored once finalized).

        Raises:
            ScreeningNotFound, PermissionDenied: The screening is someone else's (OthersDraft while editable).
        """
        entry = self._entry(screening_id)
        if entry.status in EDITABLE:
            require_owner(self._ctx.account, entry.screener)
        entry.state.answer_of(question)  # BugError for a question the instrument does not have
        self._ctx.run(repo.record_progress, screening_id, current_question=question, at=self._ctx.clock())

    def update_person(self, screening_id: int, person: PersonInput) -> ScreeningView:
        """Change the person's details (never the case code) while the screening is editable.

        Raises:
            ScreeningLocked, UsageError, ScreeningNotFound, PermissionDenied.
        """
        check_person(person, self._ctx.clock())
        fields = person_fields(person)
        return self._change_details(screening_id, "person_update", {"person": fields})

    def update_context(self, screening_id: int, context: InterviewContext) -> ScreeningView:
        """Change the interview context while the screening is editable.

        Raises:
            ScreeningLocked, UsageError, ScreeningNotFound, PermissionDenied.
        """
        check_context(context)
        fields = context_fields(context)
        return self._change_details(screening_id, "context_update", {"screening": fields})

    # -- result, finalize, amend, review ----------------------------------------------------------------------------

    def result(self, screening_id: int) -> ResultView:
        """The result: live from the answers while editable, as stored once finalized.

        Raises:
            ScreeningNotFound, PermissionDenied.
        """
        entry = self._entry(screening_id)

        def work(conn: Connection) -> ResultView:
            row = repo.get_screening(conn, screening_id)
            person = person_input(repo.get_person(conn, row.person_id))
            clinical = clinical_setting.is_clinical(conn)
            if row.status not in EDITABLE:
                found = stored_result(conn, screening_id, entry.state, person, clinical=clinical)
                if found is not None:
                    return found
            now = self._ctx.clock()
            live = compute_result(entry.state, person, at=now, clinical=clinical, language=row.screener_language)
            return with_done_marks(conn, screening_id, live)

        with entry.lock:
            return self._ctx.run(work)

    def finalize(self, screening_id: int) -> ScreeningView:
        """Store the assessment and the actions with their due times, and lock the screening.

        Raises:
            ScreeningIncomplete: Required answers are missing or answers break a rule (listed in plain words).
            ScreeningLocked, ScreeningNotFound, PermissionDenied.
        """
        entry = self._entry(screening_id)
        with entry.lock:
            self._require_editable(entry)
            require_complete(entry.state, entry.screener_language)
            self._commit(entry, screening_writes.write_final, entry.state, self._ctx.clock())
            entry.status = FINALIZED
        self._finalized(screening_id, amended=False)
        return self._view(entry)

    def amend(self, screening_id: int, question: str, answer: Answer, reason: str) -> ScreeningView:
        """Change an answer of a finalized (or approved) screening, keeping the original, and assess it again.

        Done actions stay done; an approved screening goes back to finalized for another review.

        Raises:
            UsageError: No reason was given.
            NotFinalized: The screening can still be changed directly.
            AnswerRejected, ScreeningNotFound, PermissionDenied.
        """
        reason = reason.strip()
        if not reason:
            raise UsageError(translate("Screenings", "Say why the answer changes: an amendment needs a reason."))
        entry = self._entry(screening_id)
        with entry.lock:
            if entry.status in EDITABLE:
                raise NotFinalized()
            before = entry.state.answer_of(question)
            entry.state.answer(question, answer)
            after = entry.state.answer_of(question)
            now = self._ctx.clock()
            change = (question, before, after)
            self._commit(entry, screening_writes.write_amendment, entry.state, change, reason, now)
            entry.status = FINALIZED
        self._finalized(screening_id, amended=True)
        return self._view(entry)

    def _finalized(self, screening_id: int, *, amended: bool) -> None:
        """Let the outbox build the packet version for a finalized or amended screening (outside the entry lock)."""
        if self._on_final is not None:
            self._on_final(screening_id, amended)

    def return_to_screener(self, screening_id: int, comment: str) -> ScreeningView:
        """Send a finalized screening back to its screener with a comment; it becomes editable again (reviewers).

        Raises:
            PermissionDenied, UsageError: No comment. WrongStatus: Not finalized.
        """
        comment = comment.strip()
        if not comment:
            raise UsageError(translate("Screenings", "Say what the screener should change."))
        return self._review(screening_id, RETURNED, "screening_return", comment)

    def approve(self, screening_id: int) -> ScreeningView:
        """Approve a finalized screening (reviewers).

        Raises:
            PermissionDenied, WrongStatus: Not finalized.
        """
        return self._review(screening_id, APPROVED, "screening_approve", "")

    # -- lists, deadlines and settings ------------------------------------------------------------------------------

    def list(self, query: ListQuery) -> ListPage:
        """One page of the screenings the account may see (screeners: their own), filtered and sorted in SQL."""
        return list_screenings(self._ctx, query)

    def deadlines(self, *, include_done: bool = False) -> list[DeadlineItem]:
        """Open actions (and done ones if asked) of the screenings the account may see, by due time."""
        return list_deadlines(self._ctx, include_done)

    def mark_action_done(self, action_id: int, *, reference: str = "", done_at: datetime | None = None) -> DeadlineItem:
        """Record an action as done at ``done_at`` (default: now) by the signed-in account, with a reference number.

        Raises:
            ScreeningNotFound, PermissionDenied, UsageError: The action is not open, or the time is in the future.
        """
        done = mark_action_done(self._ctx, action_id, reference, done_at)
        if self._on_action_done is not None:
            self._on_action_done(done.screening_id)
        return done

    def clinical_setting(self) -> bool:
        """Whether results come with ICD-10-CM suggestions (a clinical installation)."""
        return self._ctx.run(clinical_setting.is_clinical)

    def set_clinical_setting(self, enabled: bool) -> None:
        """Turn ICD-10-CM suggestions on or off (administrators).

        Raises:
            PermissionDenied: The account is not an administrator.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "change settings"))

        def work(conn: Connection) -> None:
            with transaction(conn):
                clinical_setting.set_clinical(conn, enabled)
                self._ctx.record(conn, "settings_change", detail={clinical_setting.KEY: bool(enabled)})

        self._ctx.run(work)

    # -- internals --------------------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._ctx.clock().date()

    def _entry(self, screening_id: int) -> OpenScreening:
        """The screening in memory, read and rebuilt from the database when it is not, if the account may see it."""
        entry = self._kept_or_read(screening_id)
        require_access(self._ctx.account, entry.screener)
        return entry

    def _kept_or_read(self, screening_id: int) -> OpenScreening:
        """The screening in memory, read and rebuilt from the database when it is not (no access check)."""
        entry = self._open.get(screening_id)
        if entry is not None:
            return entry
        stored = self._ctx.run(_read, screening_id)
        row = stored.row
        loaded = self._library.from_text(stored.text, row.instrument_id, row.instrument_version)
        data = {"instrument": {"id": loaded.key[0], "version": loaded.key[1]}, "language": row.interview_language}
        answers = {**data, "answers": stored.answers}
        state = Screening.from_json(loaded, answers, today=self._today, clock=self._ctx.clock)
        return self._open.put(
            OpenScreening(
                row.id,
                row.screener,
                row.status,
                row.screener_language,
                state,
                row.person_id,
                stored.person,
                stored.draft_actions,
            )
        )

    def _view(self, entry: OpenScreening, audit: str | None = None) -> ScreeningView:
        def work(conn: Connection) -> tuple[ScreeningRow, PersonInput, list[dict[str, Any]], ReturnRecord | None]:
            row = screening_writes.stored_row(conn, entry.id)
            if audit:
                self._ctx.record(conn, audit, str(entry.id))
            person = person_input(repo.get_person(conn, row.person_id))
            return row, person, repo.amendments(conn, entry.id), last_return(conn, entry.id)

        row, person, amendments, returned = self._ctx.run(work)
        with entry.lock:
            live = entry.state
            state = Screening(
                live.loaded, language=live.language, answers=live.answers(), today=self._today, clock=self._ctx.clock
            )
        return ScreeningView(
            id=row.id,
            case_code=person.case_code,
            status=row.status,
            instrument=state.loaded,
            state=state,
            person=person,
            context=interview_context(row),
            interview_language=row.interview_language,
            screener_language=row.screener_language,
            screener=row.screener,
            started_at=started_at(row),
            finalized_at=finalized_at(row),
            current_question=row.current_question,
            review_comment=row.review_comment,
            amendments=amendments,
            training=self.training,
            person_id=row.person_id,
            returned=returned,
        )

    def _commit(self, entry: OpenScreening, write: Callable[..., T], *args: Any) -> T:
        """Run ``write(conn, ctx, screening_id, *args)`` on the DB thread; drop the entry if it fails."""
        try:
            return self._ctx.run(write, self._ctx, entry.id, *args)
        except BaseException:
            self._open.drop(entry.id)
            raise

    def _draft_actions_changed(self, entry: OpenScreening, at: datetime) -> list[Action] | None:
        """The draft actions to store with a change of the answers, or ``None`` when they stay as stored.

        Only a draft of a person who may be a foreign-national minor can owe one (the 24-hour HHS request), so only
        such a draft is assessed here (another's stored ones go: the person's details changed, here or through another
        screening); a returned screening keeps its finalized actions until it is finalized again.
        """
        if entry.status != DRAFT:
            return None
        owed = may_owe_draft_actions(entry.person, entry.state)
        actions = draft_actions(entry.state, entry.person, at) if owed else []
        return None if draft_signature(actions) == entry.draft_actions else actions

    def _require_editable(self, entry: OpenScreening) -> None:
        """Refuse unless the screening is editable and the account started it (ScreeningLocked, OthersDraft)."""
        if entry.status not in EDITABLE:
            raise ScreeningLocked()
        require_owner(self._ctx.account, entry.screener)

    def _change_details(self, screening_id: int, action: str, fields: dict[str, Any]) -> ScreeningView:
        entry = self._entry(screening_id)
        with entry.lock:
            if entry.status in EDITABLE:  # else write_details refuses with ScreeningLocked
                require_owner(self._ctx.account, entry.screener)
            person, signature = self._commit(entry, screening_writes.write_details, entry.state, action, fields)
            entry.person, entry.draft_actions = person, signature
        self._follow_person(entry.person_id, person, except_id=entry.id)
        return self._view(entry)

    def _follow_person(self, person_id: int, person: PersonInput, *, except_id: int) -> None:
        """Bring the person's other drafts (any screener's) up to date with a change of the person's details.

        Their draft actions follow the person as the edited screening's do (a change of citizenship or age can
        bring or end the 24-hour HHS request); nothing is shown to the account, so no access check applies.
        """
        for other_id in self._ctx.run(repo.drafts_of_person, person_id):
            if other_id == except_id:
                continue
            other = self._kept_or_read(other_id)
            with other.lock:
                other.person = person
                early = self._draft_actions_changed(other, self._ctx.clock())
                if early is not None:
                    self._commit(other, screening_writes.write_draft_actions, early)
                    _kept(other, early)

    def _review(self, screening_id: int, status: str, action: str, comment: str) -> ScreeningView:
        self._ctx.require(REVIEWERS, translate("Permissions", "review screenings"))
        entry = self._entry(screening_id)
        with entry.lock:
            self._commit(entry, screening_writes.write_review, status, action, comment)
            entry.status = status
        return self._view(entry)


class _Stored(NamedTuple):
    """A screening as read to keep it in memory."""

    row: ScreeningRow
    person: PersonInput
    text: str
    answers: dict[str, Any]
    draft_actions: DraftSignature


def _read(conn: Connection, screening_id: int) -> _Stored:
    row = screening_writes.stored_row(conn, screening_id)
    text = repo.instrument_source(conn, row.instrument_id, row.instrument_version) or ""
    person = person_input(repo.get_person(conn, row.person_id))
    answers = repo.answers(conn, screening_id)
    return _Stored(row, person, text, answers, stored_draft_signature(conn, screening_id))


def _kept(entry: OpenScreening, early: list[Action] | None) -> None:
    """Remember the draft actions just stored with a change (``None``: none were)."""
    if early is not None:
        entry.draft_actions = draft_signature(early)
