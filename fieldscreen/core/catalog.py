"""The installed instruments, every version kept, so a screening always reopens with the version it began with.

Files are stored as ``<root>/<id>/<version>.yaml``; the folder and file names must match the id and version inside.
Roots are passed in (the bundled ``resources/instruments`` among them); core does not know where they live.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import KnownError
from .i18n import fill, translate
from .instrument_loader import InstrumentInvalid, LoadedInstrument, load_instrument_file


class InstrumentNotFound(KnownError):
    """No installed instrument has the id (and version) asked for."""

    def __init__(self, instrument_id: str, version: str | None = None) -> None:
        wanted = f"{instrument_id} {version}" if version else instrument_id
        super().__init__(
            fill(translate("Instruments", "The instrument %1 is not installed."), wanted),
            translate("Instruments", "Install it (or the version this screening began with), then open it again."),
        )


def version_key(version: str) -> tuple[int, ...]:
    """A version as numbers for ordering: ``1.10.0`` after ``1.9.2``; ``1.0`` equals ``1.0.0``."""
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


class Catalog:
    """Instruments by id and version."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], LoadedInstrument] = {}

    def add(self, loaded: LoadedInstrument) -> None:
        """Add one instrument version.

        Raises:
            InstrumentInvalid: The same id and version is already in the catalog.
        """
        other = self._by_key.get(loaded.key)
        if other is not None:
            message = fill(
                translate("Instruments", "%1 version %2 is already installed from %3"),
                loaded.instrument.id,
                loaded.instrument.version,
                other.instrument.source,
            )
            raise InstrumentInvalid([f"{loaded.instrument.source}: version: {message}"])
        self._by_key[loaded.key] = loaded

    def get(self, instrument_id: str, version: str) -> LoadedInstrument:
        """One version of an instrument.

        Raises:
            InstrumentNotFound: That version is not installed.
        """
        found = self._by_key.get((instrument_id, version))
        if found is None:
            raise InstrumentNotFound(instrument_id, version)
        return found

    def latest(self, instrument_id: str) -> LoadedInstrument:
        """The highest installed version of an instrument.

        Raises:
            InstrumentNotFound: No version is installed.
        """
        versions = self.versions(instrument_id)
        if not versions:
            raise InstrumentNotFound(instrument_id)
        return self._by_key[(instrument_id, versions[-1])]

    def versions(self, instrument_id: str) -> tuple[str, ...]:
        """The installed versions of an instrument, oldest first."""
        return tuple(sorted((v for i, v in self._by_key if i == instrument_id), key=version_key))

    def list(self) -> tuple[LoadedInstrument, ...]:
        """Every installed instrument version, by id, then oldest version first."""
        keys = sorted(self._by_key, key=lambda key: (key[0], version_key(key[1])))
        return tuple(self._by_key[key] for key in keys)


def load_catalog(roots: Iterable[Path]) -> tuple[Catalog, list[str]]:
    """Load every ``<id>/<version>.yaml`` under the given folders.

    A file with problems is left out and its problems are returned; the others are usable.

    Args:
        roots: Folders holding one sub-folder per instrument id.

    Returns:
        The catalog and every problem as ``FILE: location: message`` (files named ``<id>/<version>.yaml``).
    """
    catalog = Catalog()
    problems: list[str] = []
    for root in roots:
        if not root.is_dir():
            folder, missing = translate("Instruments", "(folder)"), translate("Instruments", "not found")
            problems.append(f"{root}: {folder}: {missing}")
            continue
        for path in sorted(root.glob("*/*.yaml")):
            name = f"{path.parent.name}/{path.name}"
            try:
                loaded = load_instrument_file(path, name)
                _check_placement(loaded, path, name)
                catalog.add(loaded)
            except InstrumentInvalid as exc:
                problems += exc.problems
    for loaded in catalog.list():
        wanted = loaded.instrument.recommends
        if wanted and not catalog.versions(wanted):
            message = fill(translate("Instruments", "no instrument '%1' is installed"), wanted)
            problems.append(f"{loaded.instrument.source}: recommends: {message}")
    return catalog, problems


def _check_placement(loaded: LoadedInstrument, path: Path, name: str) -> None:
    instrument = loaded.instrument
    if (path.parent.name, path.stem) != (instrument.id, instrument.version):
        message = fill(
            translate("Instruments", "the file must be stored as %1/%2.yaml"), instrument.id, instrument.version
        )
        raise InstrumentInvalid([f"{name}: id: {message}"])
