"""A real WebDAV server for the sync tests: wsgidav on cheroot, TLS with a certificate made here, on 127.0.0.1 only.

Two shares: ``/dav`` (basic authentication) and ``/token`` (a bearer token checked by a small gate in front of an
anonymous share). ``ServerFaults`` lets a test make the next requests of a method fail before or after wsgidav stored
them (the "stored, but the answer was lost" case that makes clients send duplicates), or arrive twice (the client
hears the answer to the second copy). A TCP proxy cannot duplicate a request inside TLS, so this happens here.
"""

from __future__ import annotations

import hashlib
import io
import ipaddress
import sys
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from wsgidav.wsgidav_app import WsgiDAVApp

LOOPBACK = "127.0.0.1"
USER = "laptop-7"
PASSWORD = "correct horse battery staple"
TOKEN = "t0ken-for-the-office-server"


@dataclass(frozen=True)
class TlsFiles:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files, plus its SHA-256 fingerprint."""

    cert: Path
    key: Path
    sha256: str


def make_certificate(folder: Path, common_name: str = "fieldscreen test office") -> TlsFiles:
    """Create a fresh self-signed EC certificate valid for 127.0.0.1 (it is its own CA)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOOPBACK))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / f"{common_name.replace(' ', '-')}.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    der = certificate.public_bytes(serialization.Encoding.DER)
    return TlsFiles(cert_path, key_path, hashlib.sha256(der).hexdigest())


@dataclass
class ServerFaults:
    """Per-method queues of faults for the next requests: "" (none), "500" (not stored), "stored-500" (stored, then
    500), "duplicate" (handled twice, the second answer returned), "stored-short" (the last byte lost, yet 201: a
    broken server), "lost" (201, yet nothing stored: a server that wrote it somewhere else) or "hide-length" (the
    answer's Content-Length left out)."""

    plan: dict[str, deque[str]] = field(default_factory=dict)
    seen: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, method: str, *faults: str) -> None:
        """Queue ``faults`` for the next requests with ``method``."""
        with self.lock:
            self.plan.setdefault(method, deque()).extend(faults)

    def take(self, method: str) -> str:
        """Record a request and return its fault ("" for none)."""
        with self.lock:
            self.seen.append(method)
            queue = self.plan.get(method)
            return queue.popleft() if queue else ""


class _FaultGate:
    """WSGI middleware: bearer check for /token, then the planned faults."""

    def __init__(self, app, faults: ServerFaults) -> None:
        self.app = app
        self.faults = faults

    def __call__(self, environ, start_response):
        if environ["PATH_INFO"].startswith("/token") and environ.get("HTTP_AUTHORIZATION") != f"Bearer {TOKEN}":
            _drain(environ)
            start_response("401 Unauthorized", [("Content-Length", "0"), ("WWW-Authenticate", "Bearer")])
            return [b""]
        fault = self.faults.take(environ["REQUEST_METHOD"])
        if fault == "500":
            _drain(environ)
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]
        if fault == "stored-500":
            self._handle_unheard(environ)
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]
        if fault == "duplicate":
            body = _drain(environ)
            self._handle_unheard({**environ, "wsgi.input": io.BytesIO(body)})
            return self.app({**environ, "wsgi.input": io.BytesIO(body)}, start_response)
        if fault == "stored-short":
            body = _drain(environ)[:-1]
            short = {**environ, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
            return self.app(short, start_response)
        if fault == "lost":
            _drain(environ)
            start_response("201 Created", [("Content-Length", "0")])
            return [b""]
        if fault == "hide-length":
            return self.app(environ, lambda status, headers, *info: start_response(status, _no_length(headers), *info))
        return self.app(environ, start_response)

    def _handle_unheard(self, environ) -> None:
        """Let wsgidav handle the request completely; its answer never reaches the client."""
        chunks = self.app(environ, lambda *args, **kwargs: None)
        try:
            b"".join(chunks)
        finally:
            getattr(chunks, "close", lambda: None)()


def _no_length(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, value) for name, value in headers if name.lower() != "content-length"]


def _drain(environ) -> bytes:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    stream = environ["wsgi.input"]
    body = bytearray()
    while length > len(body):
        chunk = stream.read(min(length - len(body), 65536))
        if not chunk:
            break
        body += chunk
    return bytes(body)


class DavServer:
    """wsgidav + cheroot over TLS on 127.0.0.1, served from a background thread."""

    def __init__(self, root: Path, tls: TlsFiles) -> None:
        self.root = root
        self.faults = ServerFaults()
        (root / "dav").mkdir(parents=True, exist_ok=True)
        (root / "token").mkdir(parents=True, exist_ok=True)
        config = {
            "provider_mapping": {"/dav": str(root / "dav"), "/token": str(root / "token")},
            "simple_dc": {"user_mapping": {"/dav": {USER: {"password": PASSWORD}}, "/token": True}},
            "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
            "lock_storage": True,
            "property_manager": None,
            "dir_browser": {"enable": False},
            "verbose": 0,
            "logging": {"enable": False},
        }
        self.server = wsgi.Server((LOOPBACK, 0), _FaultGate(WsgiDAVApp(config), self.faults), numthreads=8)
        self.server.ssl_adapter = BuiltinSSLAdapter(str(tls.cert), str(tls.key))
        self.server.expiration_interval = 0.05  # stop within a tick, not half a second
        self.errors: list[str] = []
        self.server.error_log = lambda msg="", *args, **kwargs: self.errors.append(msg)  # keep test output clean
        self.server.prepare()
        self.port = self.server.bind_addr[1]
        self._thread = threading.Thread(target=self.server.serve, name="dav-server", daemon=True)
        self._thread.start()

    def url(self, port: int | None = None, share: str = "dav", collection: str = "inbox") -> str:
        """The https URL of a collection, directly or through a proxy listening on ``port``."""
        return f"https://{LOOPBACK}:{port or self.port}/{share}/{collection}/"

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self.server.stop()
        self._thread.join(timeout=10)


def serve_until_stdin_closes(root: str, cert: str, key: str) -> None:
    """Run a server in this process (the benchmark's separate server process); print its port, stop on stdin EOF."""
    server = DavServer(Path(root), TlsFiles(Path(cert), Path(key), ""))
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    serve_until_stdin_closes(*sys.argv[1:4])
