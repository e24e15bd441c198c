"""The screenings table model without widgets: pages from the real service, filters, order, countdowns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import QModelIndex, Qt

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui.labels import result_label
from fieldscreen.gui.models.screenings_model import (
    CASE_CODE,
    DEADLINE,
    OVERDUE_ROLE,
    RESULT,
    STATUS,
    ScreeningsModel,
)
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput

YES = Answer(AnswerStatus.ANSWERED, "yes")
NO = Answer(AnswerStatus.ANSWERED, "no")


def _start(session, instrument="brief", *, name="", discovered=None, age=30):
    person = PersonInput(
        name=name,
        estimated_age=age,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        discovered_at=discovered or datetime.now(UTC),
    )
    return session.screenings.start(
        Intake(instrument, "es", "en", InterviewContext("health", Tri.YES, Tri.YES), person)
    )


@pytest.fixture
def model(qapp, ops, session):
    made = ScreeningsModel(ops, page_size=5)
    yield made
    made.deleteLater()


def _load(qtbot, ops, model, session):
    model.set_source(session.screenings.list, {"brief": "Brief screen", "youth": "Youth screen"})
    wait_idle(qtbot, ops)


def test_pages_are_fetched_as_the_view_scrolls(qtbot, ops, model, session):
    views = [_start(session) for _ in range(12)]
    _load(qtbot, ops, model, session)
    assert (model.rowCount(), model.total) == (5, 12)
    assert model.summary(0).id == views[-1].id, "newest first"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle(qtbot, ops)
    assert model.rowCount() == 12
    assert sorted(model.summary(r).id for r in range(12)) == sorted(v.id for v in views)
    assert model.index(0, CASE_CODE).data() == views[-1].case_code
    assert model.index(0, STATUS).data() == "Draft"
    assert model.index(0, RESULT).data() == "Not yet"


def test_search_status_filter_and_order_are_asked_of_the_service(qtbot, ops, model, session):
    views = [_start(session, name=f"Person {i}") for i in range(7)]
    target = views[3]
    session.screenings.answer(target.id, "cannot_leave", YES)
    session.screenings.answer(target.id, "sex_exchange", NO)
    session.screenings.finalize(target.id)
    _load(qtbot, ops, model, session)

    model.set_filter(search=target.case_code.lower(), status=None, instrument_id=None)
    wait_idle(qtbot, ops)
    assert [model.summary(r).id for r in range(model.rowCount())] == [target.id]
    model.set_filter(search="Person 5", status=None, instrument_id=None)
    wait_idle(qtbot, ops)
    assert [model.summary(r).id for r in range(model.rowCount())] == [views[5].id], "names are searched too"

    model.set_filter(search="", status="finalized", instrument_id=None)
    wait_idle(qtbot, ops)
    assert model.total == 1 and model.index(0, STATUS).data() == "Finalized"
    category = session.screenings.result(target.id).assessment.category
    assert model.index(0, RESULT).data() == result_label(category.value) != "Not yet"

    model.set_filter(search="", status=None, instrument_id="youth")
    wait_idle(qtbot, ops)
    assert model.total == 0

    model.set_filter(search="", status=None, instrument_id=None)
    model.sort(CASE_CODE, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, ops)
    codes = [model.index(r, CASE_CODE).data() for r in range(model.rowCount())]
    assert codes == sorted(v.case_code for v in views)[:5]


def test_a_later_query_wins_over_an_earlier_answer(qtbot, ops, model, session):
    views = [_start(session) for _ in range(3)]
    _load(qtbot, ops, model, session)
    model.set_filter(search=views[0].case_code, status=None, instrument_id=None)
    model.set_filter(search=views[1].case_code, status=None, instrument_id=None)
    wait_idle(qtbot, ops)
    assert [model.summary(r).id for r in range(model.rowCount())] == [views[1].id]


def test_an_overdue_deadline_shows_an_icon_and_the_word_not_only_colour(qtbot, ops, model, session):
    view = _start(session, "youth", discovered=datetime.now(UTC) - timedelta(hours=30), age=16)
    for question, answer in (("did_work", NO), ("sex_trade", YES)):
        session.screenings.answer(view.id, question, answer)
    session.screenings.finalize(view.id)
    on_time = _start(session)
    _load(qtbot, ops, model, session)
    row = model.row_of(view.id)
    index = model.index(row, DEADLINE)
    assert index.data(OVERDUE_ROLE) is True
    assert index.data().startswith("Overdue by 6 h")
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(row, RESULT).data() == "Indicators: sex"
    quiet = model.index(model.row_of(on_time.id), DEADLINE)
    assert quiet.data() == "None" and quiet.data(OVERDUE_ROLE) is False
    assert quiet.data(Qt.ItemDataRole.DecorationRole) is None
    with qtbot.waitSignal(model.dataChanged):
        model.tick()
