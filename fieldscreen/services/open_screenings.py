"""The screenings a session works on, kept in memory between answers so an answer never re-reads or re-parses anything.

The cache only ever mirrors the database: an entry is changed after its change is committed, and dropped when a
write fails, so the next use rebuilds it from the database exactly as a restart would.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from fieldscreen.core.screening import Screening

from .screening_models import PersonInput
from .screening_results import DraftSignature

DEFAULT_SIZE = 16


@dataclass(eq=False)
class OpenScreening:
    """One screening in memory.

    Attributes:
        id: The screening's id.
        screener: Who it belongs to.
        status: Its status as committed.
        screener_language: The screener's language (for messages that list questions).
        state: The live answers; changed only while ``lock`` is held.
        person_id: The person screened.
        person: The person's details as stored.
        draft_actions: The signature of the open draft actions stored now (``screening_results.draft_signature``).
        lock: Serializes changes to this screening, so memory and database change in the same order.
    """

    id: int
    screener: str
    status: str
    screener_language: str
    state: Screening
    person_id: int
    person: PersonInput
    draft_actions: DraftSignature
    lock: threading.Lock = field(default_factory=threading.Lock)


class OpenScreenings:
    """At most ``size`` open screenings by id; the least recently used one is dropped first. Thread-safe.

    Args:
        size: How many screenings to keep.
    """

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[int, OpenScreening] = OrderedDict()

    def get(self, screening_id: int) -> OpenScreening | None:
        """The entry of a screening, if it is kept."""
        with self._lock:
            entry = self._entries.get(screening_id)
            if entry is not None:
                self._entries.move_to_end(screening_id)
            return entry

    def put(self, entry: OpenScreening) -> OpenScreening:
        """Keep ``entry`` unless another thread kept one for the same screening first; return the one kept."""
        with self._lock:
            kept = self._entries.setdefault(entry.id, entry)
            self._entries.move_to_end(entry.id)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
            return kept

    def drop(self, screening_id: int) -> None:
        """Forget a screening (its next use reads it from the database)."""
        with self._lock:
            self._entries.pop(screening_id, None)
