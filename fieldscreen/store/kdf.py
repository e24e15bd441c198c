"""Argon2id key derivation for the key wraps of the vault.

The default costs were tuned for the 0.2-1.0 s unlock target on the 2-core development machine: 128 MiB of memory,
3 passes, 2 lanes (Argon2 version 1.3) took 0.33 s idle and up to 0.9 s while other test runs loaded both cores
(``bench/unlock.py`` prints the figure). Each wrap records the parameters it was made with, so they can be raised
later without locking anyone out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.core.i18n import translate

SALT_BYTES = 16
KEY_BYTES = 32
MAX_MEMORY_KIB = 4 * 1024 * 1024  # a damaged or hostile vault must not make unlock allocate more than 4 GiB


@dataclass(frozen=True)
class KdfParams:
    """Argon2id costs.

    Attributes:
        memory_kib: Memory per derivation in KiB.
        iterations: Number of passes over the memory.
        parallelism: Number of lanes (threads).
    """

    memory_kib: int = 128 * 1024
    iterations: int = 3
    parallelism: int = 2

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """A 256-bit key from ``secret`` and ``salt``."""
        return hash_secret_raw(
            secret,
            salt,
            time_cost=self.iterations,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
            version=ARGON2_VERSION,
        )

    def to_json(self) -> dict[str, Any]:
        """The parameters as stored in the vault."""
        return {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        """Read parameters from the vault, refusing anything unknown or out of bounds.

        Raises:
            DatabaseDamaged: The parameters are not valid Argon2id parameters this version can use.
        """
        try:
            params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["parallelism"]))
            valid = data["algorithm"] == "argon2id" and data["version"] == ARGON2_VERSION
        except (KeyError, TypeError, ValueError):
            valid = False
        if not valid or not (
            1 <= params.parallelism <= 64
            and 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.iterations <= 100
        ):
            raise DatabaseDamaged(translate("Store", "the key file holds unusable key-derivation settings."))
        return params


DEFAULT_KDF = KdfParams()
