"""The restart after a kill, as the kill tests check it, and what every operation's lane has in common.

A restart is a new ``Installation`` taking the instance lock and signing in (which finishes an interrupted rekey or
migration and, after an unclean shutdown, runs every integrity check), then ``Session.check()``:
``cipher_integrity_check``, ``integrity_check`` and the audit chain must all pass.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kill_support import ADMIN, CHEAP, KillRun, password_of

from fieldscreen.core.models import Role
from fieldscreen.services.installation import Installation
from fieldscreen.services.session import Session
from fieldscreen.store.connection import Connection
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from sync_helpers import open_db  # noqa: E402


def set_up(data_dir: Path, *screeners: str) -> str:
    """A new installation with the administrator and ``screeners``; return the recovery key."""
    installation = Installation(data_dir, kdf=CHEAP)
    recovery = installation.set_up(
        agency="Agency", office="Office", admin_username=ADMIN, admin_password=password_of(ADMIN)
    )
    session = installation.sign_in(ADMIN, password_of(ADMIN))
    try:
        for name in screeners:
            session.accounts.add(name, Role.SCREENER, password_of(name))
    finally:
        session.lock()
    return recovery


@contextmanager
def restarted(data_dir: Path, username: str) -> Iterator[Session]:
    """Start again after a kill: the instance lock is free, sign-in works and every integrity check passes."""
    installation = Installation(data_dir, kdf=CHEAP)
    with installation.lock_instance():
        session = installation.sign_in(username, password_of(username))
        try:
            report = session.check()
            assert report.ok, f"integrity check after the restart: {report.problems}"
            yield session
        finally:
            session.lock()


@contextmanager
def database(data_dir: Path, username: str = ADMIN) -> Iterator[Connection]:
    """A plain connection to the installation's database, opened with the key ``username``'s password unlocks."""
    layout = DataLayout(data_dir)
    key = Vault(layout.vault).unlock_user(username, password_of(username)).data_key
    conn = open_db(layout.database, key)
    try:
        yield conn
    finally:
        conn.close()


class Lane:
    """One installation that a child works on and a kill interrupts, again and again.

    Subclasses set the operation, how long a child may live, and what must hold after each restart.

    Args:
        root: The lane's own folder.
        number: The lane's number (keeps names unique across lanes).
    """

    operation = ""
    longest_life = 1.0
    """Seconds a child may work before the kill (chosen at random from 0 up to this)."""

    def __init__(self, root: Path, number: int) -> None:
        self.root = root
        self.number = number
        self.data_dir = root / "data"
        root.mkdir(parents=True, exist_ok=True)

    def prepare(self) -> None:
        """Make the installation (on the lane's thread)."""

    def params(self, run: int) -> dict:
        """What the child of ``run`` needs (and any reset before it starts)."""
        return {}

    def verify(self, run: KillRun) -> int:
        """Restart, check everything, and return how many acknowledged writes were checked."""
        raise NotImplementedError
