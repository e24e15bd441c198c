"""Helpers of the tamper test: random damage, reading an installation back completely, explaining vault changes."""

from __future__ import annotations

import base64
import binascii
import json
import random
from dataclasses import dataclass
from typing import Any

from fieldscreen.services.session import Session

FLIP_SHARE = 0.8
"""Of the cases of each kind, this share changes one byte; the rest cut the file short."""
UNAUTHENTICATED = ("throttle", "events", "kdf")
"""Top-level vault fields nothing authenticates, by design: they must be readable before any key is known."""
VAULT_FIELDS = ("format", "kdf", "users", "recovery", "data_key", "recipients_mac", "next", "throttle", "events")
"""The top-level fields the vault reads (store/vault.py); it ignores any other."""
BASE64_FIELDS = ("salt", "nonce", "sealed", "data_key", "recipients_mac", "key", "mac")


@dataclass(frozen=True)
class Damage:
    """One random change to a file: a byte XORed with a non-zero mask, or the file cut to ``length`` bytes."""

    kind: str
    offset: int
    mask: int = 0

    def apply(self, data: bytes) -> bytes:
        """``data`` with this damage."""
        if self.kind == "truncate":
            return data[: self.offset]
        changed = bytearray(data)
        changed[self.offset] ^= self.mask
        return bytes(changed)

    def __str__(self) -> str:
        if self.kind == "truncate":
            return f"cut to {self.offset} bytes"
        return f"byte {self.offset} ^ 0x{self.mask:02x}"


def random_damages(rng: random.Random, size: int, count: int) -> list[Damage]:
    """``count`` damages for a file of ``size`` bytes: one-byte changes anywhere, and cuts to any shorter length."""
    flips = round(count * FLIP_SHARE)
    damages = [Damage("flip", rng.randrange(size), rng.randrange(1, 256)) for _ in range(flips)]
    damages += [Damage("truncate", rng.randrange(size)) for _ in range(count - flips)]
    return damages


def read_everything(session: Session, ids: list[int]) -> dict[str, Any]:
    """Every answer and detail the session gives back for the screenings ``ids``, plus settings, accounts, actions
    and packet versions: two equal results mean the same data was read."""
    found: dict[str, Any] = {
        "settings": session.settings.get(),
        "accounts": session.accounts.list(),
        "actions": session.screenings.deadlines(include_done=True),
    }
    for screening_id in ids:
        view = session.screenings.open(screening_id)
        found[f"screening {screening_id}"] = (
            view.case_code,
            view.status,
            view.person,
            view.context,
            view.instrument.key,
            {name: answer.to_json() for name, answer in view.state.answers().items()},
            view.amendments,
            view.review_comment,
            view.finalized_at,
            view.current_question,
        )
        found[f"packets {screening_id}"] = session.outbox.versions(screening_id)
    return found


def _leaf_changes(before: Any, after: Any, path: str) -> list[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        changes = []
        for key in sorted(before.keys() | after.keys()):
            changes += _leaf_changes(before.get(key), after.get(key), f"{path}.{key}" if path else key)
        return changes
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [
            c for i, (b, a) in enumerate(zip(before, after, strict=True)) for c in _leaf_changes(b, a, f"{path}[{i}]")
        ]
    return [] if before == after else [path]


def changed_paths(original: dict[str, Any], changed: bytes) -> list[str]:
    """The places (``users.sam.salt``, ``events[0].at``) where the JSON of ``changed`` differs from ``original``."""
    return _leaf_changes(original, json.loads(changed), "")


def _decoded(value: Any) -> bytes | None:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None


def vault_change(original: dict[str, Any], changed: bytes) -> tuple[str, ...] | None:
    """How a damaged vault that still opened differs from ``original``, as explanations, or ``None`` if unexplained.

    Explanations: "formatting" (same JSON), "unauthenticated: FIELD" (:data:`UNAUTHENTICATED`), "unknown field"
    (a field name changed into one the vault does not read), "base64 spare bits: PATH" (the same bytes decode),
    "other wrap: PATH" (a wrap the sign-in did not use; the caller proves that wrap refuses or still gives the right
    key).
    """
    doc = json.loads(changed)
    paths = changed_paths(original, changed)
    if not paths:
        return ("formatting",)
    explained = []
    for path in paths:
        top, *rest = path.split(".")
        leaf = path.rsplit(".", 1)[-1]
        value = _value_at(original, path)
        if top.split("[")[0] in UNAUTHENTICATED:
            explained.append(f"unauthenticated: {top.split('[')[0]}")
        elif top not in VAULT_FIELDS:
            explained.append("unknown field: ignored")
        elif (
            leaf in BASE64_FIELDS and _decoded(value) is not None and _decoded(value) == _decoded(_value_at(doc, path))
        ):
            explained.append(f"base64 spare bits: {path}")
        elif top == "recovery":
            explained.append("other wrap: recovery")
        elif top == "users" and rest and rest[0] != OPENED_WITH:
            explained.append(f"other wrap: users.{rest[0]}")
        else:
            return None
    return tuple(sorted(set(explained)))


OPENED_WITH = "admin"
"""The account whose password the vault tamper cases sign in with."""


def _value_at(doc: Any, path: str) -> Any:
    node = doc
    for part in path.split("."):
        name, *index = part.replace("]", "").split("[")
        node = node.get(name) if isinstance(node, dict) else None
        for i in index:
            node = node[int(i)] if isinstance(node, list) and int(i) < len(node) else None
    return node
