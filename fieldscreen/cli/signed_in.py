"""Signing in on the command line: the ``--user`` and ``--password-stdin`` options, and running work as that user."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import TypeVar

from fieldscreen import paths
from fieldscreen.core.errors import NotInitialized
from fieldscreen.core.i18n import translate
from fieldscreen.services.installation import Installation
from fieldscreen.services.session import Session

from .init_cmd import add_password_stdin, read_stdin_line, require_password_stdin

T = TypeVar("T")


def sign_in_options() -> argparse.ArgumentParser:
    """The ``--user`` and ``--password-stdin`` options every signed-in command takes."""
    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--user", required=True, metavar="USER", help="the user signing in")
    add_password_stdin(auth, "read the user's password from the first line of standard input")
    return auth


def existing_installation(args: argparse.Namespace) -> Installation:
    """The installation in ``--data-dir``, refused before anything is written when the folder does not exist.

    Raises:
        NotInitialized: No such folder (a mistyped ``--data-dir`` leaves nothing behind).
    """
    folder = paths.data_dir(args.data_dir)
    present = next(p for p in (folder, *folder.parents) if os.path.lexists(p))
    if present != folder and present.is_dir():  # a file or a link on the way gets its own words from Installation
        raise NotInitialized()
    return Installation(folder)


def as_user(args: argparse.Namespace, work: Callable[[Session], T]) -> T:
    """Sign in as ``--user`` with the password on standard input, run ``work``, lock.

    Raises:
        UsageError: ``--password-stdin`` is missing or standard input ended.
        NotInitialized, AuthenticationError, DataDirLocked: Signing in is not possible.
        PasswordChangeRequired: An administrator set the password; its user must choose their own first.
    """
    require_password_stdin(args)
    password = read_stdin_line(translate("Cli", "password"))
    installation = existing_installation(args)
    with installation.lock_instance():
        session = installation.sign_in(args.user, password)
        try:
            session.require_own_password()
            return work(session)
        finally:
            session.lock()
