from __future__ import annotations

import hashlib
import socket
import time

import pytest
from dav_server import PASSWORD, TOKEN, USER, make_certificate
from fault_proxy import Fault

from fieldscreen.sync.errors import (
    CertificateMismatch,
    CertificateRejected,
    CredentialsRejected,
    ServerError,
    SyncSettingsInvalid,
    TargetTimedOut,
    TargetUnreachable,
    TransferBroken,
)
from fieldscreen.sync.targets import RemoteCopy, item_name
from fieldscreen.sync.targets.base import PROBE_NAME
from fieldscreen.sync.targets.webdav import BasicAuth, BearerToken, WebDavTarget, _parse_listing

AUTH = BasicAuth(USER, PASSWORD)


def _item(text: bytes) -> tuple[str, bytes]:
    return item_name(hashlib.sha256(text).hexdigest()), text


@pytest.fixture
def target(dav, tls):
    client = WebDavTarget(dav.url(), auth=AUTH, ca_file=tls.cert, timeout=5)
    yield client
    client.close()


def test_put_creates_the_collection_and_is_idempotent(target, dav):
    name, data = _item(b"sealed bytes " * 1000)

    target.put(name, data)
    target.put(name, data)

    stored = dav.root / "dav" / "inbox" / name
    assert stored.read_bytes() == data
    assert target.exists(name) == RemoteCopy(len(data), hashlib.sha256(data).hexdigest())
    assert target.get(name) == data
    assert [entry.name for entry in target.list()] == [name]
    assert target.list()[0].size == len(data)
    assert dav.faults.seen.count("MKCOL") == 1
    assert dav.faults.seen.count("PUT") == 2


def test_missing_item_and_missing_collection(target):
    name, _ = _item(b"nothing")
    assert target.list() == []
    assert target.exists(name) is None


def test_a_partial_copy_left_by_the_server_is_replaced(target, dav):
    name, data = _item(b"complete item " * 5000)
    target.put(*_item(b"first item creates the collection"))
    (dav.root / "dav" / "inbox" / name).write_bytes(data[:1000])

    target.put(name, data)

    assert (dav.root / "dav" / "inbox" / name).read_bytes() == data


def test_check_writes_and_removes_the_probe_and_a_refused_delete_is_no_failure(target, dav):
    target.check()
    folder = dav.root / "dav" / "inbox"
    assert list(folder.iterdir()) == []
    dav.faults.add("DELETE", "500")  # delivery never deletes: a server that forbids it is fine
    target.check()
    assert [path.name for path in folder.iterdir()] == [PROBE_NAME]
    assert target.list() == []  # never taken for an item
    dav.faults.add("PUT", "500")
    with pytest.raises(ServerError, match="HTTP 500"):
        target.check()


def test_list_shows_only_complete_items(target, dav):
    name, data = _item(b"one")
    target.put(name, data)
    folder = dav.root / "dav" / "inbox"
    (folder / "notes.txt").write_text("not an item")
    (folder / f".{name}.1234.tmp").write_bytes(b"partial")
    (folder / ("f" * 64 + ".fsitem")).mkdir()

    assert [entry.name for entry in target.list()] == [name]


def test_a_listed_name_never_carries_a_path_or_a_control_character():
    def response(href: str) -> str:
        return (
            f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:resourcetype/>"
            "<d:getcontentlength>10</d:getcontentlength></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
            "</d:propstat></d:response>"
        )

    hrefs = ("copy%20(1).fsitem", "..%2F..%2Fvault.fsitem", "a%5Cb.fsitem", "x%0A.fsitem", ".hidden.fsitem")
    body = '<d:multistatus xmlns:d="DAV:">' + "".join(response(f"/dav/inbox/{h}") for h in hrefs) + "</d:multistatus>"

    assert [entry.name for entry in _parse_listing(body.encode())] == ["copy (1).fsitem"]


def test_bearer_token(dav, tls):
    good = WebDavTarget(dav.url(share="token"), auth=BearerToken(TOKEN), ca_file=tls.cert, timeout=5)
    bad = WebDavTarget(dav.url(share="token"), auth=BearerToken("stolen?"), ca_file=tls.cert, timeout=5)
    try:
        name, data = _item(b"by token")
        good.put(name, data)
        assert (dav.root / "token" / "inbox" / name).read_bytes() == data
        with pytest.raises(CredentialsRejected):
            bad.put(*_item(b"refused"))
    finally:
        good.close()
        bad.close()


def test_wrong_password_is_a_clear_message(dav, tls):
    client = WebDavTarget(dav.url(), auth=BasicAuth(USER, "wrong password"), ca_file=tls.cert, timeout=5)
    try:
        with pytest.raises(CredentialsRejected) as caught:
            client.put(*_item(b"x"))
    finally:
        client.close()
    assert "did not accept the sync user name and password" in str(caught.value)
    assert "wrong password" not in str(caught.value)
    assert caught.value.stops_round


def test_pinned_fingerprint_accepts_the_right_certificate(dav, tls):
    pin = ":".join(tls.sha256[i : i + 2] for i in range(0, 64, 2)).upper()
    client = WebDavTarget(dav.url(), auth=AUTH, pinned_sha256=pin, timeout=5)
    try:
        client.put(*_item(b"pinned"))
    finally:
        client.close()
    assert len(list((dav.root / "dav" / "inbox").iterdir())) == 1


def test_pinned_fingerprint_mismatch_is_refused_before_anything_is_sent(dav):
    client = WebDavTarget(dav.url(), auth=AUTH, pinned_sha256="ab" * 32, timeout=5)
    try:
        with pytest.raises(CertificateMismatch) as caught:
            client.put(*_item(b"must not leave"))
    finally:
        client.close()
    assert "does not match the pinned fingerprint" in str(caught.value)
    assert dav.faults.seen == []


def test_an_unknown_certificate_is_refused(dav, tmp_path):
    stranger = make_certificate(tmp_path / "other-ca", "some other authority")
    for client in (
        WebDavTarget(dav.url(), auth=AUTH, ca_file=stranger.cert, timeout=5),
        WebDavTarget(dav.url(), auth=AUTH, timeout=5),
    ):
        try:
            with pytest.raises(CertificateRejected, match="could not be verified"):
                client.list()
        finally:
            client.close()
    assert dav.faults.seen == []


def test_settings_are_checked():
    with pytest.raises(SyncSettingsInvalid, match="https://"):
        WebDavTarget("http://127.0.0.1:1/dav/")
    with pytest.raises(SyncSettingsInvalid, match="https://"):
        WebDavTarget("https://user:pw@127.0.0.1/dav/")
    with pytest.raises(SyncSettingsInvalid, match="not both"):
        WebDavTarget("https://127.0.0.1/dav/", ca_file="ca.pem", pinned_sha256="ab" * 32)
    with pytest.raises(SyncSettingsInvalid, match="64 hex"):
        WebDavTarget("https://127.0.0.1/dav/", pinned_sha256="abcd")
    with pytest.raises(SyncSettingsInvalid, match="CA certificate file"):
        WebDavTarget("https://127.0.0.1/dav/", ca_file="/nonexistent/ca.pem")
    with pytest.raises(SyncSettingsInvalid, match="line break"):
        WebDavTarget("https://127.0.0.1/dav/", auth=BearerToken("a\r\nX-Evil: 1"))
    assert "secret" not in repr(BasicAuth("u", "secret")) + repr(BearerToken("secret"))


def test_a_stalled_server_times_out(proxy, dav, tls):
    proxy.add(Fault.stall())
    client = WebDavTarget(dav.url(proxy.port), auth=AUTH, ca_file=tls.cert, timeout=0.5)
    try:
        with pytest.raises(TargetTimedOut, match="did not answer"):
            client.list()
    finally:
        client.close()


def test_nobody_listening_is_unreachable(tls):
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    client = WebDavTarget(f"https://127.0.0.1:{port}/dav/", auth=AUTH, ca_file=tls.cert, timeout=2)
    try:
        with pytest.raises(TargetUnreachable, match="cannot be reached"):
            client.list()
    finally:
        client.close()


def test_a_connection_cut_mid_upload_and_a_server_error(proxy, dav, tls):
    client = WebDavTarget(dav.url(proxy.port), auth=AUTH, ca_file=tls.cert, timeout=5)
    name, data = _item(b"z" * 300_000)
    try:
        client.put(*_item(b"warm up"))
        client.close()
        proxy.add(Fault.cut(100_000))
        with pytest.raises(TransferBroken, match="broke during the transfer"):
            client.put(name, data)
        deadline = time.monotonic() + 10  # the server may reach the cut request a little later; let it
        while dav.faults.seen.count("PUT") < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        dav.faults.add("PUT", "500")
        with pytest.raises(ServerError, match="HTTP 500"):
            client.put(name, data)
        client.put(name, data)
        assert client.exists(name) == RemoteCopy(len(data), hashlib.sha256(data).hexdigest())
    finally:
        client.close()


def test_an_answer_cut_mid_download_is_a_broken_transfer_not_data(proxy, dav, tls):
    client = WebDavTarget(dav.url(proxy.port), auth=AUTH, ca_file=tls.cert, timeout=5)
    name, data = _item(bytes(range(256)) * 1200)
    try:
        client.put(name, data)
        client.close()
        proxy.add(Fault.cut_answer(100_000), Fault.cut_answer(50_000))
        with pytest.raises(TransferBroken):
            client.get(name)
        with pytest.raises(TransferBroken):
            client.exists(name)
        assert client.get(name) == data
    finally:
        client.close()
