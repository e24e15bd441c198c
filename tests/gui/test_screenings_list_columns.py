"""The screenings list at the default window size: what needs acting on shows without scrolling sideways."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from gui_helpers import open_main_window, ui_catalogue, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.models.screenings_model import CASE_CODE, DEADLINE, INSTRUMENT, RESULT, STARTED, STATUS
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput


@pytest.fixture
def look(qapp):
    saved = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    yield Appearance(qapp)
    qapp.setFont(saved[0])
    qapp.setPalette(saved[1])
    qapp.setStyleSheet(saved[2])


def metrics_fit(table, text: str, width: int) -> bool:
    return table.fontMetrics().horizontalAdvance(text) + 6 < width


def _overdue_screening(session) -> None:
    person = PersonInput(
        estimated_age=15, citizenship=Citizenship.FOREIGN_NATIONAL, discovered_at=datetime.now(UTC) - timedelta(days=2)
    )
    context = InterviewContext("health", Tri.YES, Tri.YES)
    screening_id = session.screenings.start(Intake("brief", "es", "en", context, person)).id
    for question, value in (("cannot_leave", "no"), ("sex_exchange", "yes")):
        session.screenings.answer(screening_id, question, Answer(AnswerStatus.ANSWERED, value))
    session.screenings.finalize(screening_id)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_case_code_status_result_and_deadline_show_at_the_default_size(
    qtbot, qapp, set_up, ops, monitor, look, language, scale
):
    installation, _key = set_up
    with ui_catalogue(qapp, language):
        look.set_scale(scale)
        main = open_main_window(qtbot, installation, ops, monitor)
        _overdue_screening(main.session)
        view = main.screenings_place.list_view
        view.model.reload()
        wait_idle(qtbot, ops)
        qtbot.wait(50)  # the queued refit after the font change
        table, header = view.table, view.table.horizontalHeader()
        width = table.viewport().width()
        shown = {c for c in range(header.count()) if header.sectionViewportPosition(c) + header.sectionSize(c) <= width}
        assert {CASE_CODE, STATUS, RESULT, DEADLINE} <= shown
        if scale == 1.0:
            assert shown == set(range(header.count())), "everything fits at the normal text size"
            assert table.horizontalScrollBar().maximum() == 0
            result = view.model.index(0, RESULT).data()
            assert metrics_fit(table, result, header.sectionSize(RESULT)), f"the result is not cut: {result}"
        metrics = table.fontMetrics()
        for column, icon in ((CASE_CODE, 0), (STARTED, 0), (DEADLINE, 16)):  # never cut (the overdue icon beside)
            text = view.model.index(0, column).data()
            assert metrics.horizontalAdvance(text) + icon + 6 < header.sectionSize(column), (column, text)
        instrument = view.model.index(0, INSTRUMENT)
        assert instrument.data(Qt.ItemDataRole.ToolTipRole) == instrument.data(), "the cut title shows whole"
        main.close()
        wait_idle(qtbot, ops)
