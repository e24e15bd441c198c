"""``fieldscreen export``: write referral packets as password-protected PDFs (supervisors and administrators).

Standard input holds two lines: the signing-in user's password, then the password that will open the exported files
(at least 12 characters, not a common password; see docs/packets.md). Without options every screening's latest
packet is written, oldest first; ``--all`` adds the versions that amendments replaced, ``--case`` (repeatable) and
``--since`` narrow the choice. ``--received`` (at the receiving office) writes the packets received from field laptops
instead of those made here, chosen the same way. Progress goes to standard error, the files written to standard
output.

Exit status: 0 every chosen packet was written, 1 nothing matched, the password was refused or writing failed (the
files written before stay, complete; nothing half-written is left), 2 usage or sign-in problems.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.services.export_service import ExportablePacket, ExportFailed, ReceivedPacket
from fieldscreen.services.session import Session

from .init_cmd import read_stdin_line
from .signed_in import as_user, sign_in_options

_Row = TypeVar("_Row", ExportablePacket, ReceivedPacket)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` command."""
    parser = subparsers.add_parser(
        "export",
        parents=[sign_in_options()],
        help="write packets as password-protected PDFs (supervisors, administrators)",
        description="Write referral packets as AES-256 encrypted PDFs. Standard input: the user's password on the "
        "first line, the password for the exported files (at least 12 characters) on the second.",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="an existing folder to write the PDFs into")
    parser.add_argument("--all", action="store_true", help="also the earlier versions of amended packets")
    parser.add_argument(
        "--case", action="append", default=[], metavar="CODE", help="only this case's packet (repeatable)"
    )
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only packets made on or after this day")
    parser.add_argument(
        "--received", action="store_true", help="the packets this office received instead of those made here"
    )
    parser.set_defaults(handler=run_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "give the day as YYYY-MM-DD")) from None


def _chosen(rows: Sequence[_Row], codes: Sequence[str], since: date | None) -> list[_Row]:
    """The rows with one of ``codes`` (all when empty) made on or after ``since`` (local day), oldest first.

    Raises:
        UsageError: A case code has no exportable packet.
    """
    wanted = {code.strip().upper() for code in codes}
    missing = wanted - {row.case_code for row in rows}
    if missing:
        raise UsageError(
            fill(translate("Cli", "No packet to export has the case code %1."), ", ".join(sorted(missing)))
        )
    return [
        row
        for row in reversed(rows)
        if (not wanted or row.case_code in wanted) and (since is None or row.created_at.astimezone().date() >= since)
    ]


def _print_progress(done: int, total: int) -> None:
    print(fill(translate("Cli", "Written: %1 of %2"), done, total), file=sys.stderr, flush=True)


def _print_written(paths: Sequence[Path]) -> None:
    for path in paths:
        print(path)


def run_export(args: argparse.Namespace) -> int:
    """Export the chosen packets; print the files written; return 0, 1 or 2."""
    folder = Path(args.out).expanduser().resolve()

    def work(session: Session) -> int:
        password = read_stdin_line(translate("Cli", "export password"))
        export = session.export
        listed = export.received if args.received else export.exportable
        rows = _chosen(listed(latest_only=not args.all), args.case, args.since)
        if not rows:
            print(translate("Cli", "No packet matches; nothing was written."), file=sys.stderr)
            if not args.received and export.received():
                print(
                    translate("Cli", "Packets received from field laptops are exported with --received."),
                    file=sys.stderr,
                )
            return 1
        ids = [row.packet_id for row in rows]
        try:
            result = export.export(ids, folder, password, received=args.received, progress=_print_progress)
        except ExportFailed as exc:
            _print_written(exc.written)
            raise
        _print_written(result.written)
        print(
            fill(translate("Cli", "Exported %n packet(s) to %1.", None, len(result.written)), folder), file=sys.stderr
        )
        return 0

    return as_user(args, work)
