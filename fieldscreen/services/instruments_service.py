"""Installed instruments: the built-in ones and those imported from XLSForms into the encrypted database.

Every version stays installed (a screening always reopens with the version it began with); an administrator may
disable a version so that no new screening starts with it. Imports, exports and switches are audited by instrument
id and version only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from fieldscreen.core.catalog import InstrumentNotFound, version_key
from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.instrument_loader import InstrumentInvalid, LoadedInstrument
from fieldscreen.core.models import Instrument, Role
from fieldscreen.store import instruments_repo
from fieldscreen.store.connection import Connection, transaction
from fieldscreen.store.instruments_repo import ImportedRow

from .context import SessionContext
from .instrument_library import InstrumentLibrary, bundled_library

log = logging.getLogger(__name__)


class InstrumentExists(KnownError):
    """An instrument with the same id and version is already installed."""

    def __init__(self, instrument_id: str, version: str) -> None:
        super().__init__(
            fill(translate("Instruments", "%1 version %2 is already installed."), instrument_id, version),
            translate("Instruments", "Give the workbook a higher version in its settings sheet, then import it."),
        )


@dataclass(frozen=True)
class InstalledInstrument:
    """One installed instrument version.

    Attributes:
        loaded: The instrument, checked and compiled (``loaded.instrument`` is the plain model).
        builtin: Whether it ships with fieldscreen (otherwise it was imported into the database).
        enabled: Whether new screenings may start with it.
        imported_at: When it was imported (UTC); ``None`` for a built-in one.
        imported_by: Who imported it; empty for a built-in one.
        warnings: What the import reported without refusing (only in :meth:`InstrumentsService.import_xlsform`).
    """

    loaded: LoadedInstrument
    builtin: bool
    enabled: bool
    imported_at: datetime | None = None
    imported_by: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def instrument(self) -> Instrument:
        """The instrument as plain data."""
        return self.loaded.instrument

    @property
    def key(self) -> tuple[str, str]:
        """``(id, version)``."""
        return self.loaded.key


class InstrumentsService:
    """The installed instruments of a signed-in session.

    Args:
        ctx: The session's shared state.
        library: The built-in instruments (default: the bundled ones).
    """

    def __init__(self, ctx: SessionContext, library: InstrumentLibrary | None = None) -> None:
        self._ctx = ctx
        self._library = library or bundled_library()

    def list(self) -> list[InstalledInstrument]:
        """Every installed version, built-in and imported, by id then version (any role)."""
        rows, disabled = self._ctx.run(_stored)
        builtins = self._library.catalog().list()
        disabled |= _carried_over(disabled, {loaded.key for loaded in builtins})
        found = [InstalledInstrument(loaded, True, loaded.key not in disabled) for loaded in builtins]
        for row in rows:
            try:
                loaded = self._library.from_text(row.source, row.instrument_id, row.version)
            except (InstrumentInvalid, InstrumentNotFound):
                log.warning("imported instrument %s %s left out: it no longer loads", row.instrument_id, row.version)
                continue
            found.append(InstalledInstrument(loaded, False, row.enabled, row.imported_at, row.imported_by))
        return sorted(found, key=lambda item: (item.key[0], version_key(item.key[1])))

    def get(self, instrument_id: str, version: str) -> InstalledInstrument:
        """One installed version (any role).

        Raises:
            InstrumentNotFound: That version is not installed.
        """
        found = next((item for item in self.list() if item.key == (instrument_id, version)), None)
        if found is None:
            raise InstrumentNotFound(instrument_id, version)
        return found

    def source(self, instrument_id: str, version: str) -> str:
        """The YAML text of an installed version (what a screening keeps when it starts; any role).

        Raises:
            InstrumentNotFound: That version is not installed, or its file cannot be read.
        """
        text = self._ctx.run(instruments_repo.imported_source, instrument_id, version)
        if text is not None:
            return text
        self._library.catalog().get(instrument_id, version)
        try:
            return (self._library.root / instrument_id / f"{version}.yaml").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise InstrumentNotFound(instrument_id, version) from None

    def import_xlsform(self, data: bytes, filename: str) -> InstalledInstrument:
        """Import an XLSForm workbook as a new, enabled instrument version (administrators).

        Args:
            data: The ``.xlsx`` file's content.
            filename: The file's name, used only to name it in problems and warnings.

        Raises:
            PermissionDenied: The account is not an administrator.
            XLSFormInvalid: The workbook has problems (each names its sheet, row and column).
            InstrumentExists: The id and version are already installed.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "import instruments"))
        installed = self.list()
        from fieldscreen.core.xlsform import import_xlsform  # pyxform and openpyxl load only when used

        form = import_xlsform(data, filename, installed={item.key[0] for item in installed})
        key = form.loaded.key
        if any(item.key == key for item in installed):
            raise InstrumentExists(*key)
        row = ImportedRow(key[0], key[1], form.text, True, self._ctx.clock(), self._ctx.account.username)

        def work(conn: Connection) -> None:
            with transaction(conn):
                if instruments_repo.imported_source(conn, *key) is not None:
                    raise InstrumentExists(*key)
                instruments_repo.insert_imported(conn, row)
                self._ctx.record(conn, "instrument_import", key[0], {"version": key[1]})

        self._ctx.run(work)
        log.info("instrument imported: %s %s", *key)
        return InstalledInstrument(form.loaded, False, True, row.imported_at, row.imported_by, form.warnings)

    def export_xlsform(self, instrument_id: str, version: str) -> bytes:
        """An installed version as an XLSForm workbook that imports back unchanged (any role).

        Raises:
            InstrumentNotFound: That version is not installed.
        """
        from fieldscreen.core.xlsform import export_xlsform  # pyxform and openpyxl load only when used

        data = export_xlsform(self.get(instrument_id, version).instrument)
        self._ctx.run(lambda conn: self._ctx.record(conn, "instrument_export", instrument_id, {"version": version}))
        return data

    def set_enabled(self, instrument_id: str, version: str, enabled: bool) -> None:
        """Let new screenings start with a version, or stop them (administrators).

        Screenings that began with a disabled version still open with it.

        Raises:
            PermissionDenied: The account is not an administrator.
            InstrumentNotFound: That version is not installed.
        """
        self._ctx.require((Role.ADMINISTRATOR,), translate("Permissions", "enable or disable instruments"))
        shipped = {loaded.key for loaded in self._library.catalog().list()}

        def work(conn: Connection) -> None:
            with transaction(conn):
                if (instrument_id, version) in shipped:
                    at, by = self._ctx.clock(), self._ctx.account.username
                    instruments_repo.set_builtin_enabled(conn, instrument_id, version, enabled, at=at, by=by)
                    inherited = instruments_repo.disabled_builtins(conn) - shipped if enabled else set()
                    for old_id, old in inherited:  # switched on, it no longer inherits (_carried_over) a disabled state
                        if old_id == instrument_id:
                            instruments_repo.set_builtin_enabled(conn, old_id, old, True, at=at, by=by)
                elif not instruments_repo.set_imported_enabled(conn, instrument_id, version, enabled):
                    raise InstrumentNotFound(instrument_id, version)
                action = "instrument_enable" if enabled else "instrument_disable"
                self._ctx.record(conn, action, instrument_id, {"version": version})

        self._ctx.run(work)


def _carried_over(disabled: set[tuple[str, str]], shipped: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The built-in versions that take over the disabled state of an older version this release no longer ships.

    An update that replaces a built-in version does not switch back on what an administrator switched off.
    """
    return {
        (instrument_id, version)
        for instrument_id, version in shipped
        for old_id, old in disabled - shipped
        if old_id == instrument_id and version_key(old) < version_key(version)
    }


def _stored(conn: Connection) -> tuple[list[ImportedRow], set[tuple[str, str]]]:
    return instruments_repo.imported(conn), instruments_repo.disabled_builtins(conn)
