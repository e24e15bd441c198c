"""Unlock time: sign in (Argon2id + key unwrap + SQLCipher open + page check) against a raw sqlcipher3 open and read.

Target: one unlock takes 0.2 to 1.0 s on the development machine (2 cores). The Argon2id costs are
``fieldscreen.store.kdf.DEFAULT_KDF`` (128 MiB, 3 passes, 2 lanes); the figure printed here is what they cost.

Run: ``.venv/bin/python bench/unlock.py``
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fieldscreen.services.installation import Installation
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.kdf import DEFAULT_KDF, SALT_BYTES
from fieldscreen.store.vault import Vault

RUNS = 5
USER = "bench"
PASSWORD = "benchmark passphrase of decent length"
TARGET = (0.2, 1.0)


def median_seconds(fn: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_open_and_read(database: Path, key: bytes) -> None:
    """The baseline: open with the raw key, read one row, close."""
    conn = open_encrypted(database, key)
    conn.execute("SELECT count(*) FROM accounts").fetchone()
    conn.close()


def main() -> None:
    """Print the unlock figures and their ratio against the raw open."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        installation = Installation(data_dir)
        installation.set_up(agency="Bench", office="", admin_username=USER, admin_password=PASSWORD)
        installation.sign_in(USER, PASSWORD).lock()
        key = Vault(data_dir / "vault.json").unlock_user(USER, PASSWORD).data_key

        unlock = median_seconds(lambda: installation.sign_in(USER, PASSWORD).lock())
        derive = median_seconds(lambda: DEFAULT_KDF.derive(PASSWORD.encode(), bytes(SALT_BYTES)))
        raw = median_seconds(lambda: raw_open_and_read(data_dir / "fieldscreen.db", key), runs=RUNS * 4)

    kdf = DEFAULT_KDF
    print(
        f"Argon2id: {kdf.memory_kib // 1024} MiB, {kdf.iterations} passes, {kdf.parallelism} lanes "
        f"(one derivation: {derive:.3f} s)"
    )
    print(f"unlock (sign in + lock), median of {RUNS}: {unlock:.3f} s   target {TARGET[0]}-{TARGET[1]} s")
    print(f"raw sqlcipher3 open + read, median of {RUNS * 4}: {raw * 1000:.2f} ms")
    print(f"ratio unlock / raw open: {unlock / raw:.0f}x (the deliberate cost of the password derivation)")
    verdict = "within" if TARGET[0] <= unlock <= TARGET[1] else "OUTSIDE"
    print(f"unlock time is {verdict} the target")


if __name__ == "__main__":
    main()
