import pytest
from screening_support import intake
from services_support import FAST_KDF

from fieldscreen.core.errors import DataDirLocked, DataDirNotAFolder
from fieldscreen.services.installation import Installation
from fieldscreen.services.screening_models import ListQuery
from fieldscreen.services.training_data import (
    PRACTICE_PASSWORD,
    PRACTICE_USER,
    NotATrainingFolder,
    open_training,
)


@pytest.fixture
def training(tmp_path, clock):
    opened = open_training(tmp_path / "data", clock=clock, kdf=FAST_KDF)
    yield opened
    opened.close()


def test_training_opens_with_practice_cases_marked_as_training(training, clock):
    session = training.session
    assert session.training and training.username == PRACTICE_USER and training.password == PRACTICE_PASSWORD
    page = session.screenings.list(ListQuery())
    assert page.total == 10
    assert all(row.case_code.startswith("TR-") for row in page.rows)
    assert {row.instrument_id for row in page.rows} == {"adult_full", "brief", "youth", "rescreen_uc"}
    assert {row.status for row in page.rows} == {"draft", "finalized", "returned", "approved"}
    results = {row.result_category for row in page.rows}
    assert {"possible_sex_trafficking", "possible_labor_trafficking", "no_indicators_identified"} <= results
    view = session.screenings.open(page.rows[0].id)
    assert view.training and view.person.name.startswith("Practice ")

    deadlines = session.screenings.deadlines(include_done=True)
    overdue = [d for d in deadlines if d.status == "open" and d.due_at is not None and d.due_at < clock.now]
    assert {d.kind for d in overdue} >= {"hhs_rfa"}
    assert any(d.due_at is not None and d.due_at > clock.now for d in deadlines if d.status == "open")
    assert {d.reference for d in deadlines if d.status == "done"} == {"RFA-PRACTICE-0008", "HSI-PRACTICE-0003"}
    assert session.audit.verify().ok


def test_training_starts_afresh_and_keeps_out_of_real_data(tmp_path, clock):
    base = tmp_path / "data"
    first = open_training(base, clock=clock, kdf=FAST_KDF)
    practice = first.session.screenings
    practice.start(intake(clock, name="Typed during practice"))
    assert practice.list(ListQuery()).total == 11
    first.close()
    assert [p.name for p in (base / "training").iterdir()] == ["instance.lock"]
    again = open_training(base, clock=clock, kdf=FAST_KDF)
    try:
        assert again.session.screenings.list(ListQuery()).total == 10
        with pytest.raises(DataDirLocked):
            open_training(base, clock=clock, kdf=FAST_KDF)
        relocked = again.installation.sign_in(PRACTICE_USER, PRACTICE_PASSWORD)
        assert relocked.training
        relocked.lock()
    finally:
        again.close()
    assert not Installation(base).is_set_up()
    assert sorted(p.name for p in base.iterdir()) == ["training"]


def test_a_folder_training_did_not_make_is_never_wiped(tmp_path, clock):
    stray = tmp_path / "data" / "training"
    stray.mkdir(parents=True)
    (stray / "notes.txt").write_text("someone's file", encoding="utf-8")
    with pytest.raises(NotATrainingFolder):
        open_training(tmp_path / "data", clock=clock, kdf=FAST_KDF)
    assert (stray / "notes.txt").read_text(encoding="utf-8") == "someone's file"


def test_a_data_folder_that_is_no_folder_is_named(not_a_folder, clock):
    with pytest.raises(DataDirNotAFolder) as raised:
        open_training(not_a_folder, clock=clock, kdf=FAST_KDF)
    assert raised.value.folder == not_a_folder / "training"


def test_real_installations_are_not_training(session):
    assert not session.training
    assert session.screenings.new_case_code().startswith("FS-")
