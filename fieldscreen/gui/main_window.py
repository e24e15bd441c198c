"""The main window: navigation, the places, who is signed in, and the lock that hides everything at once."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Role
from fieldscreen.services.installation import Installation
from fieldscreen.services.session import Session
from fieldscreen.services.settings import DEFAULT_LOCK_MINUTES, InstallationSettings

from .activity import PANIC_KEY, ActivityMonitor
from .look import icon, set_title, training_banner
from .models.accounts_model import role_label
from .ops import OpRunner
from .places.administration import AdministrationPlace
from .places.deadlines import DeadlinesPlace
from .places.outbox import OutboxPlace
from .places.review import ReviewPlace
from .places.screenings import ScreeningsPlace
from .views.damaged_dialog import DamagedDialog
from .views.lock_screen import LockScreen
from .views.password_dialogs import ChangePasswordDialog

SCREENINGS, DEADLINES, REVIEW, OUTBOX, ADMINISTRATION = range(5)


class MainWindow(QMainWindow):
    """The signed-in user's window.

    Args:
        installation: For signing in again on the lock screen.
        session: The signed-in session.
        ops: Runs blocking work off the GUI thread.
        monitor: Reports inactivity, due re-authentication and the panic key.
        training: Whether this is the training installation.
        parent: Qt parent.
    """

    switch_user_requested = Signal()
    """The lock screen asked to let someone else sign in (the session is already locked)."""

    def __init__(
        self,
        installation: Installation,
        session: Session,
        ops: OpRunner,
        monitor: ActivityMonitor,
        *,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        self._monitor = monitor
        self.session = session
        self.locked = False
        self._closed = False
        set_title(self, training)
        self.resize(1100, 720)

        self.content = QWidget(self)
        self.content.setObjectName("content")
        self.user_label = QLabel(self.content)
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.user_button = QPushButton(self.tr("My &account"), self.content)
        self.user_button.setAccessibleName(self.tr("My account"))
        user_menu = QMenu(self.user_button)
        self.change_password_action = user_menu.addAction(self.tr("Change my &password..."))
        self.user_button.setMenu(user_menu)
        self.lock_button = QPushButton(icon("lock"), self.tr("&Lock"), self.content)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Lock"))
        panic = PANIC_KEY.toString(PANIC_KEY.SequenceFormat.NativeText)
        self.lock_button.setToolTip(fill(self.tr("Hide everything now and lock (%1)"), panic))

        self.nav = QListWidget(self.content)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Places"))
        self.places = QStackedWidget(self.content)
        self.admin_place = AdministrationPlace(ops, self.places)
        for name, title, place in (
            ("screenings", self.tr("Screenings"), ScreeningsPlace(self.places)),
            ("deadlines", self.tr("Deadlines"), DeadlinesPlace(self.places)),
            ("review", self.tr("Review"), ReviewPlace(self.places)),
            ("outbox", self.tr("Outbox"), OutboxPlace(self.places)),
            ("administration", self.tr("Administration"), self.admin_place),
        ):
            QListWidgetItem(icon(name), title, self.nav)
            self.places.addWidget(place)

        top = QHBoxLayout()
        top.addWidget(self.user_label, 1)
        top.addWidget(self.user_button)
        top.addWidget(self.lock_button)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.places, 1)
        content_layout = QVBoxLayout(self.content)
        content_layout.addLayout(top)
        content_layout.addLayout(body, 1)

        self.lock_screen = LockScreen(installation, ops, session.account.username, self)
        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.lock_screen)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        if training:
            central_layout.addWidget(training_banner(self))
        central_layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.user_button, self.lock_button)
        self.setTabOrder(self.lock_button, self.nav)

        self.nav.currentRowChanged.connect(self.places.setCurrentIndex)
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        self.change_password_action.triggered.connect(self._on_change_password_action_triggered)
        self.admin_place.settings.lock_minutes_changed.connect(monitor.set_lock_minutes)
        self.admin_place.accounts.own_account_changed.connect(self._on_own_account_changed)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self.lock_screen.damaged.connect(self._on_lock_screen_damaged)
        monitor.lock_due.connect(self.lock)
        monitor.panic_pressed.connect(self._on_lock_button_clicked)

        self._set_session(session)
        self.nav.setCurrentRow(SCREENINGS)

    def _set_session(self, session: Session) -> None:
        self.session = session
        self._on_own_account_changed()
        if session.account.role == Role.ADMINISTRATOR:
            self.admin_place.set_session(session)
        self._monitor.start(DEFAULT_LOCK_MINUTES, session.reauth_due())
        self._ops.run("settings_get", session.settings.get, owner=self, on_success=self._on_settings)

    @Slot()
    def _on_own_account_changed(self) -> None:
        account = self.session.account
        name = account.display_name or account.username
        self.user_label.setText(fill(self.tr("Signed in: %1 (%2)"), name, role_label(account.role)))
        self.nav.item(REVIEW).setHidden(account.role not in (Role.SUPERVISOR, Role.ADMINISTRATOR))
        self.nav.item(ADMINISTRATION).setHidden(account.role != Role.ADMINISTRATOR)
        current = self.nav.currentItem()
        if current is not None and current.isHidden():
            self.nav.setCurrentRow(SCREENINGS)

    def _on_settings(self, settings: InstallationSettings) -> None:
        if not self.locked:
            self._monitor.set_lock_minutes(settings.lock_minutes)

    @Slot(str)
    def lock(self, reason: str = "panic") -> None:
        """Hide all content at once, then close the session (connection closed, key dropped) on a worker."""
        if self.locked:
            return
        self.locked = True
        self.screens.setCurrentWidget(self.lock_screen)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.repaint()
        self._monitor.stop()
        self.lock_screen.show_reason(reason)
        self._ops.run("lock", self.session.lock, owner=self)

    @Slot()
    def _on_lock_button_clicked(self) -> None:
        self.lock("panic")

    @Slot(object)
    def _on_lock_screen_unlocked(self, session: Session) -> None:
        self._set_session(session)
        self.locked = False
        self.screens.setCurrentWidget(self.content)
        current = self.places.currentWidget()
        if current is not None:
            current.setFocus()

    @Slot(object)
    def _on_lock_screen_damaged(self, error: DatabaseDamaged) -> None:
        DamagedDialog(self._installation, self._ops, error, parent=self).open()

    @Slot()
    def _on_change_password_action_triggered(self) -> None:
        ChangePasswordDialog(self.session, self._ops, self.session.account.username, self).open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing the window closes the session."""
        if not self._closed:
            self._closed = True
            self._monitor.stop()
            self._monitor.lock_due.disconnect(self.lock)
            self._monitor.panic_pressed.disconnect(self._on_lock_button_clicked)
        if not self.locked:
            self.locked = True
            self._ops.run("lock", self.session.lock)
        super().closeEvent(event)
