"""Export referral packets as password-protected PDFs (supervisors and administrators; docs/packets.md, Export).

Each stored packet is encrypted in memory (pikepdf, AES-256, revision 6, a random owner password that is never kept)
by a child process that lives as long as the export (``packets.encryption_worker``: pikepdf holds the GIL, which
froze the window), then written into a private temporary file in the target folder,
``.fieldscreen-export-<random>.tmp``; the file is fsynced, renamed to ``<case code>_<date>.pdf`` (``-2``, ``-3`` ...
when that name is taken; nothing is overwritten) and the folder is fsynced. No plaintext PDF ever touches a disk: it
reaches the child through a pipe, and pikepdf writes no files of its own when it saves to memory. A failure or a
cancel removes the temporary file; a killed process can leave one (encrypted, never plaintext), which the next
export into that folder removes unless another export still writes it (POSIX: the writer holds a lock on it;
Windows refuses to remove a file that is open). The folder is never created: a missing USB drive must not become a
folder on the laptop's own disk.

At the receiving office the packets received from field laptops are exported the same way (``received=True``), each
with the version its sealed manifest states (a packet sealed before versions were added: its place among the packets
received for its case code and instrument, by when they were made).
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldscreen.core.errors import KnownError, PasswordRejected
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.models import Role
from fieldscreen.core.passwords import is_guessable
from fieldscreen.packets import PacketKind, suggested_filename
from fieldscreen.packets.encryption_worker import EncryptionProcess, EncryptionProcessLost
from fieldscreen.store import packets_repo, screenings_repo
from fieldscreen.store.atomic import PRIVATE, fsync_dir
from fieldscreen.store.connection import Connection
from fieldscreen.store.outbox import IngestedPacket, IngestedStore
from fieldscreen.store.packets_repo import PacketRow
from fieldscreen.sync.manifest import made_at, received_versions

from .context import SessionContext
from .password_policy import blocklist
from .screening_access import require_access

log = logging.getLogger(__name__)

EXPORTERS = (Role.SUPERVISOR, Role.ADMINISTRATOR)
EXPORT_STATUSES = ("finalized", "approved", "returned")
"""Screening statuses whose referral packets may be exported."""
MIN_PASSWORD_LENGTH = 12
"""Characters an export password needs at least (after NFKC normalization)."""
MAX_PASSWORD_BYTES = 127
"""PDF readers use only the first 127 UTF-8 bytes of a password (PDF 2.0, 7.6.4.3.3); longer ones are refused."""
TEMP_PREFIX = ".fieldscreen-export-"
TEMP_SUFFIX = ".tmp"

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
_MISSING = {errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO}

if os.name == "nt":  # pragma: no cover - exercised on Windows only

    def _hold(fd: int) -> None:
        """Nothing to do: Windows refuses to remove a file that another process holds open."""

    def _in_use(path: Path) -> bool:
        return False

else:
    import fcntl

    def _hold(fd: int) -> None:
        """Lock a temporary file while it is written, so another export does not take it for a leftover.

        Where the file system has no locks the export goes on: such a folder's leftovers are never removed.
        """
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            log.info("export: temporary file not locked (errno %s)", exc.errno)

    def _in_use(path: Path) -> bool:
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False


@dataclass(frozen=True)
class ExportablePacket:
    """One row of the export list.

    Attributes:
        packet_id: The packet version's id.
        screening_id: The screening it was made from.
        case_code: The neutral case code.
        version: 1 for the first packet, one more per amendment.
        created_at: When the packet was built (UTC).
        status: The screening's status: ``finalized``, ``approved`` or ``returned``.
        training: Whether it is a practice packet.
    """

    packet_id: int
    screening_id: int
    case_code: str
    version: int
    created_at: datetime
    status: str
    training: bool


@dataclass(frozen=True)
class ReceivedPacket:
    """One packet the receiving office has ingested, as the export list shows it.

    Attributes:
        packet_id: The ingested packet's id (not a packet id of this installation).
        case_code: The neutral case code.
        version: The version the packet's sealed manifest states (without one: its place among the packets received
            for this case and instrument, by when they were made).
        created_at: When the packet was made on the field laptop.
        received_at: When this office ingested it.
        latest: Whether no packet of a later version of this case and instrument was received.
    """

    packet_id: int
    case_code: str
    version: int
    created_at: datetime
    received_at: datetime
    latest: bool


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        written: The files written, complete and encrypted, in the order asked for.
        cancelled: Whether the export stopped early because it was cancelled.
    """

    written: list[Path]
    cancelled: bool


class PacketNotFound(KnownError):
    """A packet asked for is not there (or its screening is not finalized, approved or returned)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Export", "A packet asked for is not in the list of packets that can be exported."),
            translate("Export", "Refresh the list and choose again. Nothing was written."),
        )


class ExportFailed(KnownError):
    """Writing into the export folder failed, or the process that encrypts the files stopped.

    Attributes:
        written: The files written completely before the failure (they stay; nothing half-written is left).
    """

    def __init__(self, error: OSError | EncryptionProcessLost, written: Sequence[Path]) -> None:
        self.written = list(written)
        if isinstance(error, EncryptionProcessLost):
            what = translate("Export", "The helper program that encrypts the files stopped (perhaps memory ran out).")
            advice = translate("Export", "Close other programs, then export again.")
        elif error.errno in _FULL:
            what = translate("Export", "The disk of the export folder is full.")
            advice = translate("Export", "Free some space or choose another folder, then export again.")
        elif error.errno in _NOT_WRITABLE:
            what = translate("Export", "fieldscreen may not write to the export folder (read-only or no permission).")
            advice = translate("Export", "Choose a folder you may write to (is the drive write-protected?).")
        elif error.errno in _MISSING:
            what = translate("Export", "The export folder is not there. Is the USB drive or shared drive connected?")
            advice = translate("Export", "Connect the drive or choose an existing folder, then export again.")
        else:
            what = translate("Export", "Writing into the export folder failed (the disk reported an error).")
            advice = translate("Export", "Check the drive and its connection, then export again.")
        done = fill(
            translate("Export", "Files written completely before this: %1; nothing half-written was left."),
            len(written),
        )
        super().__init__(what, f"{advice} {done}")


def password_problems(password: str) -> list[str]:
    """Every rule an export password breaks (empty when it may be used).

    The rules: at least ``MIN_PASSWORD_LENGTH`` characters, at most ``MAX_PASSWORD_BYTES`` UTF-8 bytes, and not
    guessable by the same test as account passwords (common passwords, simple patterns).
    """
    text = pdf_password(password)
    if not text:
        return [translate("Export", "Enter a password for the exported files.")]
    found = []
    if len(text) < MIN_PASSWORD_LENGTH:
        found.append(
            fill(translate("Export", "The export password needs at least %1 characters."), MIN_PASSWORD_LENGTH)
        )
    if len(text.encode("utf-8")) > MAX_PASSWORD_BYTES:
        found.append(translate("Export", "The export password is too long for PDF readers (at most 127 letters)."))
    if is_guessable(text, blocklist()):
        found.append(translate("Export", "The export password is too easy to guess (a common word or a pattern)."))
    return found


def pdf_password(password: str) -> str:
    """The password as it goes into the PDF: NFKC-normalized, as PDF readers normalize what is typed (SASLprep)."""
    return unicodedata.normalize("NFKC", password)


class ExportService:
    """Referral packets for export and preview.

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def exportable(self, *, latest_only: bool = True) -> list[ExportablePacket]:
        """The referral packets that may be exported, newest first.

        Args:
            latest_only: Leave out versions replaced by an amendment.

        Raises:
            PermissionDenied: The account is a screener.
        """
        self._ctx.require(EXPORTERS, translate("Permissions", "export packets"))
        rows = self._ctx.run(_exportable_rows, latest_only=latest_only)
        return [
            ExportablePacket(row.id, row.screening_id, row.case_code, row.version, row.created_at, status, row.training)
            for row, status in rows
        ]

    def pdf(self, packet_id: int) -> bytes:
        """The stored PDF of one packet (unencrypted, for the preview); audited as a view.

        Raises:
            PacketNotFound: No such packet.
            PermissionDenied: A screener asked for a packet of someone else's screening.
        """

        def work(conn: Connection) -> bytes:
            row = packets_repo.get(conn, packet_id)
            if row is None:
                raise PacketNotFound()
            require_access(self._ctx.account, screenings_repo.get_screening(conn, row.screening_id).screener)
            data, _ = packets_repo.pdf_and_manifest(conn, packet_id)
            self._ctx.record(conn, "packet_view", str(row.screening_id), {"packet_id": packet_id})
            return data

        return self._ctx.run(work)

    def export(
        self,
        packet_ids: Sequence[int],
        folder: Path,
        password: str,
        *,
        received: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ExportResult:
        """Write each packet, encrypted with ``password``, into ``folder``; synchronous, on the caller's thread.

        The export is audited before the first file is written (who, which packets) and again when it ends (which
        packets were written, and whether it was cancelled or failed); file names and the password are not.

        Args:
            packet_ids: The packets, in the order to write them (ids from :meth:`exportable`, or from :meth:`received`
                when ``received``; repeats are ignored).
            folder: An existing folder.
            password: The password that opens the files (see :func:`password_problems`).
            received: Write packets this office received (audited as ``received_packets_export`` and
                ``received_packets_exported``) instead of packets made here.
            progress: Called with (done, total) before the first packet and after each one, on this thread.
            cancel: Checked before each packet; when set, the export stops and reports what it wrote.

        Raises:
            PermissionDenied: The account is a screener.
            PasswordRejected: The password breaks a rule; nothing was written.
            PacketNotFound: A packet is not exportable (or was not received); nothing was written.
            ExportFailed: The folder is missing, full, read-only or failing, or the encrypting child process died;
                ``written`` lists the complete files.
        """
        self._ctx.require(EXPORTERS, translate("Permissions", "export packets"))
        problems = password_problems(password)
        if problems:
            raise PasswordRejected(problems)
        folder = Path(folder)
        if not folder.is_dir():
            raise ExportFailed(OSError(errno.ENOENT, "export folder missing"), [])
        ids = list(dict.fromkeys(packet_ids))
        if received:
            received_rows = self._ctx.run(self._begin_received, ids)
            files = [(row.packet_id, _file_name(row.case_code, row.created_at, row.version)) for row in received_rows]
            read, end = _received_pdf, "received_packets_exported"
        else:
            rows = self._ctx.run(self._begin, ids)
            files = [(row.id, _file_name(row.case_code, row.created_at, row.version, row.training)) for row in rows]
            read, end = _stored_pdf, "packets_exported"
        report = progress or (lambda done, total: None)
        text = pdf_password(password)
        written: list[tuple[int, Path]] = []
        outcome = "failed"
        try:
            _remove_leftovers(folder)
            report(0, len(files))
            with EncryptionProcess() as encryption:
                for packet_id, name in files:
                    if cancel is not None and cancel.is_set():
                        break
                    encrypted = encryption.encrypt(self._ctx.run(read, packet_id), text)
                    written.append((packet_id, _write_private(folder, name, encrypted)))
                    report(len(written), len(files))
            outcome = "done" if len(written) == len(files) else "cancelled"
        except (OSError, EncryptionProcessLost) as exc:
            raise ExportFailed(exc, [path for _, path in written]) from None
        finally:
            self._end(end, [packet_id for packet_id, _ in written], outcome)
        return ExportResult([path for _, path in written], outcome == "cancelled")

    def received(self, *, latest_only: bool = True) -> list[ReceivedPacket]:
        """The packets this office received, newest first (by when they were made).

        Args:
            latest_only: Leave out packets of a case and instrument that a received packet of a later version replaced.

        Raises:
            PermissionDenied: The account is a screener.
        """
        self._ctx.require(EXPORTERS, translate("Permissions", "export packets"))
        packets = self._ctx.run(lambda conn: _received(IngestedStore(conn).packets()))
        return [packet for packet in reversed(packets) if packet.latest or not latest_only]

    def _begin(self, conn: Connection, packet_ids: list[int]) -> list[PacketRow]:
        """The rows of ``packet_ids`` (refusing any that is not exportable), and the audit entry of the export."""
        found = {row.id: row for row, _ in _exportable_rows(conn, latest_only=False)}
        if any(packet_id not in found for packet_id in packet_ids):
            raise PacketNotFound()
        self._ctx.record(conn, "packets_export", detail={"packet_ids": packet_ids, "count": len(packet_ids)})
        return [found[packet_id] for packet_id in packet_ids]

    def _begin_received(self, conn: Connection, packet_ids: list[int]) -> list[ReceivedPacket]:
        """The received packets of ``packet_ids`` (refusing any not received here), and the audit entry."""
        found = {packet.packet_id: packet for packet in _received(IngestedStore(conn).packets())}
        if any(packet_id not in found for packet_id in packet_ids):
            raise PacketNotFound()
        self._ctx.record(conn, "received_packets_export", detail={"packet_ids": packet_ids, "count": len(packet_ids)})
        return [found[packet_id] for packet_id in packet_ids]

    def _end(self, action: str, packet_ids: list[int], outcome: str) -> None:
        """Audit what an export wrote; a failure here (a full disk) is logged, as the files are written already."""
        detail = {"packet_ids": packet_ids, "count": len(packet_ids), "outcome": outcome}
        try:
            self._ctx.run(lambda conn: self._ctx.record(conn, action, detail=detail))
        except KnownError as exc:
            log.warning("export: end not audited (%s)", type(exc).__name__)
        log.info("export %s: %d packets written", outcome, len(packet_ids))


def _exportable_rows(conn: Connection, *, latest_only: bool) -> list[tuple[PacketRow, str]]:
    return packets_repo.with_status(conn, PacketKind.REFERRAL.value, EXPORT_STATUSES, latest_only=latest_only)


def _stored_pdf(conn: Connection, packet_id: int) -> bytes:
    return packets_repo.pdf_and_manifest(conn, packet_id)[0]


def _received_pdf(conn: Connection, packet_id: int) -> bytes:
    return IngestedStore(conn).pdf(packet_id)


def _received(packets: list[IngestedPacket]) -> list[ReceivedPacket]:
    """``packets`` for the export list, oldest made first, with their versions (``sync.manifest``)."""
    versions = received_versions(packets)
    return [
        ReceivedPacket(
            packet.id,
            packet.manifest["case_code"],
            versions[packet.id].version,
            made_at(packet),
            packet.received_at,
            versions[packet.id].latest,
        )
        for packet in sorted(packets, key=lambda p: (made_at(p), versions[p.id].version, p.id))
    ]


def _file_name(case_code: str, created_at: datetime, version: int, training: bool = False) -> str:
    """``<case code>_<date>.pdf``, or ``<case code>_<date>_v2.pdf`` from the second version on.

    The date is the day the packet was made, in local time as the packet shows; a practice packet's name starts
    with ``TRAINING_``.
    """
    name = Path(suggested_filename(case_code, created_at.astimezone().date(), training=training))
    return name.name if version == 1 else f"{name.stem}_v{version}{name.suffix}"


def _free_path(folder: Path, name: str) -> Path:
    """``folder / name``, or the first of ``<stem>-2<suffix>``, ``<stem>-3<suffix>`` ... that does not exist."""
    path = folder / name
    number = 1
    while os.path.lexists(path):
        number += 1
        path = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
    return path


def _write_private(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` into a temporary file in ``folder``, fsync it, rename it to a free name; return that path.

    Raises:
        OSError: The folder cannot be written (the temporary file is removed).
    """
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE)
    try:
        with os.fdopen(fd, "wb") as out:
            _hold(out.fileno())
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        target = _free_path(folder, name)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return target


def _remove_leftovers(folder: Path) -> None:
    """Remove temporary files that killed exports left in ``folder`` (none that another export is writing)."""
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        try:
            if not _in_use(path):
                path.unlink()
        except OSError:  # gone already, or not ours to remove: it stays, encrypted
            continue
