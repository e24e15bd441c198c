"""Error types shared by every layer.

``KnownError`` is a problem of the environment or the user (wrong password, full disk, damaged file): its message is
shown to the user as it is, says what happened and what to do, and carries no personal data. ``BugError`` is a defect:
it is logged (without personal data) and reported as an internal error.
"""

from __future__ import annotations

from .i18n import fill, translate


class FieldscreenError(Exception):
    """Base of all fieldscreen errors."""


class KnownError(FieldscreenError):
    """A problem the user can act on.

    Attributes:
        message: What happened, in the user's language.
        advice: What to do next, in the user's language (may be empty).
    """

    exit_code = 1

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class ProblemList(KnownError):
    """A file has problems, one line each; the advice stands apart from them, after a blank line.

    Attributes:
        problems: Each problem, as one line of words.
    """

    def __init__(self, problems: list[str], advice: str) -> None:
        self.problems = problems
        super().__init__("\n".join(problems), advice)

    def __str__(self) -> str:
        return f"{self.message}\n\n{self.advice}" if self.advice else self.message


class BugError(FieldscreenError):
    """A defect in fieldscreen itself."""


class UsageError(KnownError):
    """A command was called with the wrong words."""

    exit_code = 2


class AuthenticationError(KnownError):
    """Sign-in failed: wrong user name or password, disabled account, or too many attempts."""

    exit_code = 2


class WrongCredentials(AuthenticationError):
    """The user name, password or recovery key does not match."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "The user name or password is not correct."),
            translate("Errors", "Check the keyboard layout and Caps Lock, then try again."),
        )


class LoginThrottled(AuthenticationError):
    """Too many failed sign-ins; the caller must wait."""

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = max(0.0, wait_seconds)
        minutes = max(1, int((self.wait_seconds + 59) // 60))
        super().__init__(
            translate("Errors", "Too many failed sign-in attempts."),
            translate("Errors", "Wait %n minute(s), then try again.", None, minutes),
        )


class AccountDisabled(AuthenticationError):
    """The account exists but an administrator disabled it."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "This account is disabled."),
            translate("Errors", "Ask an administrator to enable it."),
        )


class PasswordChangeRequired(AuthenticationError):
    """An administrator set the account's password; its user must choose their own before anything else."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "An administrator set this account's password: choose your own first."),
            translate("Errors", "Sign in with the desktop app; it asks for a new password."),
        )


class PermissionDenied(KnownError):
    """The signed-in user's role does not allow this action."""

    def __init__(self, action: str) -> None:
        super().__init__(
            fill(translate("Errors", "Your role does not allow this: %1."), action),
            translate("Errors", "Ask a supervisor or an administrator."),
        )


class PasswordRejected(KnownError):
    """A new password breaks the password rules; ``problems`` lists each rule broken."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems), translate("Errors", "Choose another password."))


class NotInitialized(KnownError):
    """The data directory holds no fieldscreen installation yet."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "fieldscreen has not been set up in this data folder."),
            translate("Errors", "Run the setup first (start the app, or use the 'init' command)."),
        )


class AlreadyInitialized(KnownError):
    """Setup was asked for where an installation already exists."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "fieldscreen is already set up in this data folder."),
            translate("Errors", "Sign in instead, or choose another data folder."),
        )


class DataDirLocked(KnownError):
    """Another fieldscreen process is using the same data directory."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "fieldscreen is already running with this data folder."),
            translate("Errors", "Switch to the open window, or close the other fieldscreen first."),
        )


class DatabaseDamaged(KnownError):
    """The encrypted database or the vault failed an integrity check."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            fill(translate("Errors", "The encrypted data is damaged: %1"), detail.rstrip(".") + "."),
            translate(
                "Errors",
                "Nothing more will be written. Restore the latest backup from the 'backups' folder, "
                "or contact your administrator.",
            ),
        )


class DatabaseTooNew(KnownError):
    """The database was written by a newer fieldscreen."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            fill(
                translate("Errors", "The data was written by a newer fieldscreen (schema %1; this one reads %2)."),
                found,
                supported,
            ),
            translate("Errors", "Install the newer fieldscreen version; your data has not been changed."),
        )


class StorageFull(KnownError):
    """The disk is full."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "The disk is full; the last change was not saved."),
            translate("Errors", "Free some space, then try again. Everything saved before is safe."),
        )


class StorageReadOnly(KnownError):
    """The data directory cannot be written."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "The data folder cannot be written to; the last change was not saved."),
            translate("Errors", "Check that the disk is not write-protected and that you may write to the folder."),
        )


class DatabaseMoved(KnownError):
    """The database file was moved or deleted while a session had it open."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Errors",
                "The database file fieldscreen.db was moved or deleted while fieldscreen was open; the last change "
                "was not saved.",
            ),
            translate(
                "Errors",
                "If you moved it, put it back in the data folder, then quit and start again. If it was deleted, quit "
                "and restore the latest backup at the next start.",
            ),
        )


def _refused_at_start(
    error: DataDirNotWritable | DataDirFull | DataDirNotAFolder, folder: object, message: str, advice: str
) -> None:
    """Fill an error that stops the start at the data folder ``folder``, which ``message`` names as %1."""
    error.folder = folder
    KnownError.__init__(error, fill(message, folder), advice)


class DataDirNotWritable(StorageReadOnly):
    """At start, the data folder (or the folder it goes in) cannot be written, so fieldscreen cannot run there.

    Attributes:
        folder: The data folder, as the user gave it or as it defaults.
    """

    def __init__(self, folder: object) -> None:
        _refused_at_start(
            self,
            folder,
            translate("Errors", "fieldscreen cannot start: it cannot write to its data folder (%1)."),
            translate(
                "Errors",
                "Check that your account may write to this folder and that the disk is not write-protected or full. "
                "Or start fieldscreen with a data folder it can write to (--data-dir or FIELDSCREEN_DATA_DIR).",
            ),
        )


class DataDirFull(StorageFull):
    """At start, the disk that holds the data folder has no room left, so fieldscreen cannot run there.

    Attributes:
        folder: The data folder, as the user gave it or as it defaults.
    """

    def __init__(self, folder: object) -> None:
        _refused_at_start(
            self,
            folder,
            translate("Errors", "fieldscreen cannot start: the disk that holds its data folder (%1) is full."),
            translate(
                "Errors",
                "Free some space on that disk (a few megabytes at least), then start fieldscreen again. "
                "Nothing was changed.",
            ),
        )


class DataDirNotAFolder(KnownError):
    """At start, the data folder is a file, or its path goes through a file or a symbolic link that loops.

    Attributes:
        folder: The data folder, as the user gave it or as it defaults.
    """

    def __init__(self, folder: object) -> None:
        _refused_at_start(
            self,
            folder,
            translate(
                "Errors",
                "fieldscreen cannot start: its data folder (%1) is a file, not a folder, "
                "or its path goes through a file or a link that loops.",
            ),
            translate(
                "Errors",
                "Start fieldscreen with another data folder (--data-dir or FIELDSCREEN_DATA_DIR), "
                "or move that file out of the way. Nothing was changed.",
            ),
        )


class StorageFailed(KnownError):
    """The disk reported an input/output error while reading or writing the data."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "The disk reported an error while reading or writing the data."),
            translate("Errors", "Check the disk and its cable, then try again. If it happens again, restore a backup."),
        )


class SessionLocked(KnownError):
    """The session was locked (or signed out); its data can no longer be reached."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "fieldscreen is locked."),
            translate("Errors", "Sign in again to continue."),
        )


class RecoveryKeyMistyped(AuthenticationError):
    """The recovery key text is incomplete or fails its check characters (a typing mistake, not a wrong key)."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "The recovery key is incomplete or has a typing mistake."),
            translate("Errors", "Type it again exactly as it was shown at setup, in groups of five characters."),
        )


class AccountExists(KnownError):
    """An account with this user name exists already."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "An account with this user name exists already."),
            translate("Errors", "Choose another user name."),
        )


class NoSuchAccount(KnownError):
    """No account has this user name."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "There is no account with this user name."),
            translate("Errors", "Check the spelling and try again."),
        )


class LastAdministrator(KnownError):
    """The change would leave the installation without an enabled administrator."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "This is the last enabled administrator account."),
            translate("Errors", "Make another account an administrator first."),
        )


class OwnAccountProtected(KnownError):
    """An administrator tried to disable or remove the account they are signed in with."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "You cannot disable or remove the account you are signed in with."),
            translate("Errors", "Ask another administrator to do it."),
        )
