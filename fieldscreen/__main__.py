"""Entry point: parse the command line, set up logging, then hand over to a command or the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run fieldscreen with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    from fieldscreen.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
