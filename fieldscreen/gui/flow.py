"""Which window is showing: the setup wizard, the sign-in window or the main window (or training's first window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QWidget

from .activity import ActivityMonitor
from .look import Appearance
from .on_screen import top_left_on
from .ops import OpRunner

if TYPE_CHECKING:  # the services load off the GUI thread or after the first window is shown (start-up time)
    from fieldscreen.services.installation import Installation
    from fieldscreen.services.session import Session
    from fieldscreen.services.training_data import TrainingInstallation

    from .views.setup_wizard import SetupWizard
    from .views.sign_in_window import SignInWindow


class AppFlow(QObject):
    """Moves the user from setup to sign-in to the main window, and back to sign-in on "Switch user".

    Args:
        installation: The installation in the data directory (``None`` in training mode until it is made).
        ops: Runs blocking work off the GUI thread.
        monitor: Watches input for the main window's locks.
        appearance: Font scale and contrast, changed from the main window's View menu.
        training: Whether this is the training installation.
        parent: Qt parent.
    """

    def __init__(
        self,
        installation: Installation | None,
        ops: OpRunner,
        monitor: ActivityMonitor,
        *,
        appearance: Appearance | None = None,
        training: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        self._monitor = monitor
        self._appearance = appearance
        self._training = training
        self._practice_account: tuple[str, str] | None = None
        self._main_geometry: QByteArray | None = None
        self.window: QWidget | None = None
        self._waiting: SignInWindow | SetupWizard | None = None
        """The first window while it waits for the installation (see :meth:`start_loading`)."""
        self.training_opened: list[TrainingInstallation] = []
        """Training installations made (at most one); the caller closes them, which wipes the practice data."""

    def start(self, set_up: bool) -> QWidget:
        """Show the first window: the sign-in window if ``set_up``, else the setup wizard."""
        if set_up:
            self.show_sign_in()
        else:
            self.show_setup()
        assert self.window is not None
        return self.window

    def start_loading(self, load: Callable[[], Installation], set_up: bool) -> QWidget:
        """Show the first window at once, then make the installation with ``load`` on a worker after the first paint.

        The window takes typing from the start; signing in (or creating the administrator) is enabled once the
        installation is there. Loading it imports the services, which would delay the first window.
        """
        window = self.start(set_up)
        # show() posted the first paint to this pass of the event loop; a zero timer started in it runs in the next
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, lambda: self._load(load)))
        return window

    def _load(self, load: Callable[[], Installation]) -> None:
        self._ops.run("load_back_end", load, owner=self, on_success=self._on_loaded)

    def _on_loaded(self, installation: Installation) -> None:
        self._installation = installation
        waiting, self._waiting = self._waiting, None
        if waiting is not None and shiboken6.isValid(waiting):
            waiting.set_installation(installation)

    def start_training(self, base_data_dir: Path) -> None:
        """Make the throwaway training installation with its practice cases, then open it signed in."""
        from .views.training_window import TrainingStartWindow

        window = TrainingStartWindow()
        self._replace(window)
        opened = self.training_opened

        def work() -> TrainingInstallation:
            from fieldscreen.services.training_data import open_training

            made = open_training(base_data_dir)
            opened.append(made)
            return made

        def failed(exc: BaseException) -> None:
            window.show_problem(*self._ops.errors.describe(exc))

        self._ops.run("training_open", work, busy=window, on_success=self._on_training_opened, on_failure=failed)

    def _on_training_opened(self, opened: TrainingInstallation) -> None:
        self._installation = opened.installation
        self._practice_account = (opened.username, opened.password)
        self._on_signed_in(opened.session)

    def show_setup(self) -> None:
        """Show the first-run wizard."""
        from .views.setup_wizard import SetupWizard

        wizard = SetupWizard(self._installation, self._ops, training=self._training)
        wizard.set_up_done.connect(self.show_sign_in)
        self._replace(wizard)
        if self._installation is None:
            self._waiting = wizard

    @Slot(str)
    def show_sign_in(self, username: str = "") -> None:
        """Show the sign-in window, with ``username`` filled in if given."""
        from .views.sign_in_window import SignInWindow

        window = SignInWindow(self._installation, self._ops, training=self._training)
        if username:
            window.set_username(username)
        window.signed_in.connect(self._on_signed_in)
        self._replace(window)
        if self._installation is None:
            self._waiting = window

    @Slot(object)
    def _on_signed_in(self, session: Session) -> None:
        if session.password_change_required:
            self._ask_for_own_password(session)
        else:
            self._show_main(session)

    def _ask_for_own_password(self, session: Session) -> None:
        """Before anything else, the user replaces the password an administrator set; "Sign out" locks the session."""
        from .views.password_dialogs import RequiredPasswordDialog

        dialog = RequiredPasswordDialog(session, self._ops, session.account.username, parent=self.window)
        dialog.accepted.connect(lambda: self._show_main(session))
        dialog.rejected.connect(lambda: self._ops.run("lock", session.lock, owner=self))
        dialog.open()

    def _show_main(self, session: Session) -> None:
        from .main_window import MainWindow

        window = MainWindow(
            self._installation,
            session,
            self._ops,
            self._monitor,
            appearance=self._appearance,
            training=self._training,
            practice_account=self._practice_account,
        )
        window.switch_user_requested.connect(self._on_switch_user_requested)
        if self._main_geometry is not None:
            window.restoreGeometry(self._main_geometry)  # where (and as large as) the last user left it
        self._replace(window)

    @Slot()
    def _on_switch_user_requested(self) -> None:
        if self.window is not None:
            self._main_geometry = self.window.saveGeometry()
        self.show_sign_in()

    def _replace(self, window: QWidget) -> None:
        """Show ``window`` instead of the current one, over its middle (on the screen) unless it was placed already."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        old, self.window = self.window, window
        if old is not None and old.isVisible() and not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
            if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
                window.adjustSize()
            frame = window.frameGeometry()
            frame.moveCenter(old.frameGeometry().center())
            window.move(top_left_on(frame, old.screen().availableGeometry()))  # the title and banner must show
        window.show()
        if old is not None:
            old.close()

    def close(self) -> None:
        """Close the current window (the main window closes its session)."""
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            window.close()
