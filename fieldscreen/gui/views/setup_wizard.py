"""First run: name the agency and office, create the administrator, and show the recovery key once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..look import set_title, training_banner
from ..on_screen import top_left_on
from ..ops import OpRunner
from ..widgets.password_form import NewPasswordForm
from ..widgets.plain_label import PlainLabel
from .recovery_key_page import RecoveryKeyPage

if TYPE_CHECKING:  # the services load after the first window is shown (start-up time)
    from fieldscreen.services.installation import Installation


class OfficePage(QWizardPage):
    """Agency and office names; they appear on referral packets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Set up fieldscreen on this computer"))
        self.setSubTitle(
            self.tr("Everything fieldscreen keeps is stored encrypted on this computer. Start with where it is used.")
        )
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setAccessibleName(self.tr("Agency name"))
        self.office_edit = QLineEdit(self)
        self.office_edit.setAccessibleName(self.tr("Office name"))
        intro = PlainLabel(
            self.tr(
                "Setting up takes a few minutes. You will name your agency and office, create the administrator "
                "account, and write down a recovery key. Have a pen and paper ready."
            ),
            self,
        )
        intro.setWordWrap(True)
        note = PlainLabel(
            self.tr("Both names appear on referral packets. An administrator can change them later."), self
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("&Agency name"), self.agency_edit)
        form.addRow(self.tr("&Office name"), self.office_edit)
        form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        self.registerField("agency*", self.agency_edit)
        self.registerField("office*", self.office_edit)


class AdminPage(QWizardPage):
    """The first administrator account; committing this page creates the encrypted database.

    Args:
        installation: The installation to set up; ``None`` while it loads (creating waits for it).
        ops: Runs the setup off the GUI thread.
        parent: Qt parent.
    """

    created = Signal(str, str)
    """Emitted with the administrator's user name and the recovery key once the installation exists."""

    def __init__(self, installation: Installation | None, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation = installation
        self._ops = ops
        self._done = False
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The administrator adds the other accounts. Choose a long password you can remember."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("Administrator user name"))
        self.display_edit = QLineEdit(self)
        self.display_edit.setAccessibleName(self.tr("Display name"))
        self.display_edit.setPlaceholderText(self.tr("optional"))
        self.password_form = NewPasswordForm(self.username_edit.text, parent=self)
        self.password_form.add_field_above(self.tr("&User name"), self.username_edit)
        self.password_form.add_field_above(self.tr("&Display name"), self.display_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.password_form)
        layout.addStretch(1)
        self.username_edit.textChanged.connect(self.password_form.refresh)
        self.password_form.changed.connect(self.completeChanged)

    def set_installation(self, installation: Installation) -> None:
        """Set up ``installation``, loaded after the wizard was shown."""
        self._installation = installation
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Ready when the installation is loaded and there is a user name and an acceptable password."""
        filled = bool(self.username_edit.text().strip()) and self.password_form.is_acceptable()
        return filled and self._installation is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Create the installation on a worker; the wizard moves on when that has succeeded."""
        if self._done:
            return True
        installation = self._installation
        assert installation is not None, "isComplete waits for the installation"
        agency = str(self.field("agency")).strip()
        office = str(self.field("office")).strip()
        username = self.username_edit.text().strip()
        display = self.display_edit.text().strip()
        password = self.password_form.password()
        self._ops.run(
            "setup",
            lambda: installation.set_up(
                agency=agency,
                office=office,
                admin_username=username,
                admin_password=password,
                admin_display_name=display,
            ),
            busy=self.wizard(),
            on_success=lambda key: self._on_set_up(username, key),
        )
        return False

    def _on_set_up(self, username: str, recovery_key: str) -> None:
        self._done = True
        self.password_form.clear()
        self.created.emit(username, recovery_key)
        self.wizard().next()


class SetupWizard(QWizard):
    """The first-run wizard.

    Args:
        installation: The installation to set up; ``None`` while it loads (see :meth:`set_installation`).
        ops: Runs the setup off the GUI thread.
        training: Whether this is the training installation.
        parent: Qt parent.
    """

    set_up_done = Signal(str)
    """Emitted with the administrator's user name when the wizard is finished."""

    def __init__(
        self,
        installation: Installation | None,
        ops: OpRunner,
        *,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_title(self, training)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Continue to &sign-in"))
        self.setMinimumSize(640, 520)
        self._username = ""
        self.office_page = OfficePage(self)
        self.admin_page = AdminPage(installation, ops, self)
        self.key_page = RecoveryKeyPage(self)
        for page in (self.office_page, self.admin_page, self.key_page):
            self.addPage(page)
        if training:
            banner = training_banner(self)
            banner.setWordWrap(True)
            banner.setFixedWidth(140)
            self.setSideWidget(banner)
        self.admin_page.created.connect(self._on_admin_page_created)
        self.accepted.connect(self._on_accepted)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def set_installation(self, installation: Installation) -> None:
        """Set up ``installation``, loaded after the wizard was shown; what was typed meanwhile stays."""
        self.admin_page.set_installation(installation)

    def reject(self) -> None:
        """Closing is refused on the last page: the recovery key must be confirmed first (it is not shown again)."""
        if self.currentPage() is self.key_page:
            return
        super().reject()

    @Slot(str, str)
    def _on_admin_page_created(self, username: str, recovery_key: str) -> None:
        self._username = username
        self.key_page.set_key(recovery_key)

    @Slot(int)
    def _on_current_id_changed(self, _page_id: int) -> None:
        QTimer.singleShot(0, self, self._fit_page)  # once the new page is laid out

    def _fit_page(self, passes: int = 3) -> None:
        """Grow the window (within the screen, moved back onto it) until the page shows whole.

        Qt sizes a wizard once, from short pages; at a large font scale the recovery key page's wrapped text needs
        more height than that, and its check box more width.
        """
        page = self.currentPage()
        if page is None:
            return
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.size()
        room = screen.size() - frame
        width = min(max(self.width(), self.width() + page.minimumSizeHint().width() - page.width()), room.width())
        page_width = page.width() + width - self.width()
        height = min(max(self.height(), self.height() + page.heightForWidth(page_width) - page.height()), room.height())
        if QSize(width, height) == self.size():
            return
        self.resize(width, height)
        placed = self.frameGeometry()
        placed.setSize(QSize(width, height) + frame)
        self.move(top_left_on(placed, screen))  # grown past the screen's edge, the Finish button would be out of reach
        if passes > 1:  # a new width changes the wrapped height: look again once laid out
            QTimer.singleShot(0, self, lambda: self._fit_page(passes - 1))

    @Slot()
    def _on_accepted(self) -> None:
        self.key_page.forget_key()
        self.set_up_done.emit(self._username)
