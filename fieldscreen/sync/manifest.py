"""The manifest sealed with each packet: its fields and their checks, and the version of a received packet.

A manifest holds ids, the result, the actions and the packet's version, never personal data::

    case_code, instrument_id, instrument_version, result_category, app_version, audit_chain_head: text
    created_at          when the packet was made (ISO 8601 with a UTC offset)
    version             the packet's own version: 1, then one more per amendment
    replaces            null for version 1; else {"version": n, "created_at": t}, the version it replaces
    actions             [{"kind", "due_at", "done"}]: done is null while open, else {"at", "by", "reference"}
    sender              {"agency", "office"}: who sends it, as the packet's requester names them (no person)
    pdf_sha256, pdf_size    added by sealing

Manifests sealed before senders were added (no ``sender``), and before versions were added (format 1 without
``version`` and ``replaces``, actions without ``done``) are still opened; such a received packet is numbered by its
place among the packets received for its case code and instrument, by when they were made, as the office did before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldscreen.store.outbox import IngestedPacket

MAX_ACTIONS = 100
MAX_PDF_BYTES = 64 * 1024 * 1024
MAX_VERSION = 100_000
_TEXT_FIELDS = {
    "case_code": 64,
    "instrument_id": 200,
    "instrument_version": 50,
    "result_category": 100,
    "app_version": 50,
    "audit_chain_head": 200,
    "created_at": 64,
}
VERSION_FIELDS = frozenset({"version", "replaces"})
"""The fields that manifests sealed before versions were added lack."""
SENDER_FIELDS = frozenset({"sender"})
"""The field that manifests sealed (or stored on a laptop) before senders were added lack."""
MANIFEST_FIELDS = frozenset({*_TEXT_FIELDS, "actions", *VERSION_FIELDS, *SENDER_FIELDS})
"""The fields the caller supplies; sealing adds ``pdf_sha256`` and ``pdf_size``."""
SEALABLE_FIELDS = (MANIFEST_FIELDS, MANIFEST_FIELDS - SENDER_FIELDS)
"""The field sets a laptop seals: a packet stored before senders were added is sealed without one."""
SEALED_FIELDS = frozenset({"pdf_sha256", "pdf_size"})
MAX_SENDER_NAME = 200
"""The longest agency or office name a sender may state."""
_ACTION_FIELDS = (frozenset({"kind", "due_at", "done"}), frozenset({"kind", "due_at"}))
_DONE_FIELDS = {"at": 64, "by": 200, "reference": 200}


def has_sealed_fields(manifest: Mapping[str, Any]) -> bool:
    """Whether an opened manifest has exactly the fields of a sealed one.

    Older ones are accepted too: without the sender, or without both the sender and the version fields.
    """
    fields = set(manifest) - SEALED_FIELDS
    return set(manifest) >= SEALED_FIELDS and fields in (*SEALABLE_FIELDS, SEALABLE_FIELDS[1] - VERSION_FIELDS)


def manifest_problem(manifest: Mapping[str, Any]) -> str:
    """Return what is wrong with a complete manifest (with ``pdf_sha256`` and ``pdf_size``), or ""."""
    for name, limit in _TEXT_FIELDS.items():
        if not _is_text(manifest.get(name), limit):
            return f"{name} must be text of 1 to {limit} characters"
    if not _is_aware_time(manifest["created_at"]):
        return "created_at must be an ISO 8601 time with a UTC offset"
    problem = _version_problem(manifest) if "version" in manifest or "replaces" in manifest else ""
    if problem:
        return problem
    if "sender" in manifest and not _is_sender(manifest["sender"]):
        return f"sender must have exactly 'agency' and 'office', text of at most {MAX_SENDER_NAME} characters"
    actions = manifest.get("actions")
    if not isinstance(actions, list) or len(actions) > MAX_ACTIONS:
        return f"actions must be a list of at most {MAX_ACTIONS}"
    for action in actions:
        problem = _action_problem(action)
        if problem:
            return problem
    digest, size = manifest.get("pdf_sha256"), manifest.get("pdf_size")
    if not isinstance(digest, str) or len(digest) != 64 or digest.strip("0123456789abcdef"):
        return "pdf_sha256 must be 64 lowercase hex digits"
    if not _is_count(size, 1, MAX_PDF_BYTES):
        return "pdf_size must be a positive whole number within the limit"
    return ""


def _version_problem(manifest: Mapping[str, Any]) -> str:
    version, replaces = manifest.get("version"), manifest.get("replaces")
    if not _is_count(version, 1, MAX_VERSION):
        return f"version must be a whole number from 1 to {MAX_VERSION}"
    if version == 1:
        return "" if replaces is None else "version 1 replaces nothing"
    if not isinstance(replaces, dict) or set(replaces) != {"version", "created_at"}:
        return "replaces must have exactly 'version' and 'created_at' from version 2 on"
    if not _is_count(replaces["version"], 1, version - 1):
        return "replaces must name an earlier version"
    if not _is_aware_time(replaces["created_at"]):
        return "replaces created_at must be an ISO 8601 time with a UTC offset"
    return ""


def _action_problem(action: object) -> str:
    if not isinstance(action, dict) or set(action) not in _ACTION_FIELDS:
        return "each action must have exactly 'kind', 'due_at' and 'done' (or 'kind' and 'due_at')"
    if not _is_text(action["kind"], 200):
        return "action kind must be text of 1 to 200 characters"
    due, done = action["due_at"], action.get("done")
    if due is not None and not _is_aware_time(due):
        return "action due_at must be null or an ISO 8601 time with a UTC offset"
    if done is None:
        return ""
    if not isinstance(done, dict) or set(done) != set(_DONE_FIELDS):
        return "action done must be null or have exactly 'at', 'by' and 'reference'"
    if not _is_aware_time(done["at"]):
        return "action done at must be an ISO 8601 time with a UTC offset"
    for name in ("by", "reference"):
        if not isinstance(done[name], str) or len(done[name]) > _DONE_FIELDS[name]:
            return f"action done {name} must be text of at most {_DONE_FIELDS[name]} characters"
    return ""


def _is_sender(sender: object) -> bool:
    return (
        isinstance(sender, dict)
        and set(sender) == {"agency", "office"}
        and all(isinstance(name, str) and len(name) <= MAX_SENDER_NAME for name in sender.values())
    )


def sender_words(manifest: Mapping[str, Any]) -> str:
    """Who sent a received packet ("agency, office"), or "" when its manifest does not say."""
    sender = manifest.get("sender")
    if not _is_sender(sender):
        return ""
    return ", ".join(name.strip() for name in (sender["agency"], sender["office"]) if name.strip())


def _is_text(value: object, limit: int) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= limit


def _is_count(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _is_aware_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).utcoffset() is not None
    except ValueError:
        return False


@dataclass(frozen=True)
class ReceivedVersion:
    """A received packet's version and whether it is the newest received for its case code and instrument.

    Attributes:
        version: The version its manifest states; for a manifest without one, its place among the packets
            received for its case code and instrument, by when they were made.
        latest: Whether no packet received for the same case code and instrument has a higher version (or the same
            version, made later).
    """

    version: int
    latest: bool


def received_versions(packets: Sequence[IngestedPacket]) -> dict[int, ReceivedVersion]:
    """Ingested packet id -> its version, whatever order the packets arrived in."""
    groups: dict[tuple[str, str], list[IngestedPacket]] = {}
    for packet in sorted(packets, key=lambda p: (made_at(p), p.id)):
        groups.setdefault((packet.manifest["case_code"], packet.manifest["instrument_id"]), []).append(packet)
    found: dict[int, ReceivedVersion] = {}
    for group in groups.values():
        numbers = {p.id: _stated(p) or place for place, p in enumerate(group, start=1)}
        newest = max(group, key=lambda p: (numbers[p.id], made_at(p), p.id))
        for packet in group:
            found[packet.id] = ReceivedVersion(numbers[packet.id], packet is newest)
    return found


def made_at(packet: IngestedPacket) -> datetime:
    """When a received packet was made on the field laptop."""
    return datetime.fromisoformat(packet.manifest["created_at"])


def _stated(packet: IngestedPacket) -> int | None:
    version = packet.manifest.get("version")
    return version if _is_count(version, 1, MAX_VERSION) else None
