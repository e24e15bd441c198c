r"""Sealing a referral packet for the receiving office, and opening and verifying it there.

The plaintext container (format 1), sealed as one age file for the office recipient::

    b"FSITEM\x00\x01"          magic and format version (8 bytes)
    header length               4 bytes, unsigned big-endian
    header                      canonical JSON: {"manifest": {...}, "manifest_sha256": "<hex>"}
    PDF                         exactly manifest["pdf_size"] bytes

Canonical JSON is UTF-8 with sorted keys and no spaces. The manifest's fields are listed in ``sync.manifest`` (one
sealed before packet versions were added lacks ``version`` and ``replaces``, and still opens). Sealing adds
``pdf_sha256`` and ``pdf_size`` to the manifest; ``manifest_sha256`` (the *packet hash*) covers the manifest and so,
through ``pdf_sha256``, the PDF too: it identifies the packet however often it is sealed. The item is named
``<sha256 of the sealed bytes>.fsitem`` (the *content hash*). age authenticates every 64 KiB chunk, so a changed bit
fails decryption; the hashes add an end-to-end check that the structure was built and read back as intended.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyrage

from fieldscreen.core.errors import BugError
from fieldscreen.core.i18n import fill, translate

from .errors import ItemUnreadable, NoOfficeIdentity, NoOfficeKey
from .manifest import MAX_PDF_BYTES, SEALABLE_FIELDS, has_sealed_fields, manifest_problem
from .office_keys import OfficePublicKey, fingerprint, load_recipient
from .targets.base import MAX_ITEM_BYTES, item_name

MAGIC = b"FSITEM\x00\x01"
MAX_HEADER_BYTES = 256 * 1024


@dataclass(frozen=True)
class SealedItem:
    """A packet sealed for the office, ready for the outbox.

    Attributes:
        name: ``<content_hash>.fsitem``, the file name on every target.
        content_hash: SHA-256 (hex) of ``data``.
        packet_hash: SHA-256 (hex) of the canonical manifest; equal for every sealing of the same packet.
        data: The age-encrypted bytes.
    """

    name: str
    content_hash: str
    packet_hash: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class OpenedItem:
    """A sealed item opened and verified at the office."""

    manifest: dict[str, Any]
    content_hash: str
    packet_hash: str
    pdf: bytes = field(repr=False)


def canonical_json(value: Any) -> bytes:
    """Encode ``value`` as canonical JSON: UTF-8, sorted keys, no whitespace, no NaN."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def seal_item(pdf: bytes, manifest: Mapping[str, Any], office_key: OfficePublicKey | None) -> SealedItem:
    """Seal ``pdf`` and ``manifest`` as one age file for the office.

    Raises:
        NoOfficeKey: No office key has been imported (fail closed: nothing is sealed).
        BugError: The manifest or PDF is malformed (a defect in the caller).
    """
    if office_key is None:
        raise NoOfficeKey()
    if not pdf.startswith(b"%PDF-") or len(pdf) > MAX_PDF_BYTES:
        raise BugError("sealing: not a PDF, or too large")
    full = dict(manifest)
    if set(full) not in SEALABLE_FIELDS:
        raise BugError("sealing: manifest fields are not one of SEALABLE_FIELDS")
    full["pdf_sha256"] = hashlib.sha256(pdf).hexdigest()
    full["pdf_size"] = len(pdf)
    problem = manifest_problem(full)
    if problem:
        raise BugError(f"sealing: {problem}")
    manifest_bytes = canonical_json(full)
    packet_hash = hashlib.sha256(manifest_bytes).hexdigest()
    header = canonical_json({"manifest": full, "manifest_sha256": packet_hash})
    if len(header) > MAX_HEADER_BYTES:
        raise BugError("sealing: manifest too large")
    plain = MAGIC + struct.pack(">I", len(header)) + header + pdf
    data = pyrage.encrypt(plain, [load_recipient(office_key)])
    content_hash = hashlib.sha256(data).hexdigest()
    return SealedItem(name=item_name(content_hash), content_hash=content_hash, packet_hash=packet_hash, data=data)


def open_item(data: bytes, identity: pyrage.x25519.Identity | None, *, expected_hash: str | None = None) -> OpenedItem:
    """Decrypt a sealed item with the office identity and verify it completely.

    Args:
        data: The sealed bytes as read from a target.
        identity: The office's private identity; None on a field laptop, which cannot open items.
        expected_hash: The content hash promised by the item's file name, if known.

    Raises:
        NoOfficeIdentity: ``identity`` is None.
        ItemUnreadable: Wrong office, truncated, changed, malformed, or a hash that does not match.
    """
    if identity is None:
        raise NoOfficeIdentity()
    if len(data) > MAX_ITEM_BYTES:
        raise ItemUnreadable(translate("Sync", "This packet file is too large to be a fieldscreen packet."))
    content_hash = hashlib.sha256(data).hexdigest()
    if expected_hash is not None and content_hash != expected_hash:
        raise ItemUnreadable(
            translate(
                "Sync", "This packet file is damaged or incompletely copied (its content does not match its name)."
            )
        )
    try:
        plain = pyrage.decrypt(data, [identity])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            ours = fingerprint(str(identity.to_public()))
            advice = translate(
                "Sync",
                "This packet was not imported. The laptop that sent it probably holds another office's key: its "
                "administrator compares the office key's fingerprint (Administration, Office key and sync) with "
                "this office's, %1, imports this office's key file if they differ, then selects the packet with "
                "this file name in the Outbox and chooses Send again.",
            )
            raise ItemUnreadable(
                translate("Sync", "This packet was sealed for another office, or its file is damaged."),
                fill(advice, ours),
            ) from None
        raise ItemUnreadable(translate("Sync", "This packet file is damaged or was changed after sealing.")) from None
    manifest, packet_hash, pdf = _unpack(plain)
    return OpenedItem(manifest=manifest, content_hash=content_hash, packet_hash=packet_hash, pdf=pdf)


def _unpack(plain: bytes) -> tuple[dict[str, Any], str, bytes]:
    prefix = len(MAGIC) + 4
    if len(plain) < prefix or not plain.startswith(MAGIC):
        raise _not_a_packet()
    (header_len,) = struct.unpack(">I", plain[len(MAGIC) : prefix])
    if header_len > MAX_HEADER_BYTES or prefix + header_len > len(plain):
        raise _not_a_packet()
    header = _strict_json(plain[prefix : prefix + header_len])
    if not isinstance(header, dict) or set(header) != {"manifest", "manifest_sha256"}:
        raise _not_a_packet()
    manifest = header["manifest"]
    if not isinstance(manifest, dict) or not has_sealed_fields(manifest):
        raise _bad_manifest()
    if manifest_problem(manifest):
        raise _bad_manifest()
    pdf = plain[prefix + header_len :]
    packet_hash = hashlib.sha256(canonical_json(manifest)).hexdigest()
    if (
        header["manifest_sha256"] != packet_hash
        or len(pdf) != manifest["pdf_size"]
        or hashlib.sha256(pdf).hexdigest() != manifest["pdf_sha256"]
    ):
        raise ItemUnreadable(
            translate("Sync", "This packet failed its integrity check (a content hash does not match).")
        )
    if not pdf.startswith(b"%PDF-"):
        raise _not_a_packet()
    return manifest, packet_hash, pdf


def _strict_json(raw: bytes) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("duplicate key")
        return result

    def no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _not_a_packet() from None


def _not_a_packet() -> ItemUnreadable:
    return ItemUnreadable(translate("Sync", "This packet file is damaged: its contents are not a fieldscreen packet."))


def _bad_manifest() -> ItemUnreadable:
    return ItemUnreadable(translate("Sync", "This packet's manifest is not valid."))
