"""The vault file: the key hierarchy of DESIGN 4, beside the database, holding no personal data but user names.

Layout (JSON, written atomically)::

    format          "fieldscreen-vault-1"
    kdf             Argon2id parameters for new wraps
    users           {user name: sealed identity}      (key_wrap.SealedIdentity; ``change_at_sign_in`` marks a
                    password set by an administrator, which its user must replace at the next sign-in)
    recovery        sealed identity of the recovery key
    data_key        the data key, age-encrypted to every recipient above
    recipients_mac  MAC over the recipients, keyed from the data key
    next            during a rekey only: {key: next data key for the remaining recipients, drop: [...], mac}
    throttle        failed sign-ins per account, for other names and for the recovery key (throttle.ThrottleTable;
                    readable before unlock, so it survives restarts)
    events          key and sign-in events waiting to be moved into the audit log at the next unlock

Passwords are NFC-normalised and UTF-8 encoded before derivation, so the same password typed on any system opens
the same wrap. Every method re-reads the file, so several ``Vault`` objects on one file stay consistent.
"""

from __future__ import annotations

import hmac
import json
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldscreen.core.errors import NoSuchAccount, NotInitialized, WrongCredentials

from .atomic import write_atomic
from .failures import from_os
from .kdf import SALT_BYTES, KdfParams
from .key_wrap import (
    SealedIdentity,
    b64,
    damaged_vault,
    decrypt_data_key,
    encrypt_data_key,
    new_identity,
    open_identity,
    recipients_mac,
    seal_identity,
    unb64,
)
from .throttle import OTHER_NAMES, RECOVERY_KEY, ThrottleState, ThrottleTable

FORMAT = "fieldscreen-vault-1"
RECOVERY = "recovery"
MAX_EVENTS = 500
CHANGE_AT_SIGN_IN = "change_at_sign_in"


def secret_bytes(password: str) -> bytes:
    """The bytes a password is derived from: NFC-normalised UTF-8."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _user_label(username: str) -> str:
    return f"user:{username}"


@dataclass(frozen=True)
class UnlockedKeys:
    """What an unlock yields.

    Attributes:
        data_key: The data key the database is (normally) encrypted with.
        next_key: During an unfinished rekey, the new data key (``None`` otherwise).
    """

    data_key: bytes
    next_key: bytes | None = None


@dataclass(frozen=True)
class VaultEvent:
    """A sign-in or key event recorded in the vault, to be moved into the audit log.

    Attributes:
        at: When it happened (UTC).
        actor: Who did it ("" when unknown).
        action: The audit action name.
        subject: The account it concerns ("" when none or unknown).
    """

    at: datetime
    actor: str
    action: str
    subject: str = ""

    def to_json(self) -> dict[str, str]:
        """The event as stored in the vault."""
        return {"at": self.at.isoformat(), "actor": self.actor, "action": self.action, "subject": self.subject}

    @classmethod
    def from_json(cls, data: Any) -> VaultEvent | None:
        """Read an event from the vault (``None`` if it is unreadable)."""
        try:
            at = datetime.fromisoformat(data["at"])
            return cls(at, str(data["actor"]), str(data["action"]), str(data.get("subject", "")))
        except (AttributeError, KeyError, TypeError, ValueError):
            return None


class Vault:
    """The vault file of one installation.

    Args:
        path: The vault file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()

    def exists(self) -> bool:
        """Whether the vault file exists."""
        return self.path.exists()

    # -- file ---------------------------------------------------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise NotInitialized() from None
        except OSError as exc:
            raise from_os(exc) from exc
        try:
            doc = json.loads(raw)
        except (UnicodeDecodeError, ValueError):
            raise damaged_vault() from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("users"), dict):
            raise damaged_vault()
        return doc

    def _write(self, doc: dict[str, Any]) -> None:
        try:
            write_atomic(self.path, json.dumps(doc, indent=1, sort_keys=True).encode("utf-8"))
        except OSError as exc:
            raise from_os(exc) from exc

    @contextmanager
    def _editing(self) -> Iterator[dict[str, Any]]:
        with self._lock:
            doc = self._read()
            yield doc
            self._write(doc)

    @staticmethod
    def _labels(doc: dict[str, Any]) -> dict[str, str]:
        """Wrap label -> recipient for every wrap in ``doc``."""
        labels = {_user_label(name): SealedIdentity.from_json(w).recipient for name, w in doc["users"].items()}
        labels[RECOVERY] = SealedIdentity.from_json(doc.get(RECOVERY)).recipient
        return labels

    @classmethod
    def _seal_data_key(cls, doc: dict[str, Any], data_key: bytes) -> None:
        labels = cls._labels(doc)
        doc["data_key"] = b64(encrypt_data_key(data_key, labels.values()))
        doc["recipients_mac"] = b64(recipients_mac(data_key, labels))

    @classmethod
    def _check_recipients(cls, doc: dict[str, Any], data_key: bytes) -> None:
        if not hmac.compare_digest(recipients_mac(data_key, cls._labels(doc)), unb64(doc.get("recipients_mac", ""))):
            raise damaged_vault()

    # -- setup and unlock ---------------------------------------------------------------------------------------

    def create(self, *, data_key: bytes, username: str, password: str, recovery_secret: bytes, kdf: KdfParams) -> None:
        """Write a new vault for ``data_key`` with one user and the recovery key (replacing any file there)."""
        doc: dict[str, Any] = {
            "format": FORMAT,
            "kdf": kdf.to_json(),
            "users": {
                username: seal_identity(new_identity(), secret_bytes(password), _user_label(username), kdf).to_json()
            },
            RECOVERY: seal_identity(new_identity(), recovery_secret, RECOVERY, kdf).to_json(),
            "throttle": ThrottleTable({}).to_json([]),
            "events": [],
        }
        self._seal_data_key(doc, data_key)
        with self._lock:
            self._write(doc)

    def usernames(self) -> list[str]:
        """The user names that have a wrap."""
        return sorted(self._read()["users"])

    def unlock_user(self, username: str, password: str) -> UnlockedKeys:
        """The data key(s), opened with a user's password.

        An unknown user name costs the same key derivation as a known one, so timing does not tell them apart.

        Raises:
            WrongCredentials: Unknown user or wrong password.
            DatabaseDamaged: The vault is damaged or was changed outside fieldscreen.
        """
        doc = self._read()
        wrap = doc["users"].get(username)
        if wrap is None:
            KdfParams.from_json(doc.get("kdf")).derive(secret_bytes(password), bytes(SALT_BYTES))
            raise WrongCredentials()
        return self._unlock(doc, SealedIdentity.from_json(wrap), secret_bytes(password), _user_label(username))

    def unlock_recovery(self, recovery_secret: bytes) -> UnlockedKeys:
        """The data key(s), opened with the recovery key.

        Raises:
            WrongCredentials: Not this installation's recovery key.
            DatabaseDamaged: The vault is damaged or was changed outside fieldscreen.
        """
        doc = self._read()
        return self._unlock(doc, SealedIdentity.from_json(doc.get(RECOVERY)), recovery_secret, RECOVERY)

    def _unlock(self, doc: dict[str, Any], wrap: SealedIdentity, secret: bytes, label: str) -> UnlockedKeys:
        identity = open_identity(wrap, secret, label)
        data_key = decrypt_data_key(unb64(doc.get("data_key")), identity)
        if data_key is None:
            raise damaged_vault()
        self._check_recipients(doc, data_key)
        nxt = doc.get("next")
        if not nxt:
            return UnlockedKeys(data_key)
        drop = nxt.get("drop") if isinstance(nxt, dict) else None
        if not isinstance(drop, list) or not all(isinstance(name, str) for name in drop):
            raise damaged_vault()
        blob = unb64(nxt.get("key"))
        expected = recipients_mac(data_key, {"next": b64(blob), "drop": "\n".join(drop)})
        if not hmac.compare_digest(expected, unb64(nxt.get("mac"))):
            raise damaged_vault()
        if label in {_user_label(name) for name in drop}:
            raise WrongCredentials()  # being removed: the next key was never made for this account
        return UnlockedKeys(data_key, decrypt_data_key(blob, identity))

    # -- wraps (need the data key, i.e. a signed-in session) ----------------------------------------------------

    def set_user(self, username: str, password: str, data_key: bytes, *, change_at_sign_in: bool = False) -> None:
        """Give ``username`` a new identity sealed with ``password`` and re-encrypt the data key to it.

        Used to add an account and for an administrator's password reset (the old identity is discarded, and so are
        the account's failed sign-ins). With ``change_at_sign_in``, the user must replace the password when they
        next sign in (:meth:`change_required`); their own :meth:`change_password` clears that.
        """
        with self._editing() as doc:
            self._check_recipients(doc, data_key)
            kdf = KdfParams.from_json(doc.get("kdf"))
            wrap = seal_identity(new_identity(), secret_bytes(password), _user_label(username), kdf).to_json()
            if change_at_sign_in:
                wrap[CHANGE_AT_SIGN_IN] = True
            doc["users"][username] = wrap
            self._seal_data_key(doc, data_key)
            self._store_throttle(doc, self._throttle_table(doc).with_state(username, ThrottleState()))

    def change_required(self, username: str) -> bool:
        """Whether ``username``'s password was set by an administrator and must be replaced at sign-in."""
        wrap = self._read()["users"].get(username)
        return isinstance(wrap, dict) and wrap.get(CHANGE_AT_SIGN_IN) is True

    def change_password(self, username: str, current: str, new: str) -> None:
        """Re-seal a user's identity under ``new``; the data key and the database are untouched.

        The password is the user's own from now on: a required change (:meth:`change_required`) is done.

        Raises:
            WrongCredentials: ``current`` is not the user's password.
            NoSuchAccount: ``username`` has no wrap.
        """
        with self._editing() as doc:
            if username not in doc["users"]:
                raise NoSuchAccount()
            label = _user_label(username)
            identity = open_identity(SealedIdentity.from_json(doc["users"][username]), secret_bytes(current), label)
            kdf = KdfParams.from_json(doc.get("kdf"))
            doc["users"][username] = seal_identity(identity, secret_bytes(new), label, kdf).to_json()

    def replace_recovery(self, recovery_secret: bytes, data_key: bytes) -> None:
        """Replace the recovery identity with a new one sealed with ``recovery_secret``."""
        with self._editing() as doc:
            self._check_recipients(doc, data_key)
            kdf = KdfParams.from_json(doc.get("kdf"))
            doc[RECOVERY] = seal_identity(new_identity(), recovery_secret, RECOVERY, kdf).to_json()
            self._seal_data_key(doc, data_key)

    def begin_rekey(self, data_key: bytes, next_key: bytes, drop: list[str]) -> None:
        """Record ``next_key`` for every wrap except ``drop``, before the database is rekeyed.

        If fieldscreen stops between this and :meth:`commit_rekey`, the next unlock finds both keys and finishes.
        """
        with self._editing() as doc:
            self._check_recipients(doc, data_key)
            labels = self._labels(doc)
            for name in drop:
                labels.pop(_user_label(name), None)
            blob = encrypt_data_key(next_key, labels.values())
            mac = recipients_mac(data_key, {"next": b64(blob), "drop": "\n".join(drop)})
            doc["next"] = {"key": b64(blob), "drop": list(drop), "mac": b64(mac)}

    def cancel_rekey(self) -> None:
        """Forget the key recorded by :meth:`begin_rekey` (the database was not rekeyed)."""
        with self._editing() as doc:
            doc.pop("next", None)

    def commit_rekey(self, next_key: bytes) -> None:
        """Make ``next_key`` the data key and delete the wraps of the users dropped by :meth:`begin_rekey`."""
        with self._editing() as doc:
            nxt = doc.pop("next", None)
            if not nxt:
                return
            for name in nxt.get("drop", []):
                doc["users"].pop(name, None)
            self._seal_data_key(doc, next_key)
            self._store_throttle(doc, self._throttle_table(doc))  # drops the removed accounts' buckets

    # -- throttle and events (no key needed) --------------------------------------------------------------------

    @staticmethod
    def _bucket(doc: dict[str, Any], username: str | None) -> str:
        """The throttle bucket of ``username``: its own if an account, else the shared one (``None``: recovery key)."""
        if username is None:
            return RECOVERY_KEY
        return username if username in doc["users"] else OTHER_NAMES

    @staticmethod
    def _throttle_table(doc: dict[str, Any]) -> ThrottleTable:
        return ThrottleTable.from_json(doc.get("throttle"))

    @staticmethod
    def _store_throttle(doc: dict[str, Any], table: ThrottleTable) -> None:
        doc["throttle"] = table.to_json([*doc["users"], OTHER_NAMES, RECOVERY_KEY])

    def throttle(self, username: str | None) -> ThrottleState:
        """The sign-in throttle state for ``username`` (``None``: the recovery key)."""
        doc = self._read()
        return self._throttle_table(doc).get(self._bucket(doc, username))

    def set_throttle(self, username: str | None, state: ThrottleState) -> None:
        """Store a new throttle state for ``username`` (``None``: the recovery key)."""
        with self._editing() as doc:
            self._store_throttle(doc, self._throttle_table(doc).with_state(self._bucket(doc, username), state))

    def throttle_table(self) -> ThrottleTable:
        """The throttle states of every bucket (to carry them over a restored backup)."""
        return self._throttle_table(self._read())

    def set_throttle_table(self, table: ThrottleTable) -> None:
        """Replace the throttle states of every bucket."""
        with self._editing() as doc:
            self._store_throttle(doc, table)

    def record_failure(self, username: str | None, at: datetime, event: VaultEvent) -> ThrottleState:
        """Count a failed sign-in at ``at`` in ``username``'s bucket, queue its audit ``event``; return the new state.

        ``None`` stands for the recovery key.
        """
        with self._editing() as doc:
            bucket, table = self._bucket(doc, username), self._throttle_table(doc)
            state = table.get(bucket).after_failure(at)
            self._store_throttle(doc, table.with_state(bucket, state))
            self._append_event(doc, event)
        return state

    def queue_event(self, event: VaultEvent) -> None:
        """Queue an event for the audit log (for moments the database cannot or must not be written)."""
        with self._editing() as doc:
            self._append_event(doc, event)

    @staticmethod
    def _queued(doc: dict[str, Any]) -> list[Any]:
        events = doc.get("events")
        return list(events) if isinstance(events, list) else []

    @classmethod
    def _append_event(cls, doc: dict[str, Any], event: VaultEvent) -> None:
        doc["events"] = [*cls._queued(doc), event.to_json()][-MAX_EVENTS:]

    def events(self) -> list[VaultEvent]:
        """The queued events, oldest first (unreadable entries are skipped: the queue is a record, not a lock)."""
        return [e for e in map(VaultEvent.from_json, self._queued(self._read())) if e is not None]

    def drop_events(self, count: int) -> None:
        """Remove the ``count`` oldest events (once written to the audit log) and any unreadable ones."""
        with self._editing() as doc:
            doc["events"] = [e for e in self._queued(doc) if VaultEvent.from_json(e) is not None][count:]
