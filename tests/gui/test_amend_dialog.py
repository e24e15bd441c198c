"""Amending twice: the dialog and the review name the answer given at the interview as the original, not the last."""

from __future__ import annotations

import pytest
from gui_helpers import ADMIN, ADMIN_PASSWORD, by_name, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from review_helpers import finalize_brief

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.gui.views.amend_dialog import AmendDialog
from fieldscreen.gui.views.review_view import DETAIL_ROLE, ReviewView

QUESTION = "cannot_leave"


@pytest.fixture
def amended_twice(set_up):
    """A finalized brief screening whose 'no' to QUESTION was amended to 'yes', then to 'don't know'."""
    installation, _key = set_up
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    screening_id = finalize_brief(session)
    session.screenings.amend(screening_id, QUESTION, Answer(AnswerStatus.ANSWERED, "yes"), "said so later")
    session.screenings.amend(screening_id, QUESTION, Answer(AnswerStatus.DONT_KNOW), "was not sure after all")
    yield session, screening_id
    session.lock()


def _dialog(qtbot, ops, amended_twice) -> AmendDialog:
    session, screening_id = amended_twice
    view = session.screenings.open(screening_id)
    dialog = AmendDialog(session, ops, view, view.state, QUESTION)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_amend_dialog_shows_the_current_and_the_original_answer(qtbot, ops, amended_twice):
    dialog = _dialog(qtbot, ops, amended_twice)
    text = by_name(dialog, "Original answer").text()
    assert "Current answer: Don't know" in text
    assert text.endswith("Original answer (kept): No"), text
    assert not [label for label in dialog.findChildren(QLabel) if "(kept): Yes" in label.text()]


def test_the_keys_shown_on_the_answer_buttons_answer_and_the_reason_keeps_its_letters(qtbot, ops, amended_twice):
    dialog = _dialog(qtbot, ops, amended_twice)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y)
    assert by_name(dialog, "New answer").text() == "New answer: Yes"
    reason = by_name(dialog, "Reason for the change")
    reason.setFocus()
    qtbot.keyClicks(reason, "Kept by the employer")  # K and D here are letters, not Don't know or Declined
    assert reason.text() == "Kept by the employer"
    assert by_name(dialog, "New answer").text() == "New answer: Yes"
    qtbot.keyClick(dialog.panel, Qt.Key.Key_N)
    assert by_name(dialog, "New answer").text() == "New answer: No"


def test_the_review_names_the_interviews_answer_as_the_original_and_the_last_reason(qtbot, ops, amended_twice):
    session, screening_id = amended_twice
    review = ReviewView(ops)
    qtbot.addWidget(review)
    review.set_session(session)
    review.open(session.screenings.open(screening_id))
    wait_idle(qtbot, ops)
    details = [item.data(DETAIL_ROLE) for item in _items(review.answers_model) if item.data(DETAIL_ROLE)]
    (detail,) = {d for d in details if "Amended" in d}
    assert "was not sure after all" in detail and "Original answer (kept): No" in detail, detail


def _items(model):
    for row in range(model.rowCount()):
        section = model.item(row)
        for child in range(section.rowCount()):
            yield section.child(child, 1)
