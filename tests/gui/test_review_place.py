"""The Review place: the queue, read-only review, approve and return by keyboard, and the preview of a real packet."""

from __future__ import annotations

import io

import pytest
import shiboken6
from gui_helpers import by_name, press_enter, wait_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from review_helpers import SCREENER, SUPERVISOR, add_reviewers, finalize_brief, sign_in, start_brief

from fieldscreen.gui.labels import unbroken
from fieldscreen.gui.models import screenings_model
from fieldscreen.gui.models.review_model import CASE_CODE, FINALIZED, STATUS
from fieldscreen.gui.models.review_model import SCREENER as SCREENER_COLUMN
from fieldscreen.gui.places.review import EXPLANATION, QUEUE, SCREENING, ReviewPlace
from fieldscreen.gui.places.screenings import ScreeningsPlace
from fieldscreen.gui.views.packet_preview_dialog import PacketPreviewDialog
from fieldscreen.gui.views.return_dialog import ReturnDialog
from fieldscreen.store import packets_repo

COMMENT = "Ask again about the debt & the papers <b>gently</b>."


@pytest.fixture
def screened(set_up):
    """Two finalized screenings and one draft by the screener; yields (installation, finalized ids)."""
    installation, _key = set_up
    add_reviewers(installation)
    sam = sign_in(installation, SCREENER)
    try:
        ids = [finalize_brief(sam), finalize_brief(sam)]
        start_brief(sam)
    finally:
        sam.lock()
    return installation, ids


@pytest.fixture
def supervisor(screened):
    session = sign_in(screened[0], SUPERVISOR)
    yield session
    if not session.locked:
        session.lock()


def _place(qtbot, ops, session) -> ReviewPlace:
    place = ReviewPlace(ops)
    qtbot.addWidget(place)
    place.resize(1200, 700)
    place.set_session(session)
    place.show()
    wait_idle(qtbot, ops)
    return place


def _case_codes(place: ReviewPlace) -> list[str]:
    proxy = place.table.proxy
    return [proxy.index(row, CASE_CODE).data() for row in range(proxy.rowCount())]


def _open_first(qtbot, ops, place: ReviewPlace) -> str:
    table = by_name(place, "Review queue")
    table.setFocus()
    table.selectRow(0)
    case_code = table.proxy.index(0, CASE_CODE).data()
    press_enter(qtbot, table)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == SCREENING
    return case_code


def test_the_queue_lists_finalized_screenings_only(qtbot, ops, screened, supervisor):
    place = _place(qtbot, ops, supervisor)
    codes = {supervisor.screenings.open(i).case_code for i in screened[1]}
    assert place.pages.currentIndex() == QUEUE
    assert set(_case_codes(place)) == codes
    proxy = place.table.proxy
    for row in range(proxy.rowCount()):
        assert proxy.index(row, SCREENER_COLUMN).data() == SCREENER
        assert proxy.index(row, STATUS).data() == "Finalized"
        assert proxy.index(row, FINALIZED).data()
    assert by_name(place, "Review queue summary").text() == "Waiting for review: 2"
    qtbot.keyClicks(by_name(place, "Filter the queue"), sorted(codes)[0])
    assert _case_codes(place) == [sorted(codes)[0]]


def test_screeners_see_why_the_place_is_empty(qtbot, ops, screened):
    sam = sign_in(screened[0], SCREENER)
    try:
        place = _place(qtbot, ops, sam)
        assert place.pages.currentIndex() == EXPLANATION
        assert place.model.rowCount() == 0
    finally:
        sam.lock()


def test_approve_by_keyboard_from_the_read_only_review(qtbot, ops, screened, supervisor):
    place = _place(qtbot, ops, supervisor)
    case_code = _open_first(qtbot, ops, place)
    assert place.review.heading.text().startswith(f"Review: case {unbroken(case_code)}")
    assert not place.review.edit_button.isVisible() and not place.review.finalize_button.isVisible()
    approve = by_name(place, "Approve")
    approve.setFocus()
    qtbot.keyClick(approve, Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == QUEUE
    assert by_name(place, "Review result").text() == f"Case {case_code} approved."
    assert case_code not in _case_codes(place)
    [approved] = [i for i in screened[1] if supervisor.screenings.open(i).case_code == case_code]
    assert supervisor.screenings.open(approved).status == "approved"


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_back_from_a_review_the_same_screening_is_selected(qtbot, ops, screened, supervisor, order):
    place = _place(qtbot, ops, supervisor)
    table = by_name(place, "Review queue")
    table.sort_by(CASE_CODE, order)  # one of the two orders is not the order the queue loads in
    table.setFocus()
    table.selectRow(1)
    second = table.proxy.index(1, CASE_CODE).data()
    press_enter(qtbot, table)
    wait_idle(qtbot, ops)
    back = by_name(place, "Back to the list")
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Space)
    wait_idle(qtbot, ops)
    assert place.pages.currentIndex() == QUEUE
    assert table.proxy.index(table.currentIndex().row(), CASE_CODE).data() == second
    assert table.hasFocus()


def test_return_needs_a_comment_and_the_screener_sees_it(qtbot, ops, screened, supervisor):
    place = _place(qtbot, ops, supervisor)
    case_code = _open_first(qtbot, ops, place)
    returning = by_name(place, "Return to the screener")
    returning.setFocus()
    qtbot.keyClick(returning, Qt.Key.Key_Space)
    dialog = place.findChild(ReturnDialog)
    qtbot.waitExposed(dialog)
    confirm = by_name(dialog, "Confirm return")
    assert not confirm.isEnabled()
    comment = by_name(dialog, "Comment for the screener")
    assert dialog.focusWidget() is comment
    qtbot.keyClicks(comment, "   ")
    assert not confirm.isEnabled()
    comment.clear()
    qtbot.keyClicks(comment, COMMENT)
    qtbot.keyClick(comment, Qt.Key.Key_Tab)
    confirm.setFocus()
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=15_000)
    wait_idle(qtbot, ops)
    assert by_name(place, "Review result").text() == f"Case {case_code} returned to its screener."
    assert case_code not in _case_codes(place)
    supervisor.lock()

    sam = sign_in(screened[0], SCREENER)
    try:
        screenings = ScreeningsPlace(ops)
        qtbot.addWidget(screenings)
        screenings.set_session(sam)
        screenings.show()
        wait_idle(qtbot, ops)
        model = screenings.list_view.model
        [row] = [r for r in range(model.rowCount()) if model.summary(r).case_code == case_code]
        assert model.index(row, screenings_model.STATUS).data() == "Returned"
        status = model.index(row, screenings_model.STATUS)
        assert status.data(Qt.ItemDataRole.AccessibleTextRole) == f"Returned: {COMMENT}"
        assert "&lt;b&gt;gently&lt;/b&gt;" in status.data(Qt.ItemDataRole.ToolTipRole), "the markup shown as typed"
        screenings.open_screening(model.summary(row).id)
        wait_idle(qtbot, ops)
        qtbot.keyClick(by_name(screenings, "Show the supervisor's comment"), Qt.Key.Key_Space)  # folded until asked
        note = by_name(screenings, "Supervisor's comment")
        assert note.text() == f"Returned by the supervisor: {COMMENT}"
        assert note.textFormat() == Qt.TextFormat.PlainText, "the comment's <b> is shown, not applied"
    finally:
        sam.lock()


def test_preview_shows_every_page_of_the_stored_packet(qtbot, ops, screened, supervisor):
    packet = supervisor._ctx.run(packets_repo.latest, screened[1][0], "referral")
    pdf = supervisor._ctx.run(packets_repo.pdf_and_manifest, packet.id)[0]
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    dialog = PacketPreviewDialog(ops, lambda: pdf, packet.case_code)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ops)
    assert dialog.page_count == pages > 1
    position = by_name(dialog, "Page position")
    assert position.text() == f"Page 1 of {pages}"
    pages_view = by_name(dialog, "Packet pages")
    qtbot.waitUntil(lambda: pages_view.verticalScrollBar().maximum() > 0)  # laid out
    pages_view.setFocus()
    qtbot.keyClick(pages_view, Qt.Key.Key_PageDown)
    assert position.text() == f"Page 2 of {pages}"
    qtbot.keyClick(pages_view, Qt.Key.Key_PageUp)
    assert position.text() == f"Page 1 of {pages}"
    width = dialog._labels[0].pixmap().width()
    qtbot.keyClick(pages_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ops)
    assert by_name(dialog, "Zoom level").text() == "125 %"
    assert dialog._labels[0].pixmap().width() > width
    assert dialog.page_count == pages
