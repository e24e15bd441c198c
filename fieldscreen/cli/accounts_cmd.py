"""``fieldscreen accounts``: list, add, disable and enable accounts as an administrator."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Role
from fieldscreen.services.session import Session

from .init_cmd import add_password_stdin, read_stdin_line
from .signed_in import as_user


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``accounts`` command and its sub-commands."""
    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--user", required=True, metavar="USER", help="the administrator signing in")
    add_password_stdin(auth, "read the administrator's password from the first line of standard input")

    parser = subparsers.add_parser("accounts", help="list, add, disable or enable accounts")
    actions = parser.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[auth], help="list the accounts").set_defaults(handler=run_list)
    add = actions.add_parser(
        "add", parents=[auth], help="add an account (its password is the second line of standard input)"
    )
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", default="", metavar="TEXT")
    add.set_defaults(handler=run_add)
    for name, disabled in (("disable", True), ("enable", False)):
        sub = actions.add_parser(name, parents=[auth], help=f"{name} an account")
        sub.add_argument("username", metavar="NAME")
        sub.set_defaults(handler=_set_disabled(disabled))


def run_list(args: argparse.Namespace) -> int:
    """Print one line per account: user name, role, status, display name."""

    def work(session: Session) -> int:
        for account in session.accounts.list():
            status = translate("Cli", "disabled") if account.disabled else translate("Cli", "active")
            print(f"{account.username}\t{account.role.value}\t{status}\t{account.display_name}")
        return 0

    return as_user(args, work)


def run_add(args: argparse.Namespace) -> int:
    """Add an account whose password is the second line of standard input."""

    def work(session: Session) -> int:
        password = read_stdin_line(translate("Cli", "new account's password"))
        account = session.accounts.add(args.username, args.role, password, args.display_name)
        print(fill(translate("Cli", "Account %1 added."), account.username))
        return 0

    return as_user(args, work)


def _set_disabled(disabled: bool) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        def work(session: Session) -> int:
            session.accounts.set_disabled(args.username, disabled)
            done = translate("Cli", "Account %1 disabled.") if disabled else translate("Cli", "Account %1 enabled.")
            print(fill(done, args.username))
            return 0

        return as_user(args, work)

    return run
