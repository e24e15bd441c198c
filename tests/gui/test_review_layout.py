"""The Review place fits a 1,024 px wide screen at the normal font; each screening reviewed starts at its headline and
shows its own result."""

from __future__ import annotations

import time

import pytest
from gui_helpers import wait_idle
from review_helpers import SCREENER, SUPERVISOR, add_reviewers, finalize_brief, sign_in, start_brief

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.gui.places.review import ReviewPlace
from fieldscreen.gui.views.review_view import ReviewView

PLACE_WIDTH = 1024 - 300
"""What a 1,024 px window leaves the place beside the navigation list."""


@pytest.fixture
def place(qtbot, ops, set_up):
    installation, _key = set_up
    add_reviewers(installation)
    sam = sign_in(installation, SCREENER)
    ids = [finalize_brief(sam), finalize_brief(sam)]
    sam.lock()
    sue = sign_in(installation, SUPERVISOR)
    sue.screenings.return_to_screener(ids[1], "Ask again about the debt and the papers, with the interpreter. " * 4)
    place = ReviewPlace(ops)
    qtbot.addWidget(place)
    place.set_session(sue)
    place.resize(PLACE_WIDTH, 600)
    place.show()
    wait_idle(qtbot, ops)
    yield place
    sue.lock()


@pytest.mark.parametrize("shown", [0, 1, 2], ids=["waiting", "returned", "approved"])
def test_the_queue_columns_fit_the_width_without_scrolling_sideways(qtbot, ops, place, shown):
    place.status_combo.setCurrentIndex(shown)
    wait_idle(qtbot, ops)
    table = place.table

    assert place.minimumSizeHint().width() <= PLACE_WIDTH
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_the_result_banner_is_hidden_until_there_is_something_to_say(place):
    assert place.message_label.isHidden() and not place.message_label.text()


def test_each_screening_reviewed_starts_at_its_result_headline(qtbot, ops, set_up):
    installation, _key = set_up
    add_reviewers(installation)
    sam = sign_in(installation, SCREENER)
    first, second = finalize_brief(sam), finalize_brief(sam)
    review = ReviewView(ops)
    qtbot.addWidget(review)
    review.set_session(sam)
    review.resize(1024, 400)
    review.show()
    bar = review.result_scroll.verticalScrollBar()
    for screening_id in (first, second):
        review.open(sam.screenings.open(screening_id))
        wait_idle(qtbot, ops)
        assert bar.value() == 0
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # the result is taller than the pane: a position could be kept
        bar.setValue(bar.maximum())
    sam.lock()


def test_the_result_states_the_interview_conditions_the_packet_states(qtbot, ops, set_up):
    installation, _key = set_up
    add_reviewers(installation)
    sam = sign_in(installation, SCREENER)
    screening_id = finalize_brief(sam)  # the person alone and the setting private were not recorded
    review = ReviewView(ops)
    qtbot.addWidget(review)
    review.set_session(sam)
    review.show()
    review.open(sam.screenings.open(screening_id))
    wait_idle(qtbot, ops)
    assert review.result.cautions.isVisible()
    assert review.result.cautions.label.text().splitlines() == [
        "The person was not recorded as alone during the interview.",
        "The setting was not recorded as private.",
    ]
    assert review.result.facts_label.isVisible()
    facts = review.result.facts_label.text().splitlines()  # what the deadlines rest on, without opening the packet
    assert facts[:3] == [
        "Age at discovery: Not known",
        "Citizenship: U.S. citizen",
        "Unaccompanied child in federal custody (UAC): Not known",
    ]
    assert facts[4:] == [
        "Setting: Health care",
        "Private place: Not known",
        "Person alone: Not known",
        "Interviewer gender preference: Not asked",
        "Interview language: English (en)",
        "Interpreter: None",
    ]
    sam.lock()


def test_a_result_that_comes_late_is_not_shown_beside_the_next_screening(qtbot, ops, set_up, monkeypatch):
    installation, _key = set_up
    add_reviewers(installation)
    sam = sign_in(installation, SCREENER)
    slow, shown = finalize_brief(sam), start_brief(sam)
    sam.screenings.answer(shown, "threatened", Answer(AnswerStatus.DECLINED))
    result = sam.screenings.result

    def slow_for_the_first(screening_id):
        if screening_id == slow:
            time.sleep(0.5)  # on a worker: the second screening's result arrives first
        return result(screening_id)

    monkeypatch.setattr(sam.screenings, "result", slow_for_the_first)
    review = ReviewView(ops)
    qtbot.addWidget(review)
    review.set_session(sam)
    review.show()
    review.open(sam.screenings.open(slow))
    review.open(sam.screenings.open(shown))
    wait_idle(qtbot, ops)

    assert review.result.summary_label.text() == result(shown).assessment.summary != result(slow).assessment.summary
    sam.lock()
