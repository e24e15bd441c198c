"""Command line: global options, the headless commands, and the hand-over to the GUI.

Each command lives in its own module with a ``register(subparsers)`` function that adds its parser and sets
``handler`` to a function ``(args) -> int``. Handlers print plain words, never tracebacks: a ``KnownError`` becomes
its message on stderr and its exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from fieldscreen import __version__
from fieldscreen.core.errors import KnownError, UsageError
from fieldscreen.core.i18n import translate

log = logging.getLogger(__name__)

COMMAND_MODULES = (
    "fieldscreen.cli.init_cmd",
    "fieldscreen.cli.check_cmd",
    "fieldscreen.cli.accounts_cmd",
    "fieldscreen.cli.instruments_cmd",
    "fieldscreen.cli.sync_cmd",
    "fieldscreen.cli.ingest_cmd",
    "fieldscreen.cli.office_key_cmd",
    "fieldscreen.cli.export_cmd",
)

TRAINING_COMMANDS = ("sync",)
"""Commands that accept ``--training`` (``sync`` explains that practice packets are never sent)."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, commands included."""
    parser = argparse.ArgumentParser(
        prog="fieldscreen",
        description="Offline, encrypted screening for indicators of human trafficking. "
        "Without a command, the desktop app starts.",
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv`` as :func:`build_parser` does, importing the command modules only when ``argv`` needs them.

    Starting the desktop app (global options only) thereby skips the services the commands import.
    """
    options = argparse.ArgumentParser(prog="fieldscreen", add_help=False, exit_on_error=False)
    _add_global_options(options)
    try:
        args, rest = options.parse_known_args(argv)
    except argparse.ArgumentError:
        rest = argv
    if rest:  # a command, help, or a mistake: the full parser handles it (and words any error the same way)
        return build_parser().parse_args(argv)
    args.command = None
    return args


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options that come before any command."""
    parser.add_argument("--version", action="version", version=f"fieldscreen {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: $FIELDSCREEN_DATA_DIR or per user)")
    parser.add_argument("--training", action="store_true", help="use a separate practice database with made-up cases")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of fieldscreen works (no window, no user data) and exit",
    )


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command and return the process exit code; errors become plain words on stderr."""
    try:
        if args.training and args.command not in TRAINING_COMMANDS:
            raise UsageError(
                translate("Cli", "--training opens the practice installation of the desktop app only."),
                translate("Cli", "Run the command without --training; it then works on the real data folder."),
            )
        return int(args.handler(args))
    except KnownError as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted."), file=sys.stderr)
        return 130
    except Exception:
        log.exception("internal error in command %s", args.command)
        print(
            translate(
                "Cli",
                "Internal error: fieldscreen hit a defect. Nothing was changed by the failed step. "
                "The log in the data folder has the technical details (no personal data).",
            ),
            file=sys.stderr,
        )
        return 70
