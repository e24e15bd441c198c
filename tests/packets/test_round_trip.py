"""Acceptance: 1,000 hostile or many-script strings entered as answers come back exactly from the PDF's text.

The comparison rules (whitespace and wrapping only) are in pdf_reading.py and docs/packets.md. The strings are
batched into a few packets so the test stays fast.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from packet_samples import referral, supplement
from pdf_reading import (
    annotations,
    body_text,
    comes_back,
    find_framed,
    framed,
    image_xobjects,
    read_back,
    same_text,
)
from text_corpus import corpus

from fieldscreen.core.models import AnswerStatus
from fieldscreen.packets import AnswerRow, AnswerSection, Concern, Person, build_packet

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
STRINGS = corpus(seed=20261127, count=1_000)
BATCHES = 8
ALLOWED_FONTS = {
    "DejaVuSans",
    "DejaVuSans-Bold",
    "NotoSansArabic-Regular",
    "NotoSansArabic-Bold",
    "Symbola",
    "HeiseiMin-W3",
    "HYSMyeongJo-Medium",
    "STSong-Light",
}


def _packet_with_answers(strings: list[tuple[int, str]]) -> bytes:
    rows = tuple(
        AnswerRow(
            f"Pregunta {i}", f"Question {i}", AnswerStatus.ANSWERED, framed(text, f"S{i}"), "", True, number=str(i)
        )
        for i, text in strings
    )
    return build_packet(referral(sections=(AnswerSection("Notas", "Notes", rows),)), FONTS)


def _check(text: str, strings: list[tuple[int, str]], keys: str = "S") -> list[str]:
    failures = []
    for i, entered in strings:
        found = find_framed(text, f"{keys}{i}")
        if found is None or not comes_back(f" {entered} ", found):
            failures.append(f"{keys}{i}: entered {entered[:80]!r} got {None if found is None else found[:80]!r}")
    return failures


def _assert_nothing_injected(pdf: bytes, fonts_used: set[str]) -> None:
    assert annotations(pdf) == []
    assert image_xobjects(pdf) == []
    assert fonts_used <= ALLOWED_FONTS


@pytest.mark.slow
@pytest.mark.parametrize("batch", range(BATCHES))
def test_answers_come_back_exactly(batch):
    strings = [(i, s) for i, s in enumerate(STRINGS) if i % BATCHES == batch]
    pdf = _packet_with_answers(strings)
    read = read_back(pdf)
    assert _check(read.body(), strings) == []
    _assert_nothing_injected(pdf, read.fonts)


def test_the_corpus_has_what_the_acceptance_names():
    joined = "".join(STRINGS)
    assert len(STRINGS) == 1_000
    assert sum(len(s) >= 10_000 for s in STRINGS) >= 5
    for needle in ('<a href="', '<img src="', "<unclosed", "<font", "<b>", "&", '"', "'", "שלום", "العربية"):
        assert needle in joined
    for needle in ("😀", "e\u0301", "中文", "日本語", "한국어", "Tiếng Việt", "Русский", "Ελληνικά"):
        assert needle in joined


def test_text_in_table_cells_and_facts_comes_back_exactly():
    strings = [(i, s) for i, s in enumerate(STRINGS) if len(s) <= 600][:60]
    rows = tuple(
        AnswerRow(framed(s, f"Q{i}"), f"Question {i}", AnswerStatus.ANSWERED, framed(s, f"A{i}"), framed(s, f"E{i}"))
        for i, s in strings
    )
    name, alias, agency, circumstance = STRINGS[:4]
    base = supplement()
    content = replace(
        base,
        sections=(AnswerSection("Trabajo", "Work", rows),),
        person=Person("Foreign national", name=framed(name, "N0"), aliases=(framed(alias, "L0"),)),
        requester=replace(base.requester, agency=framed(agency, "G0")),
        concern=Concern(True, None, (framed(circumstance, "C0"),)),
    )
    pdf = build_packet(content, FONTS)
    read = read_back(pdf)
    text = read.body()
    failures = _check(text, strings, "Q") + _check(text, strings, "A") + _check(text, strings, "E")
    failures += _check(text, [(0, name)], "N") + _check(text, [(0, alias)], "L")
    failures += _check(text, [(0, agency)], "G") + _check(text, [(0, circumstance)], "C")
    assert failures == []
    _assert_nothing_injected(pdf, read.fonts)


def test_control_characters_come_back_as_visible_symbols():
    entered = "a\x00b\x1bc\x7fd\x9be\ud800f"
    pdf = _packet_with_answers([(0, entered)])
    found = find_framed(body_text(pdf), "S0")
    assert found is not None
    assert same_text(" a\u2400b\u241bc\u2421d\ufffde\ufffdf ", found)
