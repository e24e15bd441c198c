"""The kill tests' lanes for syncing to a folder, migrating an older database, and rekeying when an account goes."""

from __future__ import annotations

import hashlib
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path

from kill_restart_support import Lane, database, restarted, set_up
from kill_support import ADMIN, CHEAP, KEEPER, KillRun, password_of
from sync_helpers import START, FakeClock, create_db, open_db, queue_packets

from fieldscreen.core.errors import WrongCredentials
from fieldscreen.core.models import Account, Role
from fieldscreen.services.installation import Installation
from fieldscreen.store import accounts_repo, audit, migrations, settings_repo
from fieldscreen.store.connection import open_encrypted, transaction
from fieldscreen.store.layout import DataLayout
from fieldscreen.store.outbox import IngestedStore, Outbox
from fieldscreen.store.recovery_key import new_recovery_key
from fieldscreen.store.vault import Vault
from fieldscreen.sync.ingest import ingest_once
from fieldscreen.sync.office_keys import export_public_key, generate_office_key, load_identity
from fieldscreen.sync.targets.folder import FolderTarget

QUEUED_LOW, QUEUED_BATCH = 12, 24
"""Below this many waiting items, the next batch is sealed and queued before the next child starts."""
GENERATION_BATCHES = 4
"""Batches queued on one laptop before the lane moves to a fresh one (once all are delivered): each restart checks
the whole database and each ingest lists the whole drive, so one ever-growing laptop made the long run quadratic."""
OLD_VERSION = 4
OLD_PERSONS = 6000
"""Persons in the older database: enough that the migration takes a while for the kill to land in."""


class SyncingLane(Lane):
    """Delivery rounds to a folder (a USB drive): every acknowledged delivery stays delivered and intact on the drive,
    no complete-looking file is partial, and the office ingests the drive without a problem."""

    operation = "syncing"
    longest_life = 0.5

    def prepare(self) -> None:
        self.generation = 0
        self._new_generation()

    def _new_generation(self) -> None:
        """A fresh laptop, drive and office: restarts check the whole database, so it must not grow without end."""
        if self.generation:
            shutil.rmtree(self.root / f"g{self.generation}")
        self.generation += 1
        folder = self.root / f"g{self.generation}"
        self.data_dir = folder / "data"
        set_up(self.data_dir)
        self.office = generate_office_key("Central Intake Office", START.date())
        self.drive = folder / "usb"
        self.drive.mkdir()
        session = Installation(self.data_dir).sign_in(ADMIN, password_of(ADMIN))
        try:
            session.office_keys.import_key(export_public_key(self.office.public).encode())
            session.sync_targets.set_folder(str(self.drive))
        finally:
            session.lock()
        self.office_db, self.office_key = folder / "office.db", create_db(folder / "office.db")[1]
        self.batches = 0
        self.checked: set[str] = set()
        """Items found delivered and intact on the drive by an earlier check."""
        self._refill()

    def _waiting(self) -> int:
        with database(self.data_dir) as conn:
            return Outbox(conn).waiting_count()

    def _refill(self) -> None:
        with database(self.data_dir) as conn:
            outbox = Outbox(conn)
            if outbox.waiting_count() < QUEUED_LOW:
                self.batches += 1
                queue_packets(outbox, self.office, QUEUED_BATCH, big_every=3, prefix=f"L{self.number}B{self.batches}")

    def verify(self, run: KillRun) -> int:
        with restarted(self.data_dir, ADMIN):
            pass
        acknowledged = {int(item) for words in run.words("ACK")[-1:] for item in words}
        for path in self.drive.glob("*.fsitem"):
            if path.name not in self.checked:  # a complete item is never rewritten: each is read once
                assert hashlib.sha256(path.read_bytes()).hexdigest() + ".fsitem" == path.name, f"{path.name} partial"
        with database(self.data_dir) as conn:
            delivered = conn.execute(
                "SELECT id, name, sealed FROM outbox_items JOIN outbox_sealed ON item_id = id"
                " WHERE delivered_at IS NOT NULL"
            )
            delivered = {item: (name, sealed) for item, name, sealed in delivered}
        assert acknowledged <= delivered.keys(), f"acknowledged, not delivered: {acknowledged - delivered.keys()}"
        for name, sealed in delivered.values():
            copy = self.drive / name
            if name not in self.checked:
                assert copy.is_file() and copy.read_bytes() == sealed, f"{name} marked delivered, not on the drive"
                self.checked.add(name)
        conn = open_db(self.office_db, self.office_key)
        try:
            report = ingest_once(
                FolderTarget(self.drive),
                load_identity(self.office.secret),
                IngestedStore(conn),
                FakeClock(),
                source_label="usb",
            )
        finally:
            conn.close()
        assert report.problems == (), report.problems
        if self.batches < GENERATION_BATCHES:
            self._refill()
        elif not self._waiting():
            self._new_generation()
        return len(acknowledged)


def old_installation(data_dir: Path, version: int, persons: int) -> None:
    """An installation as an earlier fieldscreen left it: schema ``version`` with ``persons`` screened persons."""
    layout = DataLayout(data_dir)
    data_dir.mkdir(parents=True, mode=0o700)
    data_key, now = secrets.token_bytes(32), datetime.now(UTC)
    conn = open_encrypted(layout.database, data_key)
    try:
        migrations.migrate(conn, target=version)
        with transaction(conn):
            accounts_repo.insert(conn, Account(ADMIN, Role.ADMINISTRATOR, "", False, now, None))
            settings_repo.put(conn, "agency", "Agency")
            audit.append(conn, audit.audit_key(conn), at=now, actor=ADMIN, action="setup")
            conn.executemany(
                "INSERT INTO persons (id, case_code, name, discovered_at, created_at, created_by) "
                "VALUES (?, ?, ?, '2026-01-01', '2026-01-01', 'admin')",
                [(number, f"FS-{number:04X}-OLD", f"Person {number} Ólafsdóttir") for number in range(1, persons + 1)],
            )
            conn.execute("INSERT INTO instrument_sources VALUES ('brief', '1.0.0', 'text')")
            conn.executemany(
                "INSERT INTO screenings (id, person_id, instrument_id, instrument_version, interview_language, "
                "screener_language, setting, screener, started_at, updated_at) "
                "VALUES (?, ?, 'brief', '1.0.0', 'en', 'en', 'health', 'admin', '2026-01-01', '2026-01-01')",
                [(number, number) for number in range(1, persons + 1)],
            )
    finally:
        conn.close()
    Vault(layout.vault).create(
        data_key=data_key,
        username=ADMIN,
        password=password_of(ADMIN),
        recovery_secret=new_recovery_key()[1],
        kdf=CHEAP,
    )


class MigratingLane(Lane):
    """A copy of an older installation is opened by this fieldscreen and killed while it backs up and migrates.

    After the restart the schema is the newest, every person and screening is there with its search key, every
    backup listed is complete, and a backup at the old version holds everything (every fifth run restores it and
    migrates again).
    """

    operation = "migrating"
    longest_life = 0.6

    def prepare(self) -> None:
        self.template = self.root / "template"
        old_installation(self.template, OLD_VERSION, OLD_PERSONS)

    def params(self, run: int) -> dict:
        shutil.rmtree(self.data_dir, ignore_errors=True)
        shutil.copytree(self.template, self.data_dir)
        self.run = run
        return {}

    def verify(self, run: KillRun) -> int:
        with restarted(self.data_dir, ADMIN):
            pass
        self._check_migrated()
        installation = Installation(self.data_dir)
        listed = installation.backups()
        layout = DataLayout(self.data_dir)
        for folder in listed:
            missing = [f.name for f in layout.files_to_back_up() if not (folder / f.name).is_file()]
            assert not missing, f"backup {folder.name} is listed but lacks {missing}"
        old = [folder for folder in listed if f"before-migration-v{OLD_VERSION}" in folder.name]
        assert old, f"no backup of the version {OLD_VERSION} database: {[f.name for f in listed]}"
        self._check_old(DataLayout(old[-1]))
        if self.run % 5 == 0:
            installation.restore_backup(old[-1])
            with restarted(self.data_dir, ADMIN):
                pass
            self._check_migrated()
        return len(run.words("ACK"))

    def _check_migrated(self) -> None:
        with database(self.data_dir) as conn:
            assert migrations.schema_version(conn) == migrations.LATEST
            counts = [
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("persons", "screenings", "person_search")
            ]
        assert counts == [OLD_PERSONS] * 3, counts

    def _check_old(self, backup: DataLayout) -> None:
        key = Vault(backup.vault).unlock_user(ADMIN, password_of(ADMIN)).data_key
        conn = open_db(backup.database, key)
        try:
            assert migrations.schema_version(conn) == OLD_VERSION
            assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == OLD_PERSONS
        finally:
            conn.close()


def _opens(vault: Vault, name: str) -> bool:
    """Whether ``name``'s password unlocks a data key from ``vault`` (no sign-in: failures must not throttle)."""
    try:
        vault.unlock_user(name, password_of(name))
    except WrongCredentials:
        return False
    return True


class RekeyingLane(Lane):
    """An administrator adds accounts and removes them (each removal rekeys); killed anywhere, the data still opens
    with the remaining accounts' passwords and the recovery key, and a removed password opens nothing: neither the
    database nor any backup."""

    operation = "rekeying"
    longest_life = 0.8

    def prepare(self) -> None:
        self.recovery_key = set_up(self.data_dir, KEEPER)

    def params(self, run: int) -> dict:
        return {"run": f"{self.number}x{run}"}

    def verify(self, run: KillRun) -> int:
        with restarted(self.data_dir, ADMIN) as session:
            accounts = {account.username for account in session.accounts.list()}
        installation = Installation(self.data_dir)
        installation.sign_in(KEEPER, password_of(KEEPER)).lock()
        installation.sign_in_with_recovery_key(self.recovery_key).lock()
        last: dict[str, str] = {}
        for action, name in run.words("ACK"):
            last[name] = action
        flight = run.in_flight
        layout = DataLayout(self.data_dir)
        backups = [Vault(folder / layout.vault.name) for folder in installation.backups()]
        for name, action in last.items():
            if flight and flight[1] == name:
                continue  # killed between its start and its acknowledgement: either outcome is fine
            if action == "add":
                installation.sign_in(name, password_of(name)).lock()
                assert name in accounts
                continue
            assert name not in accounts
            for vault in [Vault(layout.vault), *backups]:
                assert not _opens(vault, name), f"the removed {name}'s password still opens {vault.path}"
        return len(run.words("ACK"))
