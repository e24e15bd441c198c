"""Safe text: escaping, the only tags markup may contain, font runs, control characters, ToUnicode entries."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from fieldscreen.packets import load_fonts
from fieldscreen.packets.fonts import (
    CJK_JAPANESE,
    CJK_KOREAN,
    CJK_SIMPLIFIED,
    CJK_TRADITIONAL,
    font_runs,
    to_unicode_cmap,
)
from fieldscreen.packets.safe_text import clean, markup

FONTS = load_fonts(Path(__file__).resolve().parents[2] / "resources" / "fonts")
STYLE = ParagraphStyle("t", fontName=FONTS.regular, fontSize=9, leading=12, splitLongWords=1)
ALLOWED_TAG = re.compile(
    r'<font name="(FS-Symbols|FS-Arabic|HeiseiMin-W3|HYSMyeongJo-Medium|STSong-Light|MSung-Light)">|</font>|<br/>'
)


def _tags(marked: str) -> list[str]:
    return re.findall(r"<[^>]*>", marked)


def test_markup_characters_are_escaped():
    marked = markup('<a href="x">&\'"</a><img src="y"/>', FONTS)
    assert marked == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&quot;&lt;/a&gt;&lt;img src=&quot;y&quot;/&gt;"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_only_our_tags_and_a_paragraph_that_lays_out(text):
    marked = markup(text, FONTS)
    assert all(ALLOWED_TAG.fullmatch(tag) for tag in _tags(marked))
    paragraph = Paragraph(marked, STYLE)
    paragraph.wrap(200, 10_000)


@given(st.text(max_size=100), st.sampled_from(["", "ja", "ko", "zh", "zh-Hant", "es"]))
def test_font_runs_give_back_the_text(text, language):
    cleaned = clean(text)
    assert "".join(run for _, run in font_runs(cleaned, FONTS, FONTS.regular, language)) == cleaned


def test_line_breaks_become_br_and_controls_become_visible():
    assert markup("a\r\nb\rc\nd\u2028e", FONTS) == "a<br/>b<br/>c<br/>d<br/>e"
    assert clean("\x00\x07\x1b\x7f\x85\x9b\ud800\u00ad\t") == "\u2400\u2407\u241b\u2421\n\ufffd\ufffd\t"


def test_han_characters_follow_the_language_and_the_kana_or_hangul_around_them():
    def font_of(text: str, language: str = "") -> str:
        return font_runs(text, FONTS, FONTS.regular, language)[0][0]

    assert font_of("漢字") == CJK_SIMPLIFIED
    assert font_of("漢字", "zh-TW") == CJK_TRADITIONAL
    assert font_of("漢字", "ja") == CJK_JAPANESE
    assert font_of("漢字とかな") == CJK_JAPANESE
    assert font_of("漢字 한국어") == CJK_KOREAN
    assert font_of("👍") == FONTS.symbols
    assert font_of("Tiếng Việt Ελληνικά Русский עברית العربية") == FONTS.regular
    assert font_of("ہے") == FONTS.arabic[FONTS.regular]
    assert font_of("नमस्ते") == FONTS.regular  # no bundled glyphs: an empty box, the text stays exact


def test_tounicode_entries_are_utf16_above_the_basic_plane():
    cmap = to_unicode_cmap("X", [0x41, 0x1F600])
    assert "<00> <0041>" in cmap
    assert "<01> <D83DDE00>" in cmap
