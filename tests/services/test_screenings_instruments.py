import shutil

import pytest
from screening_support import YES, intake
from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen import paths
from fieldscreen.core.catalog import InstrumentNotFound
from fieldscreen.services import case_codes

OLD_LABEL = "Were you born in another country?"
NEW_LABEL = "Were you born outside the United States?"


BUNDLED = paths.resources()


def resources_with(root, instruments):
    """A resources folder at ``root`` like the bundled one, but with ``instruments`` as its instruments folder."""
    root.mkdir()
    for entry in BUNDLED.iterdir():
        if entry.name != "instruments":
            (root / entry.name).symlink_to(entry)
    (root / "instruments").symlink_to(instruments)
    return root


@pytest.fixture
def resources(tmp_path, monkeypatch):
    """The bundled resources with only the youth instrument (in ``tmp_path/instruments-1``), used by fieldscreen.

    Returns a function that points fieldscreen at another instruments folder (as an application update would).
    """
    first = tmp_path / "instruments-1"
    shutil.copytree(BUNDLED / "instruments" / "youth", first / "youth")

    def use(instruments, name):
        root = resources_with(tmp_path / name, instruments)
        monkeypatch.setattr(paths, "resources", lambda: root)

    use(first, "res-1")
    return use


def test_a_screening_keeps_its_instrument_version(tmp_path, resources, make_installation, session, clock):
    old = session.screenings.start(intake(clock, "youth"))
    session.screenings.answer(old.id, "born_abroad", YES)
    session.lock()

    updated = tmp_path / "instruments-2"  # an application update: the new version replaces the old file
    folder = updated / "youth"
    folder.mkdir(parents=True)
    text = (tmp_path / "instruments-1" / "youth" / "1.0.2.yaml").read_text(encoding="utf-8")
    assert OLD_LABEL in text
    new_text = text.replace('version: "1.0.2"', 'version: "1.1.0"').replace(OLD_LABEL, NEW_LABEL)
    (folder / "1.1.0.yaml").write_text(new_text, encoding="utf-8")
    resources(updated, "res-2")

    again = make_installation().sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        service = again.screenings
        assert [(i.id, i.version) for i in service.instruments()] == [("youth", "1.1.0")]
        reopened = service.open(old.id)
        assert reopened.instrument.key == ("youth", "1.0.2")
        assert reopened.instrument.questions["born_abroad"].question.label["en"] == OLD_LABEL
        assert reopened.state.answer_of("born_abroad").value == "yes"
        fresh = service.start(intake(clock, "youth"))
        assert fresh.instrument.key == ("youth", "1.1.0")
        assert fresh.instrument.questions["born_abroad"].question.label["en"] == NEW_LABEL
    finally:
        again.lock()


def test_a_file_changed_in_place_does_not_change_its_version(tmp_path, resources, session, clock):
    first = session.screenings.start(intake(clock, "youth"))
    path = tmp_path / "instruments-1" / "youth" / "1.0.2.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(OLD_LABEL, NEW_LABEL), encoding="utf-8")
    second = session.screenings.start(intake(clock, "youth"))
    for view in (first, second, session.screenings.open(first.id)):
        assert view.instrument.questions["born_abroad"].question.label["en"] == OLD_LABEL


def test_case_codes_are_neutral_random_and_unique(session, clock):
    codes = {session.screenings.new_case_code() for _ in range(200)}
    assert len(codes) == 200 and all(case_codes.is_case_code(c) and c.startswith("FS-") for c in codes)
    assert not case_codes.is_case_code("FS-ILOU-0000")
    view = session.screenings.start(intake(clock, name="Zed Example"))
    assert case_codes.is_case_code(view.case_code) and "ZED" not in view.case_code


def test_a_disabled_version_starts_nothing_but_still_opens(session, clock):
    old = session.screenings.start(intake(clock, "youth"))
    session.instruments.set_enabled("youth", "1.0.2", False)
    assert "youth" not in {i.id for i in session.screenings.instruments()}
    with pytest.raises(InstrumentNotFound):
        session.screenings.start(intake(clock, "youth"))
    assert session.screenings.open(old.id).instrument.key == ("youth", "1.0.2")
