"""Where packets go: a folder (USB drive, shared drive) or an HTTPS/WebDAV office server, set by administrators.

The settings and the credentials (password or bearer token) are kept in the encrypted database only, the
credentials apart from the rest so that showing the settings never loads them. Nothing here is logged but event
names. Targets are built on the caller's thread (a worker), never on the DB thread.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Role
from fieldscreen.store import sync_settings_repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.sync.errors import SyncSettingsInvalid
from fieldscreen.sync.targets.base import Target
from fieldscreen.sync.targets.folder import FolderTarget
from fieldscreen.sync.targets.webdav import BasicAuth, BearerToken, WebDavTarget

from .context import SessionContext

log = logging.getLogger(__name__)

TARGET_KEY = "target"
SECRET_KEY = "target_secret"
REACH_TIMEOUT_SECONDS = 3.0


class TargetKind(StrEnum):
    """The kinds of sync target."""

    FOLDER = "folder"
    WEBDAV = "webdav"


class AuthKind(StrEnum):
    """How fieldscreen signs in to an office server."""

    NONE = "none"
    BASIC = "basic"
    BEARER = "bearer"


class NoSyncTarget(KnownError):
    """Sync was asked for but no target is set up (fail closed)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "No sync folder or office server is set up: packets cannot be sent."),
            translate("Sync", "Ask your administrator to set one up (Administration, Office key and sync)."),
        )


@dataclass(frozen=True)
class TargetSettings:
    """A sync target without its credentials.

    Attributes:
        kind: Folder or WebDAV.
        location: The folder's absolute path, or the server's https:// address.
        ca_file: A CA bundle file that verifies the server ("" for none).
        pinned_sha256: The server certificate's pinned SHA-256 fingerprint ("" for none).
        auth: How fieldscreen signs in to the server.
        username: The user name for basic sign-in ("" otherwise).
    """

    kind: TargetKind
    location: str
    ca_file: str = ""
    pinned_sha256: str = ""
    auth: AuthKind = AuthKind.NONE
    username: str = ""

    @property
    def connections(self) -> int:
        """How many items travel at once (two hide a server's round trips; a drive gains nothing)."""
        return 2 if self.kind is TargetKind.WEBDAV else 1

    def describe(self) -> str:
        """The target in plain words, without credentials."""
        if self.kind is TargetKind.FOLDER:
            return fill(translate("Sync", "Folder %1"), self.location)
        if self.pinned_sha256:
            trust = translate("Sync", "pinned certificate")
        elif self.ca_file:
            trust = translate("Sync", "certificate checked with a CA file")
        else:
            trust = translate("Sync", "certificate checked by the system")
        return fill(translate("Sync", "Office server %1 (%2)"), self.location, trust)


@dataclass(frozen=True)
class TargetSecret:
    """The credentials of a WebDAV target (kept out of ``repr``)."""

    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)


def folder_settings(path: str) -> TargetSettings:
    """Checked settings for a folder target (the folder need not exist yet: a USB drive may be unplugged).

    Raises:
        SyncSettingsInvalid: The path is empty or not absolute.
    """
    chosen = Path(path.strip()).expanduser() if path.strip() else None
    if chosen is None or not chosen.is_absolute() or "\0" in path:
        raise SyncSettingsInvalid(translate("Sync", "Choose the sync folder by its full path."))
    return TargetSettings(TargetKind.FOLDER, str(chosen))


def webdav_settings(
    url: str,
    *,
    ca_file: str = "",
    pinned_sha256: str = "",
    username: str = "",
    password: str = "",
    token: str = "",
    auth: AuthKind | None = None,
) -> tuple[TargetSettings, TargetSecret]:
    """Checked settings and credentials for a WebDAV target (nothing is sent to the server).

    Give ``username`` and ``password`` for basic sign-in, or ``token`` for a bearer token, or neither; ``auth``, when
    given, is the sign-in chosen, and credentials missing for it are refused.

    Raises:
        SyncSettingsInvalid: The address, the certificate settings or the credentials cannot work.
    """
    if token and (username or password):
        raise SyncSettingsInvalid(translate("Sync", "Use either a user name and password or a token, not both."))
    if bool(username) != bool(password) or (auth is AuthKind.BASIC and not username):
        raise SyncSettingsInvalid(translate("Sync", "Enter both the sync user name and its password."))
    if auth is AuthKind.BEARER and not token:
        raise SyncSettingsInvalid(translate("Sync", "Enter the sync token."))
    if ":" in username:
        raise SyncSettingsInvalid(translate("Sync", "The sync user name must not contain ':'."))
    auth = AuthKind.BEARER if token else AuthKind.BASIC if username else AuthKind.NONE
    settings = TargetSettings(TargetKind.WEBDAV, url.strip(), ca_file.strip(), pinned_sha256.strip(), auth, username)
    secret = TargetSecret(password, token)
    make_target(settings, secret)  # refuses what cannot work: address, CA file, pin, line breaks
    return settings, secret


def make_target(settings: TargetSettings, secret: TargetSecret) -> FolderTarget | WebDavTarget:
    """Build the target ``settings`` describe.

    Raises:
        SyncSettingsInvalid: The WebDAV settings cannot work (for example the CA file went away).
    """
    if settings.kind is TargetKind.FOLDER:
        return FolderTarget(settings.location)
    auth: BasicAuth | BearerToken | None = None
    if settings.auth is AuthKind.BASIC:
        auth = BasicAuth(settings.username, secret.password)
    elif settings.auth is AuthKind.BEARER:
        auth = BearerToken(secret.token)
    return WebDavTarget(
        settings.location,
        auth=auth,
        ca_file=settings.ca_file or None,
        pinned_sha256=settings.pinned_sha256 or None,
    )


@contextmanager
def opened(settings: TargetSettings, secret: TargetSecret) -> Iterator[Target]:
    """The target, with a WebDAV target's kept-alive connections closed afterwards."""
    target = make_target(settings, secret)
    try:
        yield target
    finally:
        if isinstance(target, WebDavTarget):
            target.close()


def check_target(target: Target, kind: TargetKind) -> str:
    """Prove that packets can be sent to ``target`` now, without sending one; return what worked, in plain words.

    The target takes a small probe file holding no personal data and loses it again (``Target.check``).

    Raises:
        SyncError: What failed and what to do, in the words a delivery round would use.
    """
    target.check()
    if kind is TargetKind.FOLDER:
        return translate("Sync", "The sync folder is there and fieldscreen can write to it.")
    return translate(
        "Sync", "The office server answered: its address, its certificate, the sign-in and writing to it all work."
    )


def _check_now(settings: TargetSettings, secret: TargetSecret) -> str:
    with opened(settings, secret) as target:
        return check_target(target, settings.kind)


def reachable(settings: TargetSettings) -> bool:
    """Whether the target looks reachable now: the folder exists, or the server accepts a TCP connection."""
    if settings.kind is TargetKind.FOLDER:
        return Path(settings.location).is_dir()
    parts = urlsplit(settings.location)
    try:
        with socket.create_connection((parts.hostname or "", parts.port or 443), timeout=REACH_TIMEOUT_SECONDS):
            return True
    except OSError:
        return False


def read_target(conn: Connection) -> TargetSettings | None:
    """The stored target settings, without credentials (DB thread)."""
    text = sync_settings_repo.get(conn, TARGET_KEY)
    if text is None:
        return None
    data = json.loads(text)
    return TargetSettings(
        TargetKind(data["kind"]),
        data["location"],
        data.get("ca_file", ""),
        data.get("pinned_sha256", ""),
        AuthKind(data.get("auth", AuthKind.NONE.value)),
        data.get("username", ""),
    )


def read_secret(conn: Connection) -> TargetSecret:
    """The stored credentials (DB thread); empty when there are none."""
    text = sync_settings_repo.get(conn, SECRET_KEY)
    return TargetSecret(**json.loads(text)) if text is not None else TargetSecret()


class SyncTargetsService:
    """The sync target of the installation: anyone may see it, administrators set it.

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def get(self) -> TargetSettings | None:
        """The target settings (never the credentials), or None."""
        return self._ctx.run(read_target)

    def stored(self) -> tuple[TargetSettings, TargetSecret] | None:
        """The target settings with their credentials, for building the target (sync and ingest only)."""

        def work(conn: Connection) -> tuple[TargetSettings, TargetSecret] | None:
            settings = read_target(conn)
            return (settings, read_secret(conn)) if settings is not None else None

        return self._ctx.run(work)

    def set_folder(self, path: str) -> TargetSettings:
        """Send packets to a folder (administrators).

        Raises:
            PermissionDenied, SyncSettingsInvalid.
        """
        self._require()
        settings = folder_settings(path)
        self._ctx.run(self._save, settings, TargetSecret())
        return settings

    def set_webdav(
        self,
        url: str,
        *,
        ca_file: str = "",
        pinned_sha256: str = "",
        username: str = "",
        password: str = "",
        token: str = "",
        auth: AuthKind | None = None,
    ) -> TargetSettings:
        """Send packets to an HTTPS/WebDAV office server (administrators); see :func:`webdav_settings`.

        With ``auth`` chosen and no password or token typed, settings equal to the stored ones keep the stored
        credentials (the form never shows them); other settings never get them.

        Raises:
            PermissionDenied, SyncSettingsInvalid.
        """
        self._require()
        settings, secret = self._entered(url, ca_file, pinned_sha256, username, password, token, auth)
        self._ctx.run(self._save, settings, secret)
        return settings

    def check_folder(self, path: str) -> str:
        """Check a folder as entered, before or after saving it (administrators); see :func:`check_target`.

        Raises:
            PermissionDenied, SyncSettingsInvalid, SyncError.
        """
        self._require()
        return _check_now(folder_settings(path), TargetSecret())

    def check_webdav(
        self,
        url: str,
        *,
        ca_file: str = "",
        pinned_sha256: str = "",
        username: str = "",
        password: str = "",
        token: str = "",
        auth: AuthKind | None = None,
    ) -> str:
        """Check an office server as entered (administrators), with what :meth:`set_webdav` would store.

        Raises:
            PermissionDenied, SyncSettingsInvalid, SyncError.
        """
        self._require()
        return _check_now(*self._entered(url, ca_file, pinned_sha256, username, password, token, auth))

    def _entered(
        self, url: str, ca_file: str, pinned: str, username: str, password: str, token: str, auth: AuthKind | None
    ) -> tuple[TargetSettings, TargetSecret]:
        """The server settings as entered, with the stored credentials when ``auth`` is chosen and none typed."""
        if auth in (AuthKind.BASIC, AuthKind.BEARER) and not (password or token) and (stored := self.stored()):
            kept, secret = stored
            entered = (TargetKind.WEBDAV, url.strip(), ca_file.strip(), pinned.strip(), auth, username)
            if (kept.kind, kept.location, kept.ca_file, kept.pinned_sha256, kept.auth, kept.username) == entered:
                password, token = secret.password, secret.token
        return webdav_settings(
            url, ca_file=ca_file, pinned_sha256=pinned, username=username, password=password, token=token, auth=auth
        )

    def _require(self) -> None:
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "change the sync settings"))

    def _save(self, conn: Connection, settings: TargetSettings, secret: TargetSecret) -> None:
        with transaction(conn):
            sync_settings_repo.put(conn, TARGET_KEY, json.dumps(asdict(settings), sort_keys=True))
            if secret.password or secret.token:
                sync_settings_repo.put(conn, SECRET_KEY, json.dumps(asdict(secret), sort_keys=True))
            else:
                sync_settings_repo.delete(conn, SECRET_KEY)
            detail = {"kind": settings.kind.value, "auth": settings.auth.value, "pinned": bool(settings.pinned_sha256)}
            self._ctx.record(conn, "sync_target_set", detail=detail)
        log.info("sync target set: %s", settings.kind.value)
