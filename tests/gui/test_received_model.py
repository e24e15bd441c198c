"""The received packets table model (receiving office), without any widget: versions as the manifests state them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from fieldscreen.gui.models.outbox_model import (
    RECEIVED_CASE,
    RECEIVED_DUE,
    RECEIVED_FROM,
    RECEIVED_INSTRUMENT,
    RECEIVED_RESULT,
    RECEIVED_VERSION,
    ReceivedModel,
)
from fieldscreen.gui.timefmt import local_time
from fieldscreen.store.outbox import IngestedPacket

MADE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _packet(packet_id: int, case_code: str, hours: int, version: int | None = None) -> IngestedPacket:
    manifest = {
        "case_code": case_code,
        "instrument_id": "brief",
        "created_at": (MADE + timedelta(hours=hours)).isoformat(),
    }
    if version is not None:
        manifest |= {"version": version, "replaces": None}
    return IngestedPacket(packet_id, f"c{packet_id}", f"p{packet_id}", manifest, MADE + timedelta(days=1), "folder")


def _model(qapp, rows):
    model = ReceivedModel(clock=lambda: MADE)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    return model


def test_the_received_list_shows_each_packets_own_version_in_the_order_they_arrived(qapp):
    arrived = [
        _packet(1, "FS-AAAA-AAAA", 2, version=2),  # version 1 arrived later
        _packet(2, "FS-BBBB-BBBB", 0),  # sealed before versions were added: counted by when it was made
        _packet(3, "FS-AAAA-AAAA", 0, version=1),
        _packet(4, "FS-BBBB-BBBB", 1),
    ]
    model = _model(qapp, arrived)
    assert model.headerData(RECEIVED_VERSION, Qt.Orientation.Horizontal) == "Version"
    rows = [(model.index(r, RECEIVED_CASE).data(), model.index(r, RECEIVED_VERSION).data()) for r in range(4)]
    replaced = [("FS-BBBB-BBBB", "1 (replaced)"), ("FS-AAAA-AAAA", "1 (replaced)")]
    assert rows == [("FS-AAAA-AAAA", "2"), *replaced, ("FS-BBBB-BBBB", "2")]
    assert [model.packet(r).id for r in range(4)] == [1, 2, 3, 4]
    accessible = model.index(0, RECEIVED_VERSION).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "2"


def test_the_received_list_shows_the_first_deadline_still_open_when_the_packet_was_sealed(qapp):
    hhs, police = MADE + timedelta(hours=24), MADE + timedelta(hours=6)
    done = {"at": (MADE + timedelta(hours=1)).isoformat(), "by": "sam", "reference": "LE-1"}
    sealed = _packet(1, "FS-AAAA-AAAA", 0, version=1)
    sealed.manifest["actions"] = [
        {"kind": "law_enforcement", "due_at": police.isoformat(), "done": done},
        {"kind": "hhs_rfa", "due_at": hhs.isoformat(), "done": None},
        {"kind": "hotline", "due_at": None, "done": None},
    ]
    older = _packet(2, "FS-BBBB-BBBB", 0)  # sealed before done marks: every action counts as open
    older.manifest["actions"] = [{"kind": "hhs_rfa", "due_at": police.isoformat()}]
    nothing_due = _packet(3, "FS-CCCC-CCCC", 0, version=1)
    model = _model(qapp, [sealed, older, nothing_due])

    assert model.headerData(RECEIVED_DUE, Qt.Orientation.Horizontal) == "Next deadline"
    shown = [model.index(r, RECEIVED_DUE).data() for r in range(3)]
    assert shown == [f"{local_time(police)} (Due in 6 h 00 min)", f"{local_time(hhs)} (Due in 24 h 00 min)", "None"]
    assert [model.packet(r).id for r in range(3)] == [2, 1, 3], "the soonest deadline first"


def test_the_received_list_words_the_result_as_the_screenings_list_does(qapp):
    sex, unknown = _packet(1, "FS-AAAA-AAAA", 0, version=1), _packet(2, "FS-BBBB-BBBB", 0, version=1)
    sex.manifest["result_category"] = "possible_sex_trafficking"
    unknown.manifest["result_category"] = "category_from_a_newer_version"
    model = _model(qapp, [sex, unknown])
    shown = [model.index(r, RECEIVED_RESULT).data() for r in range(2)]
    assert shown == ["Indicators: sex", "category from a newer version"]


def test_the_received_list_names_the_sending_agency_and_office_or_else_how_it_came(qapp):
    named, agency_only, older = (_packet(n, f"FS-{n}AAA-AAAA", 0, version=1) for n in (1, 2, 3))
    named.manifest["sender"] = {"agency": "Border agency", "office": "Port 7"}
    agency_only.manifest["sender"] = {"agency": "Border agency", "office": ""}
    model = _model(qapp, [named, agency_only, older])
    shown = [model.index(r, RECEIVED_FROM).data() for r in range(3)]
    assert shown == ["Border agency, Port 7", "Border agency", "folder"]
    assert model.index(0, RECEIVED_FROM).data(Qt.ItemDataRole.ToolTipRole) == "Received through: folder"


def test_the_received_list_names_the_instrument_by_its_title_with_the_version(qapp):
    known, other = _packet(1, "FS-AAAA-AAAA", 0, version=1), _packet(2, "FS-BBBB-BBBB", 0, version=1)
    known.manifest["instrument_version"] = "1.0.1"
    other.manifest.update(instrument_id="agency_form", instrument_version="2.0")
    model = ReceivedModel()
    model.set_rows([known, other], {"brief": "Brief screen"})
    assert model.headerData(RECEIVED_INSTRUMENT, Qt.Orientation.Horizontal) == "Instrument"
    assert [model.index(r, RECEIVED_INSTRUMENT).data() for r in range(2)] == [
        "Brief screen (1.0.1)",
        "agency_form (2.0)",
    ]


def test_the_office_sees_the_soonest_deadline_first_overdue_marked_and_replaced_versions_pointed_on(qapp):
    def due_in(packet, hours):
        packet.manifest["actions"] = [{"kind": "hhs_rfa", "due_at": (MADE + timedelta(hours=hours)).isoformat()}]
        return packet

    later = due_in(_packet(1, "FS-AAAA-AAAA", 0, version=1), 20)
    overdue = due_in(_packet(2, "FS-BBBB-BBBB", 0, version=1), -1)
    replaced = due_in(_packet(3, "FS-CCCC-CCCC", 0, version=1), -5)  # its newer version says nothing is due
    newer = _packet(4, "FS-CCCC-CCCC", 1, version=2)
    model = _model(qapp, [later, overdue, replaced, newer])
    assert [model.packet(r).id for r in range(4)] == [2, 1, 3, 4]
    due = [model.index(r, RECEIVED_DUE) for r in range(4)]
    assert due[0].data().endswith("(Overdue by 1 h 00 min)") and due[0].data(Qt.ItemDataRole.DecorationRole) is not None
    assert due[1].data(Qt.ItemDataRole.DecorationRole) is None, "not overdue: no warning"
    assert due[2].data() == "See the newer version" and due[2].data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(2, RECEIVED_VERSION).data() == "1 (replaced)"
