"""Entry point: parse the command line, set up logging, then hand over to a command or the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run fieldscreen with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    from fieldscreen.cli import build_parser, run_command
    from fieldscreen.logs import setup_logging

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging(args)
    if args.command is None:
        from fieldscreen.gui.app import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
