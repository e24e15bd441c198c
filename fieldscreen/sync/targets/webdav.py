"""An HTTPS/WebDAV collection as a target, with the standard library's http.client and ssl only.

Trust: either a CA bundle file (full verification: chain and host name), or a pinned SHA-256 fingerprint of the
server's certificate (checked on every connection right after the handshake, before a single byte of the request,
credentials included, is sent), or the system's trust store. Credentials are basic (user name and password) or a
bearer token, handed in by the caller, never stored here.

Upload: ``PUT`` with ``If-None-Match: *``. 201/204 means stored; 412 means the name exists already, so the copy is read
back, and if it does not hold our bytes (a partial upload the server kept after a broken connection) it is replaced
by an unconditional PUT: the name is the hash of the bytes, so the right content under it is never in doubt.

Verification (done by the delivery engine after the uploads were confirmed): :meth:`WebDavTarget.stored_sizes` asks
the server for the sizes of a batch of items with one depth-1 ``PROPFIND`` of the collection, or with a ``HEAD`` per
item when the batch is small or the collection much larger than the batch (see :func:`listing_bound`); a name the
listing lacks, or lists without a length, is asked for with a ``HEAD`` too (a server may cut a long listing short),
and a server that sends no ``Content-Length`` gets the item read back and counted instead. For a full check,
:meth:`WebDavTarget.exists` reads the whole item back with a ``GET`` and hashes it.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import hmac
import http.client
import socket
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

from fieldscreen.core.i18n import translate

from ..errors import (
    CertificateMismatch,
    CertificateRejected,
    CredentialsRejected,
    ServerError,
    SyncError,
    SyncSettingsInvalid,
    TargetFull,
    TargetTimedOut,
    TargetUnreachable,
    TransferBroken,
    UnexpectedAnswer,
)
from .base import (
    MAX_ITEM_BYTES,
    PROBE_BYTES,
    PROBE_NAME,
    RemoteCopy,
    RemoteEntry,
    check_item_name,
    check_listed_name,
    is_listed_name,
)

MAX_LISTING_BYTES = 64 * 1024 * 1024
LISTING_ENTRY_BYTES = 1024
"""The bytes allowed per entry when a listing is read to check a batch (wsgidav sends about 280 per item)."""
LISTING_MIN_BATCH = 50
"""Smaller batches are checked with a HEAD each: a few HEADs cost little, and a round of a few packets must not make
the server build the listing of a big collection (many servers build all of it before sending the first byte)."""
_SMALL = 64 * 1024
_IDLE_RECONNECT_SECONDS = 3.0
_UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN, errno.EADDRNOTAVAIL}
_PROPFIND = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getcontentlength/></D:prop></D:propfind>'
)


@dataclass(frozen=True)
class BasicAuth:
    """HTTP basic credentials (sent only over the verified TLS connection)."""

    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class BearerToken:
    """An HTTP bearer token (sent only over the verified TLS connection)."""

    token: str = field(repr=False)


class _Answer(NamedTuple):
    status: int
    body: bytes
    content_length: str | None


class _Connection(http.client.HTTPSConnection):
    """An HTTPS connection that, when pinning, refuses a peer whose certificate has another SHA-256."""

    def __init__(self, host: str, port: int, *, timeout: float, context: ssl.SSLContext, pin: bytes | None) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._pin = pin

    def connect(self) -> None:
        super().connect()
        if self._pin is None:
            return
        certificate = self.sock.getpeercert(binary_form=True)
        if not certificate or not hmac.compare_digest(hashlib.sha256(certificate).digest(), self._pin):
            self.close()
            raise CertificateMismatch()


class WebDavTarget:
    """Deliver items to, and pull items from, one WebDAV collection over HTTPS.

    Safe to use from several threads at once: each request takes its own kept-alive connection from a small pool.
    """

    def __init__(
        self,
        url: str,
        *,
        auth: BasicAuth | BearerToken | None = None,
        ca_file: str | Path | None = None,
        pinned_sha256: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment or parts.username:
            raise SyncSettingsInvalid(
                translate("Sync", "The office server address must be an https:// address without user name or '?'.")
            )
        if ca_file is not None and pinned_sha256 is not None:
            raise SyncSettingsInvalid(
                translate("Sync", "Use either a CA certificate file or a pinned fingerprint, not both.")
            )
        self._host = parts.hostname
        self._port = parts.port or 443
        self._collection = parts.path.rstrip("/") + "/"
        self._pin = _parse_pin(pinned_sha256) if pinned_sha256 is not None else None
        self._context = _tls_context(ca_file, pinned=self._pin is not None)
        self._auth_header = _auth_header(auth)
        self._timeout = timeout
        self._idle: list[tuple[_Connection, float]] = []
        self._idle_lock = threading.Lock()
        self._collection_ready = False
        self._collection_lock = threading.Lock()
        self._listed = 0
        """Items in the last listing made to check a batch (more than the bound when it was cut off)."""

    def __repr__(self) -> str:
        return "WebDavTarget()"

    def close(self) -> None:
        """Close the idle kept-alive connections (call it when no transfer is running)."""
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for connection, _ in idle:
            connection.close()

    def exists(self, name: str) -> RemoteCopy | None:
        """Read ``name`` back in full and return its size and SHA-256, or None when the server has no such item."""
        check_listed_name(name)
        answer = self._request("GET", self._collection + quote(name), headers={"Cache-Control": "no-cache"})
        if answer.status == 404:
            return None
        if answer.status != 200:
            raise self._failure(answer.status)
        return RemoteCopy(len(answer.body), hashlib.sha256(answer.body).hexdigest())

    def stored_size(self, name: str) -> int | None:
        """Return the size the server reports for ``name`` (HEAD), or None when it has no such item."""
        check_item_name(name)
        answer = self._request("HEAD", self._collection + name, headers={"Cache-Control": "no-cache"})
        if answer.status == 404:
            return None
        if answer.status != 200:
            raise self._failure(answer.status)
        if answer.content_length is not None and answer.content_length.isdigit():
            return int(answer.content_length)
        copy = self.exists(name)  # the server did not say: count the bytes instead
        return copy.size if copy is not None else None

    def stored_sizes(self, names: Sequence[str]) -> dict[str, int | None]:
        """Return the size the server reports for each of ``names``, None for a missing one.

        One depth-1 PROPFIND of the collection answers a batch of at least ``LISTING_MIN_BATCH`` items while the
        collection is small next to it: the listing is made unless the last one held more than :func:`listing_bound`
        items, and read only up to ``LISTING_ENTRY_BYTES`` per allowed item. Otherwise, and for any name the listing
        lacks or lists without a length, the size is asked for with a HEAD (:meth:`stored_size`).
        """
        for name in names:
            check_item_name(name)
        bound = listing_bound(len(names))
        listed = None
        if len(names) >= LISTING_MIN_BATCH and self._listed <= bound:
            listed = self._listing(bound * LISTING_ENTRY_BYTES)
            self._listed = bound + 1 if listed is None else len(listed)
        sizes = dict(listed or ())
        return {name: sizes[name] if sizes.get(name, -1) >= 0 else self.stored_size(name) for name in names}

    def put(self, name: str, data: bytes) -> None:
        """Upload ``data`` as ``name`` unless the server already holds exactly these bytes."""
        check_item_name(name)
        self._ensure_collection()
        status = self._put(name, data, only_new=True)
        if status == 412:
            if self.exists(name) == RemoteCopy(len(data), hashlib.sha256(data).hexdigest()):
                return
            status = self._put(name, data, only_new=False)
        if status not in (200, 201, 204):
            raise self._failure(status)

    def check(self) -> None:
        """Prove that items can be delivered now: the collection is there (or made), and takes the probe file.

        Every request goes over the verified (or pinned) TLS connection with the credentials, so this proves the
        address, the certificate, the sign-in and the permission to write. The probe is then deleted where the server
        allows it: delivery never deletes, so a refused DELETE is no failure (the next check overwrites the probe).
        """
        self._ensure_collection()
        status = self._request("PUT", self._collection + PROBE_NAME, body=PROBE_BYTES).status
        if status not in (200, 201, 204):
            raise self._failure(status)
        self._request("DELETE", self._collection + PROBE_NAME)

    def list(self) -> list[RemoteEntry]:
        """Return every item in the collection (copies renamed by hand too) with the size the server reports."""
        listed = self._listing(MAX_LISTING_BYTES)
        if listed is None:
            raise UnexpectedAnswer(207)
        return sorted(listed)

    def get(self, name: str) -> bytes:
        """Return the bytes of ``name`` (at most the item size limit, plus one byte to show it is exceeded)."""
        check_listed_name(name)
        answer = self._request("GET", self._collection + quote(name), headers={"Cache-Control": "no-cache"})
        if answer.status != 200:
            raise self._failure(answer.status)
        return answer.body

    def _listing(self, limit: int) -> list[RemoteEntry] | None:
        """List the collection (PROPFIND, depth 1); None when the answer is longer than ``limit`` bytes."""
        answer = self._request("PROPFIND", self._collection, body=_PROPFIND, headers={"Depth": "1"}, limit=limit)
        if answer.status == 404:
            return []
        if answer.status != 207:
            raise self._failure(answer.status)
        return _parse_listing(answer.body) if len(answer.body) <= limit else None

    def _put(self, name: str, data: bytes, *, only_new: bool) -> int:
        headers = {"Content-Type": "application/octet-stream"}
        if only_new:
            headers["If-None-Match"] = "*"
        return self._request("PUT", self._collection + name, body=data, headers=headers).status

    def _ensure_collection(self) -> None:
        with self._collection_lock:  # one check (and MKCOL) at a time: servers answer 500 to racing MKCOLs
            if self._collection_ready:
                return
            status = self._request("PROPFIND", self._collection, body=_PROPFIND, headers={"Depth": "0"}).status
            if status == 404:
                status = self._request("MKCOL", self._collection).status
                if status not in (201, 405):
                    raise self._failure(status)
            elif status != 207:
                raise self._failure(status)
            self._collection_ready = True

    def _failure(self, status: int) -> SyncError:
        if status in (401, 403):
            return CredentialsRejected()
        if status == 507:
            return TargetFull()
        if status in (404, 409):
            self._collection_ready = False
        if status >= 500:
            return ServerError(status)
        return UnexpectedAnswer(status)

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        limit: int = 0,
    ) -> _Answer:
        limit = limit or (MAX_ITEM_BYTES if method == "GET" else _SMALL)
        all_headers = {"User-Agent": "fieldscreen-sync", **(headers or {})}
        if self._auth_header:
            all_headers["Authorization"] = self._auth_header
        connection = self._acquire()
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            payload = response.read(limit + 1)
        except SyncError:
            connection.close()
            raise
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            raise _mapped(exc) from None
        too_long = len(payload) > limit
        if not too_long and response.length:
            connection.close()  # fewer bytes than Content-Length announced: the connection broke mid-answer
            raise TransferBroken()
        if too_long or response.will_close or not response.isclosed():
            connection.close()  # the server closes, or the rest of an over-long body is not worth draining
        else:
            with self._idle_lock:
                self._idle.append((connection, time.monotonic()))
        if too_long and method not in ("GET", "PROPFIND"):  # their callers tell a cut answer by its length
            raise UnexpectedAnswer(response.status)
        return _Answer(response.status, payload, response.getheader("Content-Length"))

    def _acquire(self) -> _Connection:
        """Take an idle kept-alive connection, or make a new one; each thread in a transfer uses its own."""
        with self._idle_lock:
            while self._idle:
                connection, last_used = self._idle.pop()
                if time.monotonic() - last_used <= _IDLE_RECONNECT_SECONDS:
                    return connection
                connection.close()  # servers drop idle connections; do not find out mid-request
        return _Connection(self._host, self._port, timeout=self._timeout, context=self._context, pin=self._pin)


def listing_bound(batch: int) -> int:
    """The most items a listing may hold to check ``batch`` items with it rather than with a HEAD each.

    On wsgidav a listed item costs the server about a tenth of a HEAD (0.07 to 0.15 ms against about 0.9 ms on a
    loaded machine), so four items per checked one, plus a hundred for the round trips a listing saves, keep the
    listing the cheaper way with a wide margin for other servers and for the client's parsing. The office never
    empties the collection, so in a real deployment it soon outgrows the bound and the check falls back to HEADs.
    """
    return 4 * batch + 100


def _parse_pin(pin: str) -> bytes:
    cleaned = pin.replace(":", "").replace(" ", "").replace("-", "").lower()
    if len(cleaned) != 64 or cleaned.strip("0123456789abcdef"):
        raise SyncSettingsInvalid(
            translate("Sync", "The pinned certificate fingerprint must be a SHA-256 fingerprint (64 hex digits).")
        )
    return bytes.fromhex(cleaned)


def _tls_context(ca_file: str | Path | None, *, pinned: bool) -> ssl.SSLContext:
    if pinned:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        try:
            context = ssl.create_default_context(cafile=str(ca_file) if ca_file is not None else None)
        except (OSError, ssl.SSLError):
            raise SyncSettingsInvalid(translate("Sync", "The CA certificate file cannot be read.")) from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _auth_header(auth: BasicAuth | BearerToken | None) -> str:
    if auth is None:
        return ""
    if isinstance(auth, BasicAuth):
        value = "Basic " + base64.b64encode(f"{auth.username}:{auth.password}".encode()).decode("ascii")
    else:
        value = "Bearer " + auth.token.strip()
    if any(ch in value for ch in "\r\n\0"):
        raise SyncSettingsInvalid(translate("Sync", "The sync credentials contain a line break."))
    return value


def _mapped(exc: BaseException) -> SyncError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CertificateRejected()
    if isinstance(exc, TimeoutError):
        return TargetTimedOut()
    if isinstance(exc, ConnectionRefusedError | socket.gaierror) or (
        isinstance(exc, OSError) and exc.errno in _UNREACHABLE
    ):
        return TargetUnreachable()
    return TransferBroken()


def _parse_listing(body: bytes) -> list[RemoteEntry]:
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        raise UnexpectedAnswer(207) from None
    found = []
    for response in root.iter("{DAV:}response"):
        name = unquote(urlsplit(response.findtext("{DAV:}href") or "").path.rstrip("/").rsplit("/", 1)[-1])
        if not is_listed_name(name):
            continue
        for propstat in response.iter("{DAV:}propstat"):
            prop = propstat.find("{DAV:}prop")
            if " 200 " not in (propstat.findtext("{DAV:}status") or "") + " " or prop is None:
                continue
            if prop.find("{DAV:}resourcetype/{DAV:}collection") is not None:
                break
            length = (prop.findtext("{DAV:}getcontentlength") or "").strip()
            found.append(RemoteEntry(name, int(length) if length.isdigit() else -1))
            break
    return found
