"""``fieldscreen init``: set up a data folder headlessly and print the recovery key once.

Also home of the small helpers the account commands share: reading secrets from standard input.
"""

from __future__ import annotations

import argparse
import sys

from fieldscreen import paths
from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.services.installation import Installation


def read_stdin_line(what: str) -> str:
    """One line of standard input without its line ending (spaces are kept: they may be part of a password).

    Args:
        what: What the line should hold, for the error message (translated words).

    Raises:
        UsageError: Standard input ended first.
    """
    line = sys.stdin.readline()
    if not line:
        raise UsageError(fill(translate("Cli", "Standard input ended before the %1."), what))
    return line.removesuffix("\n").removesuffix("\r")


def add_password_stdin(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Add the ``--password-stdin`` flag."""
    parser.add_argument("--password-stdin", action="store_true", help=help_text)


def require_password_stdin(args: argparse.Namespace) -> None:
    """Refuse to run without ``--password-stdin`` (passwords never go on the command line).

    Raises:
        UsageError: The flag is missing.
    """
    if not args.password_stdin:
        raise UsageError(translate("Cli", "Add --password-stdin and give the password on standard input."))


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``init`` command."""
    parser = subparsers.add_parser("init", help="set up a new data folder and print the recovery key")
    parser.add_argument("--agency", required=True, metavar="NAME", help="the agency's name")
    parser.add_argument("--office", default="", metavar="NAME", help="the office's name")
    parser.add_argument("--admin", required=True, metavar="USER", help="user name of the first administrator")
    parser.add_argument("--admin-name", default="", metavar="NAME", help="display name of the first administrator")
    add_password_stdin(parser, "read the administrator's password from the first line of standard input")
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    """Set up the data folder; print the recovery key."""
    require_password_stdin(args)
    password = read_stdin_line(translate("Cli", "password"))
    installation = Installation(paths.data_dir(args.data_dir))
    with installation.lock_instance():
        recovery_key = installation.set_up(
            agency=args.agency,
            office=args.office,
            admin_username=args.admin,
            admin_password=password,
            admin_display_name=args.admin_name,
        )
    print(fill(translate("Cli", "fieldscreen is set up in %1."), installation.data_dir))
    print(translate("Cli", "Recovery key (shown only this once; write it down and keep it locked away):"))
    print()
    print(f"    {recovery_key}")
    print()
    print(translate("Cli", "It opens all data and is the only way in if every administrator password is lost."))
    return 0
