import threading

import pytest
from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.errors import SessionLocked, UsageError, WrongCredentials
from fieldscreen.services.settings import InstallationSettings


def test_lock_is_idempotent_audited_and_final(installation, session, data_dir):
    assert (data_dir / "session.open").exists()
    session.lock()
    session.lock()
    assert session.locked
    assert not (data_dir / "session.open").exists()
    for attempt in (session.settings.get, session.accounts.list, session.audit.verify, session.check):
        with pytest.raises(SessionLocked):
            attempt()
    again = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    assert [e.action for e in again.audit.recent(limit=2)] == ["sign_in", "lock"]
    again.lock()


def test_settings_defaults_and_limits(session):
    assert session.settings.get() == InstallationSettings("Agency CANARY-7f3a9e", "Office CANARY-7f3a9e", 10)
    session.settings.set_lock_minutes(30)
    assert session.settings.get().lock_minutes == 30
    for bad in (0, 31):
        with pytest.raises(UsageError):
            session.settings.set_lock_minutes(bad)
    with pytest.raises(UsageError):
        session.settings.set_names("  ", "x")
    with pytest.raises(UsageError, match="Shorten the agency and office names to 200 characters at most."):
        session.settings.set_names("Agency", "O" * 201)
    session.settings.set_names(" " + "A" * 200 + " ", "O" * 200)
    assert session.settings.get().agency == "A" * 200
    changes = [e.detail for e in session.audit.recent(action="settings_change")]
    assert changes == [{"fields": ["agency", "office"]}, {"lock_minutes": 30}]


def test_the_office_contact_is_kept_tidy_audited_and_limited(session):
    assert session.settings.get().contact == ""
    session.settings.set_contact("  +1 555 0100 \n or intake@example.org ")
    assert session.settings.get().contact == "+1 555 0100 or intake@example.org"
    with pytest.raises(UsageError, match="Shorten the contact to 200 characters at most."):
        session.settings.set_contact("x" * 201)
    assert session.audit.recent(limit=1, action="settings_change")[0].detail == {"fields": ["contact"]}


def test_concurrent_use_from_many_threads(session):
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            for _ in range(5):
                session.audit.record("view", subject=f"case-{i}")
                session.settings.get()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert session.audit.verify().ok
    assert len(session.audit.recent(action="view")) == 30


def test_check_on_a_healthy_database(session):
    report = session.check()
    assert report.ok and report.problems == []
    assert len(report.checked) == 3
    assert session.audit.recent(limit=1)[0].action == "check"


def test_new_recovery_key_replaces_the_old_one(installation, session, recovery_key):
    fresh = session.new_recovery_key()
    session.lock()
    with pytest.raises(WrongCredentials):
        installation.sign_in_with_recovery_key(recovery_key)
    installation.sign_in_with_recovery_key(fresh).lock()
