"""Tamper: random one-byte changes and cuts of the database, the vault and sealed items are each detected with a clear
message, never read back as different data, never a traceback.

A populated installation (two screenings with every field filled, a done action, an amendment, a return, a second
account) is made once; every case damages a fresh copy. Reading back means signing in and reading every answer,
detail, action, account and packet version (``tamper_support.read_everything``): it must equal the undamaged read or
fail with a ``KnownError``. Quick profile: 200 cases in all; long profile (``FIELDSCREEN_RELIABILITY=long``): 2,000.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from leaks_support import fill_screenings
from reliability_profile import count
from screening_support import USER_PASSWORD
from services_support import ADMIN, ADMIN_PASSWORD, FAST_KDF, FakeClock
from sync_helpers import create_db, make_manifest, make_pdf
from tamper_support import OPENED_WITH, Damage, changed_paths, random_damages, read_everything, vault_change

from fieldscreen.core.errors import DatabaseDamaged, KnownError
from fieldscreen.services.installation import Installation
from fieldscreen.store.integrity import PAGE_SIZE
from fieldscreen.store.outbox import IngestedStore
from fieldscreen.store.recovery_key import parse_recovery_key
from fieldscreen.store.vault import Vault
from fieldscreen.sync.ingest import ingest_once
from fieldscreen.sync.office_keys import generate_office_key, load_identity
from fieldscreen.sync.sealed_item import seal_item
from fieldscreen.sync.targets import item_name
from fieldscreen.sync.targets.folder import FolderTarget

DATABASE_CASES = count(80, 800)
VAULT_CASES = count(60, 600)
SEALED_CASES = count(60, 600)
SEED = 20261127
ITEM_MESSAGES = ("damaged", "changed after sealing", "sealed for another office", "does not match", "integrity check")


@dataclass(frozen=True)
class Pristine:
    """The undamaged installation: its two files, the screenings in it, and what reading it back gives."""

    database: bytes
    vault: bytes
    recovery_key: str
    ids: list[int]
    read_back: dict[str, Any]
    data_key: bytes


def _sign_in_and_read(folder: Path, ids: list[int]) -> tuple[dict[str, Any], bool]:
    session = Installation(folder, clock=FakeClock(), kdf=FAST_KDF).sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        return read_everything(session, ids), session.check().ok
    finally:
        session.lock()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Pristine:
    folder = tmp_path_factory.mktemp("pristine")
    clock = FakeClock()
    installation = Installation(folder, clock=clock, kdf=FAST_KDF)
    recovery_key = installation.set_up(
        agency="Agency", office="Office", admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.accounts.add("sam", "screener", USER_PASSWORD)
    ids = fill_screenings(session, clock)
    session.lock()
    files = {name: (folder / name).read_bytes() for name in ("fieldscreen.db", "vault.json")}
    reference = tmp_path_factory.mktemp("reference")
    for name, data in files.items():
        (reference / name).write_bytes(data)
    read_back, ok = _sign_in_and_read(reference, ids)
    assert ok
    key = Vault(folder / "vault.json").unlock_user(ADMIN, ADMIN_PASSWORD).data_key
    return Pristine(files["fieldscreen.db"], files["vault.json"], recovery_key, ids, read_back, key)


def _case_folder(base: Path, pristine: Pristine, *, database: bytes | None = None, vault: bytes | None = None) -> Path:
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir()
    (base / "fieldscreen.db").write_bytes(pristine.database if database is None else database)
    (base / "vault.json").write_bytes(pristine.vault if vault is None else vault)
    return base


def _edges(size: int) -> list[Damage]:
    """Cuts every file kind gets: to nothing, inside the first bytes, at the first page, one page or byte short."""
    cuts = {0, 1, 16, PAGE_SIZE, size - PAGE_SIZE, size - 1}
    return [Damage("truncate", n) for n in sorted(cuts) if 0 <= n < size]


def _database_edges() -> list[Damage]:
    """Flips in the bytes that could be thought to be outside the page MACs: the salt (bytes 0-15), the first bytes
    after it, and the reserved end of pages 1 and 2 (16-byte IV, then the 64-byte HMAC-SHA512)."""
    offsets = (0, 15, 16, 20, PAGE_SIZE - 80, PAGE_SIZE - 65, PAGE_SIZE - 64, PAGE_SIZE - 1, 2 * PAGE_SIZE - 40)
    return [Damage("flip", offset, 0x01) for offset in offsets]


def _damages(seed: int, size: int, total: int, extra: tuple[Damage, ...] = ()) -> list[Damage]:
    """The edge cuts and ``extra``, then random damages up to ``total`` cases."""
    edges = _edges(size) + list(extra)
    return edges + random_damages(random.Random(seed), size, total - len(edges))


def _names_page(damage: Damage, text: str) -> bool:
    return re.search(rf"\bpage {damage.offset // PAGE_SIZE + 1}\b", text) is not None


def _database_case(folder: Path, pristine: Pristine, damage: Damage) -> str:
    """Damage the database, sign in and read everything; return what happened (asserting it is acceptable)."""
    _case_folder(folder, pristine, database=damage.apply(pristine.database))
    installation = Installation(folder, clock=FakeClock(), kdf=FAST_KDF)
    try:
        session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    except DatabaseDamaged as refused:
        report = installation.check(ADMIN, ADMIN_PASSWORD)
        assert not report.ok, damage
        if damage.kind == "flip":
            assert _names_page(damage, refused.detail), (str(damage), refused.detail)
            assert any(_names_page(damage, p) for p in report.problems), (str(damage), report.problems)
        return "refused at sign-in, check names the damage"
    try:
        read_back, ok = read_everything(session, pristine.ids), session.check().ok
    except KnownError:
        return "opened, then a clear error on reading"
    finally:
        session.lock()
    assert read_back == pristine.read_back, f"silent wrong data after {damage}"
    return "opened, data identical, check finds damage" if not ok else "opened, data identical, check passes"


def test_database_damage_is_refused_and_names_the_page(pristine, tmp_path):
    damages = _damages(SEED, len(pristine.database), DATABASE_CASES, tuple(_database_edges()))
    outcomes = Counter(_database_case(tmp_path / "case", pristine, damage) for damage in damages)
    print(f"FIGURE tamper database: {len(damages)} cases: {dict(outcomes)}")
    assert sum(outcomes.values()) == len(damages) == DATABASE_CASES
    assert set(outcomes) == {"refused at sign-in, check names the damage"}, outcomes


def test_the_check_command_reports_damage_without_a_traceback(pristine, tmp_path):
    size = len(pristine.database)
    damages = [Damage("flip", 40, 0x01), Damage("flip", size - 100, 0x80), Damage("truncate", size - PAGE_SIZE)]
    for i, damage in enumerate(damages):
        folder = _case_folder(tmp_path / f"cli{i}", pristine, database=damage.apply(pristine.database))
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "fieldscreen",
                "--data-dir",
                str(folder),
                "check",
                "--user",
                ADMIN,
                "--password-stdin",
            ],
            input=ADMIN_PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 1, (str(damage), proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr + proc.stdout
        assert "Damage found:" in proc.stdout and "Restore the latest backup" in proc.stdout
        if damage.kind == "flip":
            assert _names_page(damage, proc.stdout) and "failed its integrity check (HMAC)" in proc.stdout, proc.stdout


def _vault_case(folder: Path, pristine: Pristine, damage: Damage, original: dict[str, Any]) -> str:
    """Damage the vault, then use every wrap; return what happened (asserting it is acceptable)."""
    changed = damage.apply(pristine.vault)
    _case_folder(folder, pristine, vault=changed)
    try:
        read_back, ok = _sign_in_and_read(folder, pristine.ids)
    except KnownError as refused:
        return f"refused: {type(refused).__name__}"
    assert read_back == pristine.read_back and ok, f"silent wrong data after {damage}"
    explained = vault_change(original, changed)
    assert explained is not None, f"unexplained: {damage} changed {changed_paths(original, changed)}, unnoticed"
    vault = Vault(folder / "vault.json")
    for name, unlock in (
        ("recovery", lambda: vault.unlock_recovery(parse_recovery_key(pristine.recovery_key))),
        ("users.sam", lambda: vault.unlock_user("sam", USER_PASSWORD)),
    ):
        try:
            assert unlock().data_key == pristine.data_key, f"{name} gave a wrong key after {damage}"
        except KnownError:
            assert f"other wrap: {name}" in explained, (str(damage), name, explained)
    return "opened, data identical: " + ", ".join(e.split(":")[0] for e in explained)


def test_vault_damage_is_refused_or_explained(pristine, tmp_path):
    original = json.loads(pristine.vault)
    damages = _damages(SEED + 2, len(pristine.vault), VAULT_CASES)
    outcomes = Counter(_vault_case(tmp_path / "case", pristine, damage, original) for damage in damages)
    print(f"FIGURE tamper vault: {len(damages)} cases: {dict(outcomes)}")
    assert sum(outcomes.values()) == len(damages) == VAULT_CASES
    refused = sum(n for outcome, n in outcomes.items() if outcome.startswith("refused"))
    assert refused >= len(damages) // 2, outcomes
    assert OPENED_WITH == ADMIN


def test_damaged_sealed_items_are_rejected_and_the_rest_ingested(tmp_path):
    office = generate_office_key("Central Intake Office", FakeClock().now.date())
    items = [seal_item(make_pdf(f"FS-{n}"), make_manifest(f"FS-{n}"), office.public) for n in range(3)]
    folder = tmp_path / "drive"
    folder.mkdir()
    good = items[:2]
    for item in good:
        (folder / item.name).write_bytes(item.data)
    source = items[2].data
    damaged: dict[str, Damage] = {}
    for i, damage in enumerate(_damages(SEED + 3, len(source), SEALED_CASES)):
        data = damage.apply(source)
        # Most are renamed to their new content hash, so the age authentication is what must catch them; every
        # fifth keeps a name of its own that its content does not match (a change made in place).
        name = item_name(f"{i:064x}") if i % 5 == 0 else item_name(hashlib.sha256(data).hexdigest())
        (folder / name).write_bytes(data)
        damaged.setdefault(name, damage)
    conn, _key = create_db(tmp_path / "office.db")
    store = IngestedStore(conn)
    try:
        report = ingest_once(FolderTarget(folder), load_identity(office.secret), store, FakeClock(), source_label="usb")
        stored = sorted(p.content_hash for p in store.packets())
    finally:
        conn.close()
    assert report.complete and report.imported == len(good)
    assert stored == sorted(item.content_hash for item in good)
    assert {p.name for p in report.problems} == set(damaged)
    for problem in report.problems:
        assert any(m in problem.message for m in ITEM_MESSAGES), (str(damaged[problem.name]), problem.message)
    messages = Counter(p.message.split(".")[0] for p in report.problems)
    print(f"FIGURE tamper sealed items: {len(damaged)} distinct damaged items, all rejected: {dict(messages)}")
