"""``fieldscreen instruments validate FILE...`` and ``fieldscreen instruments list``.

Further subcommands (``import``, ``export``) are added to the same ``instruments`` parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldscreen import paths
from fieldscreen.core.catalog import load_catalog
from fieldscreen.core.instrument_loader import InstrumentInvalid, load_instrument_file


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``instruments`` command and its subcommands."""
    parser = subparsers.add_parser("instruments", help="check and list screening instruments")
    actions = parser.add_subparsers(dest="instruments_command", metavar="ACTION", required=True)

    validate = actions.add_parser("validate", help="check instrument files and print every problem")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="instrument YAML file")
    validate.set_defaults(handler=_validate)

    listing = actions.add_parser("list", help="list the installed instruments and their versions")
    listing.set_defaults(handler=_list)


def _validate(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            loaded = load_instrument_file(path)
        except InstrumentInvalid as exc:
            status = 1
            for problem in exc.problems:
                print(problem)
            continue
        instrument = loaded.instrument
        print(f"{path}: OK ({instrument.id} {instrument.version}, {len(loaded.questions)} questions)")
    return status


def _list(args: argparse.Namespace) -> int:
    catalog, problems = load_catalog([paths.resources() / "instruments"])
    rows = [
        (
            i.id,
            i.version,
            i.title.get(i.default_language, ""),
            i.population.value,
            ", ".join(i.languages),
        )
        for i in (loaded.instrument for loaded in catalog.list())
    ]
    header = ("ID", "VERSION", "TITLE", "POPULATION", "LANGUAGES")
    widths = [max(len(row[k]) for row in [header, *rows]) for k in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0
