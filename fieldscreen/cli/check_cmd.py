"""``fieldscreen check``: verify the database's pages, structure and audit trail, and say what was found.

Exit status: 0 all is well, 1 damage found, 2 usage or sign-in problems (or anything else that stopped the check).
"""

from __future__ import annotations

import argparse
import sys

from fieldscreen.core.errors import DatabaseDamaged, KnownError, UsageError
from fieldscreen.core.i18n import translate
from fieldscreen.services.check import CheckReport

from .init_cmd import add_password_stdin, read_stdin_line
from .signed_in import existing_installation

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_ERROR = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``check`` command."""
    parser = subparsers.add_parser("check", help="check the encrypted database and the audit trail for damage")
    parser.add_argument("--user", metavar="USER", help="sign in as USER (password on standard input)")
    add_password_stdin(parser, "read the password from the first line of standard input")
    parser.add_argument(
        "--recovery-key-stdin", action="store_true", help="read the recovery key from standard input instead"
    )
    parser.set_defaults(handler=run_check)


def _report(report: CheckReport) -> int:
    print(translate("Cli", "Checked:"))
    for line in report.checked:
        print(f"  - {line}")
    if report.ok:
        print(translate("Cli", "All is well: no damage found."))
        return EXIT_OK
    print(translate("Cli", "Damage found:"))
    for line in report.problems:
        print(f"  - {line}")
    print(
        translate(
            "Cli",
            "Nothing was changed. Restore the latest backup from the 'backups' folder, or ask your administrator.",
        )
    )
    return EXIT_DAMAGED


def run_check(args: argparse.Namespace) -> int:
    """Unlock, run every check, print the findings; return 0, 1 or 2."""
    try:
        installation = existing_installation(args)
        if args.recovery_key_stdin == bool(args.user):
            raise UsageError(translate("Cli", "Give either --user with --password-stdin, or --recovery-key-stdin."))
        if args.user and not args.password_stdin:
            raise UsageError(translate("Cli", "Add --password-stdin and give the password on standard input."))
        with installation.lock_instance():
            if args.recovery_key_stdin:
                report = installation.check_with_recovery_key(read_stdin_line(translate("Cli", "recovery key")))
            else:
                report = installation.check(args.user, read_stdin_line(translate("Cli", "password")))
    except DatabaseDamaged as exc:
        print(exc, file=sys.stderr)
        return EXIT_DAMAGED
    except KnownError as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    return _report(report)
