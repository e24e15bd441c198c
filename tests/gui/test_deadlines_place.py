"""The Deadlines place: open actions by due time, overdue told by icon and word, marking done with a reference."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from gui_helpers import ADMIN, by_name, press_enter, ui_catalogue, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.core.routing import ActionKind
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.models.deadlines_model import ACTION, COUNTDOWN, OVERDUE_ROLE, RECIPIENT, STATE
from fieldscreen.gui.places.deadlines import DeadlinesPlace
from fieldscreen.gui.views.mark_done_dialog import MarkDoneDialog
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput


def _youth_draft(session, hours_ago):
    person = PersonInput(
        estimated_age=16,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        discovered_at=datetime.now(UTC) - timedelta(hours=hours_ago),
    )
    return session.screenings.start(Intake("youth", "es", "en", InterviewContext("health", Tri.YES, Tri.YES), person))


def _finalized_youth(session, hours_ago):
    view = _youth_draft(session, hours_ago)
    for question, value in (("did_work", "no"), ("sex_trade", "yes")):
        session.screenings.answer(view.id, question, Answer(AnswerStatus.ANSWERED, value))
    return session.screenings.finalize(view.id)


@pytest.fixture
def place(qtbot, ops, session):
    made = DeadlinesPlace(ops)
    qtbot.addWidget(made)
    made.set_session(session)
    made.resize(1200, 600)
    return made


def test_actions_are_listed_by_due_time_and_overdue_is_said_in_words_with_an_icon(qtbot, ops, place, session):
    late = _finalized_youth(session, hours_ago=30)
    early = _finalized_youth(session, hours_ago=1)
    place.show()
    wait_idle(qtbot, ops)
    model = place.model
    items = [model.item(r) for r in range(model.rowCount())]
    dues = [i.due_at for i in items if i.due_at is not None]
    assert dues == sorted(dues)
    first = model.index(0, COUNTDOWN)
    assert items[0].case_code == late.case_code
    assert first.data(OVERDUE_ROLE) is True
    assert first.data().startswith("Overdue by 6 h")
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert first.data(Qt.ItemDataRole.ForegroundRole) is not None
    on_time = next(r for r, i in enumerate(items) if i.case_code == early.case_code and i.due_at)
    assert model.index(on_time, COUNTDOWN).data().startswith("Due in 2")
    assert model.index(on_time, COUNTDOWN).data(Qt.ItemDataRole.DecorationRole) is None
    warning = by_name(place, "Overdue actions")
    assert warning.text().startswith("Overdue: ")


def test_mark_done_records_time_who_and_reference(qtbot, ops, place, session):
    _finalized_youth(session, hours_ago=3)
    place.show()
    wait_idle(qtbot, ops)
    row = next(r for r in range(place.model.rowCount()) if place.model.item(r).kind == ActionKind.HHS_RFA)
    place.table.selectRow(row)
    place.table.setFocus()
    qtbot.keyClick(place.table, Qt.Key.Key_Return)
    dialog = place.findChild(MarkDoneDialog)
    qtbot.waitExposed(dialog)
    code = place.model.item(row).case_code
    [heading] = [label for label in dialog.findChildren(QLabel) if "for case" in label.text()]
    assert heading.text().endswith(f"for case {code.replace('-', chr(0x2011))}"), "never broken at a hyphen"
    assert by_name(dialog, "Done by").text() == ADMIN
    qtbot.keyClicks(by_name(dialog, "Reference number"), "RFA-123")
    press_enter(qtbot, by_name(dialog, "Reference number"))
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=15_000)
    wait_idle(qtbot, ops)
    state = place.model.index(row, STATE)
    assert state.data() == "Done, reference RFA-123"
    assert state.data(Qt.ItemDataRole.ToolTipRole).endswith("by admin, reference RFA-123")
    assert state.data(Qt.ItemDataRole.AccessibleTextRole) == state.data(Qt.ItemDataRole.ToolTipRole)
    assert not place.done_button.isEnabled()
    [done] = [i for i in session.screenings.deadlines(include_done=True) if i.status == "done"]
    assert done.reference == "RFA-123" and done.done_by == ADMIN
    assert abs(done.done_at - datetime.now(UTC)) < timedelta(minutes=2)

    by_name(place, "Show done actions").setChecked(True)
    wait_idle(qtbot, ops)
    assert any(place.model.item(r).status == "done" for r in range(place.model.rowCount()))
    by_name(place, "Show done actions").setChecked(False)
    wait_idle(qtbot, ops)
    assert all(place.model.item(r).status != "done" for r in range(place.model.rowCount()))


def test_marking_done_an_action_of_a_returned_screening_says_when_the_office_learns_it(qtbot, ops, session):
    finalized = _finalized_youth(session, hours_ago=3)
    session.screenings.return_to_screener(finalized.id, "Ask again about the work, with the interpreter.")
    items = session.screenings.deadlines()
    dialog = MarkDoneDialog(session, ops, next(i for i in items if i.kind == ActionKind.HHS_RFA))
    qtbot.addWidget(dialog)
    dialog.show()

    assert "once the screening is finalized again" in by_name(dialog, "Screening not finalized").text()
    _finalized_youth(session, hours_ago=2)
    other = MarkDoneDialog(
        session,
        ops,
        next(i for i in session.screenings.deadlines() if i.status == "open" and i.screening_id != finalized.id),
    )
    qtbot.addWidget(other)
    other.show()
    assert other.not_final_note.isHidden()
    draft = _youth_draft(session, hours_ago=1)
    item = next(i for i in session.screenings.deadlines() if i.screening_id == draft.id)
    draft_dialog = MarkDoneDialog(session, ops, item)
    qtbot.addWidget(draft_dialog)
    draft_dialog.show()
    assert "once it is finalized" in by_name(draft_dialog, "Screening not finalized").text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_cell_is_read_whole_in_a_laptop_window(qtbot, qapp, ops, place, session, language):
    """The action, recipient and state wrap onto more lines rather than being cut off (a done action's reference)."""
    with ui_catalogue(qapp, language):
        _finalized_youth(session, hours_ago=3)
        place.resize(1100 - 290, 600)  # a window on a common laptop screen, less the navigation pane
        place.show()
        wait_idle(qtbot, ops)
        rfa = next(i for i in session.screenings.deadlines() if i.kind == ActionKind.HHS_RFA)
        session.screenings.mark_action_done(rfa.action_id, reference="OTIP-2026-004512")
        place.show_done_check.setChecked(True)
        wait_idle(qtbot, ops)
        table = place.table
        assert table.horizontalScrollBar().maximum() == 0
        for row in range(place.model.rowCount()):
            assert table.rowHeight(row) >= table.sizeHintForRow(row), "a cell's wrapped lines are all shown"
        narrowest = min(table.horizontalHeader().sectionSize(c) for c in (ACTION, RECIPIENT, STATE))
        assert narrowest >= table.fontMetrics().horizontalAdvance("OTIP-2026-004512"), "a reference is never split"


def test_at_double_text_size_in_spanish_the_place_fits_a_laptop_beside_the_navigation(qtbot, qapp, look, ops, session):
    Appearance(qapp).set_scale(2.0)
    with ui_catalogue(qapp, "es"):
        _finalized_youth(session, hours_ago=30)
        place = DeadlinesPlace(ops)
        qtbot.addWidget(place)
        place.set_session(session)
        place.resize(1366 - 360, 600)
        place.show()
        wait_idle(qtbot, ops)

        assert place.minimumSizeHint().width() <= 1366 - 360, "the window grew past a laptop screen"
        rfa = next(i for i in session.screenings.deadlines() if i.kind == ActionKind.HHS_RFA)
        session.screenings.mark_action_done(rfa.action_id, reference="RFA-2026-118734")
        place.show_done_check.setChecked(True)
        wait_idle(qtbot, ops)
        assert place.minimumSizeHint().width() <= 1366 - 360, "a done row (its reference) widened it"
        header = place.table.horizontalHeader()
        widths = {column: header.sectionSize(column) for column in (COUNTDOWN, ACTION, RECIPIENT, STATE)}
        assert min(widths.values()) >= place.table.fontMetrics().horizontalAdvance("Pendiente"), widths


def test_on_the_receiving_office_it_says_where_the_received_packets_deadlines_are(qtbot, ops, place, session):
    place.show()
    wait_idle(qtbot, ops)
    assert by_name(place, "Deadlines summary").text() == "Nothing is due."
    session.office_keys.generate("Intake office")
    place.reload()
    wait_idle(qtbot, ops)
    summary = by_name(place, "Deadlines summary").text()
    assert summary.startswith("Nothing is due. This list holds only the actions of screenings made on this computer")
    assert "under Received packets" in summary
