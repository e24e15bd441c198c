"""Which window is showing: the setup wizard, the sign-in window or the main window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from fieldscreen.services.installation import Installation
from fieldscreen.services.session import Session

from .activity import ActivityMonitor
from .ops import OpRunner


class AppFlow(QObject):
    """Moves the user from setup to sign-in to the main window, and back to sign-in on "Switch user".

    Args:
        installation: The installation in the data directory.
        ops: Runs blocking work off the GUI thread.
        monitor: Watches input for the main window's locks.
        training: Whether this is the training installation.
        parent: Qt parent.
    """

    def __init__(
        self,
        installation: Installation,
        ops: OpRunner,
        monitor: ActivityMonitor,
        *,
        training: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        self._monitor = monitor
        self._training = training
        self.window: QWidget | None = None

    def start(self, set_up: bool) -> QWidget:
        """Show the first window: the sign-in window if ``set_up``, else the setup wizard."""
        if set_up:
            self.show_sign_in()
        else:
            self.show_setup()
        assert self.window is not None
        return self.window

    def show_setup(self) -> None:
        """Show the first-run wizard."""
        from .views.setup_wizard import SetupWizard

        wizard = SetupWizard(self._installation, self._ops, training=self._training)
        wizard.set_up_done.connect(self.show_sign_in)
        self._replace(wizard)

    @Slot(str)
    def show_sign_in(self, username: str = "") -> None:
        """Show the sign-in window, with ``username`` filled in if given."""
        from .views.sign_in_window import SignInWindow

        window = SignInWindow(self._installation, self._ops, training=self._training)
        if username:
            window.set_username(username)
        window.signed_in.connect(self._on_signed_in)
        self._replace(window)

    @Slot(object)
    def _on_signed_in(self, session: Session) -> None:
        from .main_window import MainWindow

        window = MainWindow(self._installation, session, self._ops, self._monitor, training=self._training)
        window.switch_user_requested.connect(self._on_switch_user_requested)
        self._replace(window)

    @Slot()
    def _on_switch_user_requested(self) -> None:
        self.show_sign_in()

    def _replace(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()

    def close(self) -> None:
        """Close the current window (the main window closes its session)."""
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            window.close()
