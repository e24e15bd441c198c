"""Administration > Settings: the inactivity lock, the agency and office, the office's contact and the UI language."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.services.session import Session
from fieldscreen.services.settings import MAX_CONTACT, MAX_LOCK_MINUTES, InstallationSettings

from ..ops import OpRunner
from ..translators import SYSTEM, available_languages, save_language, saved_language
from ..widgets.fitting_scroll_area import FittingScrollArea
from ..widgets.plain_label import PlainLabel
from ..widgets.width_in_chars import width_in_chars


def _save(session: Session, minutes: int, agency: str, office: str, contact: str) -> int:
    session.settings.set_lock_minutes(minutes)
    session.settings.set_names(agency, office)
    session.settings.set_contact(contact)
    return minutes


class SettingsView(QWidget):
    """Installation settings an administrator may change.

    Args:
        ops: Runs reads and writes off the GUI thread.
        parent: Qt parent.
    """

    lock_minutes_changed = Signal(int)

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Session = None
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, MAX_LOCK_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setAccessibleName(self.tr("Agency name"))
        self.office_edit = QLineEdit(self)
        self.office_edit.setAccessibleName(self.tr("Office name"))
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setAccessibleName(self.tr("Office contact for referrals"))
        self.contact_edit.setMaxLength(MAX_CONTACT)
        self.contact_edit.setPlaceholderText(self.tr("phone number or e-mail address"))
        self.language_combo = self._language_combo()
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.saved_label = PlainLabel(self)
        self.saved_label.setAccessibleName(self.tr("Settings status"))
        note = self._hint(
            self.tr("fieldscreen locks itself after this many minutes without keyboard or mouse use (1 to 30).")
        )
        width_in_chars(self.minutes_spin, 20)
        form = QFormLayout()
        form.addRow(self.tr("Loc&k after"), self.minutes_spin)
        form.addRow("", note)
        form.addRow(self.tr("&Agency name"), self.agency_edit)
        form.addRow(self.tr("&Office name"), self.office_edit)
        form.addRow(self.tr("Office con&tact"), self.contact_edit)
        form.addRow(
            "",
            self._hint(
                self.tr(
                    "Every referral packet gives it, so the receiving office can reach you about a referral (the HHS "
                    "Request for Assistance asks for it). An office line, not a personal one."
                )
            ),
        )
        form.addRow(self.tr("A&pp language"), self.language_combo)
        form.addRow(
            "",
            self._hint(
                self.tr("For this computer, from the next start. Each screening has its own interview language.")
            ),
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)  # beside the button: below it, a scrolled page could hide it
        form.addRow("", save_row)
        page = QWidget(self)
        column = QWidget(page)
        column.setLayout(form)
        width_in_chars(column, 107)  # 640 pixels at the normal text size
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(column)
        page_layout.addStretch(1)
        scroll = FittingScrollArea(page, self)  # at 200 % text in Spanish the form is taller than a laptop screen
        scroll.setAccessibleName(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for edit in (self.agency_edit, self.office_edit, self.contact_edit):
            edit.textEdited.connect(self.saved_label.clear)
        self.minutes_spin.valueChanged.connect(self.saved_label.clear)
        self.language_combo.currentIndexChanged.connect(self.saved_label.clear)

    def _hint(self, text: str) -> QLabel:
        label = PlainLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("hint")
        return label

    def _language_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("App language"))
        combo.addItem(self.tr("Same as this computer"), SYSTEM)
        for code, name in available_languages().items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(saved_language()), 0))
        return combo

    def set_session(self, session: Session) -> None:
        """Work with ``session`` from now on and load its settings."""
        self._session = session
        self._ops.run("settings_get", session.settings.get, busy=self, on_success=self._on_loaded)

    def _on_loaded(self, settings: InstallationSettings) -> None:
        self.minutes_spin.setValue(settings.lock_minutes)
        self.agency_edit.setText(settings.agency)
        self.office_edit.setText(settings.office)
        self.contact_edit.setText(settings.contact)
        self.saved_label.clear()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        session = self._session
        minutes = self.minutes_spin.value()
        agency = self.agency_edit.text().strip()
        office = self.office_edit.text().strip()
        contact = self.contact_edit.text().strip()
        save_language(self.language_combo.currentData())
        self._ops.run(
            "settings_save",
            lambda: _save(session, minutes, agency, office, contact),
            busy=self,
            on_success=self._on_saved,
        )

    def _on_saved(self, minutes: int) -> None:
        self.saved_label.setText(self.tr("Saved."))
        self.lock_minutes_changed.emit(minutes)
