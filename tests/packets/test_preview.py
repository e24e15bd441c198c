"""Rendering a real referral packet to pixels for the in-app preview."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from packet_samples import referral
from pypdf import PdfReader

from fieldscreen.packets import build_packet
from fieldscreen.packets.preview import PreviewFailed, render_pages

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@pytest.fixture(scope="module")
def packet() -> bytes:
    return build_packet(referral(), FONTS)


def _pixel(page, x: int, y: int) -> bytes:
    start = y * page.stride + 4 * x
    return page.pixels[start : start + 3]


def test_every_page_is_rendered_at_the_asked_scale(packet):
    reader = PdfReader(io.BytesIO(packet))
    pages = render_pages(packet, 1.0)
    assert len(pages) == len(reader.pages) > 1
    for page, source in zip(pages, reader.pages, strict=True):
        assert (page.width, page.height) == (round(float(source.mediabox.width)), round(float(source.mediabox.height)))
        assert page.stride >= 4 * page.width
        assert len(page.pixels) == page.stride * page.height
    double = render_pages(packet, 2.0)[0]
    assert (double.width, double.height) == (2 * pages[0].width, 2 * pages[0].height)


def test_pages_show_white_paper_with_dark_text(packet):
    page = render_pages(packet, 1.0)[0]
    assert _pixel(page, 1, 1) == b"\xff\xff\xff"
    rows = range(0, page.height, 2)
    darkest = min(min(page.pixels[y * page.stride : y * page.stride + 4 * page.width]) for y in rows)
    assert darkest < 64


def test_damaged_or_encrypted_pdfs_are_refused_in_plain_words(packet):
    with pytest.raises(PreviewFailed):
        render_pages(packet[: len(packet) // 3], 1.0)
    locked = io.BytesIO()
    with pikepdf.open(io.BytesIO(packet)) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o" * 16, user="u" * 16, R=6))
    with pytest.raises(PreviewFailed) as caught:
        render_pages(locked.getvalue(), 1.0)
    assert caught.value.advice


def test_scale_out_of_range_is_a_bug(packet):
    for scale in (0, -1, 5):
        with pytest.raises(ValueError):
            render_pages(packet, scale)
