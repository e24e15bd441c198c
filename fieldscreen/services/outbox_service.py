"""Referral packets and the outbox: build a packet when a screening is finalized or amended, seal it, queue it.

``on_finalized``, ``on_amended`` and ``on_action_done`` (an action of a finalized screening marked done, with its
reference number, so the office does not make the request again) run after the screening service's own transaction
has committed, in their own transactions: the packet is read through the screening service, rendered in memory on the
caller's thread (never the DB thread), and stored as a new version (earlier versions are kept). When the office key
has been imported, every stored packet is then sealed for the office and queued in the outbox; without it, packets
wait unsealed in the encrypted database and are sealed and queued as soon as a key is imported (fail closed: nothing
unsealed is sent). The calls are idempotent: an unchanged screening finds its stored packet. Practice (training)
packets are stored but never sealed or sent. When an administrator imports a different office key, the queued packets
not delivered yet are sealed again for it (:meth:`OutboxService.reseal_for` off the DB thread, then
:meth:`OutboxService.apply_reseal` in the transaction that stores the key); delivered ones keep the bytes the old
office received, and one the office could not open is sealed again and sent once more on request
(:meth:`OutboxService.send_again`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldscreen.core.errors import BugError, KnownError, UsageError
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Role
from fieldscreen.packets import PacketKind, Requester
from fieldscreen.store import accounts_repo, packets_repo, screenings_repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.outbox import Outbox
from fieldscreen.store.packets_repo import NewPacket, OutboxListRow, PacketRow
from fieldscreen.sync.errors import NoOfficeKey
from fieldscreen.sync.office_keys import OfficePublicKey
from fieldscreen.sync.sealed_item import SealedItem, seal_item

from .context import SessionContext
from .office_key_state import read_public_key
from .packet_build import manifest, render_referral, source_digest, versioned
from .packet_source import PacketSource
from .settings import read_settings

log = logging.getLogger(__name__)

ALL_SCREENINGS = (Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class PacketStored:
    """The outcome of ``on_finalized`` / ``on_amended``.

    Attributes:
        packet: The stored packet version (the existing one when nothing changed).
        new: Whether this call stored a new version.
        queued: Whether the packet is sealed and in the outbox (False without an office key, and for practice).
    """

    packet: PacketRow
    new: bool
    queued: bool


def _put_sealing(
    outbox: Outbox, item_id: int, replacing: str, item: SealedItem, now: datetime, *, delivered: bool = False
) -> None:
    """Put ``item``, another sealing of the same packet, in place of the bytes ``replacing`` (``Outbox.reseal``)."""
    outbox.reseal(
        item_id,
        replacing=replacing,
        content_hash=item.content_hash,
        packet_hash=item.packet_hash,
        name=item.name,
        sealed=item.data,
        now=now,
        delivered=delivered,
    )


def _packet_id(row: PacketRow | None) -> int | None:
    return row.id if row is not None else None


def _sealing_input(conn: Connection, packet_id: int) -> tuple[bytes, dict[str, Any]]:
    """The PDF and manifest to seal; a manifest stored before versions were added gets the packet's version."""
    pdf, stored = packets_repo.pdf_and_manifest(conn, packet_id)
    if "version" in stored:
        return pdf, stored
    row = packets_repo.get(conn, packet_id)
    if row is None:
        raise BugError("sealing a packet that is not stored")
    earlier = [
        r for r in packets_repo.versions(conn, row.screening_id) if (r.kind, r.version) == (row.kind, row.version - 1)
    ]
    return pdf, versioned(stored, row.version, earlier[0].created_at if earlier else None)


class OutboxService:
    """Packets and the outbox of a signed-in session.

    Args:
        ctx: The session's shared state.
        read_source: Reads a finalized screening through the screening service (``packet_source.read_source``).
        fonts_dir: The bundled fonts (``paths.resources() / "fonts"``).
    """

    def __init__(self, ctx: SessionContext, read_source: Callable[[int], PacketSource], fonts_dir: Path) -> None:
        self._ctx = ctx
        self._read_source = read_source
        self._fonts_dir = fonts_dir

    def on_finalized(self, screening_id: int) -> PacketStored:
        """Build and store the referral packet of a just-finalized screening, then seal and queue it if possible.

        Call it after the finalizing transaction has committed, outside any DB-thread work.

        Raises:
            UsageError: The screening is not finalized.
            PermissionDenied: The account may not see the screening.
            FontsMissing: A bundled font is missing (nothing was stored; call again once fixed).
            StorageFull, StorageFailed: The database refused the write.
        """
        return self._store(screening_id, "finalized")

    def on_amended(self, screening_id: int) -> PacketStored:
        """Store a new packet version after an amendment (the earlier versions are kept), then seal and queue it.

        Raises:
            Same as :meth:`on_finalized`.
        """
        return self._store(screening_id, "amended")

    def on_action_done(self, screening_id: int) -> PacketStored | None:
        """Store a new packet version after an action was marked done (when, by whom, its reference), then queue it.

        So the receiving office does not see the action as open, or overdue, and make the request a second time. A
        draft's action (its 24-hour notice can be done before the interview ends) waits for the finalize: ``None``.

        Raises:
            Same as :meth:`on_finalized`.
        """
        if self._ctx.run(packets_repo.due_seq, screening_id) is None:
            return None
        return self._store(screening_id, "action_done")

    def store_due(self) -> int:
        """Build the packets that finalized or amended screenings are still waiting for; return how many were due.

        A crash or kill between the change's commit and its packet's, or a failure to build the packet, leaves the
        screening marked (schema step 10); sign-in calls this so the referral gets its current packet. A failure is
        logged and retried at the next sign-in.
        """
        screener = None if self._ctx.account.role in ALL_SCREENINGS else self._ctx.account.username
        due = self._ctx.run(packets_repo.due_screenings, screener)
        try:
            for screening_id in due:
                self._store(screening_id, "retried")
        except KnownError as exc:
            log.warning("packets not built at sign-in (%s)", type(exc).__name__)
        if due:
            log.info("packets built for screenings waiting for one: %d", len(due))
        return len(due)

    def _store(self, screening_id: int, reason: str) -> PacketStored:
        due = self._ctx.run(packets_repo.due_seq, screening_id)  # before the source: a later change stays due
        source = self._read_source(screening_id)
        requester = self._ctx.run(self._requester, source.screener)
        digest = source_digest(source, requester)
        kind = PacketKind.REFERRAL.value
        stored = self._ctx.run(packets_repo.latest, screening_id, kind)
        if stored is not None and stored.source_sha256 == digest:
            if due is not None:
                self._ctx.run(packets_repo.clear_due, screening_id, due)
            return PacketStored(stored, False, self._seal_and_check(stored.id))
        created_at = self._ctx.clock()
        head = self._ctx.run(packets_repo.audit_chain_head)
        version = stored.version + 1 if stored is not None else 1
        replaces_at = stored.created_at if stored is not None else None
        pdf = render_referral(source, requester, created_at, self._fonts_dir, version=version, replaces_at=replaces_at)
        packet = NewPacket(
            screening_id=screening_id,
            kind=kind,
            created_at=created_at,
            case_code=source.case_code,
            sha256=hashlib.sha256(pdf).hexdigest(),
            source_sha256=digest,
            manifest=manifest(source, requester, created_at, head, version=version, replaces_at=replaces_at),
            training=source.training,
            pdf=pdf,
        )

        def write(conn: Connection) -> tuple[PacketRow, bool] | None:
            with transaction(conn):
                if packets_repo.due_seq(conn, screening_id) != due:  # changed since the source was read
                    return None
                latest = packets_repo.latest(conn, screening_id, kind)
                if latest is not None and latest.source_sha256 == digest:  # a concurrent call stored it first
                    if due is not None:
                        packets_repo.clear_due(conn, screening_id, due)
                    return latest, False
                if _packet_id(latest) != _packet_id(stored):  # another version came first: number this one again
                    return None
                if due is not None:
                    packets_repo.clear_due(conn, screening_id, due)
                row = packets_repo.insert_version(conn, packet)
                detail = {"screening_id": screening_id, "packet_id": row.id, "version": row.version, "reason": reason}
                self._ctx.record(conn, "packet_stored", row.case_code, detail)
                return row, True

        written = self._ctx.run(write)
        if written is None:  # never store a packet of answers that have changed since: build it again
            return self._store(screening_id, reason)
        row, new = written
        log.info("packet stored: packet=%d version=%d new=%s", row.id, row.version, new)
        return PacketStored(row, new, self._seal_and_check(row.id))

    def _requester(self, conn: Connection, screener: str) -> Requester:
        names = read_settings(conn)
        account = accounts_repo.get(conn, screener)
        shown = account.display_name if account is not None and account.display_name else screener
        return Requester(names.agency, names.office, shown, names.contact)

    def _seal_and_check(self, packet_id: int) -> bool:
        self.seal_waiting()
        return self._ctx.run(packets_repo.is_queued, packet_id)

    def seal_waiting(self) -> int:
        """Seal every stored packet not queued yet for the office and queue it; return how many were queued.

        Does nothing (returns 0) without an office key: the packets keep waiting, unsealed, in the database.
        Sealing runs on the caller's thread; each packet is queued in its own transaction. A packet that cannot be
        sealed (a defect) does not hold back the others: they are queued, then the first such error is raised.

        Raises:
            BugError: A packet's PDF or manifest is malformed (the others were queued).
        """
        key = self._ctx.run(read_public_key)
        if key is None:
            return 0
        queued, failed = 0, None
        for packet_id in self._ctx.run(packets_repo.to_seal):
            pdf, packet_manifest = self._ctx.run(_sealing_input, packet_id)
            try:
                item = seal_item(pdf, packet_manifest, key)
            except BugError as exc:
                log.error("packet %d not sealed: %s", packet_id, exc)
                failed = failed or exc
                continue
            queued += self._ctx.run(self._enqueue, packet_id, item)
        if queued:
            log.info("packets sealed and queued: %d", queued)
        if failed is not None:
            raise failed
        return queued

    def _enqueue(self, conn: Connection, packet_id: int, item: SealedItem) -> int:
        with transaction(conn):
            if packets_repo.is_queued(conn, packet_id):  # a concurrent call queued it first
                return 0
            item_id = Outbox(conn).enqueue(
                content_hash=item.content_hash,
                packet_hash=item.packet_hash,
                name=item.name,
                sealed=item.data,
                now=self._ctx.clock(),
            )
            packets_repo.set_outbox_item(conn, packet_id, item_id)
            self._ctx.record(conn, "packet_queued", detail={"packet_id": packet_id, "outbox_item_id": item_id})
            return 1

    def reseal_for(self, key: OfficePublicKey, resealed: dict[int, tuple[str, SealedItem]]) -> None:
        """Seal every queued, undelivered packet again for ``key``, on the caller's thread (never the DB thread).

        Args:
            key: The new office key.
            resealed: Outbox item id -> (the content hash it held, its new sealing); items already there for the
                bytes they still hold are skipped, so a retry only seals what changed meanwhile.
        """
        for packet_id, item_id, content_hash in self._ctx.run(packets_repo.queued_waiting):
            if resealed.get(item_id, ("", None))[0] != content_hash:
                pdf, packet_manifest = self._ctx.run(_sealing_input, packet_id)
                resealed[item_id] = (content_hash, seal_item(pdf, packet_manifest, key))

    def apply_reseal(self, conn: Connection, resealed: dict[int, tuple[str, SealedItem]]) -> int | None:
        """Replace every undelivered item's bytes with its new sealing, inside the caller's transaction (DB thread).

        Returns:
            How many items were sealed again, or None (nothing changed) when an item was queued or changed since
            :meth:`reseal_for` ran: call it again, then retry. Items delivered meanwhile are left as they are.
        """
        waiting = packets_repo.queued_waiting(conn)
        if any(resealed.get(item_id, ("", None))[0] != content_hash for _, item_id, content_hash in waiting):
            return None
        outbox, now = Outbox(conn), self._ctx.clock()
        for _, item_id, content_hash in waiting:
            _put_sealing(outbox, item_id, content_hash, resealed[item_id][1], now)
        return len(waiting)

    def send_again(self, item_id: int) -> None:
        """Seal a delivered packet again, for the office key imported now, and queue it to be sent once more.

        For a packet the receiving office could not open: sealed for a key it does not hold (a wrong key imported
        then), or damaged on the way. The office imports a packet once, so one it did read is not doubled. Sealing
        runs on the caller's thread; the item's new bytes, its return to waiting and the audit entry are one
        transaction. Any role may do it (the outbox list is everyone's).

        Raises:
            NoOfficeKey: No office key is imported.
            UsageError: The item is not delivered (it is sent anyway) or holds no packet.
        """
        while not self._ctx.run(self._send_again_with, item_id, *self._sealing_again(item_id)):
            log.info("office key imported while sealing: sealed again for it")
        log.info("packet queued to be sent again")

    def _sealing_again(self, item_id: int) -> tuple[OfficePublicKey, SealedItem]:
        """The delivered item's packet sealed for the office key imported now (raises as :meth:`send_again`)."""
        key = self._ctx.run(read_public_key)
        if key is None:
            raise NoOfficeKey()
        found = self._ctx.run(packets_repo.delivered_packet, item_id)
        if found is None:
            raise UsageError(
                translate("Outbox", "Only a delivered packet can be sent again: this one is still waiting to be sent.")
            )
        pdf, packet_manifest = self._ctx.run(_sealing_input, found[0])
        return key, seal_item(pdf, packet_manifest, key)

    def _send_again_with(self, conn: Connection, item_id: int, key: OfficePublicKey, item: SealedItem) -> bool:
        """Put the new sealing in the item and audit it; False when the office key or the item changed meanwhile."""
        with transaction(conn):
            found = packets_repo.delivered_packet(conn, item_id)
            if read_public_key(conn) != key or found is None:
                return False
            packet_id, content_hash = found
            _put_sealing(Outbox(conn), item_id, content_hash, item, self._ctx.clock(), delivered=True)
            detail = {"packet_id": packet_id, "outbox_item_id": item_id, "replaced_item": content_hash}
            self._ctx.record(conn, "packet_sent_again", detail=detail)
        return True

    def items(self, limit: int = 500) -> list[OutboxListRow]:
        """The outbox list (case codes, times, attempts), waiting items first (any role)."""
        return self._ctx.run(packets_repo.outbox_list, limit)

    def waiting_to_seal(self) -> int:
        """How many packets wait for an office key (practice packets excepted)."""
        return len(self._ctx.run(packets_repo.to_seal))

    def versions(self, screening_id: int) -> list[PacketRow]:
        """Every packet version of a screening, oldest first.

        Raises:
            PermissionDenied: A screener asked about someone else's screening.
        """

        def work(conn: Connection) -> list[PacketRow]:
            if self._ctx.account.role not in ALL_SCREENINGS:
                owner = screenings_repo.get_screening(conn, screening_id).screener
                if owner != self._ctx.account.username:
                    self._ctx.require(ALL_SCREENINGS, translate("Permissions", "see another screener's packets"))
            return packets_repo.versions(conn, screening_id)

        return self._ctx.run(work)
