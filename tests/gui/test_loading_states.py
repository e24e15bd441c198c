"""Lists say "Loading..." while their first load runs, and that they are empty only once it finished with nothing."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import wait_idle

from fieldscreen.gui.places.deadlines import DeadlinesPlace
from fieldscreen.gui.places.outbox import OutboxPlace
from fieldscreen.gui.places.review import ReviewPlace
from fieldscreen.gui.places.screenings import ScreeningsPlace
from fieldscreen.services.screening_models import APPROVED


class _Gate:
    """Holds chosen calls of a real session's services on their worker until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self._open = threading.Event()

    def hold(self, service: object, name: str) -> None:
        real = getattr(service, name)

        def held(*args: object, **kwargs: object) -> object:
            self._open.wait(timeout=30)
            return real(*args, **kwargs)

        self._monkeypatch.setattr(service, name, held)

    def close(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()


@pytest.fixture
def gate(monkeypatch, ops):
    made = _Gate(monkeypatch)
    yield made
    made.release()  # before the op runner stops


def _shown(qtbot, place):
    qtbot.addWidget(place)
    place.resize(1000, 600)
    place.show()
    qtbot.waitExposed(place)
    qtbot.wait(100)  # the held load has had time to answer, were it not held


def test_screenings_list_says_loading_until_the_first_page_arrives(qtbot, ops, gate, session):
    gate.hold(session.screenings, "instruments")
    gate.hold(session.screenings, "list")
    place = ScreeningsPlace(ops)
    place.set_session(session)
    _shown(qtbot, place)
    label = place.list_view.count_label
    assert label.text() == "Loading..."
    gate.release()
    wait_idle(qtbot, ops)
    assert label.text() == "No screenings yet. Start one with New screening."


def test_review_queue_says_loading_until_the_queue_of_the_status_shown_arrives(qtbot, ops, gate, session):
    gate.hold(session.screenings, "list")
    place = ReviewPlace(ops)
    place.set_session(session)
    _shown(qtbot, place)
    assert place.summary_label.text() == "Loading..."
    gate.release()
    wait_idle(qtbot, ops)
    assert place.summary_label.text() == "Nothing waits for review."
    gate.close()
    place.status_combo.setCurrentIndex(place.status_combo.findData(APPROVED))
    qtbot.wait(100)
    assert place.summary_label.text() == "Loading..."
    gate.release()
    wait_idle(qtbot, ops)
    assert place.summary_label.text() == "Screenings: 0"


@pytest.mark.parametrize(
    ("place_class", "service", "call", "label", "empty"),
    [
        (DeadlinesPlace, "screenings", "deadlines", "summary_label", "Nothing is due."),
        (OutboxPlace, "outbox", "items", "waiting_label", "Packets waiting: 0"),
    ],
    ids=["deadlines", "outbox"],
)
def test_a_place_says_loading_until_the_first_load_finished(
    qtbot, ops, gate, session, place_class, service, call, label, empty
):
    gate.hold(getattr(session, service), call)
    place = place_class(ops)
    place.set_session(session)
    _shown(qtbot, place)
    assert getattr(place, label).text() == "Loading..."
    gate.release()
    wait_idle(qtbot, ops)
    assert getattr(place, label).text() == empty
