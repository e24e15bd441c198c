"""Turning a :class:`PacketSource` into the referral PDF, its sealing manifest, and a digest of what it was made from.

Pure functions (no database): the outbox service reads the inputs on the DB thread and renders here, on the caller's
thread. The digest covers everything the packet shows except the moment it was built and the moment the assessment
was computed, so asking twice for the packet of an unchanged screening finds the stored one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from fieldscreen import __version__
from fieldscreen.packets import PacketKind, Requester, build_packet
from fieldscreen.packets.from_screening import packet_content
from fieldscreen.sync.manifest import MAX_SENDER_NAME

from .packet_source import PacketSource

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data with a stable order (sets sorted, enums by value, times as ISO text)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def source_digest(source: PacketSource, requester: Requester) -> str:
    """SHA-256 (hex) of what a packet shows, without the build and assessment times."""
    steady = dataclasses.replace(source, assessment=dataclasses.replace(source.assessment, assessed_at=_EPOCH))
    text = json.dumps([_plain(steady), _plain(requester)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def manifest(
    source: PacketSource,
    requester: Requester,
    created_at: datetime,
    audit_head: str,
    *,
    version: int = 1,
    replaces_at: datetime | None = None,
) -> dict[str, Any]:
    """The sealing manifest (``sync.manifest``): ids, result, actions, versions and the sending agency and office.

    ``version`` is the packet's version and ``replaces_at`` when the version it replaces was made, as the PDF states
    them. The actions come as the PDF lists them: the open ones with their due times first, then the done ones with
    when, by whom and the reference number. The sender is the PDF's requester without the screener's name.
    """
    marks = list(source.action_done) or [None] * len(source.actions)
    actions = [
        {
            "kind": action.kind.value,
            "due_at": action.due_at.isoformat() if action.due_at else None,
            "done": None if done is None else {"at": done.at.isoformat(), "by": done.by, "reference": done.reference},
        }
        for action, done in zip(source.actions, marks, strict=True)
    ]
    fields = {
        "case_code": source.case_code,
        "instrument_id": source.instrument.id,
        "instrument_version": source.instrument.version,
        "result_category": source.assessment.category.value,
        "actions": sorted(actions, key=lambda action: action["done"] is not None),
        "app_version": __version__,
        "audit_chain_head": audit_head,
        "created_at": created_at.isoformat(),
        "sender": {"agency": requester.agency[:MAX_SENDER_NAME], "office": requester.office[:MAX_SENDER_NAME]},
    }
    return versioned(fields, version, replaces_at)


def versioned(stored: Mapping[str, Any], version: int, replaces_at: datetime | None) -> dict[str, Any]:
    """``stored`` with the packet's ``version`` and what it replaces (manifests stored before versions lack them)."""
    replaces = None if replaces_at is None else {"version": version - 1, "created_at": replaces_at.isoformat()}
    return {**stored, "version": version, "replaces": replaces}


def render_referral(
    source: PacketSource,
    requester: Requester,
    created_at: datetime,
    fonts_dir: Path,
    *,
    version: int = 1,
    replaces_at: datetime | None = None,
) -> bytes:
    """Lay out the referral packet in memory and return the PDF (times shown in this computer's time zone).

    ``version`` is the number the packet will be stored as, ``replaces_at`` when the version it replaces was made.

    Raises:
        FontsMissing: A bundled font is missing.
    """
    content = packet_content(
        PacketKind.REFERRAL,
        case_code=source.case_code,
        created_at=created_at,
        instrument=source.instrument,
        language=source.language,
        answers=source.answers,
        facts=source.facts,
        actions=source.actions,
        requester=requester,
        assessment=source.assessment,
        name=source.name,
        aliases=source.aliases,
        nationality=source.nationality,
        interpreter=source.interpreter,
        cautions=source.cautions,
        conditions=source.conditions,
        disclosure=source.disclosure,
        disclosure_given_at=source.disclosure_given_at,
        icd10=source.icd10,
        amendments=source.amendments,
        returned=source.returned,
        action_done=source.action_done,
        training=source.training,
        display_tz=created_at.astimezone().tzinfo or UTC,
        version=version,
        replaces_at=replaces_at,
    )
    return build_packet(content, fonts_dir)
