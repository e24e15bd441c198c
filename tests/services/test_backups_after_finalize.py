"""A backup after each finalize, amendment and action marked done: it opens with the same password, holds the legal
record, is pruned on its own, never fails the finalize, and brings the finalized screening back after damage."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from outbox_helpers import PERSON_NAME, amend_screening, finalize_screening
from services_support import ADMIN, ADMIN_PASSWORD, flip_byte

from fieldscreen.core.errors import DatabaseDamaged, StorageFull
from fieldscreen.store import backups, packets_repo, screenings_repo
from fieldscreen.store.connection import Connection, open_encrypted
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.vault import Vault


def _after_finalize(installation) -> list[Path]:
    return [b for b in installation.backups() if backups.reason_of(b) == backups.AFTER_FINALIZE]


def _open_backup(folder: Path) -> Connection:
    """Open a backup's database with the key its own vault gives the administrator's password."""
    key = Vault(folder / "vault.json").unlock_user(ADMIN, ADMIN_PASSWORD).data_key
    return open_encrypted(folder / "fieldscreen.db", key)


def _status_in(folder: Path, screening_id: int) -> str | None:
    conn = _open_backup(folder)
    try:
        found = conn.execute("SELECT status FROM screenings WHERE id = ?", (screening_id,)).fetchone()
        return found[0] if found else None
    finally:
        conn.close()


def test_finalizing_leaves_a_backup_that_opens_and_holds_the_screening_and_its_packet(installation, session, clock):
    [daily] = installation.backups()
    screening_id = finalize_screening(session, clock)
    [made] = _after_finalize(installation)
    conn = _open_backup(made)
    try:
        assert screenings_repo.get_screening(conn, screening_id).status == "finalized"
        assert packets_repo.latest(conn, screening_id, "referral") is not None
    finally:
        conn.close()
    assert _status_in(daily, screening_id) is None, "the morning's daily backup does not have it"


def test_an_amendment_leaves_a_backup_holding_it(installation, session, clock):
    screening_id = finalize_screening(session, clock)
    clock.advance(minutes=5)
    amend_screening(session, clock, screening_id)
    newest, first = _after_finalize(installation)
    for folder, amendments in ((first, 0), (newest, 1)):
        conn = _open_backup(folder)
        try:
            assert len(screenings_repo.amendments(conn, screening_id)) == amendments
            assert len(packets_repo.versions(conn, screening_id)) == amendments + 1
        finally:
            conn.close()


def test_an_action_marked_done_leaves_a_backup_holding_its_reference(installation, session, clock):
    screening_id = finalize_screening(session, clock)
    clock.advance(minutes=5)
    action = next(item for item in session.screenings.deadlines() if item.screening_id == screening_id)
    session.screenings.mark_action_done(action.action_id, reference="HHS-2026-0042")
    newest, _finalized = _after_finalize(installation)
    conn = _open_backup(newest)
    try:
        found = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'action_done'").fetchone()[0]
        references = [row[0] for row in conn.execute("SELECT reference FROM actions WHERE reference != ''")]
    finally:
        conn.close()
    assert references == ["HHS-2026-0042"] and found == 1


def test_the_newest_after_finalize_backups_are_kept_and_no_other_is_dropped(installation, session, clock, data_dir):
    layout = DataLayout(data_dir)
    for reason in ("before-migration-v9", "after-rekey", "before-restore"):
        backups.make_backup(layout, reason, clock.now)
    others = [b for b in installation.backups() if backups.reason_of(b) != backups.AFTER_FINALIZE]
    ids = []
    for _ in range(backups.AFTER_FINALIZE_KEPT + 2):
        clock.advance(minutes=1)
        ids.append(finalize_screening(session, clock))
    kept = _after_finalize(installation)
    assert len(kept) == backups.AFTER_FINALIZE_KEPT
    assert _status_in(kept[0], ids[-1]) == "finalized"
    oldest_kept = (_status_in(kept[-1], ids[2]), _status_in(kept[-1], ids[3]))
    assert oldest_kept == ("finalized", None), "the backups of the first two finalizes were dropped"
    assert [b for b in installation.backups() if b not in kept] == others
    assert {backups.reason_of(b) for b in others} == {"daily", "before-migration-v9", "after-rekey", "before-restore"}


def _frozen_folder(make_read_only, monkeypatch, layout: DataLayout) -> None:
    make_read_only(layout.backups)


def _full_disk(make_read_only, monkeypatch, layout: DataLayout) -> None:
    def full(*_args, **_kwargs):
        raise StorageFull()

    monkeypatch.setattr(backups, "make_backup", full)


@pytest.mark.parametrize("fault", [_frozen_folder, _full_disk], ids=["read-only", "full"])
def test_a_backup_that_cannot_be_made_leaves_the_finalize_committed(
    installation, session, clock, data_dir, make_read_only, monkeypatch, caplog, fault
):
    layout = DataLayout(data_dir)
    before = installation.backups()
    fault(make_read_only, monkeypatch, layout)
    caplog.set_level(logging.INFO, logger="fieldscreen")
    screening_id = finalize_screening(session, clock)  # raises nothing
    assert installation.backups() == before
    assert session.screenings.open(screening_id).status == "finalized"
    assert session.outbox.versions(screening_id), "the packet is stored too"
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("after-finalize backup not made" in message for message in warned), warned
    logged = "\n".join(r.getMessage() for r in caplog.records)
    case_code = session.screenings.open(screening_id).case_code
    assert PERSON_NAME not in logged and case_code not in logged
    session.lock()
    assert installation.sign_in(ADMIN, ADMIN_PASSWORD).screenings.open(screening_id).status == "finalized"


def test_restoring_the_after_finalize_backup_brings_the_screening_back(installation, session, clock, data_dir):
    screening_id = finalize_screening(session, clock)
    case_code = session.screenings.open(screening_id).case_code
    session.lock()
    [made] = _after_finalize(installation)
    database = data_dir / "fieldscreen.db"
    flip_byte(database, database.stat().st_size - 4096 + 200)
    with pytest.raises(DatabaseDamaged):
        installation.sign_in(ADMIN, ADMIN_PASSWORD)

    installation.restore_backup(made)
    restored = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        view = restored.screenings.open(screening_id)
        assert (view.status, view.case_code) == ("finalized", case_code)
        assert [d.kind for d in restored.screenings.deadlines() if d.screening_id == screening_id]
        assert len(restored.outbox.versions(screening_id)) == 1
    finally:
        restored.lock()
