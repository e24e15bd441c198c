"""Keyboard accelerators (Alt+letter) are unique on every screen of the main window, in English and in Spanish.

Two visible controls sharing a letter make Alt+letter only move the focus between them, so the keyboard user must
press it twice and cannot tell which control will act; the menu bar's letters count on every screen.
"""

from __future__ import annotations

import pytest
from a11y_walker import accelerator_clashes
from gui_helpers import by_name, open_main_window, ui_catalogue, wait_idle
from PySide6.QtCore import Qt
from review_helpers import finalize_brief, start_brief

from fieldscreen.gui.main_window import ADMINISTRATION, REVIEW, SCREENINGS, MainWindow
from fieldscreen.gui.views.new_screening_view import PERSON


def _clashes(window: MainWindow, screen: str) -> list[str]:
    return [f"{screen}: {clash}" for clash in accelerator_clashes(window)]


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    with ui_catalogue(qapp, request.param):
        yield request.param


def test_no_two_visible_controls_share_an_accelerator(language, qtbot, set_up, ops, monitor):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    clashes: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        wait_idle(qtbot, ops)
        screen = window.nav.item(row).text()
        if row == ADMINISTRATION:
            tabs = window.admin_place.tabs
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                wait_idle(qtbot, ops)
                clashes += _clashes(window, f"{screen} > {tabs.tabText(tab)}")
        else:
            clashes += _clashes(window, screen)
    clashes += _screening_pages(qtbot, window, ops)
    window.close()
    wait_idle(qtbot, ops)
    assert not clashes, "\n".join(clashes)


def _screening_pages(qtbot, window: MainWindow, ops) -> list[str]:
    """The new-screening steps, an interview, its review, a finalized screening and a supervisor's review page."""
    window.nav.setCurrentRow(SCREENINGS)
    place = window.screenings_place
    qtbot.mouseClick(place.list_view.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    clashes = _clashes(window, "New screening")
    place.new_view._show(PERSON)  # the form's own checks are not what this test is about
    clashes += _clashes(window, "New screening > person")
    place.open_screening(start_brief(window.session))
    wait_idle(qtbot, ops)
    clashes += _clashes(window, "Interview")
    place._on_interview_review_requested()
    wait_idle(qtbot, ops)
    clashes += _clashes(window, "Review of a draft")
    finalized = finalize_brief(window.session)
    place.open_screening(finalized)
    wait_idle(qtbot, ops)
    clashes += _clashes(window, "Finalized screening")
    window.nav.setCurrentRow(REVIEW)
    wait_idle(qtbot, ops)
    review = window.review_place
    review.table.selectRow(0)
    qtbot.mouseClick(review.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    return clashes + _clashes(window, "Review > screening")


def test_the_check_sees_a_clash(qtbot, set_up, ops, monitor):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    by_name(window, "Lock").setText("&File now")
    assert any("Alt+F" in clash for clash in _clashes(window, "Screenings"))
    window.close()
    wait_idle(qtbot, ops)
