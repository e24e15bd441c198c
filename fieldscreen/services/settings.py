"""Installation settings: agency and office names, the office's contact for callbacks, and the inactivity lock."""

from __future__ import annotations

from dataclasses import dataclass

from fieldscreen.core.errors import UsageError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Role
from fieldscreen.store import settings_repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.sync.manifest import MAX_SENDER_NAME

from .context import SessionContext

DEFAULT_LOCK_MINUTES = 10
MAX_LOCK_MINUTES = 30
MAX_CONTACT = 200
"""The longest office contact (a phone number, an e-mail address, or both with office hours)."""


@dataclass(frozen=True)
class InstallationSettings:
    """The installation-wide settings.

    Attributes:
        agency: The agency's name.
        office: The office's name ("" if none).
        lock_minutes: Minutes of inactivity before the app locks (1 to 30).
        contact: How the receiving office reaches this office about a referral (a phone number or an e-mail
            address; "" if none): every referral packet gives it (the HHS Request for Assistance asks for it).
    """

    agency: str
    office: str
    lock_minutes: int
    contact: str = ""


def read_settings(conn: Connection) -> InstallationSettings:
    """The settings as stored, with defaults for what is missing (DB thread)."""
    stored = settings_repo.get_all(conn)
    try:
        minutes = int(stored.get("lock_minutes", DEFAULT_LOCK_MINUTES))
    except ValueError:
        minutes = DEFAULT_LOCK_MINUTES
    return InstallationSettings(
        stored.get("agency", ""),
        stored.get("office", ""),
        min(max(minutes, 1), MAX_LOCK_MINUTES),
        stored.get("contact", ""),
    )


def checked_names(agency: str, office: str) -> tuple[str, str]:
    """The trimmed agency and office names.

    Raises:
        UsageError: The agency name is empty, or a name is longer than :data:`MAX_SENDER_NAME` characters.
    """
    agency, office = agency.strip(), office.strip()
    if not agency:
        raise UsageError(translate("Settings", "Enter the agency's name."))
    if max(len(agency), len(office)) > MAX_SENDER_NAME:
        words = translate("Settings", "Shorten the agency and office names to %1 characters at most.")
        raise UsageError(fill(words, MAX_SENDER_NAME))
    return agency, office


class SettingsService:
    """Reading (any role) and changing (administrators) the installation settings.

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def get(self) -> InstallationSettings:
        """The current settings."""
        return self._ctx.run(read_settings)

    def set_lock_minutes(self, minutes: int) -> None:
        """Set the inactivity lock (1 to 30 minutes).

        Raises:
            PermissionDenied, UsageError.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "change settings"))
        if not 1 <= minutes <= MAX_LOCK_MINUTES:
            raise UsageError(fill(translate("Settings", "The lock time must be 1 to %1 minutes."), MAX_LOCK_MINUTES))

        def work(conn: Connection) -> None:
            with transaction(conn):
                settings_repo.put(conn, "lock_minutes", str(int(minutes)))
                self._ctx.record(conn, "settings_change", detail={"lock_minutes": int(minutes)})

        self._ctx.run(work)

    def set_names(self, agency: str, office: str) -> None:
        """Set the agency and office names.

        Raises:
            PermissionDenied, UsageError: The agency name is empty, or a name is too long.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "change settings"))
        agency, office = checked_names(agency, office)

        def work(conn: Connection) -> None:
            with transaction(conn):
                settings_repo.put(conn, "agency", agency)
                settings_repo.put(conn, "office", office)
                self._ctx.record(conn, "settings_change", detail={"fields": ["agency", "office"]})

        self._ctx.run(work)

    def set_contact(self, contact: str) -> None:
        """Set how the receiving office reaches this office ("" for none).

        Raises:
            PermissionDenied, UsageError: The contact is longer than :data:`MAX_CONTACT` characters.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "change settings"))
        contact = " ".join(contact.split())
        if len(contact) > MAX_CONTACT:
            raise UsageError(fill(translate("Settings", "Shorten the contact to %1 characters at most."), MAX_CONTACT))

        def work(conn: Connection) -> None:
            with transaction(conn):
                settings_repo.put(conn, "contact", contact)
                self._ctx.record(conn, "settings_change", detail={"fields": ["contact"]})

        self._ctx.run(work)
