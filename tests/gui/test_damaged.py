"""A damaged database at sign-in: a plain dialog with a way forward, never a traceback."""

from __future__ import annotations

import pytest
import shiboken6
from gui_helpers import ADMIN, ADMIN_PASSWORD, by_name, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from review_helpers import finalize_brief

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.gui.views.damaged_dialog import DamagedDialog
from fieldscreen.gui.views.sign_in_window import SignInWindow
from fieldscreen.store.layout import DataLayout


def _flip_last_page(database):
    data = bytearray(database.read_bytes())
    data[len(data) - 4096 + 200] ^= 0x01
    database.write_bytes(bytes(data))


def _remove_vault(data_dir):
    (data_dir / "vault.json").unlink()


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda data_dir: _flip_last_page(data_dir / "fieldscreen.db"), "failed its integrity check"),
        (_remove_vault, "vault.json is missing"),
    ],
)
def test_damaged_database_offers_the_latest_backup_and_restoring_it_works(qtbot, set_up, ops, damage, said):
    installation, _key = set_up
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    session.accounts.add("sam", "screener", "river stones under the old bridge")
    session.accounts.remove("sam")  # removing an account rekeys and keeps a backup
    session.lock()
    damage(installation.data_dir)
    assert DataLayout(installation.data_dir).holds_installation(), "the app starts at the sign-in, not the setup"

    window = SignInWindow(installation, ops)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ops)
    window.form.username_edit.setText(ADMIN)
    window.form.password_edit.setText(ADMIN_PASSWORD)
    qtbot.keyPress(window.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(DamagedDialog) is not None, timeout=15_000)
    dialog = window.findChild(DamagedDialog)
    wait_idle(qtbot, ops)
    assert "damaged" in by_name(window, "Sign-in message").text()
    assert said in by_name(window, "Sign-in message").text()
    assert by_name(dialog, "Backup to restore").count() == 1
    restore = by_name(dialog, "Restore backup")
    restore.setFocus()
    qtbot.keyClick(restore, Qt.Key.Key_Space)
    confirm = dialog.findChild(QMessageBox)
    qtbot.waitExposed(confirm)
    [yes] = [b for b in confirm.buttons() if b.text() == "Restore"]
    yes.click()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and deleted once restored
    installation.sign_in(ADMIN, ADMIN_PASSWORD).lock()


def test_the_backup_after_a_finalize_is_offered_first_and_named_in_plain_words(qtbot, set_up, ops):
    installation, _key = set_up
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)  # a daily backup, then one after the finalize
    finalize_brief(session)
    session.lock()
    _flip_last_page(installation.data_dir / "fieldscreen.db")

    dialog = DamagedDialog(installation, ops, DatabaseDamaged("page 9 failed its integrity check (HMAC)"))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ops)
    combo = by_name(dialog, "Backup to restore")
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert len(shown) == 2
    assert shown[0].endswith("(After a finalize, an amendment or an action marked done)"), shown
    assert shown[1].endswith("(Daily backup)"), shown
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole).endswith("Z-after-finalize")


def test_with_no_backup_the_dialog_offers_none(qtbot, set_up, ops):
    installation, _key = set_up
    dialog = DamagedDialog(installation, ops, DatabaseDamaged("page 9 failed its integrity check (HMAC)"))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ops)
    assert installation.backups() == []
    assert not by_name(dialog, "Restore backup").isEnabled()
    assert "no backup here to restore" in dialog.how_label.text()
    assert "restore the latest backup" not in dialog.how_label.text()
