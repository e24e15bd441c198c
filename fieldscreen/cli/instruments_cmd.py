"""``fieldscreen instruments``: validate, list, import and export screening instruments.

- ``validate FILE...`` checks instrument YAML files and XLSForm workbooks (``.xlsx``) without installing them.
- ``list`` shows the built-in instruments; with ``--user`` every installed one (imported too) and whether it is enabled.
- ``import FILE.xlsx --user U --password-stdin`` converts an XLSForm and stores it, enabled, in the encrypted
  database (administrators; docs/xlsform.md).
- ``export ID [--version V] --out FILE.xlsx`` writes an instrument as an XLSForm. Built-in instruments need no
  sign-in; an imported one lives in the encrypted database, so add ``--user U --password-stdin``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fieldscreen import paths
from fieldscreen.core.catalog import InstrumentNotFound, load_catalog
from fieldscreen.core.errors import KnownError, UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.instrument_loader import InstrumentInvalid, LoadedInstrument, load_instrument_file
from fieldscreen.core.models import Instrument
from fieldscreen.core.xlsform import XLSFormInvalid, export_xlsform, import_xlsform
from fieldscreen.services.session import Session

from .init_cmd import add_password_stdin
from .signed_in import as_user

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``instruments`` command and its subcommands."""
    parser = subparsers.add_parser("instruments", help="check, list, import and export screening instruments")
    actions = parser.add_subparsers(dest="instruments_command", metavar="ACTION", required=True)

    validate = actions.add_parser("validate", help="check instrument files or XLSForms and print every problem")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="instrument YAML file or .xlsx XLSForm")
    validate.set_defaults(handler=_validate)

    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--user", metavar="USER", help="the account signing in")
    add_password_stdin(auth, "read the password from the first line of standard input")

    listing = actions.add_parser(
        "list",
        parents=[auth],
        help="list the built-in instruments; with --user and --password-stdin every installed one (imported too)",
    )
    listing.set_defaults(handler=_list)

    importing = actions.add_parser(
        "import", parents=[auth], help="import an XLSForm (.xlsx) into the encrypted database (administrators)"
    )
    importing.add_argument("file", type=Path, metavar="FILE.xlsx", help="the XLSForm workbook")
    importing.set_defaults(handler=_import)

    exporting = actions.add_parser(
        "export",
        parents=[auth],
        help="write an instrument as an XLSForm; imported instruments need --user and --password-stdin",
    )
    exporting.add_argument("instrument_id", metavar="ID", help="the instrument's id")
    exporting.add_argument("--version", dest="instrument_version", metavar="V", help="the version (default: newest)")
    exporting.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx", help="the workbook to write")
    exporting.set_defaults(handler=_export)


def _validate(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            loaded = _validate_one(path)
        except (InstrumentInvalid, XLSFormInvalid) as exc:
            status = 1
            for problem in exc.problems:
                print(problem)
            continue
        instrument = loaded.instrument
        print(f"{path}: OK ({instrument.id} {instrument.version}, {len(loaded.questions)} questions)")
    return status


def _validate_one(path: Path) -> LoadedInstrument:
    if path.suffix.lower() != ".xlsx":
        return load_instrument_file(path)
    form = import_xlsform(_read(path), str(path))
    for warning in form.warnings:
        print(warning, file=sys.stderr)
    return form.loaded


def _list(args: argparse.Namespace) -> int:
    if args.user:
        installed = _signed_in(args, lambda session: session.instruments.list())
        state = {True: translate("Cli", "enabled"), False: translate("Cli", "disabled")}
        origin = {True: translate("Cli", "built-in"), False: translate("Cli", "imported")}
        rows = [(*_row(item.instrument), origin[item.builtin], state[item.enabled]) for item in installed]
        _print_table(("ID", "VERSION", "TITLE", "POPULATION", "LANGUAGES", "SOURCE", "STATE"), rows)
        return 0
    catalog, problems = load_catalog([paths.resources() / "instruments"])
    _print_table(
        ("ID", "VERSION", "TITLE", "POPULATION", "LANGUAGES"), [_row(loaded.instrument) for loaded in catalog.list()]
    )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def _row(instrument: Instrument) -> tuple[str, ...]:
    title = instrument.title.get(instrument.default_language, "")
    return (instrument.id, instrument.version, title, instrument.population.value, ", ".join(instrument.languages))


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[k]) for row in [header, *rows]) for k in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _import(args: argparse.Namespace) -> int:
    data = _read(args.file)

    def work(session: Session) -> int:
        installed = session.instruments.import_xlsform(data, args.file.name)
        for warning in installed.warnings:
            print(warning, file=sys.stderr)
        count = len(installed.loaded.questions)
        done = translate("Cli", "Imported %1 %2 (%n questions); new screenings may use it.", None, count)
        print(fill(done, *installed.key))
        return 0

    return _signed_in(args, work)


def _export(args: argparse.Namespace) -> int:
    wanted, version = args.instrument_id, args.instrument_version
    if args.user:

        def work(session: Session) -> bytes:
            versions = [item.key[1] for item in session.instruments.list() if item.key[0] == wanted]
            if not versions:
                raise InstrumentNotFound(wanted)
            return session.instruments.export_xlsform(wanted, version or versions[-1])

        data = _signed_in(args, work)
    else:
        catalog, _problems = load_catalog([paths.resources() / "instruments"])
        try:
            loaded = catalog.get(wanted, version) if version else catalog.latest(wanted)
        except InstrumentNotFound:
            hint = translate("Cli", "An imported instrument is exported with --user and --password-stdin.")
            raise UsageError(fill(translate("Cli", "%1 is not a built-in instrument."), wanted), hint) from None
        data = export_xlsform(loaded.instrument)
    try:
        args.out.write_bytes(data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise KnownError(fill(translate("Cli", "Cannot write %1: %2"), args.out, reason)) from None
    print(fill(translate("Cli", "Wrote %1."), args.out))
    return 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise KnownError(fill(translate("Cli", "Cannot read %1: %2"), path, reason)) from None


def _signed_in(args: argparse.Namespace, work: Callable[[Session], T]) -> T:
    """Sign in as ``--user`` with the password on standard input, run ``work``, lock."""
    if not args.user:
        raise UsageError(translate("Cli", "Add --user and --password-stdin: this needs a signed-in account."))
    return as_user(args, work)
