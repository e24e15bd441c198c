"""The catalog: every version kept, the latest chosen by version number, placement and recommendation checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldscreen.core.catalog import Catalog, InstrumentNotFound, load_catalog, version_key
from fieldscreen.core.instrument_loader import InstrumentInvalid, load_instrument_text

DEMO = (Path(__file__).parent / "data" / "instruments" / "demo" / "1.0.0.yaml").read_text(encoding="utf-8")


def demo_text(version: str = "1.0.0", instrument_id: str = "demo", recommends: str = "demo_full") -> str:
    return (
        DEMO.replace('version: "1.0.0"', f'version: "{version}"')
        .replace("id: demo", f"id: {instrument_id}")
        .replace("recommends: demo_full", f"recommends: {recommends}")
    )


def install(root: Path, text: str, folder: str, file: str) -> None:
    (root / folder).mkdir(parents=True, exist_ok=True)
    (root / folder / file).write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path):
    install(tmp_path, demo_text("1.0.0", recommends="demo_full"), "demo", "1.0.0.yaml")
    install(tmp_path, demo_text("1.9.2", recommends="demo_full"), "demo", "1.9.2.yaml")
    install(tmp_path, demo_text("1.10.0", recommends="demo_full"), "demo", "1.10.0.yaml")
    install(tmp_path, demo_text("2.0", "demo_full", recommends="demo"), "demo_full", "2.0.yaml")
    return tmp_path


def test_versions_are_ordered_as_numbers():
    assert sorted(["1.10.0", "1.9.2", "1.0", "2.0"], key=version_key) == ["1.0", "1.9.2", "1.10.0", "2.0"]
    assert version_key("1.0") == version_key("1.0.0")


def test_every_version_is_kept_and_the_latest_is_the_highest(root):
    catalog, problems = load_catalog([root])
    assert problems == []
    assert catalog.versions("demo") == ("1.0.0", "1.9.2", "1.10.0")
    assert catalog.latest("demo").instrument.version == "1.10.0"
    assert catalog.get("demo", "1.0.0").instrument.version == "1.0.0"
    assert [loaded.key for loaded in catalog.list()] == [
        ("demo", "1.0.0"),
        ("demo", "1.9.2"),
        ("demo", "1.10.0"),
        ("demo_full", "2.0"),
    ]
    assert catalog.get("demo", "1.9.2").instrument.source == "demo/1.9.2.yaml"


def test_missing_instruments_are_known_errors(root):
    catalog, _ = load_catalog([root])
    with pytest.raises(InstrumentNotFound, match="demo 3.0"):
        catalog.get("demo", "3.0")
    with pytest.raises(InstrumentNotFound, match="youth"):
        catalog.latest("youth")
    assert catalog.versions("youth") == ()


def test_a_broken_or_misplaced_file_is_left_out_with_its_problems(root):
    install(root, demo_text("1.2.0"), "demo", "1.3.0.yaml")
    install(root, demo_text("1.4.0").replace("type: note", "type: notice"), "demo", "1.4.0.yaml")
    catalog, problems = load_catalog([root])
    assert problems == [
        "demo/1.3.0.yaml: id: the file must be stored as demo/1.2.0.yaml",
        "demo/1.4.0.yaml: sections[0].questions[0].type: 'notice' is not one of: yes_no, select_one, "
        "select_multiple, text, long_text, integer, decimal, date, age, note (did you mean 'note'?)",
    ]
    assert catalog.versions("demo") == ("1.0.0", "1.9.2", "1.10.0")


def test_a_recommended_instrument_must_be_installed(tmp_path):
    install(tmp_path, demo_text(recommends="nowhere"), "demo", "1.0.0.yaml")
    catalog, problems = load_catalog([tmp_path])
    assert problems == ["demo/1.0.0.yaml: recommends: no instrument 'nowhere' is installed"]
    assert catalog.latest("demo")


def test_the_same_version_twice_is_a_problem(root, tmp_path):
    second = tmp_path / "second"
    install(second, demo_text("1.0.0"), "demo", "1.0.0.yaml")
    _, problems = load_catalog([root, second, tmp_path / "absent"])
    assert problems == [
        "demo/1.0.0.yaml: version: demo version 1.0.0 is already installed from demo/1.0.0.yaml",
        f"{tmp_path / 'absent'}: (folder): not found",
    ]


def test_instruments_from_text_join_the_catalog():
    catalog = Catalog()
    catalog.add(load_instrument_text(demo_text("5.0"), "database: demo 5.0"))
    assert catalog.latest("demo").instrument.source == "database: demo 5.0"
    with pytest.raises(InstrumentInvalid):
        catalog.add(load_instrument_text(demo_text("5.0"), "again"))
