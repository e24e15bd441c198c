"""The Outbox place and Administration > Office key and sync, driven through their widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from fnmatch import fnmatch

import pytest
from gui_helpers import ADMIN, ADMIN_PASSWORD, CHEAP, by_name, open_main_window, ui_catalogue, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fieldscreen.core.errors import SessionLocked
from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship
from fieldscreen.gui.main_window import OUTBOX, SCREENINGS
from fieldscreen.gui.models.outbox_model import CASE_CODE, FILE, RECEIVED_INSTRUMENT, STATUS
from fieldscreen.gui.places.outbox import OutboxPlace
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput
from fieldscreen.store.outbox import Outbox

HOUR_MS = 3_600_000


def _finalize(session) -> str:
    now = datetime.now(UTC)
    person = PersonInput(discovered_at=now - timedelta(hours=1), citizenship=Citizenship.US_CITIZEN)
    view = session.screenings.start(Intake("brief", "en", "en", InterviewContext(setting="health"), person))
    while (question := view.state.first_unanswered()) is not None:
        answer = Answer(AnswerStatus.ANSWERED, "yes" if question.name == "threatened" else "no", now)
        session.screenings.answer(view.id, question.name, answer)
        view = session.screenings.open(view.id)
    session.screenings.finalize(view.id)
    session.outbox.on_finalized(view.id)
    return view.case_code


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def key_file(tmp_path):
    office = Installation(tmp_path / "office", kdf=CHEAP)
    office.set_up(agency="State", office="Central Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.office_keys.generate()
        path = tmp_path / "office-key.txt"
        session.office_keys.export_to(path)
        return path, session.office_keys.info().key.fingerprint
    finally:
        session.lock()


def _place(qtbot, ops, session, interval_ms=HOUR_MS) -> OutboxPlace:
    place = OutboxPlace(ops, background_interval_ms=interval_ms)
    qtbot.addWidget(place)
    place.show()
    place.set_session(session)
    wait_idle(qtbot, ops)
    return place


def test_outbox_says_why_packets_wait_and_sync_now_delivers(qtbot, ops, session, key_file, tmp_path):
    case_code = _finalize(session)
    place = _place(qtbot, ops, session)
    assert by_name(place, "Packets waiting").text() == (
        "Packets waiting: 1 (1 not sealed yet: the list shows them once sealed for the office)"
    ), "the empty list below is explained"
    assert place.model.rowCount() == 0
    assert "No office key imported" in by_name(place, "Last error").text()
    qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert "No office key imported" in by_name(place, "Last error").text()
    assert _dialogs() == []

    session.office_keys.import_key(key_file[0].read_bytes())
    drive = tmp_path / "usb"
    drive.mkdir()
    session.sync_targets.set_folder(str(drive))
    qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert by_name(place, "Packets waiting").text() == "Packets waiting: 0"
    assert not place.error_label.isVisible()
    assert str(drive) in by_name(place, "Sync target").text()
    assert place.model.index(0, CASE_CODE).data() == case_code
    assert place.model.index(0, STATUS).data().startswith("Delivered")
    assert len(list(drive.glob("*.fsitem"))) == 1


def test_a_delivered_packet_is_sent_again_from_the_outbox(qtbot, ops, set_up, monitor, key_file, tmp_path):
    main = open_main_window(qtbot, set_up[0], ops, monitor)
    try:
        session, place = main.session, main.outbox_place
        session.office_keys.import_key(key_file[0].read_bytes())
        drive = tmp_path / "usb"
        drive.mkdir()
        session.sync_targets.set_folder(str(drive))
        case_code = _finalize(session)
        session.sync.sync_now()
        main.nav.setCurrentRow(OUTBOX)
        wait_idle(qtbot, ops)
        send_again = by_name(place, "Send again")
        assert not send_again.isEnabled(), "nothing chosen yet"
        [first_file] = drive.glob("*.fsitem")
        assert place.model.index(0, FILE).data() == first_file.name, "the name the office's report gives"
        place.table.setFocus()
        qtbot.keyClick(place.table, Qt.Key.Key_Down)
        assert send_again.isEnabled()
        for _ in range(2):  # the buttons stand above the list: Export packets, then Send again
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert send_again.hasFocus(), QApplication.focusWidget()
        qtbot.keyClick(send_again, Qt.Key.Key_Space)
        [box] = _dialogs()
        assert case_code in box.text()
        [yes] = [b for b in box.buttons() if b.text() == "Send again"]
        yes.click()
        wait_idle(qtbot, ops)
        assert place.model.index(0, STATUS).data() == "Waiting"
        assert not send_again.isEnabled(), "a waiting packet goes at the next sync anyway"
        qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ops)
        assert place.model.index(0, STATUS).data().startswith("Delivered")
        assert len(list(drive.glob("*.fsitem"))) == 2
    finally:
        main.close()
        wait_idle(qtbot, ops)


def test_a_round_cut_short_by_the_lock_leaves_no_message_for_after_the_sign_in(qtbot, ops, session, monkeypatch):
    place = _place(qtbot, ops, session)

    def locked_meanwhile():
        raise SessionLocked()

    monkeypatch.setattr(session.sync, "sync_now", locked_meanwhile)
    qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert not place.error_label.isVisible() and _dialogs() == []


def test_a_refused_sync_now_stays_said_when_the_outbox_refreshes(qtbot, ops, session, key_file, tmp_path):
    session.office_keys.import_key(key_file[0].read_bytes())
    session.sync_targets.set_folder(str(tmp_path / "usb-not-plugged-in"))
    place = _place(qtbot, ops, session)
    qtbot.mouseClick(by_name(place, "Sync now"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    refusal = by_name(place, "Last error").text()
    assert "USB drive" in refusal  # nothing waiting: the target was checked

    place.refresh()
    wait_idle(qtbot, ops)
    assert place.error_label.isVisible() and by_name(place, "Last error").text() == refusal


class _Clock:
    """A UTC clock that moves only when told (so retry delays pass at once)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def test_background_sync_waits_for_the_drive_and_never_opens_a_dialog(qtbot, ops, key_file, tmp_path):
    clock = _Clock()
    field = Installation(tmp_path / "field", clock=clock, kdf=CHEAP)
    field.set_up(agency="County", office="North", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = field.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.office_keys.import_key(key_file[0].read_bytes())
        drive = tmp_path / "usb"
        session.sync_targets.set_folder(str(drive))
        _finalize(session)
        place = _place(qtbot, ops, session, interval_ms=50)
        qtbot.wait(300)  # several ticks with the drive away: no round is tried
        assert session.outbox.items()[0].attempts == 0

        drive.mkdir()
        [item] = session._ctx.run(lambda conn: Outbox(conn).due_items(clock.now, include_not_due=True))
        (drive / item.name).mkdir()  # the item's name is taken by a folder: writing fails
        qtbot.waitUntil(lambda: "sync folder failed" in place.error_label.text(), timeout=15_000)
        assert _dialogs() == []

        (drive / item.name).rmdir()
        clock.now += timedelta(minutes=5)  # the retry delay has passed
        qtbot.waitUntil(lambda: place.waiting_label.text() == "Packets waiting: 0", timeout=15_000)
        assert _dialogs() == []
    finally:
        session.lock()


def test_the_office_receives_packets_in_its_outbox(qtbot, ops, session, tmp_path):
    office = Installation(tmp_path / "office2", kdf=CHEAP)
    office.set_up(agency="State", office="Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    office_session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        office_session.office_keys.generate()
        office_session.office_keys.export_to(tmp_path / "key.txt")
        drive = tmp_path / "share"
        drive.mkdir()
        office_session.sync_targets.set_folder(str(drive))
        session.office_keys.import_key((tmp_path / "key.txt").read_bytes())
        session.sync_targets.set_folder(str(drive))
        case_code = _finalize(session)
        session.sync.sync_now()

        place = _place(qtbot, ops, office_session)
        assert place.office_part.isVisible() and place.received_model.rowCount() == 0
        qtbot.mouseClick(by_name(place, "Receive packets now"), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ops)
        assert "Received 1 new packet" in by_name(place, "Receive result").text()
        assert place.received_model.index(0, 0).data() == case_code
        assert place.received_model.index(0, RECEIVED_INSTRUMENT).data() == "Brief screen: work and safety (1.0.0)"
    finally:
        office_session.lock()


def test_an_administrator_imports_the_key_after_seeing_its_fingerprint(qtbot, ops, admin_page, key_file, monkeypatch):
    path, fingerprint = key_file
    assert "No office key imported" in by_name(admin_page, "Office key status").text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(by_name(admin_page, "Import office key"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert fingerprint in by_name(admin_page, "Key to import").text()
    qtbot.mouseClick(by_name(admin_page, "Import this key"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert fingerprint in by_name(admin_page, "Office key status").text()
    assert "Packets sealed and queued now: 0" in by_name(admin_page, "Office key result").text()


@pytest.mark.parametrize(
    ("language", "filters"),
    [
        ("en", "All files (*);;fieldscreen office key (*.txt *.fskey)"),
        ("es", "Todos los archivos (*);;clave de oficina de fieldscreen (*.txt *.fskey)"),
    ],
)
def test_the_key_import_dialog_shows_every_file_first(qtbot, qapp, admin_page, monkeypatch, language, filters):
    """``office-key export --out FILE`` writes whatever name it is given (the README's has no suffix)."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: asked.append(a[3]) or ("", ""))
    button = by_name(admin_page, "Import office key")
    with ui_catalogue(qapp, language):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [filters]
    shown_first = asked[0].split(";;")[0].partition("(")[2].rstrip(")").split()
    assert any(fnmatch("office-key", pattern) for pattern in shown_first)


def test_an_administrator_makes_the_receiving_office_and_exports_its_key(qtbot, ops, admin_page, tmp_path, monkeypatch):
    qtbot.mouseClick(by_name(admin_page, "Make this the receiving office"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    [box] = _dialogs()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert "receiving office" in by_name(admin_page, "Office key status").text()
    result = by_name(admin_page, "Office key result").text()
    assert "A backup holding the office's private key was made" in result and "off this computer" in result
    out = tmp_path / "exported.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(by_name(admin_page, "Export public key"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert out.read_text().startswith("fieldscreen-office-key 1")


def test_an_administrator_sets_a_folder_and_a_server(qtbot, ops, admin_page, session, tmp_path):
    folder = by_name(admin_page, "Sync folder")
    qtbot.keyClicks(folder, str(tmp_path / "usb"))
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert str(tmp_path / "usb") in by_name(admin_page, "Current sync target").text()

    admin_page.sync_target.server_radio.setChecked(True)
    qtbot.keyClicks(by_name(admin_page, "Server address"), "https://office.example/dav/inbox/")
    qtbot.keyClicks(by_name(admin_page, "Pinned certificate fingerprint"), "ab" * 32)
    admin_page.sync_target.auth_combo.setCurrentIndex(1)
    qtbot.keyClicks(by_name(admin_page, "Server user name"), "laptop-7")
    qtbot.keyClicks(by_name(admin_page, "Server password"), "a server password")
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert "pinned certificate" in by_name(admin_page, "Current sync target").text()
    assert by_name(admin_page, "Server password").text() == ""
    assert session.sync_targets.stored()[1].password == "a server password"


def test_the_outbox_shows_a_packet_queued_while_the_window_was_open(qtbot, ops, set_up, monitor):
    main = open_main_window(qtbot, set_up[0], ops, monitor)
    try:
        main.nav.setCurrentRow(OUTBOX)
        wait_idle(qtbot, ops)
        assert by_name(main, "Packets waiting").text() == "Packets waiting: 0"
        main.nav.setCurrentRow(SCREENINGS)
        _finalize(main.session)  # finalized and its packet queued while another place is on screen
        main.nav.setCurrentRow(OUTBOX)
        wait_idle(qtbot, ops)
        assert by_name(main, "Packets waiting").text().startswith("Packets waiting: 1 ")

        _finalize(main.session)  # while the outbox is on screen; the screenings place says so when it finalizes
        main.screenings_place.screenings_changed.emit()
        wait_idle(qtbot, ops)
        assert by_name(main, "Packets waiting").text().startswith("Packets waiting: 2 ")
    finally:
        main.close()
        wait_idle(qtbot, ops)


def test_the_office_outbox_speaks_of_receiving(qtbot, ops, tmp_path):
    office = Installation(tmp_path / "office3", kdf=CHEAP)
    office.set_up(agency="State", office="Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        session.office_keys.generate()
        place = _place(qtbot, ops, session)
        assert by_name(place, "About the outbox").text().startswith("This is the receiving office: referral packets")
        assert by_name(place, "Sync target").text() == (
            "No sync folder or office server is set up: packets cannot be received."
        )
        assert by_name(place, "Receive result").text().startswith("No packets received yet.")

        qtbot.mouseClick(by_name(place, "Receive packets now"), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ops)
        assert by_name(place, "Receive result").text() == (
            "No sync folder or office server is set up: packets cannot be received. Ask your administrator to set "
            "up the folder or server the field laptops send to (Administration, Office key and sync)."
        )

        drive = tmp_path / "usb"
        drive.mkdir()
        session.sync_targets.set_folder(str(drive))
        drive.rmdir()  # the drive is unplugged
        qtbot.mouseClick(by_name(place, "Receive packets now"), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ops)
        said = by_name(place, "Receive result").text()
        assert said.startswith("The sync folder is not available.")
        assert said.endswith(
            "Nothing was received and nothing is lost: the packets wait there until they can be received."
        )
        for words in ("outbox", "sent", "send"):
            assert words not in said.lower()
        place.refresh()
        wait_idle(qtbot, ops)
        assert by_name(place, "Sync target").text() == f"Packets arrive in: Folder {drive}"
    finally:
        session.lock()


def test_the_sync_target_of_the_receiving_office_is_where_packets_arrive(qtbot, ops, admin_page, session, tmp_path):
    assert by_name(admin_page, "Current sync target").text() == "No sync target is set: packets wait in the outbox."
    qtbot.mouseClick(by_name(admin_page, "Make this the receiving office"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    qtbot.mouseClick(_dialogs()[0].button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert by_name(admin_page, "Current sync target").text().startswith("No sync target is set: no packets can be")
    qtbot.keyClicks(by_name(admin_page, "Sync folder"), str(tmp_path / "share"))
    qtbot.mouseClick(by_name(admin_page, "Save sync target"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert by_name(admin_page, "Current sync target").text() == (
        f"Packets from the field laptops arrive in: Folder {tmp_path / 'share'}"
    )
