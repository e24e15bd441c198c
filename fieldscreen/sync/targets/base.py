"""The Target protocol and the naming rule every target enforces.

An item's name is ``<sha256 of the sealed bytes>.fsitem``: 64 lowercase hex digits and a fixed suffix. Targets write
no other name, so no path separator, dot-dot or personal data can reach a file name or a URL. A copy made by hand may
have been renamed on the way ("... (1).fsitem"): targets list and read those too (:func:`is_listed_name`), and ingest
hashes what it reads instead of trusting the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from fieldscreen.core.errors import BugError

ITEM_SUFFIX = ".fsitem"
MAX_ITEM_BYTES = 80 * 1024 * 1024
"""The largest sealed item any target reads or writes (64 MiB of PDF plus the manifest and age overhead)."""
PROBE_NAME = "fieldscreen-connection-check.txt"
"""The file a check of the target writes and removes again (a folder's gets a random part before ``.txt``): never an
item name, so ingest never reads it."""
PROBE_BYTES = b"A fieldscreen connection check. No packet, no personal data: safe to delete.\n"

_NAME = re.compile(r"[0-9a-f]{64}\.fsitem")
_MAX_NAME = 255


class RemoteCopy(NamedTuple):
    """What a target holds under a name: its size in bytes and the SHA-256 (hex) of its bytes."""

    size: int
    sha256: str


class RemoteEntry(NamedTuple):
    """One item listed by a target, with the size the target reports."""

    name: str
    size: int


class Target(Protocol):
    """A place sealed items are delivered to (laptop side) or pulled from (office side)."""

    def exists(self, name: str) -> RemoteCopy | None:
        """Read ``name`` back in full: return the size and hash of its bytes, or None when there is none."""

    def stored_sizes(self, names: Sequence[str]) -> dict[str, int | None]:
        """Return the size the target reports for each of ``names`` (without reading them), None for a missing one."""

    def put(self, name: str, data: bytes) -> None:
        """Make ``name`` hold exactly ``data``; a copy already holding the same bytes is kept as it is."""

    def list(self) -> list[RemoteEntry]:
        """Return every complete item (``*.fsitem``) the target holds; temporary files are never listed."""

    def get(self, name: str) -> bytes:
        """Return the bytes stored under ``name``."""

    def check(self) -> None:
        """Prove that items can be delivered now: write the probe file (``PROBE_NAME``), then remove it."""


def item_name(content_hash: str) -> str:
    """Return the file name of the item whose sealed bytes hash to ``content_hash``."""
    name = content_hash + ITEM_SUFFIX
    check_item_name(name)
    return name


def is_item_name(name: str) -> bool:
    """Tell whether ``name`` is a well-formed item name."""
    return _NAME.fullmatch(name) is not None


def is_listed_name(name: str) -> bool:
    """Tell whether ``name`` is a file a target lists and reads: an item name, or a copy of one renamed by hand.

    It ends in ``.fsitem`` (any case), is not hidden (temporaries start with a dot) and holds no path separator or
    control character.
    """
    return (
        name.lower().endswith(ITEM_SUFFIX)
        and not name.startswith(".")
        and len(name) <= _MAX_NAME
        and not any(ch in "/\\" or ord(ch) < 32 or ord(ch) == 127 for ch in name)
    )


def check_listed_name(name: str) -> None:
    """Raise BugError unless ``name`` is one a target lists (callers only read names they were given by ``list``)."""
    if not is_listed_name(name):
        raise BugError("not a listed item name")


def check_item_name(name: str) -> None:
    """Raise BugError unless ``name`` is a well-formed item name (callers only pass names they made or listed)."""
    if not is_item_name(name):
        raise BugError("not an item name")


def hash_of_name(name: str) -> str:
    """Return the content hash an item name promises."""
    check_item_name(name)
    return name[: -len(ITEM_SUFFIX)]
