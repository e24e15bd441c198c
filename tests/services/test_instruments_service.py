"""Installed instruments through the session: import XLSForms into the encrypted database, list, switch, export."""

from __future__ import annotations

import dataclasses
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
import yaml
from services_support import ADMIN, ADMIN_PASSWORD, CANARY

from fieldscreen.core.catalog import InstrumentNotFound
from fieldscreen.core.errors import PermissionDenied
from fieldscreen.core.xlsform import XLSFormInvalid, import_xlsform
from fieldscreen.services.instruments_service import InstrumentExists
from fieldscreen.store import instruments_repo

HTCDS = Path(__file__).resolve().parents[1] / "core" / "xlsform_cases" / "htcds.yaml"
SAM = ("sam", "river stones under the bridge")


def workbook(sheets: dict) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def htcds(label: str = "") -> bytes:
    """The HTCDS-like test form; ``label`` replaces the first question's text."""
    sheets = yaml.safe_load(HTCDS.read_text(encoding="utf-8"))
    if label:
        sheets["survey"][2][2] = label
    return workbook(sheets)


def with_version(data: bytes, version: str) -> bytes:
    book = openpyxl.load_workbook(BytesIO(data))
    header = [cell.value for cell in book["settings"][1]]
    book["settings"].cell(2, header.index("version") + 1).value = version
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def keys(session) -> list[tuple[str, str, bool, bool]]:
    return [(*item.key, item.builtin, item.enabled) for item in session.instruments.list()]


def test_built_in_instruments_are_listed_enabled(session):
    assert keys(session) == [
        ("adult_full", "1.0.0", True, True),
        ("brief", "1.0.0", True, True),
        ("rescreen_uc", "1.0.0", True, True),
        ("youth", "1.0.2", True, True),
    ]


def test_import_stores_the_instrument_encrypted_and_audits_ids_only(session, clock, data_dir):
    installed = session.instruments.import_xlsform(htcds(f"Intro {CANARY}"), "htcds.xlsx")
    assert (installed.key, installed.builtin, installed.enabled) == (("htcds_core", "1.0.0"), False, True)
    assert (installed.imported_at, installed.imported_by, installed.warnings) == (clock.now, ADMIN, ())
    assert ("htcds_core", "1.0.0", False, True) in keys(session)
    text = session.instruments.source("htcds_core", "1.0.0")
    assert CANARY in text
    assert import_xlsform(htcds(f"Intro {CANARY}"), "again.xlsx").text == text
    entry = session.audit.recent(action="instrument_import")[0]
    assert (entry.actor, entry.subject, entry.detail) == (ADMIN, "htcds_core", {"version": "1.0.0"})
    assert CANARY.encode() not in (data_dir / "fieldscreen.db").read_bytes()


def test_imported_instruments_stay_after_signing_in_again(installation, session):
    session.instruments.import_xlsform(htcds(), "htcds.xlsx")
    session.lock()
    again = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        found = again.instruments.get("htcds_core", "1.0.0")
        assert (found.builtin, found.imported_by) == (False, ADMIN)
        assert found.instrument.sections[0].name == "identification"
    finally:
        again.lock()


def test_the_same_id_and_version_cannot_be_installed_twice(session):
    session.instruments.import_xlsform(htcds(), "htcds.xlsx")
    with pytest.raises(InstrumentExists):
        session.instruments.import_xlsform(htcds(), "htcds.xlsx")
    brief = session.instruments.export_xlsform("brief", "1.0.0")
    with pytest.raises(InstrumentExists):
        session.instruments.import_xlsform(brief, "brief.xlsx")
    newer = session.instruments.import_xlsform(with_version(brief, "1.1.0"), "brief.xlsx")
    assert newer.key == ("brief", "1.1.0")
    assert [k for k in keys(session) if k[0] == "brief"] == [
        ("brief", "1.0.0", True, True),
        ("brief", "1.1.0", False, True),
    ]
    old = session.instruments.get("brief", "1.0.0").instrument
    assert dataclasses.replace(newer.instrument, version="1.0.0", source="") == dataclasses.replace(old, source="")


def test_a_broken_workbook_is_refused_and_nothing_is_stored(session):
    sheets = yaml.safe_load(HTCDS.read_text(encoding="utf-8"))
    sheets["survey"][3][0] = "geopoint"
    with pytest.raises(XLSFormInvalid) as caught:
        session.instruments.import_xlsform(workbook(sheets), "bad.xlsx")
    assert caught.value.problems == ["bad.xlsx: survey row 4, column type: 'geopoint' is not supported"]
    assert len(keys(session)) == 4
    assert session.audit.recent(action="instrument_import") == []


def test_recommends_must_name_an_installed_instrument(session):
    sheets = yaml.safe_load(HTCDS.read_text(encoding="utf-8"))
    sheets["settings"][0].append("recommends")
    sheets["settings"][1].append("nowhere")
    with pytest.raises(XLSFormInvalid) as caught:
        session.instruments.import_xlsform(workbook(sheets), "htcds.xlsx")
    assert caught.value.problems == [
        "htcds.xlsx: settings row 2, column recommends: no instrument 'nowhere' is installed"
    ]


def test_enable_and_disable_built_in_and_imported_versions(installation, session):
    session.instruments.import_xlsform(htcds(), "htcds.xlsx")
    session.instruments.set_enabled("brief", "1.0.0", False)
    session.instruments.set_enabled("htcds_core", "1.0.0", False)
    assert not session.instruments.get("brief", "1.0.0").enabled
    assert not session.instruments.get("htcds_core", "1.0.0").enabled
    assert session.instruments.get("youth", "1.0.2").enabled
    session.lock()
    again = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        assert not again.instruments.get("brief", "1.0.0").enabled
        again.instruments.set_enabled("brief", "1.0.0", True)
        assert again.instruments.get("brief", "1.0.0").enabled
        actions = [(e.action, e.subject, e.detail) for e in again.audit.recent() if e.action.startswith("instrument_")]
        assert actions[:3] == [
            ("instrument_enable", "brief", {"version": "1.0.0"}),
            ("instrument_disable", "htcds_core", {"version": "1.0.0"}),
            ("instrument_disable", "brief", {"version": "1.0.0"}),
        ]
    finally:
        again.lock()


def test_unknown_versions_are_not_found(session):
    for call in (
        lambda: session.instruments.set_enabled("brief", "9.0.0", False),
        lambda: session.instruments.get("nothing", "1.0.0"),
        lambda: session.instruments.source("nothing", "1.0.0"),
        lambda: session.instruments.export_xlsform("brief", "2.0"),
    ):
        with pytest.raises(InstrumentNotFound):
            call()


def test_export_gives_a_workbook_that_imports_back_unchanged(session):
    session.instruments.import_xlsform(htcds(), "htcds.xlsx")
    data = session.instruments.export_xlsform("htcds_core", "1.0.0")
    again = import_xlsform(data, "export.xlsx").loaded.instrument
    stored = session.instruments.get("htcds_core", "1.0.0").instrument
    assert dataclasses.replace(again, source="") == dataclasses.replace(stored, source="")
    entry = session.audit.recent(action="instrument_export")[0]
    assert (entry.subject, entry.detail) == ("htcds_core", {"version": "1.0.0"})


def test_built_in_source_is_the_file_text(session):
    text = session.instruments.source("brief", "1.0.0")
    assert text.startswith("# Brief indicator screen")


def test_screeners_may_list_and_export_but_not_import_or_switch(installation, session):
    session.accounts.add(SAM[0], "screener", SAM[1])
    session.lock()
    screener = installation.sign_in(*SAM)
    try:
        assert len(screener.instruments.list()) == 4
        assert screener.instruments.export_xlsform("brief", "1.0.0").startswith(b"PK")
        with pytest.raises(PermissionDenied):
            screener.instruments.import_xlsform(htcds(), "htcds.xlsx")
        with pytest.raises(PermissionDenied):
            screener.instruments.set_enabled("brief", "1.0.0", False)
    finally:
        screener.lock()


def test_an_update_replacing_a_disabled_built_in_version_keeps_the_instrument_disabled(installation, session, clock):
    def disabled_before_the_update(conn):  # youth 1.0.0, which later releases replaced
        instruments_repo.set_builtin_enabled(conn, "youth", "1.0.0", False, at=clock.now, by=ADMIN)

    session._ctx.run(disabled_before_the_update)
    assert not session.instruments.get("youth", "1.0.2").enabled
    assert "youth" not in {i.id for i in session.screenings.instruments()}
    assert session.instruments.get("brief", "1.0.0").enabled
    session.instruments.set_enabled("youth", "1.0.2", True)
    session.lock()
    again = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        assert again.instruments.get("youth", "1.0.2").enabled, "switched on again, it stays on"
        assert "youth" in {i.id for i in again.screenings.instruments()}
    finally:
        again.lock()
