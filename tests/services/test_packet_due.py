"""A finalized or amended screening always ends up with the packet of its current answers (schema step 10).

A kill between the change's commit and its packet's is played by a renderer that raises; the next sign-in must build
the packet. The screening service and the outbox are the real ones, on a real encrypted database.
"""

from __future__ import annotations

import pytest
from outbox_helpers import finalize_screening
from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.packets.fonts import FontsMissing
from fieldscreen.services import outbox_service
from fieldscreen.store import packets_repo

REASON = "The person told us more at the end"


class Cut(Exception):
    """Stands for the kill: the change is committed, its packet is not."""


def _cut_packets(monkeypatch) -> None:
    def cut(*args, **kwargs):
        raise Cut()

    monkeypatch.setattr(outbox_service, "render_referral", cut)


def _yes(clock) -> Answer:
    return Answer(AnswerStatus.ANSWERED, "yes", clock.now)


def _due(session) -> list[int]:
    return session._ctx.run(packets_repo.due_screenings, None)


def _sign_in_again(installation, session):
    session.lock()
    return installation.sign_in(ADMIN, ADMIN_PASSWORD)


def test_an_amendment_cut_off_before_its_packet_gets_it_at_the_next_sign_in(installation, session, clock, monkeypatch):
    screening_id = finalize_screening(session, clock)
    assert _due(session) == []
    _cut_packets(monkeypatch)
    with pytest.raises(Cut):
        session.screenings.amend(screening_id, "threatened", _yes(clock), REASON)
    assert len(session.outbox.versions(screening_id)) == 1
    assert _due(session) == [screening_id]
    monkeypatch.undo()

    again = _sign_in_again(installation, session)
    try:
        first, second = again.outbox.versions(screening_id)
        assert first.superseded_by == second.id
        assert not again.outbox.on_amended(screening_id).new  # the stored version is the current one
        assert _due(again) == []
        stored = [e for e in again.audit.recent(action="packet_stored") if e.detail["version"] == 2]
        assert [e.detail["reason"] for e in stored] == ["retried"]
    finally:
        again.lock()


def test_a_second_finalization_cut_off_before_its_packet_gets_it_at_the_next_sign_in(
    installation, session, clock, monkeypatch
):
    screening_id = finalize_screening(session, clock)
    session.screenings.return_to_screener(screening_id, "Please check the answers")
    session.screenings.answer(screening_id, "threatened", _yes(clock))
    _cut_packets(monkeypatch)
    with pytest.raises(Cut):
        session.screenings.finalize(screening_id)
    monkeypatch.undo()

    again = _sign_in_again(installation, session)
    try:
        assert [p.version for p in again.outbox.versions(screening_id)] == [1, 2]
        assert not again.outbox.on_finalized(screening_id).new
    finally:
        again.lock()


def test_a_change_made_while_its_packet_is_built_is_never_covered_by_the_older_packet(session, clock, monkeypatch):
    """Another amendment lands (and stores its packet) while the first one's packet is being rendered."""
    screening_id = finalize_screening(session, clock)
    render = outbox_service.render_referral
    interleaved: list[str] = []

    def render_while_another_change_lands(*args, **kwargs):
        if not interleaved:
            interleaved.append("hurt")
            session.screenings.amend(screening_id, "hurt", _yes(clock), REASON)
        return render(*args, **kwargs)

    monkeypatch.setattr(outbox_service, "render_referral", render_while_another_change_lands)
    session.screenings.amend(screening_id, "threatened", _yes(clock), REASON)
    monkeypatch.undo()

    assert interleaved == ["hurt"]
    assert not session.outbox.on_amended(screening_id).new  # the newest version holds both amendments
    assert _due(session) == []
    versions = session.outbox.versions(screening_id)
    assert [p.version for p in versions] == [1, 2] and versions[-1].superseded_by is None


def test_a_packet_that_cannot_be_built_stays_due_and_is_built_later(session, clock, monkeypatch):
    def fonts_missing(*args, **kwargs):
        raise FontsMissing("NotoSans-Regular.ttf")

    monkeypatch.setattr(outbox_service, "render_referral", fonts_missing)
    with pytest.raises(FontsMissing):
        finalize_screening(session, clock)
    [screening_id] = _due(session)
    assert session.outbox.store_due() == 1  # still failing: logged, kept for the next sign-in
    assert _due(session) == [screening_id] and session.outbox.versions(screening_id) == []
    monkeypatch.undo()
    assert session.outbox.store_due() == 1
    assert _due(session) == [] and len(session.outbox.versions(screening_id)) == 1
