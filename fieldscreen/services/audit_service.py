"""The audit log as the session sees it: record events (any role), verify and read (supervisors, administrators)."""

from __future__ import annotations

from typing import Any

from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Role
from fieldscreen.store import audit
from fieldscreen.store.audit import AuditEntry, AuditReport
from fieldscreen.store.connection import Connection

from .context import SessionContext

READERS = (Role.SUPERVISOR, Role.ADMINISTRATOR)


class AuditService:
    """Audit operations of a signed-in session.

    Args:
        ctx: The session's shared state.
    """

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx

    def record(self, action: str, subject: str = "", detail: dict[str, Any] | None = None) -> None:
        """Append an event by the signed-in account; ``detail`` must hold no personal data."""
        self._ctx.run(lambda conn: self._ctx.record(conn, action, subject, detail))

    def verify(self) -> AuditReport:
        """Verify the whole chain.

        Raises:
            PermissionDenied: The account is a screener.
        """
        self._ctx.require(READERS, translate("Permissions", "read the audit log"))
        return self._ctx.run(lambda conn: audit.verify(conn, self._ctx.audit_key))

    def recent(self, limit: int = 200, action: str | None = None) -> list[AuditEntry]:
        """The newest entries, newest first, optionally of one ``action`` only.

        Raises:
            PermissionDenied: The account is a screener.
        """
        self._ctx.require(READERS, translate("Permissions", "read the audit log"))

        def work(conn: Connection) -> list[AuditEntry]:
            return audit.recent(conn, limit, action)

        return self._ctx.run(work)
