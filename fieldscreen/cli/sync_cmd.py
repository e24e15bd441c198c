"""``fieldscreen sync`` and ``fieldscreen sync-target``: send the outbox, and set where it goes.

``sync`` exit status: 0 every packet is delivered (or there was nothing to send, as always in training mode, whose
practice packets are never sent), 1 packets remain waiting because of an error (no office key, no target, the target
away or refusing), 2 usage or sign-in problems.

Secrets come from standard input, never the command line: the first line is the signing-in user's password, the
second (for ``set-webdav`` and ``ingest`` from a server) the server's password or token.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldscreen.core.errors import KnownError, NotInitialized, UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.services.session import Session
from fieldscreen.services.sync_service import PracticeNotSent, SyncStatus
from fieldscreen.services.sync_targets_service import TargetSecret, TargetSettings, webdav_settings

from .init_cmd import read_stdin_line
from .signed_in import as_user, sign_in_options

EXIT_DONE = 0
EXIT_WAITING = 1
EXIT_USAGE = 2


def add_webdav_options(parser: argparse.ArgumentParser) -> None:
    """Add the certificate and credential options of an office server."""
    trust = parser.add_mutually_exclusive_group()
    trust.add_argument("--pin", metavar="SHA256", default="", help="the server certificate's SHA-256 fingerprint")
    trust.add_argument("--ca", metavar="FILE", default="", help="a CA bundle file that verifies the server")
    parser.add_argument("--dav-user", metavar="NAME", default="", help="the server's user name (basic sign-in)")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--dav-password-stdin", action="store_true", help="read the server's password from the second line of input"
    )
    secret.add_argument("--token-stdin", action="store_true", help="read a bearer token from the second line of input")


def webdav_from_args(args: argparse.Namespace, url: str) -> tuple[TargetSettings, TargetSecret]:
    """Checked server settings from the options, reading the password or token from standard input.

    Raises:
        UsageError: ``--dav-user`` and ``--dav-password-stdin`` do not come together.
        SyncSettingsInvalid: The settings cannot work.
    """
    if bool(args.dav_user) != args.dav_password_stdin:
        raise UsageError(translate("Cli", "Give --dav-user together with --dav-password-stdin."))
    password = read_stdin_line(translate("Cli", "server password")) if args.dav_password_stdin else ""
    token = read_stdin_line(translate("Cli", "token")) if args.token_stdin else ""
    ca_file = str(Path(args.ca).resolve()) if args.ca else ""
    return webdav_settings(
        url, ca_file=ca_file, pinned_sha256=args.pin, username=args.dav_user, password=password, token=token
    )


def is_server_address(location: str) -> bool:
    """Whether ``location`` names a server (``https://``, or a mistaken ``http://``) rather than a folder."""
    return location.lower().startswith(("https://", "http://"))


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``sync`` and ``sync-target`` commands."""
    auth = sign_in_options()
    sync = subparsers.add_parser("sync", parents=[auth], help="send the waiting packets to the sync target")
    sync.set_defaults(handler=run_sync)

    target = subparsers.add_parser(
        "sync-target", help="show or set where packets are sent, or received from at the office (administrators)"
    )
    actions = target.add_subparsers(dest="target_action", metavar="ACTION", required=True)
    actions.add_parser("show", parents=[auth], help="show the sync target").set_defaults(handler=run_show)
    folder = actions.add_parser(
        "set-folder",
        parents=[auth],
        help="use a folder (USB or shared drive): packets go there; the office receives from it",
    )
    folder.add_argument("folder", metavar="DIR")
    folder.set_defaults(handler=run_set_folder)
    server = actions.add_parser(
        "set-webdav",
        parents=[auth],
        help="use an HTTPS/WebDAV office server: packets go there; the office receives from it",
    )
    server.add_argument("url", metavar="URL")
    add_webdav_options(server)
    server.set_defaults(handler=run_set_webdav)


def print_status(status: SyncStatus) -> None:
    """Print the outbox figures."""
    print(fill(translate("Cli", "Waiting: %1"), status.waiting))
    print(fill(translate("Cli", "Delivered in all: %1"), status.delivered))
    if status.last_success is not None:
        print(fill(translate("Cli", "Last success: %1"), status.last_success.strftime("%Y-%m-%d %H:%M UTC")))
    if status.target_description:
        print(fill(translate("Cli", "Target: %1"), status.target_description))
    if status.last_error_plain_words:
        print(fill(translate("Cli", "Last error: %1"), status.last_error_plain_words))


def run_sync(args: argparse.Namespace) -> int:
    """Run one round trying every waiting packet; print the figures; return 0, 1 or 2."""
    if args.training:  # the practice installation exists only while the app runs, and never sends anything
        print(PracticeNotSent())
        return EXIT_DONE

    def work(session: Session) -> int:
        try:
            report = session.sync.sync_now()
        except KnownError as exc:
            print(exc, file=sys.stderr)
            print_status(session.sync.status())
            return EXIT_WAITING
        print(fill(translate("Cli", "Delivered now: %1"), report.delivered))
        if report.target_checked:
            print(fill(translate("Cli", "Nothing was waiting to be sent. %1"), report.target_checked))
        status = session.sync.status()
        print_status(status)
        return EXIT_DONE if status.waiting == 0 else EXIT_WAITING

    try:
        return as_user(args, work)
    except NotInitialized as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE


def run_show(args: argparse.Namespace) -> int:
    """Print the target in words."""

    def work(session: Session) -> int:
        settings = session.sync_targets.get()
        print(settings.describe() if settings else translate("Cli", "No sync target is set."))
        return 0

    return as_user(args, work)


def run_set_folder(args: argparse.Namespace) -> int:
    """Send packets to a folder."""
    folder = str(Path(args.folder).expanduser().resolve())

    def work(session: Session) -> int:
        settings = session.sync_targets.set_folder(folder)
        print(fill(translate("Cli", "Sync target set: %1"), settings.describe()))
        return 0

    return as_user(args, work)


def run_set_webdav(args: argparse.Namespace) -> int:
    """Send packets to an office server; its password or token is the second line of standard input."""

    def work(session: Session) -> int:
        settings, secret = webdav_from_args(args, args.url)
        session.sync_targets.set_webdav(
            settings.location,
            ca_file=settings.ca_file,
            pinned_sha256=settings.pinned_sha256,
            username=settings.username,
            password=secret.password,
            token=secret.token,
        )
        print(fill(translate("Cli", "Sync target set: %1"), settings.describe()))
        return 0

    return as_user(args, work)
