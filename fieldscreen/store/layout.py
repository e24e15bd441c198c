"""Where each file of an installation lives inside its data directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DataLayout:
    """The files of one installation.

    Attributes:
        root: The data directory.
    """

    root: Path

    @property
    def database(self) -> Path:
        """The SQLCipher database."""
        return self.root / "fieldscreen.db"

    @property
    def vault(self) -> Path:
        """The key vault (key wraps, KDF parameters, sign-in throttle); no personal data but user names."""
        return self.root / "vault.json"

    @property
    def backups(self) -> Path:
        """The folder of backups (one sub-folder per backup)."""
        return self.root / "backups"

    @property
    def instance_lock(self) -> Path:
        """The file locked by the running fieldscreen process."""
        return self.root / "instance.lock"

    @property
    def open_marker(self) -> Path:
        """Present while a session is open; found at sign-in, it means the last session did not end cleanly."""
        return self.root / "session.open"

    @property
    def setup_marker(self) -> Path:
        """Present while setup runs: a database found beside it, with no vault, is an unfinished setup's."""
        return self.root / "setup.running"

    def holds_installation(self) -> bool:
        """Whether an installation is here, or was: its vault, its database or a backup of it.

        A database (not an unfinished setup's) or a backup without the vault is an installation whose vault is
        missing: setting up anew there would bury its data.
        """
        if self.vault.exists() or (self.database.exists() and not self.setup_marker.exists()):
            return True
        return self.backups.is_dir() and any((folder / self.vault.name).is_file() for folder in self.backups.iterdir())

    def files_to_back_up(self) -> tuple[Path, Path]:
        """The files a backup holds: the database and the vault that opens it."""
        return (self.database, self.vault)
