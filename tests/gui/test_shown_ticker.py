"""ShownTicker: the countdown timer runs while its widget is shown, never while it is hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldscreen.gui.widgets.shown_ticker import ShownTicker


def test_ticks_while_shown_and_stops_while_hidden(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ticks: list[int] = []
    ticker = ShownTicker(widget, 10, lambda: ticks.append(1))
    assert not ticker.running
    qtbot.wait(50)
    assert ticks == []
    widget.show()
    qtbot.waitUntil(lambda: len(ticks) >= 2)
    widget.hide()
    assert not ticker.running
    seen = len(ticks)
    qtbot.wait(50)
    assert len(ticks) == seen
    widget.show()
    assert ticker.running


def test_starts_at_once_for_a_widget_already_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    assert ShownTicker(widget, 1000, lambda: None).running
