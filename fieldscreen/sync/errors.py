"""The errors of the sync layer, each with a plain-words message and advice.

Transfer errors are :class:`SyncError`: the item stays in the outbox and is tried again later. ``stops_round`` says
whether the rest of the round is pointless (the target is away, full, or refuses us) or whether the next item may
still go through (one transfer broke). No message carries personal data: items are named by content hash only.
"""

from __future__ import annotations

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill, translate


def _stays() -> str:
    return translate("Sync", "Packets stay in the outbox and will be sent later.")


def for_receiving(exc: SyncError) -> SyncError:
    """``exc`` as the receiving office reads it: the advice says where the packets wait, not the sender's outbox."""
    if exc.advice == _stays():
        exc.advice = translate(
            "Sync", "Nothing was received and nothing is lost: the packets wait there until they can be received."
        )
    return exc


class SyncError(KnownError):
    """A transfer to or from a target failed; nothing was lost.

    Attributes:
        stops_round: True when trying further items in this round would fail the same way.
    """

    stops_round = False


class TargetTimedOut(SyncError):
    """The server accepted no data or sent no answer within the timeout."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(translate("Sync", "The office server did not answer (timed out)."), _stays())


class TargetUnreachable(SyncError):
    """No connection could be made (no network, wrong address, server down)."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(translate("Sync", "The office server cannot be reached."), _stays())


class FolderUnavailable(SyncError):
    """The sync folder does not exist (USB drive not plugged in, share not mounted)."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "The sync folder is not available. Is the USB drive or shared drive connected?"),
            _stays(),
        )


class FolderFailed(SyncError):
    """Reading or writing the sync folder failed for another reason (input/output error, drive pulled out)."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "Reading or writing the sync folder failed. Was the drive removed?"), _stays()
        )


class TargetFull(SyncError):
    """The drive or the server has no space left."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(translate("Sync", "The sync folder or office server is full."), _stays())


class TargetNotWritable(SyncError):
    """The folder is read-only or we may not write to it."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "fieldscreen may not write to the sync folder (read-only or no permission)."),
            _stays(),
        )


class CredentialsRejected(SyncError):
    """The server answered 401 or 403."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "The office server did not accept the sync user name and password (or token)."),
            translate(
                "Sync", "Ask your administrator to check the sync settings. Packets stay in the outbox meanwhile."
            ),
        )


class CertificateRejected(SyncError):
    """The server's certificate failed verification against the configured CA bundle."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "The office server's certificate could not be verified. Nothing was sent."),
            translate("Sync", "Ask your administrator to check the server address and the certificate settings."),
        )


class CertificateMismatch(SyncError):
    """The server's certificate does not have the pinned SHA-256 fingerprint."""

    stops_round = True

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync", "The office server's certificate does not match the pinned fingerprint. Nothing was sent."
            ),
            translate(
                "Sync",
                "Someone may be intercepting the connection. Change the fingerprint only when your administrator "
                "confirms a new server certificate.",
            ),
        )


class TransferBroken(SyncError):
    """The connection broke during a transfer."""

    def __init__(self) -> None:
        super().__init__(translate("Sync", "The connection to the office server broke during the transfer."), _stays())


class ServerError(SyncError):
    """The server answered with an HTTP status that means 'not done'."""

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(fill(translate("Sync", "The office server reported an error (HTTP %1)."), status), _stays())


class UnexpectedAnswer(SyncError):
    """The server answered with a status fieldscreen does not expect (wrong address, not a WebDAV server ...)."""

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(
            fill(translate("Sync", "The office server gave an unexpected answer (HTTP %1)."), status),
            translate("Sync", "Ask your administrator to check the server address. Packets stay in the outbox."),
        )


class CopyMismatch(SyncError):
    """The copy read back from the target differs from the item."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "The copy on the target did not match the packet, so it was not counted as sent."),
            _stays(),
        )


class LocalItemDamaged(SyncError):
    """The sealed bytes in the outbox no longer match their content hash."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "A packet in the outbox is damaged and was not sent."),
            translate("Sync", "Run the integrity check ('fieldscreen check') and tell your administrator."),
        )


class SyncSettingsInvalid(KnownError):
    """A sync target was configured with a value that cannot work."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem, translate("Sync", "Correct the sync settings, then try again."))


class NoOfficeKey(KnownError):
    """Sealing was asked for but no office key has been imported (fail closed)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "No office key imported: packets cannot be sealed or sent."),
            translate("Sync", "Ask your administrator to import the receiving office's key file."),
        )


class OfficeKeyInvalid(KnownError):
    """An office key file or a stored office identity cannot be used."""

    def __init__(self, problem: str, advice: str = "") -> None:
        super().__init__(
            problem, advice or translate("Sync", "Ask the receiving office for a new copy of its key file.")
        )


class ItemUnreadable(KnownError):
    """A sealed item cannot be opened or failed verification; it is never imported.

    Args:
        problem: What is wrong with it.
        advice: What to do; by default, to have it sent again.
    """

    def __init__(self, problem: str, advice: str = "") -> None:
        super().__init__(
            problem,
            advice
            or translate(
                "Sync",
                "This packet was not imported. Ask the sender to send it again: in the Outbox, select the packet "
                "with this file name and choose Send again. The new copy comes under a new name; once it is "
                "imported, delete this file from the sync folder or server.",
            ),
        )


class NoOfficeIdentity(KnownError):
    """This installation holds no office private key (a field laptop), so it cannot open sealed items."""

    def __init__(self) -> None:
        super().__init__(
            translate("Sync", "This installation is not a receiving office and cannot open sealed packets."),
            translate("Sync", "Sealed packets open only at the receiving office they were sealed for."),
        )
