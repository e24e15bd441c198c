"""``fieldscreen office-key``: the receiving office's key (administrators).

``generate`` makes this installation the receiving office, ``export`` writes its public key file, ``import`` reads
that file on a field laptop (optionally refusing a key whose fingerprint differs from the one read out by phone).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.services.office_key_state import InstallationKind
from fieldscreen.services.office_keys_service import office_key_backup_advice
from fieldscreen.services.session import Session
from fieldscreen.sync.office_keys import OfficePublicKey

from .signed_in import as_user, sign_in_options


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``office-key`` command and its sub-commands."""
    auth = sign_in_options()
    parser = subparsers.add_parser("office-key", help="the receiving office's key (administrators)")
    actions = parser.add_subparsers(dest="office_key_action", metavar="ACTION", required=True)
    actions.add_parser("show", parents=[auth], help="show the installation kind and the office key").set_defaults(
        handler=run_show
    )
    generate = actions.add_parser(
        "generate", parents=[auth], help="make this installation the receiving office and generate its key pair"
    )
    generate.add_argument("--office", default="", metavar="NAME", help="the office's name (default: the setting)")
    generate.set_defaults(handler=run_generate)
    export = actions.add_parser("export", parents=[auth], help="write the office's public key file")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=run_export)
    imported = actions.add_parser("import", parents=[auth], help="import the office's public key file (field laptop)")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument(
        "--fingerprint", default="", metavar="XXXX-XXXX-XXXX-XXXX", help="refuse unless the key has this fingerprint"
    )
    imported.set_defaults(handler=run_import)


def _print_key(key: OfficePublicKey) -> None:
    print(fill(translate("Cli", "Office: %1"), key.office))
    print(fill(translate("Cli", "Created: %1"), key.created.isoformat()))
    print(fill(translate("Cli", "Fingerprint: %1"), key.fingerprint))


def run_show(args: argparse.Namespace) -> int:
    """Print the installation kind and the office key."""

    def work(session: Session) -> int:
        info = session.office_keys.info()
        office = info.kind is InstallationKind.OFFICE
        print(
            translate("Cli", "This is the receiving office.") if office else translate("Cli", "This is a field laptop.")
        )
        if info.key is None:
            print(translate("Cli", "No office key is imported."))
        else:
            _print_key(info.key)
        return 0

    return as_user(args, work)


def run_generate(args: argparse.Namespace) -> int:
    """Generate the office key pair; print its fingerprint."""

    def work(session: Session) -> int:
        made = session.office_keys.generate(args.office)
        print(translate("Cli", "This installation is now the receiving office. Its private key stays in its database."))
        _print_key(made.key)
        print(office_key_backup_advice(made.backup))
        hint = translate(
            "Cli",
            "Give field laptops the public key file: "
            "'fieldscreen office-key export --out FILE --user %1 --password-stdin'.",
        )
        print(fill(hint, session.account.username))
        return 0

    return as_user(args, work)


def run_export(args: argparse.Namespace) -> int:
    """Write the public key file."""
    out = Path(args.out).expanduser().resolve()

    def work(session: Session) -> int:
        session.office_keys.export_to(out)
        print(fill(translate("Cli", "Public key written to %1."), out))
        return 0

    return as_user(args, work)


def run_import(args: argparse.Namespace) -> int:
    """Import the office's key file after checking the fingerprint given (if any); print what happened."""
    path = Path(args.file).expanduser()

    def work(session: Session) -> int:
        content, key = session.office_keys.read_key_file(path)
        if args.fingerprint and args.fingerprint.strip().upper() != key.fingerprint:
            raise UsageError(
                fill(
                    translate("Cli", "The key's fingerprint is %1, not the one given. Nothing was imported."),
                    key.fingerprint,
                )
            )
        result = session.office_keys.import_key(content)
        print(translate("Cli", "Office key imported. Compare the fingerprint with the office by phone:"))
        _print_key(result.key)
        if result.replaced_fingerprint:
            print(fill(translate("Cli", "It replaces the key with fingerprint %1."), result.replaced_fingerprint))
            print(fill(translate("Cli", "Waiting packets sealed again for the new key: %1"), result.resealed))
        print(fill(translate("Cli", "Packets sealed and queued now: %1"), result.queued))
        return 0

    return as_user(args, work)
