"""Office ingest: pull sealed packets from the sync folder or server, open and verify them, store them once.

Only the receiving office holds the private key that opens packets (in its encrypted database); a field laptop is
refused. ``sync.ingest.ingest_once`` runs on the calling thread (a worker): downloads and decryption happen there,
and every read or write of the ingested packets goes through the session's DB thread by way of :class:`DbSink`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from urllib.parse import urlsplit

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Role
from fieldscreen.store.connection import Connection
from fieldscreen.store.outbox import IngestedPacket, IngestedStore
from fieldscreen.sync.ingest import IngestReport, ingest_once
from fieldscreen.sync.progress import Progress

from .context import SessionContext
from .office_key_state import read_identity
from .sync_targets_service import NoSyncTarget, SyncTargetsService, TargetKind, TargetSecret, TargetSettings, opened

log = logging.getLogger(__name__)

INGESTERS = (Role.SUPERVISOR, Role.ADMINISTRATOR)


class NoSourceToReceiveFrom(NoSyncTarget):
    """Ingest was asked for but no folder or server to receive from is set up (and none was named)."""

    def __init__(self) -> None:
        KnownError.__init__(
            self,
            translate("Sync", "No sync folder or office server is set up: packets cannot be received."),
            translate(
                "Sync",
                "Ask your administrator to set up the folder or server the field laptops send to (Administration, "
                "Office key and sync).",
            ),
        )


class DbSink:
    """The ingested packets as ``ingest_once`` needs them, each call run on the session's DB thread.

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def has_item(self, content_hash: str) -> bool:
        """Whether this sealed item was ingested before."""
        return self._ctx.run(lambda conn: IngestedStore(conn).has_item(content_hash))

    def add(
        self, *, content_hash: str, packet_hash: str, manifest_json: str, pdf: bytes, received_at: datetime, source: str
    ) -> bool:
        """Store a verified packet; False when the item or packet is already stored."""

        def work(conn: Connection) -> bool:
            return IngestedStore(conn).add(
                content_hash=content_hash,
                packet_hash=packet_hash,
                manifest_json=manifest_json,
                pdf=pdf,
                received_at=received_at,
                source=source,
            )

        return self._ctx.run(work)


def source_label(settings: TargetSettings) -> str:
    """How ingested packets record where they came from: "folder", or the server's host name (no path, no user)."""
    if settings.kind is TargetKind.FOLDER:
        return "folder"
    return urlsplit(settings.location).hostname or "server"


class IngestService:
    """Ingest on the receiving office (supervisors and administrators).

    Args:
        ctx: The session's shared state.
        targets: The configured target, used when no source is given.
    """

    def __init__(self, ctx: SessionContext, targets: SyncTargetsService) -> None:
        self._ctx = ctx
        self._targets = targets

    def ingest_from(
        self,
        source: tuple[TargetSettings, TargetSecret] | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest every new sealed packet from ``source`` (default: the configured target).

        Args:
            source: Settings and credentials of the folder or server to read (``sync_targets_service``'s
                ``folder_settings`` / ``webdav_settings``); the configured target when None.
            progress: Receives progress; may cancel between items.

        Raises:
            PermissionDenied: The account is a screener.
            NoOfficeIdentity: This installation is not the receiving office.
            NoSourceToReceiveFrom: No source was given and no target is set.
            SyncError: The source could not be listed at all (its advice worded for the receiving office).
        """
        self._ctx.require(INGESTERS, translate("Permissions", "ingest packets"))
        identity = self._ctx.run(read_identity)
        chosen = source or self._targets.stored()
        if chosen is None:
            raise NoSourceToReceiveFrom()
        settings, secret = chosen
        with opened(settings, secret) as target:
            report = ingest_once(
                target, identity, DbSink(self._ctx), self._ctx.clock, progress, source_label=source_label(settings)
            )
        detail = {
            "imported": report.imported,
            "known": report.known,
            "duplicates": report.duplicates,
            "problems": len(report.problems),
            "complete": report.complete,
            "source": settings.kind.value,
        }
        self._ctx.run(lambda conn: self._ctx.record(conn, "ingest", detail=detail))
        log.info("ingest: imported=%d problems=%d", report.imported, len(report.problems))
        return report

    def packets(self) -> list[IngestedPacket]:
        """Every ingested packet, oldest first, without the PDFs.

        Raises:
            PermissionDenied: The account is a screener.
        """
        self._ctx.require(INGESTERS, translate("Permissions", "see ingested packets"))
        return self._ctx.run(lambda conn: IngestedStore(conn).packets())

    def pdf(self, packet_id: int) -> bytes:
        """The PDF of one ingested packet; audited as a view.

        Raises:
            PermissionDenied: The account is a screener.
        """
        self._ctx.require(INGESTERS, translate("Permissions", "open ingested packets"))

        def work(conn: Connection) -> bytes:
            data = IngestedStore(conn).pdf(packet_id)
            self._ctx.record(conn, "ingested_packet_view", detail={"ingested_id": packet_id})
            return data

        return self._ctx.run(work)
