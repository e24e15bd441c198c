"""The screening screens: every interactive widget has a name, text scales app-wide, high contrast switches on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from a11y_walker import unnamed
from gui_helpers import finalized_with_deadline, open_main_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fieldscreen.gui.main_window import DEADLINES
from fieldscreen.gui.views.amend_dialog import AmendDialog
from fieldscreen.gui.views.edit_details_dialog import EditContextDialog, EditPersonDialog
from fieldscreen.gui.views.mark_done_dialog import MarkDoneDialog


@pytest.fixture
def main(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    app = QApplication.instance()
    saved = app.font(), QPalette(app.palette()), app.styleSheet()
    window = open_main_window(qtbot, installation, ops, monitor, size=(1366, 768))
    yield window
    window.close()
    wait_idle(qtbot, ops)
    app.setFont(saved[0])
    app.setPalette(saved[1])
    app.setStyleSheet(saved[2])


def test_every_screening_screen_names_its_widgets(qtbot, main, ops):
    place = main.screenings_place
    assert unnamed(main) == []
    place.list_view.new_button.click()
    wait_idle(qtbot, ops)
    assert unnamed(main) == [], "before you begin"
    page = place.new_view.begin_page
    page.setting_combo.setCurrentIndex(1)
    page.private_combo.setCurrentIndex(1)
    page.alone_combo.setCurrentIndex(1)
    page.interpreter_check.setChecked(True)
    assert unnamed(main) == [], "the interpreter's details"
    page.interpreter_language_edit.setText("Spanish")
    page.relationship_combo.setCurrentIndex(2)
    page.disclosure_button.click()
    place.new_view.next_button.click()
    assert unnamed(main) == [], "the person"
    place.new_view.start_button.click()
    wait_idle(qtbot, ops)
    interview = place.interview
    assert interview.current == "did_work"
    qtbot.keyClick(interview.panel, Qt.Key.Key_Y)
    wait_idle(qtbot, ops)
    for question in ("did_work", "hours_per_day", "job_promise", "work_type"):
        interview.show_question(question)
        wait_idle(qtbot, ops)
        assert unnamed(main) == [], question
    interview.review_button.click()
    wait_idle(qtbot, ops)
    assert unnamed(main) == [], "review"
    for dialog_class in (EditPersonDialog, EditContextDialog):
        dialog = dialog_class(main.session, ops, place.review.screening, main)
        dialog.show()
        assert unnamed(dialog) == [], dialog_class.__name__
        dialog.close()

    view = finalized_with_deadline(main.session, discovered=datetime.now(UTC) - timedelta(hours=2))
    place.open_screening(view.id)
    wait_idle(qtbot, ops)
    assert place.review.finalize_button.isHidden()
    amend = AmendDialog(main.session, ops, view, place.review.state, "did_work", main)
    amend.show()
    assert unnamed(amend) == []
    amend.close()
    place.review.close_button.click()
    main.nav.setCurrentRow(DEADLINES)
    wait_idle(qtbot, ops)
    assert main.deadlines_place.model.rowCount()
    assert unnamed(main) == [], "deadlines"
    done = MarkDoneDialog(main.session, ops, main.deadlines_place.model.item(0), main)
    done.show()
    assert unnamed(done) == []
    done.close()


def test_ctrl_plus_and_minus_scale_text_everywhere_and_high_contrast_switches_on(qtbot, main):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert main.appearance.scale == pytest.approx(1.3)
    assert app.font().pointSizeF() == pytest.approx(base * 1.3)
    assert "font-size: 24.7pt" in app.styleSheet(), "the question text (19 pt) scales too"
    qtbot.keyClick(main, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert main.appearance.scale == pytest.approx(1.15)
    qtbot.keyClick(main, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(base)

    main.contrast_action.trigger()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert "border: 3px solid #ffff00" in app.styleSheet(), "a strong focus frame"
    main.contrast_action.trigger()
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"
