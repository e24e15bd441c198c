"""The export dialog: packets chosen in a table, a folder and a password; encrypted files written; Cancel stops it.

At the receiving office, the received packets open in the preview and are exported the same way."""

from __future__ import annotations

import threading

import pikepdf
import pytest
import shiboken6
from a11y_walker import unnamed
from gui_helpers import ADMIN, ADMIN_PASSWORD, CHEAP, by_name, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from review_helpers import SCREENER, SUPERVISOR, add_reviewers, finalize_brief, sign_in
from test_outbox_gui import _place as outbox_place

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.gui.models.export_model import CASE_CODE
from fieldscreen.gui.places.review import ReviewPlace
from fieldscreen.gui.views.export_dialog import ExportDialog
from fieldscreen.gui.views.packet_preview_dialog import PacketPreviewDialog
from fieldscreen.services.installation import Installation

PASSWORD = "blue kettle under the quiet bridge"


@pytest.fixture
def supervisor(set_up):
    """A supervisor's session over three finalized screenings (each with its stored packet)."""
    installation, _key = set_up
    add_reviewers(installation)
    sam = sign_in(installation, SCREENER)
    try:
        for _ in range(3):
            finalize_brief(sam)
    finally:
        sam.lock()
    session = sign_in(installation, SUPERVISOR)
    yield session
    if not session.locked:
        session.lock()


@pytest.fixture
def out(tmp_path):
    """The export folder (a USB drive, say)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _dialog(qtbot, ops, session, screening_ids=()) -> ExportDialog:
    dialog = ExportDialog(session, ops, screening_ids)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ops)
    return dialog


def _fill(qtbot, dialog: ExportDialog, folder, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    choose = by_name(dialog, "Choose folder")
    choose.setFocus()
    qtbot.keyClick(choose, Qt.Key.Key_Space)
    assert by_name(dialog, "Export folder").text() == str(folder)
    qtbot.keyClicks(by_name(dialog, "Password"), PASSWORD)
    assert not by_name(dialog, "Export").isEnabled()
    qtbot.keyClicks(by_name(dialog, "Repeat password"), PASSWORD)


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_folder_labels_alt_key_moves_into_the_folder_field(qtbot, ops, supervisor):
    dialog = _dialog(qtbot, ops, supervisor)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    by_name(dialog, "Password").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "&Folder"
    assert QApplication.focusWidget() is by_name(dialog, "Export folder")


def test_selected_packets_are_written_encrypted(qtbot, ops, supervisor, out, monkeypatch):
    packets = supervisor.export.exportable()
    wanted = [packets[0].screening_id, packets[2].screening_id]
    dialog = _dialog(qtbot, ops, supervisor, tuple(wanted))
    assert by_name(dialog, "Packets selected").text() == "2 of 3 packets selected"
    assert sorted(p.screening_id for p in dialog.selected_packets()) == sorted(wanted)
    _fill(qtbot, dialog, out, monkeypatch)
    _press(qtbot, by_name(dialog, "Export"))
    wait_idle(qtbot, ops)

    files = sorted(out.iterdir())
    assert len(files) == 2 and all(f.suffix == ".pdf" for f in files)
    assert by_name(dialog, "Export result").text().startswith(f"Wrote 2 files to {out}.")
    assert by_name(dialog, "Export progress").value() == 2
    codes = {p.case_code for p in packets if p.screening_id in wanted}
    assert {f.name.split("_")[0] for f in files} == codes
    for path in files:
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(path)
        with pikepdf.open(path, password=PASSWORD) as pdf:
            assert pdf.is_encrypted and pdf.encryption.R == 6
            assert len(pdf.pages) > 1


def test_export_waits_for_the_same_acceptable_password_twice(qtbot, ops, supervisor, out, monkeypatch):
    dialog = _dialog(qtbot, ops, supervisor)
    table = by_name(dialog, "Packets to export")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert by_name(dialog, "Packets selected").text() == "3 of 3 packets selected"
    _fill(qtbot, dialog, out, monkeypatch)
    repeat = by_name(dialog, "Repeat password")
    qtbot.keyClicks(repeat, "x")
    assert "not the same" in by_name(dialog, "Password feedback").text()
    assert not by_name(dialog, "Export").isEnabled()
    qtbot.keyClick(repeat, Qt.Key.Key_Backspace)
    assert by_name(dialog, "Export").isEnabled()
    qtbot.keyClicks(by_name(dialog, "Password"), "x")
    assert not by_name(dialog, "Export").isEnabled()


def test_cancel_stops_the_export(qtbot, ops, supervisor, out, monkeypatch):
    dialog = _dialog(qtbot, ops, supervisor, tuple(p.screening_id for p in supervisor.export.exportable()))
    _fill(qtbot, dialog, out, monkeypatch)
    gate = threading.Event()
    holder = threading.Thread(target=lambda: supervisor._ctx.run(lambda _conn: gate.wait(30)))
    holder.start()  # the database thread waits, so the export cannot get past its start yet
    try:
        _press(qtbot, by_name(dialog, "Export"))
        assert dialog.running and not by_name(dialog, "Export").isEnabled()
        _press(qtbot, by_name(dialog, "Cancel export"))
    finally:
        gate.set()
        holder.join()
    wait_idle(qtbot, ops)
    assert not dialog.running
    assert by_name(dialog, "Export result").text() == "Export cancelled. 0 files had been written."
    assert list(out.iterdir()) == []
    assert by_name(dialog, "Export").isEnabled()


def test_closing_while_exporting_cancels_then_closes(qtbot, ops, supervisor, out, monkeypatch):
    dialog = _dialog(qtbot, ops, supervisor, tuple(p.screening_id for p in supervisor.export.exportable()))
    _fill(qtbot, dialog, out, monkeypatch)
    gate = threading.Event()
    holder = threading.Thread(target=lambda: supervisor._ctx.run(lambda _conn: gate.wait(30)))
    holder.start()
    try:
        _press(qtbot, by_name(dialog, "Export"))
        dialog.reject()
        assert dialog.isVisible()
    finally:
        gate.set()
        holder.join()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=15_000)  # closed and deleted
    assert list(out.iterdir()) == []


def test_review_place_previews_the_packet_and_opens_the_export(qtbot, ops, supervisor):
    place = ReviewPlace(ops)
    qtbot.addWidget(place)
    place.set_session(supervisor)
    place.show()
    wait_idle(qtbot, ops)
    table = by_name(place, "Review queue")
    table.setFocus()
    table.selectRow(0)
    _press(qtbot, by_name(place, "Preview packet"))
    preview = place.findChild(PacketPreviewDialog)
    wait_idle(qtbot, ops)
    assert preview.page_count > 1
    preview.close()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, by_name(place, "Export packets"))
    dialog = place.findChild(ExportDialog)
    wait_idle(qtbot, ops)
    assert by_name(dialog, "Packets selected").text() == "3 of 3 packets selected"
    dialog.close()


def test_the_outbox_offers_the_export_to_reviewers_only(qtbot, ops, supervisor, set_up):
    place = outbox_place(qtbot, ops, supervisor)
    _press(qtbot, by_name(place, "Export packets"))
    dialog = place.findChild(ExportDialog)
    wait_idle(qtbot, ops)
    assert by_name(dialog, "Packets selected").text() == "0 of 3 packets selected"
    dialog.close()
    supervisor.lock()
    sam = sign_in(set_up[0], SCREENER)
    try:
        place.set_session(sam)
        wait_idle(qtbot, ops)
        assert not place.export_button.isVisible()
    finally:
        sam.lock()


def test_sorting_by_a_column_keeps_the_selection(qtbot, ops, supervisor):
    packets = supervisor.export.exportable()
    wanted = packets[1].screening_id
    dialog = _dialog(qtbot, ops, supervisor, (wanted,))
    shown = [dialog.table.proxy.index(row, CASE_CODE).data() for row in range(3)]
    assert shown == [p.case_code for p in sorted(packets, key=lambda p: p.created_at, reverse=True)]
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(CASE_CODE) + 5, 5))
    shown = [dialog.table.proxy.index(row, CASE_CODE).data() for row in range(3)]
    assert shown == sorted(shown) and header.sortIndicatorSection() == CASE_CODE
    assert [p.screening_id for p in dialog.selected_packets()] == [wanted]
    dialog.close()


@pytest.fixture
def office(set_up, tmp_path):
    """A receiving office's administrator session holding the packets a field laptop sent: two screenings, the first
    amended (two versions)."""
    office = Installation(tmp_path / "office", kdf=CHEAP)
    office.set_up(agency="State", office="Central Intake", admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = office.sign_in(ADMIN, ADMIN_PASSWORD)
    session.office_keys.generate()
    session.office_keys.export_to(tmp_path / "office-key.txt")
    drive = tmp_path / "share"
    drive.mkdir()
    field = set_up[0].sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        field.office_keys.import_key((tmp_path / "office-key.txt").read_bytes())
        field.sync_targets.set_folder(str(drive))
        first = finalize_brief(field)
        finalize_brief(field)
        field.screenings.amend(first, "job_changed", Answer(AnswerStatus.ANSWERED, "yes"), "The person told us more")
        field.outbox.on_amended(first)
        assert field.sync.sync_now().delivered == 3
    finally:
        field.lock()
    session.sync_targets.set_folder(str(drive))
    assert session.ingest.ingest_from().imported == 3
    yield session
    session.lock()


def test_enter_on_a_received_packet_opens_its_preview(qtbot, ops, office):
    place = outbox_place(qtbot, ops, office)
    assert place.office_part.isVisible() and place.received_model.rowCount() == 3
    assert unnamed(place.office_part) == []
    table = by_name(place, "Received packets")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert not place.findChildren(PacketPreviewDialog)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    [preview] = place.findChildren(PacketPreviewDialog)
    wait_idle(qtbot, ops)
    case_code = place.received_model.index(0, 0).data()
    assert preview.page_count > 1 and case_code in preview.windowTitle()
    [view] = office.audit.recent(action="ingested_packet_view")
    assert view.detail == {"ingested_id": place.received_model.packet(0).id}
    preview.close()

    second = table.model().index(1, 0)
    where = table.visualRect(second).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    wait_idle(qtbot, ops)
    previews = [p for p in place.findChildren(PacketPreviewDialog) if shiboken6.isValid(p) and p.isVisible()]
    assert [p.windowTitle() for p in previews] == [f"Packet preview: {second.data()}"]
    previews[0].close()
    _press(qtbot, by_name(place, "Preview received packet"))
    wait_idle(qtbot, ops)
    assert len(office.audit.recent(action="ingested_packet_view")) == 3


def test_selected_received_packets_are_exported_encrypted(qtbot, ops, office, out, monkeypatch):
    place = outbox_place(qtbot, ops, office)
    assert place.office_part.isVisible() and place.received_model.rowCount() == 3
    table = by_name(place, "Received packets")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    [selected] = table.selectionModel().selectedRows()
    chosen, chosen_id = selected.data(), place.received_model.packet(selected.row()).id
    _press(qtbot, by_name(place, "Export received packets"))
    dialog = place.findChild(ExportDialog)
    wait_idle(qtbot, ops)
    assert dialog.windowTitle() == "Export received packets" and unnamed(dialog) == []
    assert [p.packet_id for p in dialog.selected_packets()] == [chosen_id]
    assert by_name(dialog, "Packets selected").text().startswith("1 of ")
    assert dialog.model.index(0, 3).data().startswith("Received ")
    _fill(qtbot, dialog, out, monkeypatch)
    _press(qtbot, by_name(dialog, "Export"))
    wait_idle(qtbot, ops)

    [path] = out.iterdir()
    assert path.name.startswith(f"{chosen}_") and path.suffix == ".pdf" and path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(path)
    with pikepdf.open(path, password=PASSWORD) as pdf:
        assert pdf.is_encrypted and pdf.encryption.R == 6 and len(pdf.pages) > 1
    [end] = office.audit.recent(action="received_packets_exported")
    assert end.detail["count"] == 1 and end.detail["outcome"] == "done"
    dialog.close()


def test_an_earlier_received_version_chosen_is_listed_and_selected(qtbot, ops, office):
    [earlier] = [p for p in office.export.received(latest_only=False) if not p.latest]
    place = outbox_place(qtbot, ops, office)
    row = next(r for r in range(3) if place.received_model.packet(r).id == earlier.packet_id)
    table = by_name(place, "Received packets")
    table.setFocus()
    table.selectRow(row)
    _press(qtbot, by_name(place, "Export received packets"))
    dialog = place.findChild(ExportDialog)
    wait_idle(qtbot, ops)
    assert by_name(dialog, "Show earlier versions").isChecked()
    assert [(p.packet_id, p.version) for p in dialog.selected_packets()] == [(earlier.packet_id, 1)]
    assert by_name(dialog, "Packets selected").text() == "1 of 3 packets selected"
    dialog.close()
