"""Fuzz: instrument files, XLSForms, user text in the referral PDF and sealed items at ingest, with hypothesis.

Damaged input may only ever end in a ``KnownError`` (a list of problems in plain words, or "this packet is damaged"),
never another exception; user text must come back from the PDF. Examples per test: ``count(quick, long)``.
atheris is not used: hypothesis already drives these parsers with structure-aware input (damaged YAML trees and
sheet edits reach the semantic checks, which random bytes rarely pass), and atheris' libFuzzer loop takes over the
process, so it cannot run inside this pytest suite.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import leaks_support  # noqa: F401  (puts the sibling test folders on sys.path)
import pytest
import yaml
from fuzz_support import damaged_bytes, damaged_document, edited_sheets
from hypothesis import HealthCheck, Phase, assume, event, example, given, settings
from hypothesis import strategies as st
from packet_samples import referral
from pdf_reading import body_text, comes_back, find_framed, framed
from reliability_profile import count
from sync_helpers import make_manifest, make_pdf
from xlsform_cases.sheets import load_sheets, workbook_bytes

from fieldscreen import paths
from fieldscreen.core.errors import KnownError
from fieldscreen.core.instrument_loader import load_instrument_bytes
from fieldscreen.core.models import AnswerStatus
from fieldscreen.core.xlsform import import_xlsform
from fieldscreen.packets import AnswerRow, AnswerSection, build_packet
from fieldscreen.packets.safe_text import clean
from fieldscreen.sync.errors import ItemUnreadable
from fieldscreen.sync.office_keys import generate_office_key, load_identity
from fieldscreen.sync.sealed_item import open_item, seal_item

INSTRUMENTS = sorted(paths.resources().glob("instruments/*/*.yaml"))
INSTRUMENT_BYTES = [p.read_bytes() for p in INSTRUMENTS]
BASE_SHEETS = load_sheets("base")
BASE_WORKBOOK = workbook_bytes(BASE_SHEETS)
FONTS = paths.resources() / "fonts"
OFFICE = generate_office_key("Central Intake Office", date(2026, 3, 2))
ITEM = seal_item(make_pdf("FS-FUZZ"), make_manifest("FS-FUZZ"), OFFICE.public)
IDENTITY = load_identity(OFFICE.secret)


def profile(quick: int, long: int) -> settings:
    """Hypothesis settings sized by the reliability profile; no deadline (first examples load fonts and pyxform)."""
    return settings(
        max_examples=count(quick, long),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink),
    )


def _outcome(load) -> str:
    """Run ``load``; a ``KnownError`` is a clear refusal, anything else that is raised fails the test."""
    try:
        load()
    except KnownError as exc:
        assert str(exc).strip(), "a KnownError must say what happened"
        return "refused"
    return "loaded"


@profile(60, 1500)
@given(st.sampled_from(INSTRUMENT_BYTES).flatmap(damaged_bytes))
def test_damaged_instrument_files_give_problems_only(data):
    event(_outcome(lambda: load_instrument_bytes(data, "fuzz.yaml")))


@profile(40, 400)
@given(st.sampled_from(INSTRUMENT_BYTES).flatmap(lambda raw: damaged_document(yaml.safe_load(raw))))
def test_instruments_with_random_values_in_any_place_give_problems_only(doc):
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    event(_outcome(lambda: load_instrument_bytes(text.encode("utf-8"), "fuzz.yaml")))


@profile(40, 1000)
@given(st.binary(max_size=4096))
def test_random_bytes_as_an_instrument_give_problems_only(data):
    assert _outcome(lambda: load_instrument_bytes(data, "fuzz.yaml")) in {"refused", "loaded"}


@profile(12, 300)
@given(edited_sheets(BASE_SHEETS))
def test_xlsforms_with_edited_cells_and_rows_give_problems_only(sheets):
    event(_outcome(lambda: import_xlsform(workbook_bytes(sheets), "fuzz.xlsx")))


@profile(12, 300)
@given(damaged_bytes(BASE_WORKBOOK))
def test_damaged_xlsx_files_give_problems_only(data):
    event(_outcome(lambda: import_xlsform(data, "fuzz.xlsx")))


PRINTABLE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Co", "Cn")), min_size=1, max_size=60)


@profile(10, 250)
@example(name="<b>bold", alias="&amp; &bogus;", answer='<font name="Courier" size="40">', reason="<a href='x'>l</a>")
@example(name="0", alias="0", answer="0", reason="\ufb50")  # a joined form typed as such comes back as its letter
@given(name=PRINTABLE, alias=PRINTABLE, answer=PRINTABLE, reason=PRINTABLE)
def test_user_text_in_the_pdf_is_drawn_as_text_and_comes_back(name, alias, answer, reason):
    rows = (
        AnswerRow("P1", "Q1", AnswerStatus.ANSWERED, framed(answer, "A"), framed(answer, "A"), free_text=True),
        AnswerRow("P2", "Q2", AnswerStatus.SKIPPED, skip_reason=framed(reason, "R")),
    )
    content = replace(
        referral(),
        person=replace(referral().person, name=framed(name, "N"), aliases=(framed(alias, "L"),)),
        sections=(AnswerSection("Notas", "Notes", rows),),
    )
    text = body_text(build_packet(content, FONTS))
    for key, entered in (("N", name), ("L", alias), ("A", answer), ("R", reason)):
        found = find_framed(text, key)
        assert found is not None and comes_back(f" {clean(entered)} ", found), (key, entered, found)


@profile(60, 1500)
@given(damaged_bytes(ITEM.data), st.booleans())
def test_damaged_sealed_items_are_rejected_clearly(data, named_for_content):
    assume(data != ITEM.data)
    expected = hashlib.sha256(data).hexdigest() if named_for_content else ITEM.content_hash
    with pytest.raises(ItemUnreadable) as caught:
        open_item(data, IDENTITY, expected_hash=expected)
    event(str(caught.value).split(".")[0])


@profile(40, 1000)
@given(st.binary(max_size=4096) | st.binary(max_size=200).map(lambda b: b"age-encryption.org/v1\n" + b))
def test_random_bytes_at_ingest_are_rejected_clearly(data):
    with pytest.raises(ItemUnreadable):
        open_item(data, IDENTITY, expected_hash=hashlib.sha256(data).hexdigest())


def test_the_fuzzed_inputs_start_from_valid_ones():
    for raw in INSTRUMENT_BYTES:
        load_instrument_bytes(raw, "valid.yaml")
    assert import_xlsform(BASE_WORKBOOK, "base.xlsx").loaded.instrument.id == "example"
    assert open_item(ITEM.data, IDENTITY, expected_hash=ITEM.content_hash).manifest["case_code"] == "FS-FUZZ"
    assert len(INSTRUMENTS) >= 4 and Path(FONTS).is_dir()
