"""First-run setup, driven with the keyboard like a person would."""

from __future__ import annotations

from a11y_walker import clipped, settle
from gui_helpers import by_name, press_enter, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from fieldscreen.gui.look import Appearance
from fieldscreen.gui.views import recovery_key_page
from fieldscreen.gui.views.recovery_key_page import last_group
from fieldscreen.gui.views.setup_wizard import SetupWizard

PASSWORD = "quiet river under the old bridge"


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _fill_in(qtbot, wizard, ops):
    """Office and administrator filled in by keyboard, up to the recovery key page."""
    _type(qtbot, by_name(wizard, "Agency name"), "Canary agency")
    _type(qtbot, by_name(wizard, "Office name"), "Canary office")
    qtbot.keyClick(by_name(wizard, "Office name"), Qt.Key.Key_Return)
    _type(qtbot, by_name(wizard, "Administrator user name"), "chief")
    _type(qtbot, by_name(wizard, "Password"), PASSWORD)
    _type(qtbot, by_name(wizard, "Repeat password"), PASSWORD)
    press_enter(qtbot, by_name(wizard, "Repeat password"))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=15_000)
    wait_idle(qtbot, ops)


def test_setup_by_keyboard_creates_the_installation_and_confirms_the_key(qtbot, installation, ops, tmp_path):
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    finished = []
    wizard.set_up_done.connect(finished.append)

    _type(qtbot, by_name(wizard, "Agency name"), "Canary agency")
    _type(qtbot, by_name(wizard, "Office name"), "Canary office")
    wizard.grab().save(str(tmp_path / "setup.png"))
    qtbot.keyClick(by_name(wizard, "Office name"), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin_page

    _type(qtbot, by_name(wizard, "Administrator user name"), "chief")
    _type(qtbot, by_name(wizard, "Display name"), "Canary person")
    password = by_name(wizard, "Password")
    _type(qtbot, password, "too short")
    feedback = by_name(wizard, "Password feedback").text()
    assert "15" in feedback and feedback.startswith("\u2717")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    password.clear()
    _type(qtbot, password, PASSWORD)
    _type(qtbot, by_name(wizard, "Repeat password"), PASSWORD)
    assert by_name(wizard, "Password feedback").text().startswith("\u2713")
    press_enter(qtbot, by_name(wizard, "Repeat password"))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=15_000)
    wait_idle(qtbot, ops)
    assert installation.is_set_up()

    key = by_name(wizard, "Recovery key").text()
    assert len(key.split("-")) == 7
    steps = by_name(wizard, "Next steps")
    assert steps.isVisible() and "Administration > Office key and sync" in steps.text()
    assert "none is sent" in steps.text(), "without the office key nothing leaves: the administrator is told at once"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    _type(qtbot, by_name(wizard, "Last group of the recovery key"), last_group(key))
    assert not finish.isEnabled(), "ticking the box is also required"
    stored = by_name(wizard, "I have stored the recovery key")
    stored.setFocus()
    qtbot.keyClick(stored, Qt.Key.Key_Space)
    assert finish.isEnabled()
    wizard.reject()
    assert wizard.isVisible(), "the key page cannot be closed before the key is confirmed"
    qtbot.keyClick(stored, Qt.Key.Key_Return)
    assert finished == ["chief"]
    assert (tmp_path / "setup.png").stat().st_size > 1000


def test_wrong_last_group_keeps_finish_disabled(qtbot, installation, ops):
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.key_page.set_key("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC")
    wizard.key_page.stored_box.setChecked(True)
    wizard.key_page.group_edit.setText("89abd")
    assert not wizard.key_page.isComplete()
    wizard.key_page.group_edit.setText(" 89abc ")
    assert wizard.key_page.isComplete()


def test_password_may_not_differ_from_its_repetition(qtbot, installation, ops):
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    form = wizard.admin_page.password_form
    form.password_edit.setText(PASSWORD)
    form.repeat_edit.setText(PASSWORD + "!")
    assert not form.is_acceptable()
    assert "not the same" in form.feedback.text()


def test_a_copied_key_leaves_the_clipboard_after_a_minute_or_on_leaving_the_page(qtbot, installation, ops, monkeypatch):
    key = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC"
    monkeypatch.setattr(recovery_key_page, "CLIPBOARD_MS", 50)  # a minute in the product
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.key_page
    page.set_key(key)
    page.setVisible(True)
    clipboard = QGuiApplication.clipboard()

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == key and page.copied_label.isVisibleTo(page)
    qtbot.waitUntil(lambda: clipboard.text() == "")
    assert not page.copied_label.isVisibleTo(page)

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    page.setVisible(False)  # going on to the next page
    assert clipboard.text() == ""
    page.setVisible(True)

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("something else copied since")
    page.clear_clipboard()
    assert clipboard.text() == "something else copied since", "never clears what the user copied since"


def test_at_double_text_size_the_recovery_key_page_grows_to_show_its_text(qtbot, qapp, look, installation, ops):
    """Qt sizes a wizard from its short pages: the key page's wrapped paragraphs were cut off at 200 %."""
    Appearance(qapp).set_scale(2.0)
    wizard = SetupWizard(installation, ops)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.move(100, 250)  # low on the screen: growing must not push the Finish button off it
    first = wizard.size()
    _fill_in(qtbot, wizard, ops)
    qtbot.waitUntil(lambda: wizard.height() > first.height())
    settle(qtbot, wizard)
    screen = wizard.screen().availableGeometry()
    assert screen.contains(wizard.frameGeometry()), (screen, wizard.frameGeometry())
    # The offscreen screen (800 px) is narrower than a laptop's: only the unbroken key itself may not fit it.
    assert [found for found in clipped(wizard) if "'recoveryKey'" not in found] == []
