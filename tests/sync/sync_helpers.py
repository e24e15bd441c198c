"""Helpers for the sync tests: a hand-moved clock, real SQLCipher databases, real PDFs, manifests, a filled outbox."""

from __future__ import annotations

import hashlib
import io
import random
import secrets
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
import sqlcipher3
from reportlab.pdfgen import canvas

from fieldscreen.store.outbox import OUTBOX_DDL, OUTBOX_SPLIT_DDL, Outbox
from fieldscreen.sync.office_keys import load_recipient
from fieldscreen.sync.sealed_item import MAGIC, SealedItem, canonical_json, seal_item
from fieldscreen.sync.targets import item_name

START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
OUTBOX_ROWS = "SELECT name, sealed, delivered_at FROM outbox_items JOIN outbox_sealed ON item_id = id"
"""Every outbox item's name, sealed bytes and delivery time (or None)."""


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def open_db(path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open a SQLCipher file the way the app does (raw hex key, read at once, autocommit mode)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def create_db(path: Path) -> tuple[sqlcipher3.Connection, bytes]:
    """Create an encrypted database holding the outbox schema with its list indexes; return the connection and key."""
    key = secrets.token_bytes(32)
    conn = open_db(path, key)
    conn.executescript(OUTBOX_DDL)
    conn.executescript(OUTBOX_SPLIT_DDL)
    return conn, key


def make_pdf(case_code: str, pages: int = 1, seed: int = 0) -> bytes:
    """A real PDF made with reportlab, distinct per case code and seed (multi-page ones hold random text)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pageCompression=0, invariant=1)
    noise = random.Random(f"{case_code}-{seed}")
    for page in range(pages):
        text = pdf.beginText(72, 760)
        text.textLine(f"Referral packet {case_code} page {page + 1} of {pages}")
        text.textLines([noise.randbytes(36).hex() for _ in range(40 if pages > 1 else 3)])
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_manifest(
    case_code: str, created: datetime = START, *, version: int = 1, replaces: datetime | None = None
) -> dict:
    """A complete manifest as the service layer will build it (``replaces``: when version ``version - 1`` was made)."""
    return {
        "case_code": case_code,
        "instrument_id": "fieldscreen-adult",
        "instrument_version": "1.0.0",
        "result_category": "possible labor trafficking",
        "actions": [
            {"kind": "notify-hhs-otip", "due_at": (created + timedelta(hours=24)).isoformat(), "done": None},
            {"kind": "hotline-referral", "due_at": None, "done": None},
        ],
        "app_version": "0.1.0",
        "audit_chain_head": "ab" * 32,
        "created_at": created.isoformat(),
        "version": version,
        "replaces": None if replaces is None else {"version": version - 1, "created_at": replaces.isoformat()},
        "sender": {"agency": "Field agency", "office": "North office"},
    }


def seal_before_versions(pdf: bytes, manifest: dict, office) -> tuple[str, bytes]:
    """Seal as laptops did before packet versions were added: no version, replaces or sender, actions without done.

    Returns the item's name and sealed bytes.
    """
    old = {k: v for k, v in manifest.items() if k not in ("version", "replaces", "sender")}
    old["actions"] = [{k: v for k, v in action.items() if k != "done"} for action in old["actions"]]
    old |= {"pdf_sha256": hashlib.sha256(pdf).hexdigest(), "pdf_size": len(pdf)}
    header = canonical_json({"manifest": old, "manifest_sha256": hashlib.sha256(canonical_json(old)).hexdigest()})
    data = pyrage.encrypt(MAGIC + struct.pack(">I", len(header)) + header + pdf, [load_recipient(office.public)])
    return item_name(hashlib.sha256(data).hexdigest()), data


def queue_packets(outbox: Outbox, office, count: int, *, big_every: int = 0, prefix: str = "FS") -> list[SealedItem]:
    """Seal ``count`` packets for the office and queue them; every ``big_every``-th has 24 pages (about 90 kB)."""
    items = []
    for number in range(count):
        code = f"{prefix}-{number:04d}"
        pages = 24 if big_every and number % big_every == 0 else 1
        item = seal_item(make_pdf(code, pages), make_manifest(code), office.public)
        outbox.enqueue(
            content_hash=item.content_hash, packet_hash=item.packet_hash, name=item.name, sealed=item.data, now=START
        )
        items.append(item)
    return items
