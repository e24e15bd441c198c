"""Checking the sync target before a packet waits: "Test connection" (the settings as entered) and "Sync now" with
nothing waiting, against the real loopback WebDAV server and fault proxy of the sync tests, and against folders."""

from __future__ import annotations

import errno
import os

import pytest
from dav_server import PASSWORD, TOKEN, USER
from fault_proxy import Fault
from outbox_helpers import finalize_screening, office_installation

from fieldscreen.core.errors import PermissionDenied
from fieldscreen.core.models import Role
from fieldscreen.services.sync_targets_service import AuthKind
from fieldscreen.sync.errors import (
    CertificateMismatch,
    CredentialsRejected,
    FolderUnavailable,
    SyncSettingsInvalid,
    TargetNotWritable,
    TargetUnreachable,
    TransferBroken,
)

SERVER_OK = "The office server answered: its address, its certificate, the sign-in and writing to it all work."
FOLDER_OK = "The sync folder is there and fieldscreen can write to it."


@pytest.fixture
def drive(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _check(session, dav, tls, *, port=None, password=PASSWORD, **kwargs):
    return session.sync_targets.check_webdav(
        dav.url(port), ca_file=str(tls.cert), username=USER, password=password, **kwargs
    )


def test_right_server_settings_pass_and_leave_nothing_behind(session, dav, tls):
    assert _check(session, dav, tls) == SERVER_OK
    inbox = dav.root / "dav" / "inbox"
    assert inbox.is_dir() and list(inbox.iterdir()) == []  # the collection is made; the probe is gone again
    assert dav.faults.seen == ["PROPFIND", "MKCOL", "PUT", "DELETE"]
    assert session.sync_targets.get() is None  # a check saves nothing


def test_a_wrong_password_says_so(session, dav, tls):
    with pytest.raises(CredentialsRejected) as caught:
        _check(session, dav, tls, password="not the password")
    assert str(caught.value).startswith("The office server did not accept the sync user name and password")
    assert "not the password" not in str(caught.value)


def test_a_server_that_is_down_or_drops_the_connection_says_so(session, dav, tls, proxy):
    proxy.add(Fault.refuse())
    with pytest.raises(TransferBroken, match="connection to the office server broke"):
        _check(session, dav, tls, port=proxy.port)
    assert _check(session, dav, tls, port=proxy.port) == SERVER_OK  # through the proxy, once it passes requests
    port = dav.port
    dav.stop()
    with pytest.raises(TargetUnreachable, match="cannot be reached"):
        _check(session, dav, tls, port=port)


def test_a_wrong_pin_is_refused_before_anything_is_sent(session, dav):
    with pytest.raises(CertificateMismatch):
        session.sync_targets.check_webdav(dav.url(), pinned_sha256="ab" * 32, username=USER, password=PASSWORD)
    assert dav.faults.seen == []


def test_the_stored_credentials_are_used_only_for_the_stored_settings(session, dav, tls):
    session.sync_targets.set_webdav(dav.url(), ca_file=str(tls.cert), username=USER, password=PASSWORD)
    basic = {"username": USER, "auth": AuthKind.BASIC}
    assert _check(session, dav, tls, password="", auth=AuthKind.BASIC) == SERVER_OK  # the form never shows it
    with pytest.raises(SyncSettingsInvalid, match="Enter both"):  # another address never gets them
        session.sync_targets.check_webdav(dav.url(collection="other"), ca_file=str(tls.cert), **basic)
    assert len(dav.faults.seen) == 4  # the first check's requests only
    session.sync_targets.set_webdav(dav.url(), ca_file=str(tls.cert), **basic)  # saved again as shown: kept
    assert session.sync_targets.stored()[1].password == PASSWORD


def test_a_stored_token_is_tested_and_kept_only_while_token_sign_in_is_chosen(session, dav, tls):
    server = {"ca_file": str(tls.cert)}
    session.sync_targets.set_webdav(dav.url(share="token"), token=TOKEN, **server)
    assert session.sync_targets.check_webdav(dav.url(share="token"), auth=AuthKind.BEARER, **server) == SERVER_OK
    session.sync_targets.set_webdav(dav.url(share="token"), auth=AuthKind.BEARER, **server)
    assert session.sync_targets.stored()[1].token == TOKEN
    with pytest.raises(SyncSettingsInvalid, match="Enter the sync token"):  # another address never gets it
        session.sync_targets.check_webdav(dav.url(share="token", collection="x"), auth=AuthKind.BEARER, **server)
    with pytest.raises(CredentialsRejected):  # no sign-in chosen: tested without the token, as it would be saved
        session.sync_targets.check_webdav(dav.url(share="token"), auth=AuthKind.NONE, **server)


def test_folders_missing_read_only_and_writable(session, drive, tmp_path, monkeypatch):
    assert session.sync_targets.check_folder(str(drive)) == FOLDER_OK
    assert list(drive.iterdir()) == []
    with pytest.raises(FolderUnavailable, match="USB drive"):
        session.sync_targets.check_folder(str(tmp_path / "not-plugged-in"))
    assert not (tmp_path / "not-plugged-in").exists()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("fieldscreen.sync.targets.folder.os.open", read_only)  # tests may run as root: chmod won't do
    with pytest.raises(TargetNotWritable, match="read-only or no permission"):
        session.sync_targets.check_folder(str(drive))
    assert list(drive.iterdir()) == []


def test_only_administrators_check_settings(installation, session, drive):
    session.accounts.add("sam", Role.SCREENER, "sam has a long passphrase too")
    sam = installation.sign_in("sam", "sam has a long passphrase too")
    try:
        with pytest.raises(PermissionDenied):
            sam.sync_targets.check_folder(str(drive))
    finally:
        sam.lock()


@pytest.fixture
def keyed(session, clock, tmp_path):
    session.office_keys.import_key(office_installation(tmp_path / "office", clock)[1])
    return session


def test_sync_now_with_nothing_waiting_checks_the_target(keyed, drive, dav, tls):
    keyed.sync_targets.set_folder(str(drive))
    report = keyed.sync.sync_now()
    assert (report.delivered, report.waiting, report.target_checked) == (0, 0, FOLDER_OK)
    assert keyed.audit.recent(action="sync")[0].detail["delivered"] == 0
    assert keyed.sync.sync_now(background=True).target_checked == ""  # background rounds never probe

    drive.rmdir()
    with pytest.raises(FolderUnavailable):
        keyed.sync.sync_now()

    keyed.sync_targets.set_webdav(dav.url(), ca_file=str(tls.cert), username=USER, password="a wrong password")
    with pytest.raises(CredentialsRejected):
        keyed.sync.sync_now()
    keyed.sync_targets.set_webdav(dav.url(), ca_file=str(tls.cert), username=USER, password=PASSWORD)
    assert keyed.sync.sync_now().target_checked == SERVER_OK


def test_sync_now_with_packets_waiting_sends_them_without_a_probe(keyed, clock, dav, tls):
    keyed.sync_targets.set_webdav(dav.url(), ca_file=str(tls.cert), username=USER, password=PASSWORD)
    finalize_screening(keyed, clock)
    report = keyed.sync.sync_now()
    assert (report.delivered, report.target_checked) == (1, "")
    assert "DELETE" not in dav.faults.seen
