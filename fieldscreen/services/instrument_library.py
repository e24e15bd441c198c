"""The installed instruments, loaded once on first use, and the instrument texts screenings began with.

Loading every instrument file takes a noticeable fraction of a second, so nothing is loaded at start-up: the folder is
read the first time a screen asks for an instrument, once per folder per process. A screening stores the text of its
instrument when it starts and always reopens with it, never with today's file; texts are parsed once (those read from
the folder included) and shared by every screening that uses the same text.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from pathlib import Path

from fieldscreen import paths
from fieldscreen.core.catalog import Catalog, InstrumentNotFound
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.instrument_loader import InstrumentInvalid, LoadedInstrument, load_instrument_text

log = logging.getLogger(__name__)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class InstrumentLibrary:
    """The instruments under ``root`` (``<root>/<id>/<version>.yaml``; files with problems are left out and logged).

    Thread-safe.

    Args:
        root: The folder of installed instruments.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()
        self._catalog: Catalog | None = None
        self._by_text: dict[str, LoadedInstrument] = {}

    def catalog(self) -> Catalog:
        """Every installed instrument version (read from the folder on the first call)."""
        with self._lock:
            if self._catalog is None:
                self._catalog = self._load()
            return self._catalog

    def from_text(self, text: str, instrument_id: str, version: str) -> LoadedInstrument:
        """The instrument in ``text`` (parsed once per distinct text).

        Raises:
            InstrumentInvalid: The text has problems.
            InstrumentNotFound: The text holds another instrument id or version.
        """
        digest = _digest(text)
        with self._lock:
            found = self._by_text.get(digest)
        if found is None:
            found = load_instrument_text(text, f"{instrument_id}/{version}.yaml")
            with self._lock:
                found = self._by_text.setdefault(digest, found)
        if found.key != (instrument_id, version):
            raise InstrumentNotFound(instrument_id, version)
        return found

    def _load(self) -> Catalog:
        """Read and parse every file (lock held)."""
        catalog = Catalog()
        for path in sorted(self.root.glob("*/*.yaml")):
            name = f"{path.parent.name}/{path.name}"
            try:
                text = path.read_text(encoding="utf-8")
                loaded = load_instrument_text(text, name)
                if loaded.key != (path.parent.name, path.stem):
                    where = translate("Instruments", "the file must be stored as %1/%2.yaml")
                    raise InstrumentInvalid([f"{name}: id: {fill(where, *loaded.key)}"])
                catalog.add(loaded)
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("instrument left out: %s: %s", name, type(exc).__name__)
                continue
            except InstrumentInvalid as exc:
                for problem in exc.problems:
                    log.warning("instrument left out: %s", problem)
                continue
            self._by_text[_digest(text)] = loaded
        return catalog


@functools.cache
def library_for(root: Path) -> InstrumentLibrary:
    """The one library of a folder in this process."""
    return InstrumentLibrary(root)


def bundled_library() -> InstrumentLibrary:
    """The library of the bundled ``resources/instruments`` folder."""
    return library_for(paths.resources() / "instruments")
