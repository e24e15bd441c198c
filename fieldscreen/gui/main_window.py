"""The main window: navigation, the places, who is signed in, and the lock that hides everything at once."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
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
from .look import PALETTE_CHANGES, Appearance, icon, set_title, training_banner
from .models.accounts_model import role_label
from .ops import OpRunner
from .places.administration import AdministrationPlace
from .places.deadlines import DeadlinesPlace
from .places.outbox import OutboxPlace
from .places.review import ReviewPlace
from .places.screenings import ScreeningsPlace
from .training import start_training
from .views.damaged_dialog import DamagedDialog
from .views.lock_screen import LockScreen
from .views.password_dialogs import ChangePasswordDialog
from .widgets.current_page_size import size_by_current_page
from .widgets.plain_label import PlainLabel

SCREENINGS, DEADLINES, REVIEW, OUTBOX, ADMINISTRATION = range(5)


class _Places(QListWidget):
    """The navigation list; its icons grow and shrink with the text (Ctrl++ / Ctrl+-) and follow the contrast."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._fit_icons()

    def add_place(self, name: str, title: str) -> None:
        """Add a place with the icon ``name``."""
        item = QListWidgetItem(icon(name), title, self)
        item.setData(Qt.ItemDataRole.UserRole, name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit_icons()
        elif event.type() in PALETTE_CHANGES:
            for row in range(self.count()):
                self.item(row).setIcon(icon(self.item(row).data(Qt.ItemDataRole.UserRole)))
        super().changeEvent(event)

    def _fit_icons(self) -> None:
        side = max(16, self.fontMetrics().height())
        self.setIconSize(QSize(side, side))


class MainWindow(QMainWindow):
    """The signed-in user's window.

    Args:
        installation: For signing in again on the lock screen.
        session: The signed-in session.
        ops: Runs blocking work off the GUI thread.
        monitor: Reports inactivity, due re-authentication and the panic key.
        appearance: Font scale and contrast for the View menu (made here when not given).
        training: Whether this is the training installation.
        practice_account: In training mode, the practice user name and password, shown in the banner (they open
            made-up cases only and are needed to unlock).
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
        appearance: Appearance | None = None,
        training: bool = False,
        practice_account: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        self._monitor = monitor
        self.appearance = appearance or Appearance(QApplication.instance())
        self.session = session
        self.locked = False
        self._focused_before_lock: QWidget | None = None
        self._closed = False
        set_title(self, training)
        self.resize(1100, 720)

        self.content = QWidget(self)
        self.content.setObjectName("content")
        self.user_label = PlainLabel(self.content)
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.user_button = QPushButton(self.tr("My acco&unt"), self.content)
        self.user_button.setAccessibleName(self.tr("My account"))
        user_menu = QMenu(self.user_button)
        self.change_password_action = user_menu.addAction(self.tr("Change my &password..."))
        self.user_button.setMenu(user_menu)
        self.lock_button = QPushButton(icon("lock"), self.tr("&Lock"), self.content)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Lock"))
        panic = PANIC_KEY.toString(PANIC_KEY.SequenceFormat.NativeText)
        self.lock_button.setToolTip(fill(self.tr("Hide everything now and lock (%1)"), panic))

        self.nav = _Places(self.content)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Places"))
        self.places = QStackedWidget(self.content)
        self.admin_place = AdministrationPlace(ops, self.places)
        self.screenings_place = ScreeningsPlace(ops, self.places)
        self.deadlines_place = DeadlinesPlace(ops, self.places)
        self.outbox_place = OutboxPlace(ops, self.places)
        self.review_place = ReviewPlace(ops, self.places)
        for name, title, place in (
            ("screenings", self.tr("Screenings"), self.screenings_place),
            ("deadlines", self.tr("Deadlines"), self.deadlines_place),
            ("review", self.tr("Review"), self.review_place),
            ("outbox", self.tr("Outbox"), self.outbox_place),
            ("administration", self.tr("Administration"), self.admin_place),
        ):
            self.nav.add_place(name, title)
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
            banner = training_banner(self)
            if practice_account:
                banner.setText(fill(self.tr("%1 Practice account: %2, password: %3"), banner.text(), *practice_account))
            central_layout.addWidget(banner)
        central_layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.user_button, self.lock_button)
        self.setTabOrder(self.lock_button, self.nav)
        self._build_menus(training)

        self.nav.currentRowChanged.connect(self.places.setCurrentIndex)
        size_by_current_page(self.places)
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        self.change_password_action.triggered.connect(self._on_change_password_action_triggered)
        self.admin_place.settings.lock_minutes_changed.connect(monitor.set_lock_minutes)
        self.admin_place.accounts.own_account_changed.connect(self._on_own_account_changed)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self.lock_screen.damaged.connect(self._on_lock_screen_damaged)
        self.screenings_place.interview_mode_changed.connect(self._on_screenings_place_interview_mode_changed)
        self.screenings_place.screenings_changed.connect(self.deadlines_place.reload)
        self.review_place.screenings_changed.connect(self.deadlines_place.reload)
        self.review_place.screenings_changed.connect(self.screenings_place.list_view.model.reload)
        self.screenings_place.screenings_changed.connect(self.outbox_place.refresh_if_shown)
        self.review_place.screenings_changed.connect(self.outbox_place.refresh_if_shown)
        self.deadlines_place.open_requested.connect(self._on_deadlines_place_open_requested)
        monitor.lock_due.connect(self.lock)
        monitor.panic_pressed.connect(self._on_lock_button_clicked)

        self._set_session(session)
        self.nav.setCurrentRow(SCREENINGS)
        self._focus_place()

    def _build_menus(self, training: bool) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.training_action = file_menu.addAction(self.tr("&Practice with training cases..."))
        self.training_action.setVisible(not training)
        self.training_action.triggered.connect(self._on_training_action_triggered)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_action.triggered.connect(self.close)  # closing signs out: every answer is already saved
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.zoom_in_action = view_menu.addAction(self.tr("&Larger text"))
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = view_menu.addAction(self.tr("&Smaller text"))
        self.zoom_out_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_reset_action = view_menu.addAction(self.tr("&Normal text size"))
        self.zoom_reset_action.setShortcuts([QKeySequence("Ctrl+0")])
        view_menu.addSeparator()
        self.contrast_action = QAction(self.tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.appearance.high_contrast)
        view_menu.addAction(self.contrast_action)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.zoom_in_action.triggered.connect(self.appearance.zoom_in)
        self.zoom_out_action.triggered.connect(self.appearance.zoom_out)
        self.zoom_reset_action.triggered.connect(self.appearance.reset_zoom)
        self.contrast_action.toggled.connect(self.appearance.set_high_contrast)

    def _set_session(self, session: Session) -> None:
        self.session = session
        self.screenings_place.set_session(session)
        self.deadlines_place.set_session(session)
        self.outbox_place.set_session(session)
        self.review_place.set_session(session)
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

    @Slot(bool)
    def _on_screenings_place_interview_mode_changed(self, on: bool) -> None:
        self.nav.setHidden(on)

    @Slot(int)
    def _on_deadlines_place_open_requested(self, screening_id: int) -> None:
        self.nav.setCurrentRow(SCREENINGS)
        self.screenings_place.open_screening(screening_id)

    @Slot()
    def _on_training_action_triggered(self) -> None:
        start_training(self._installation.data_dir, self._ops.errors, self)

    @Slot(str)
    def lock(self, reason: str = "panic") -> None:
        """Hide all content at once, then close the session (connection closed, key dropped) on a worker."""
        if self.locked:
            return
        self.locked = True
        focused = QApplication.focusWidget()
        self._focused_before_lock = focused if focused is not None and self.content.isAncestorOf(focused) else None
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

    def _focus_place(self, kept: QWidget | None = None) -> None:
        """Put the focus back on ``kept`` if it is still shown, else in the place shown (on the list, in its search).

        ``kept`` is where the focus was when the screen locked. Without it the focus was on no control after unlocking
        (in an interview, the answer keys did nothing until Tab); after sign-in it was on "My account".
        """
        if kept is not None and shiboken6.isValid(kept) and kept.isVisible() and kept.isEnabled():
            kept.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        place = self.screenings_place
        if self.places.currentWidget() is place and place.pages.currentWidget() is place.list_view:
            place.list_view.search_edit.setFocus()
        elif (current := self.places.currentWidget()) is not None:
            current.setFocus()

    @Slot()
    def _on_lock_button_clicked(self) -> None:
        self.lock("panic")

    @Slot(object)
    def _on_lock_screen_unlocked(self, session: Session) -> None:
        self._set_session(session)
        self.locked = False
        self.screens.setCurrentWidget(self.content)
        self._focus_place(self._focused_before_lock)
        self._focused_before_lock = None

    @Slot(object)
    def _on_lock_screen_damaged(self, error: DatabaseDamaged) -> None:
        DamagedDialog(self._installation, self._ops, error, parent=self).open()

    @Slot()
    def _on_change_password_action_triggered(self) -> None:
        ChangePasswordDialog(self.session, self._ops, self.session.account.username, self).open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """The Lock button's icon follows the contrast."""
        if event.type() in PALETTE_CHANGES:
            self.lock_button.setIcon(icon("lock"))
        super().changeEvent(event)

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
