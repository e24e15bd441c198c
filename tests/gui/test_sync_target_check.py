"""Checking the sync target from the GUI: "Test connection" in Administration > Office key and sync, and "Sync now"
with nothing waiting, driven through the widgets against folders and the sync tests' real loopback WebDAV server."""

from __future__ import annotations

import threading

from dav_server import PASSWORD, USER
from gui_helpers import ADMIN, ADMIN_PASSWORD, CHEAP, by_name, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldscreen.gui.places.outbox import OutboxPlace
from fieldscreen.services.installation import Installation
from fieldscreen.sync.targets.folder import FolderTarget

FOLDER_OK = "Connection test passed. The sync folder is there and fieldscreen can write to it."


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _test_connection(qtbot, ops, admin_page) -> str:
    qtbot.mouseClick(by_name(admin_page, "Test connection"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    return by_name(admin_page, "Sync target status").text()


def test_test_connection_checks_a_folder_as_entered_on_a_worker(qtbot, ops, admin_page, session, tmp_path, monkeypatch):
    drive = tmp_path / "usb"
    drive.mkdir()
    threads = []
    check = FolderTarget.check
    monkeypatch.setattr(FolderTarget, "check", lambda self: (threads.append(threading.current_thread()), check(self)))
    qtbot.keyClicks(by_name(admin_page, "Sync folder"), str(drive))

    assert _test_connection(qtbot, ops, admin_page) == FOLDER_OK
    assert threads and threading.main_thread() not in threads
    assert list(drive.iterdir()) == [] and session.sync_targets.get() is None  # nothing left, nothing saved

    drive.rmdir()  # the drive is unplugged
    assert _test_connection(qtbot, ops, admin_page) == (
        "Connection test failed: The sync folder is not available. Is the USB drive or shared drive connected? "
        "Packets stay in the outbox and will be sent later."
    )
    assert _dialogs() == []


def test_a_folder_not_there_is_saved_with_a_word_that_it_is_not_there_now(qtbot, ops, admin_page, session, tmp_path):
    qtbot.keyClicks(by_name(admin_page, "Sync folder"), str(tmp_path / "usb-not-plugged-in"))
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert by_name(admin_page, "Sync target status").text().startswith("Saved. The folder is not there now")
    assert session.sync_targets.get().location == str(tmp_path / "usb-not-plugged-in")

    (tmp_path / "usb-not-plugged-in").mkdir()
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert by_name(admin_page, "Sync target status").text() == "Saved."


def test_on_the_receiving_office_a_folder_not_there_is_where_packets_cannot_be_received_yet(
    qtbot, ops, admin_page, session, tmp_path
):
    session.office_keys.generate("Intake office")
    admin_page.set_session(session)  # shown again, as the receiving office's
    wait_idle(qtbot, ops)
    qtbot.keyClicks(by_name(admin_page, "Sync folder"), str(tmp_path / "share-not-connected"))
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    said = by_name(admin_page, "Sync target status").text()
    assert said.endswith("packets from the field laptops can be received once it is.")


def test_test_connection_names_a_wrong_server_password(qtbot, ops, admin_page, dav, tls):
    admin_page.sync_target.server_radio.setChecked(True)
    qtbot.keyClicks(by_name(admin_page, "Server address"), dav.url())
    qtbot.keyClicks(by_name(admin_page, "CA certificate file"), str(tls.cert))
    admin_page.sync_target.auth_combo.setCurrentIndex(1)
    qtbot.keyClicks(by_name(admin_page, "Server user name"), USER)
    qtbot.keyClicks(by_name(admin_page, "Server password"), "not the password")
    assert _test_connection(qtbot, ops, admin_page).startswith(
        "Connection test failed: The office server did not accept the sync user name and password (or token)."
    )

    by_name(admin_page, "Server password").clear()
    qtbot.keyClicks(by_name(admin_page, "Server password"), PASSWORD)
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert by_name(admin_page, "Server password").text() == ""  # cleared on saving: the stored one is used
    assert _test_connection(qtbot, ops, admin_page).startswith("Connection test passed. The office server answered")
    assert _dialogs() == []


def test_sync_now_with_nothing_waiting_checks_the_target(qtbot, ops, tmp_path):
    office = Installation(tmp_path / "office", kdf=CHEAP)
    office.set_up(agency="State", office="Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    field = Installation(tmp_path / "field", kdf=CHEAP)
    field.set_up(agency="County", office="North", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    office_session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    session = field.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        office_session.office_keys.generate()
        office_session.office_keys.export_to(tmp_path / "key.txt")
        session.office_keys.import_key((tmp_path / "key.txt").read_bytes())
        drive = tmp_path / "usb"
        drive.mkdir()
        session.sync_targets.set_folder(str(drive))
        place = OutboxPlace(ops)
        qtbot.addWidget(place)
        place.show()
        place.set_session(session)
        wait_idle(qtbot, ops)

        qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ops)
        assert by_name(place, "Sync result").text() == (
            "Nothing was waiting to be sent. The sync folder is there and fieldscreen can write to it."
        )
        assert not place.error_label.isVisible()

        drive.rmdir()
        qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ops)
        assert by_name(place, "Sync result").text() == ""
        assert by_name(place, "Last error").text().startswith("The sync folder is not available.")
        assert _dialogs() == []
    finally:
        session.lock()
        office_session.lock()
