"""The receiving office's key on this installation: generate it (office), export its public half, import it (field).

An installation is a field laptop (the default) or the receiving office. Generating the office key pair makes it the
office: the private key goes into the encrypted database only, and the public key is exported as a small text file.
A field laptop's administrator imports that file (after comparing the fingerprint with the office by phone); from
then on every packet is sealed for the office, and packets that were waiting for a key are sealed and queued.
Importing a different key later (the office replaced its key, or the laptop now reports to another office) seals
every queued packet not delivered yet again for the new key, in the same transaction that stores it, so nothing
waits sealed for a key that is no longer the office's; delivered packets are left as they were received.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Role
from fieldscreen.store import backups, settings_repo, sync_settings_repo
from fieldscreen.store.atomic import write_atomic
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.failures import from_os
from fieldscreen.sync.errors import NoOfficeKey
from fieldscreen.sync.office_keys import (
    MAX_FILE_BYTES,
    OfficePublicKey,
    export_public_key,
    generate_office_key,
    parse_public_key,
)
from fieldscreen.sync.sealed_item import SealedItem

from .context import SessionContext
from .office_key_state import KIND_SETTING, PUBLIC_KEY, SECRET_KEY, InstallationKind, read_kind, read_public_key
from .outbox_service import OutboxService
from .settings import read_settings
from .unlock import keep_backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OfficeKeyInfo:
    """What the installation holds.

    Attributes:
        kind: Field laptop or receiving office.
        key: The office's public key (the office's own, or the one imported on a field laptop), or None.
    """

    kind: InstallationKind
    key: OfficePublicKey | None


@dataclass(frozen=True)
class KeyImported:
    """The outcome of an import.

    Attributes:
        key: The imported key.
        replaced_fingerprint: The fingerprint of the key it replaced, or "".
        resealed: Queued packets not delivered yet that were sealed again for the new key.
        queued: Packets that were waiting for a key and are now sealed and queued.
    """

    key: OfficePublicKey
    replaced_fingerprint: str
    resealed: int
    queued: int


@dataclass(frozen=True)
class OfficeKeyMade:
    """A receiving office's new key pair.

    Attributes:
        key: Its public key, to hand to field laptops.
        backup: The backup folder made right after, which holds the private key; None when it could not be made.
    """

    key: OfficePublicKey
    backup: Path | None


def office_key_backup_advice(backup: Path | None) -> str:
    """What the administrator must do now that the office's private key exists, in plain words."""
    if backup is None:
        return translate(
            "OfficeKeys",
            "No backup could be made (see the log). Copy the data folder to a safe place off this computer now: the "
            "office's private key exists nowhere else, and without it no packet sealed for this office can be opened.",
        )
    return fill(
        translate(
            "OfficeKeys",
            "A backup holding the office's private key was made: %1. Copy it, or the whole data folder, to a safe "
            "place off this computer now: the key exists nowhere else, and without it no packet sealed for this "
            "office can be opened.",
        ),
        backup,
    )


class OfficeKeyExists(KnownError):
    """Generating was asked for where an office key is already held."""

    def __init__(self, fingerprint: str) -> None:
        super().__init__(
            fill(translate("Sync", "This installation already holds an office key (fingerprint %1)."), fingerprint),
            translate(
                "Sync",
                "A receiving office keeps its key: field laptops seal packets for it. Set up a new installation "
                "for a new office.",
            ),
        )


class OfficeKeyUnreadable(KnownError):
    """The chosen office key file cannot be read."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "The office key file cannot be read."),
            translate("Sync", "Check the file name, or copy the file from the USB drive again."),
        )


class OfficeKeyUnwritable(KnownError):
    """The office's public key file cannot be written where asked."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "The office key file cannot be written there."),
            translate("Sync", "Choose an existing folder you may write to, for example on a USB drive."),
        )


class ReceivingOffice(KnownError):
    """Importing an office key was asked for on the receiving office itself."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "This installation is the receiving office and uses its own key."),
            translate("Sync", "Import the office key file on field laptops only."),
        )


class OfficeKeysService:
    """Office key operations of a signed-in session (changes by administrators only).

    Args:
        ctx: The session's shared state.
        outbox: Seals and queues the packets waiting for a key once one is imported.
    """

    def __init__(self, ctx: SessionContext, outbox: OutboxService) -> None:
        self._ctx = ctx
        self._outbox = outbox

    def info(self) -> OfficeKeyInfo:
        """The installation kind and the office key it holds (any role)."""
        return self._ctx.run(lambda conn: OfficeKeyInfo(read_kind(conn), read_public_key(conn)))

    def generate(self, office: str = "") -> OfficeKeyMade:
        """Make this installation the receiving office: generate its key pair, keep the private key here, back it up.

        The private key exists nowhere else, so a backup is made at once (``backups.OFFICE_KEY``); the administrator
        must still copy it off this computer. A backup that cannot be made (full disk) leaves the key made.

        Args:
            office: The office's name as field laptops will see it; default: the office (else agency) setting.

        Raises:
            PermissionDenied: The account is not an administrator.
            OfficeKeyExists: An office key is already held (generated here or imported).
            OfficeKeyInvalid: The office name is empty, too long or not on one line.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "set up the office key"))

        def work(conn: Connection) -> OfficePublicKey:
            with transaction(conn):
                held = read_public_key(conn)
                if held is not None:
                    raise OfficeKeyExists(held.fingerprint)
                names = read_settings(conn)
                pair = generate_office_key(office.strip() or names.office or names.agency, self._ctx.clock().date())
                sync_settings_repo.put(conn, SECRET_KEY, pair.secret)
                sync_settings_repo.put(conn, PUBLIC_KEY, export_public_key(pair.public))
                settings_repo.put(conn, KIND_SETTING, InstallationKind.OFFICE.value)
                self._ctx.record(conn, "office_key_generated", detail={"fingerprint": pair.public.fingerprint})
                return pair.public

        key = self._ctx.run(work)
        log.info("office key generated")
        layout, now = self._ctx.layout, self._ctx.clock()
        backup = keep_backup(
            self._ctx.executor, lambda: backups.make_backup(layout, backups.OFFICE_KEY, now), backups.OFFICE_KEY
        )
        return OfficeKeyMade(key, backup)

    def export_to(self, path: Path) -> None:
        """Write the office's public key file to ``path`` (atomically), to hand to field laptops (administrators).

        Raises:
            PermissionDenied: The account is not an administrator.
            NoOfficeKey: No office key is held.
            StorageFull, StorageReadOnly, StorageFailed, OfficeKeyUnwritable: The file cannot be written.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "export the office key"))

        def work(conn: Connection) -> str:
            key = read_public_key(conn)
            if key is None:
                raise NoOfficeKey()
            self._ctx.record(conn, "office_key_exported", detail={"fingerprint": key.fingerprint})
            return export_public_key(key)

        text = self._ctx.run(work)
        try:
            write_atomic(Path(path), text.encode("utf-8"))
        except OSError as exc:
            mapped = from_os(exc)
            raise (mapped if isinstance(mapped, KnownError) else OfficeKeyUnwritable()) from None

    def read_key_file(self, path: Path) -> tuple[bytes, OfficePublicKey]:
        """Read and check an office key file without importing it (to show its fingerprint first).

        Returns:
            The file's bytes (for :meth:`import_key`) and the key they hold.

        Raises:
            OfficeKeyUnreadable: The file cannot be read.
            OfficeKeyInvalid: Not an office key file, damaged, or a private key.
        """
        try:
            with open(path, "rb") as handle:
                content = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            raise OfficeKeyUnreadable() from None
        return content, parse_public_key(content)

    def import_key(self, content: bytes) -> KeyImported:
        """Import the office's public key file on a field laptop, then seal and queue the packets waiting for it.

        A different key than the one held replaces it: every queued packet not delivered yet is sealed again for the
        new key (on this thread), and the new sealings replace the old ones in the transaction that stores the key,
        audited with their number. Delivered packets are not touched.

        Raises:
            PermissionDenied: The account is not an administrator.
            ReceivingOffice: This installation is the receiving office.
            OfficeKeyInvalid: Not an office key file, damaged, or a private key.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "import the office key"))
        key = parse_public_key(content)
        resealed: dict[int, tuple[str, SealedItem]] = {}
        while True:  # another packet queued while sealing (rare) is sealed too, then the transaction is tried again
            if self._ctx.run(_replaces_key, key):
                self._outbox.reseal_for(key, resealed)
            stored = self._ctx.run(self._store_key, key, resealed)
            if stored is not None:
                break
        replaced, count = stored
        log.info("office key imported: resealed=%d", count)
        return KeyImported(key, replaced, count, self._outbox.seal_waiting())

    def _store_key(
        self, conn: Connection, key: OfficePublicKey, resealed: dict[int, tuple[str, SealedItem]]
    ) -> tuple[str, int] | None:
        with transaction(conn):
            held = read_public_key(conn)
            count = 0
            if _replaces_key(conn, key):
                count = self._outbox.apply_reseal(conn, resealed)
                if count is None:
                    return None
            sync_settings_repo.put(conn, PUBLIC_KEY, export_public_key(key))
            detail = {
                "fingerprint": key.fingerprint,
                "replaced": held.fingerprint if held else None,
                "resealed": count,
            }
            self._ctx.record(conn, "office_key_imported", detail=detail)
            return (held.fingerprint if held else "", count)


def _replaces_key(conn: Connection, key: OfficePublicKey) -> bool:
    """Whether importing ``key`` replaces another office key on this field laptop (DB thread).

    Raises:
        ReceivingOffice: This installation is the receiving office.
    """
    if read_kind(conn) is InstallationKind.OFFICE:
        raise ReceivingOffice()
    held = read_public_key(conn)
    return held is not None and held.recipient != key.recipient
