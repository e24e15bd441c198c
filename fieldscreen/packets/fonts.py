"""Fonts for packets: bundled TrueType fonts registered from a caller-given folder, CJK through reportlab's CID fonts.

Every character is drawn in a font that keeps its text exact in the PDF's text layer (copy, search, extraction):

- DejaVu Sans (regular and bold) for Latin (with Vietnamese), Cyrillic, Greek, Hebrew, Arabic and symbols;
- a subset of Noto Sans Arabic (regular and bold) for the Arabic-script letters DejaVu lacks (Urdu's ہ and ے,
  Persian's ۀ) and their joined forms;
- reportlab's built-in CID fonts for Chinese, Japanese and Korean (not embedded: the viewer supplies the glyphs);
- a subset of Symbola for emoji and the symbols DejaVu lacks;
- anything else falls back to DejaVu and shows as an empty box, while the text layer keeps the character.

Two reportlab limits are worked around in :class:`ExactTextFont` (see docs/packets.md): characters above U+FFFF got
an invalid ToUnicode entry, and characters without a glyph were written as code 0 and lost from the text layer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import fill, translate

from .rtl import is_joined_form, plain_letters

REGULAR = "FS-Sans"
BOLD = "FS-Sans-Bold"
SYMBOLS = "FS-Symbols"
ARABIC = "FS-Arabic"
ARABIC_BOLD = "FS-Arabic-Bold"

FONT_FILES: Mapping[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    SYMBOLS: "SymbolaEmoji.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
"""Registered font name -> file name in the fonts folder."""

CJK_JAPANESE = "HeiseiMin-W3"
CJK_KOREAN = "HYSMyeongJo-Medium"
CJK_SIMPLIFIED = "STSong-Light"
CJK_TRADITIONAL = "MSung-Light"

_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff65-\uff9f]")
_HAN = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3100-\u312f\u3190-\u31ef\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff64\uffa0-\uffef\U00020000-\U0003ffff]"
)
_TRADITIONAL_TAGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


class FontsMissing(KnownError):
    """A bundled font file is missing or unreadable: the installation is incomplete."""

    def __init__(self, name: str) -> None:
        super().__init__(
            fill(translate("Packet", "A font needed for referral packets is missing or damaged: %1."), name),
            translate("Packet", "Reinstall fieldscreen; no packet can be made until the font is back."),
        )


class _EveryCode(dict[int, int]):
    """A character -> glyph map that claims every character, giving glyph 0 (the empty box) to those it lacks."""

    def __contains__(self, code: object) -> bool:
        return True

    def __missing__(self, code: int) -> int:
        return 0


class ExactTextFont(ttfonts.TTFont):
    """A TrueType font whose every character, drawn or not, keeps its exact text in the PDF.

    Args:
        name: The name to register the font under.
        path: The ``.ttf`` file.
        last_resort: Also accept characters the font has no glyph for (shown as an empty box).
    """

    def __init__(self, name: str, path: Path, *, last_resort: bool) -> None:
        super().__init__(name, str(path), shapable=False)
        self.coverage: frozenset[int] = frozenset(self.face.charToGlyph) - {0xA0}
        if last_resort:
            self.face.charToGlyph = _EveryCode(self.face.charToGlyph)

    def addObjects(self, doc: object) -> None:  # noqa: N802 - reportlab's name
        """Add the font subsets to ``doc``, then rewrite their ToUnicode maps in UTF-16 (valid above U+FFFF)."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        objects = doc.idToObject  # type: ignore[attr-defined]
        for n, subset in enumerate(subsets):
            base = b"".join((ttfonts.SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            objects["toUnicodeCMap:" + base].content = to_unicode_cmap(base, subset)


def text_of(cp: int) -> str:
    """The text a drawn character stands for: itself, or for an Arabic joined form its plain letters.

    Lines are stored in visual order, so a ligature's letters (lam-alef) are given right to left, as drawn.
    """
    ch = chr(cp)
    return plain_letters(ch)[::-1] if is_joined_form(ch) else ch


def to_unicode_cmap(name: str, subset: Iterable[int]) -> str:
    """A ToUnicode CMap mapping each one-byte code to its :func:`text_of` in UTF-16BE (surrogate pairs above U+FFFF)."""
    codes = list(subset)
    entries = [
        f"<{i:02X}> <{text_of(cp).encode('utf-16-be', 'surrogatepass').hex().upper()}>" for i, cp in enumerate(codes)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(codes) - 1:02X}>",
            "endcodespacerange",
            f"{len(codes)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@dataclass(frozen=True)
class FontSet:
    """The registered packet fonts.

    Attributes:
        regular: Name of the regular text font.
        bold: Name of the bold text font.
        symbols: Name of the emoji and symbol font.
        arabic: Paragraph font (regular or bold) -> its fallback for the Arabic-script characters it lacks.
        coverage: Registered TrueType font name -> the characters it has glyphs for.
        shapable: Paragraph font -> the characters it or its Arabic fallback has glyphs for: the joined Arabic
            forms ``rtl.shape`` may use.
    """

    regular: str
    bold: str
    symbols: str
    arabic: Mapping[str, str]
    coverage: Mapping[str, frozenset[int]]
    shapable: Mapping[str, frozenset[int]]


@functools.cache
def _load(fonts_dir: Path) -> FontSet:
    coverage = {}
    for name, file_name in FONT_FILES.items():
        path = fonts_dir / file_name
        try:
            font = ExactTextFont(name, path, last_resort=name in (REGULAR, BOLD))
        except (OSError, ttfonts.TTFError) as exc:
            raise FontsMissing(file_name) from exc
        pdfmetrics.registerFont(font)
        coverage[name] = font.coverage
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    for cid in (CJK_JAPANESE, CJK_KOREAN, CJK_SIMPLIFIED, CJK_TRADITIONAL):
        pdfmetrics.registerFont(UnicodeCIDFont(cid))
    arabic = {REGULAR: ARABIC, BOLD: ARABIC_BOLD}
    shapable = {base: coverage[base] | coverage[fallback] for base, fallback in arabic.items()}
    return FontSet(regular=REGULAR, bold=BOLD, symbols=SYMBOLS, arabic=arabic, coverage=coverage, shapable=shapable)


def load_fonts(fonts_dir: Path) -> FontSet:
    """Register the bundled fonts found in ``fonts_dir`` (once per folder and process) and describe them.

    Args:
        fonts_dir: The folder holding the files in :data:`FONT_FILES` (``resources/fonts``; the caller resolves it).

    Returns:
        The registered fonts.

    Raises:
        FontsMissing: A font file is missing or unreadable.
    """
    return _load(Path(fonts_dir).resolve())


def _han_font(text: str, language: str) -> str:
    tag = language.lower().replace("_", "-")
    if tag.startswith("ja") or _KANA.search(text):
        return CJK_JAPANESE
    if tag.startswith("ko") or _HANGUL.search(text):
        return CJK_KOREAN
    if tag.startswith(_TRADITIONAL_TAGS):
        return CJK_TRADITIONAL
    return CJK_SIMPLIFIED


def _fallback_font(ch: str, base: str, fonts: FontSet, han: str) -> str:
    if _HANGUL.match(ch):
        return CJK_KOREAN
    if _KANA.match(ch):
        return CJK_JAPANESE
    if _HAN.match(ch):
        return han
    if ord(ch) in fonts.coverage[fonts.arabic[base]]:
        return fonts.arabic[base]
    if ord(ch) in fonts.coverage[fonts.symbols]:
        return fonts.symbols
    return base


def font_runs(text: str, fonts: FontSet, base: str, language: str = "") -> list[tuple[str, str]]:
    """Split ``text`` into runs of characters that share a font.

    Args:
        text: The text (already cleaned by :func:`fieldscreen.packets.safe_text.clean`).
        fonts: The registered fonts.
        base: The paragraph's own font (``fonts.regular`` or ``fonts.bold``); it also takes characters no font has.
        language: The text's language tag, used to choose the Chinese, Japanese or Korean font for Han characters.

    Returns:
        ``(font name, text)`` pairs in order; joined, the texts give back ``text``.
    """
    covered = fonts.coverage[base]
    han = ""
    runs: list[tuple[str, str]] = []
    current = ""
    start = 0
    for i, ch in enumerate(text):
        if ord(ch) in covered:
            font = base
        else:
            han = han or _han_font(text, language)
            font = _fallback_font(ch, base, fonts, han)
        if font != current:
            if i > start:
                runs.append((current, text[start:i]))
            current, start = font, i
    if len(text) > start:
        runs.append((current, text[start:]))
    return runs
