"""Constants and helpers shared by the service tests (imported by name; conftest only holds fixtures)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fieldscreen.store.kdf import KdfParams

FAST_KDF = KdfParams(memory_kib=64, iterations=1, parallelism=1)
ADMIN = "admin"
ADMIN_PASSWORD = "correct staple of horse batteries"
CANARY = "CANARY-7f3a9e"


class FakeClock:
    """A UTC clock that moves only when told."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def flip_byte(path, offset: int) -> None:
    """Flip one bit of the byte at ``offset`` of the file at ``path``."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
