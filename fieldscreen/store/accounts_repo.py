"""The SQL of the ``accounts`` table. Functions run on the DB thread inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from fieldscreen.core.models import Account, Role

from .connection import Connection

_COLUMNS = "username, role, display_name, disabled, created_at, last_login_at"


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _account(row: tuple[str, str, str, int, str, str | None]) -> Account:
    username, role, display_name, disabled, created_at, last_login_at = row
    return Account(username, Role(role), display_name, bool(disabled), _when(created_at), _when(last_login_at))


def get(conn: Connection, username: str) -> Account | None:
    """The account called ``username``, if any."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM accounts WHERE username = ?", (username,)).fetchone()
    return _account(row) if row else None


def list_all(conn: Connection) -> list[Account]:
    """Every account, by user name."""
    return [_account(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY username")]


def insert(conn: Connection, account: Account) -> None:
    """Add ``account`` (its ``created_at`` must be set)."""
    assert account.created_at is not None
    conn.execute(
        f"INSERT INTO accounts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL)",
        (
            account.username,
            account.role.value,
            account.display_name,
            int(account.disabled),
            account.created_at.isoformat(),
        ),
    )


def set_role(conn: Connection, username: str, role: Role) -> None:
    """Change an account's role."""
    conn.execute("UPDATE accounts SET role = ? WHERE username = ?", (role.value, username))


def set_disabled(conn: Connection, username: str, disabled: bool) -> None:
    """Disable or enable an account."""
    conn.execute("UPDATE accounts SET disabled = ? WHERE username = ?", (int(disabled), username))


def set_last_login(conn: Connection, username: str, at: datetime) -> None:
    """Record a successful sign-in."""
    conn.execute("UPDATE accounts SET last_login_at = ? WHERE username = ?", (at.isoformat(), username))


def delete(conn: Connection, username: str) -> None:
    """Remove an account."""
    conn.execute("DELETE FROM accounts WHERE username = ?", (username,))


def enabled_administrators(conn: Connection) -> list[str]:
    """The user names of enabled administrator accounts."""
    rows = conn.execute("SELECT username FROM accounts WHERE role = ? AND disabled = 0", (Role.ADMINISTRATOR.value,))
    return [r[0] for r in rows]
