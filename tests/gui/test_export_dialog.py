"""The export dialog: packets chosen in a table, a folder and a password; encrypted files written; Cancel stops it."""

from __future__ import annotations

import threading

import pikepdf
import pytest
import shiboken6
from gui_helpers import by_name, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from review_helpers import SCREENER, SUPERVISOR, add_reviewers, finalize_brief, sign_in

from fieldscreen.gui.models.export_model import CASE_CODE
from fieldscreen.gui.places.outbox import OutboxPlace
from fieldscreen.gui.places.review import ReviewPlace
from fieldscreen.gui.views.export_dialog import ExportDialog
from fieldscreen.gui.views.packet_preview_dialog import PacketPreviewDialog

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
    place = OutboxPlace(ops)
    qtbot.addWidget(place)
    place.show()
    place.set_session(supervisor)
    wait_idle(qtbot, ops)
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
