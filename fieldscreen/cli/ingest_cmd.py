"""``fieldscreen ingest``: on the receiving office, pull sealed packets from a folder or office server and store them.

Exit status: 0 every item was imported or already known, 1 some items were not imported (each is named with the
reason) or the source went away, 2 usage or sign-in problems, or this installation is not the receiving office.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldscreen.core.i18n import fill, translate
from fieldscreen.services.session import Session
from fieldscreen.services.sync_targets_service import TargetSecret, folder_settings
from fieldscreen.sync.errors import NoOfficeIdentity

from .signed_in import as_user, sign_in_options
from .sync_cmd import add_webdav_options, is_server_address, webdav_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ingest`` command."""
    parser = subparsers.add_parser(
        "ingest", parents=[sign_in_options()], help="receive sealed packets at the office (supervisors, administrators)"
    )
    parser.add_argument(
        "--from", dest="source", metavar="DIR|URL", default="", help="a folder or https:// address (default: target)"
    )
    add_webdav_options(parser)
    parser.set_defaults(handler=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest and print what was imported, known, duplicated or refused; return 0, 1 or 2."""

    def work(session: Session) -> int:
        source = None
        if args.source and is_server_address(args.source):
            source = webdav_from_args(args, args.source)
        elif args.source:
            source = (folder_settings(str(Path(args.source).expanduser().resolve())), TargetSecret())
        try:
            report = session.ingest.ingest_from(source)
        except NoOfficeIdentity as exc:
            print(exc, file=sys.stderr)
            return 2
        print(fill(translate("Cli", "Imported: %1"), report.imported))
        print(fill(translate("Cli", "Already here: %1"), report.known + report.duplicates))
        for problem in report.problems:
            print(fill(translate("Cli", "Not imported: %1: %2"), problem.name, problem.message))
        if not report.complete:
            print(translate("Cli", "The run stopped early; run it again to receive the rest."))
        return 0 if report.complete and not report.problems else 1

    return as_user(args, work)
