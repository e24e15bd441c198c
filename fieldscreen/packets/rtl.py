"""Right-to-left text (Arabic, Persian, Urdu, Hebrew) in packet paragraphs: joined letters, visual order, alignment.

reportlab lays text out left to right and, without the ``rlbidi`` package, has no bidi; its own shaping (uharfbuzz)
shapes word by word and keeps the words left to right. So packets do it themselves, with two small packages:

1. :func:`shape` (called by ``safe_text.markup``) replaces Arabic letters by their joined presentation forms
   (``arabic-reshaper``; lam-alef becomes one ligature), still in logical order, so reportlab measures and wraps the
   real glyphs. A form neither DejaVu Sans nor the Arabic-script fallback font has stays the plain letter.
2. reportlab breaks the lines in logical order: the first line holds the start of the text.
3. :class:`BidiParagraph` reorders each line into visual order just before it is drawn (``python-bidi``, the
   Unicode bidirectional algorithm with the paragraph's base direction; mirrored brackets, numbers and Latin words
   inside right-to-left text read correctly), then regroups the characters into their font runs.

A paragraph whose first strong character is right-to-left is right-aligned (:func:`paragraph`). Text without a
right-to-left character is untouched. The PDF's text layer holds each line in visual order; the fonts' ToUnicode maps
give presentation forms back as plain letters (``fonts.to_unicode_cmap``), so readers that reorder visual text
(pdftotext, pypdf) extract words in logical order (docs/packets.md, "Right-to-left text").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from itertools import groupby

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Every character of those bidi classes (and others): a quick test before the exact one."""
_ZWJ = "\u200d"
_LAM_ALEF = "ARABIC LIGATURE LAM WITH ALEF"
_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")
_JOINED_FORMS = ("<initial>", "<medial>", "<final>", "<isolated>")

_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        **{name: name == _LAM_ALEF or name.startswith(_LAM_ALEF + " WITH") for name, _ in LIGATURES},
    }
)
_PLAIN = {form: letter for letter, forms in LETTERS_ARABIC.items() for form in forms if form}


def needs_bidi(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter or a right-to-left embedding, override or isolate."""
    found = _MAYBE_RTL.search(text)
    return found is not None and any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text[found.start() :])


def is_joined_form(ch: str) -> bool:
    """Whether ``ch`` is an Arabic presentation form (a letter in its joined shape, or a ligature)."""
    return unicodedata.decomposition(ch).startswith(_JOINED_FORMS)


def plain_letters(ch: str) -> str:
    """The letters an Arabic joined form stands for (the letter the reshaper took it from; a ligature's letters)."""
    return _PLAIN.get(ch) or unicodedata.normalize("NFKC", ch)


def shape(text: str, coverage: Collection[int]) -> str:
    """``text`` with Arabic letters in their joined forms, in logical order.

    The reshaper drops zero-width joiners, so the text is shaped between them and they keep their place (they do
    not force a join across them).

    Args:
        text: One line of cleaned text.
        coverage: The characters the paragraph font or its fallbacks have glyphs for (``FontSet.shapable``); a joined
            form outside it stays the plain letter.

    Returns:
        The shaped text; text without Arabic letters comes back unchanged.
    """
    found = _MAYBE_RTL.search(text)
    if found is None or not any(unicodedata.bidirectional(ch) == "AL" for ch in text[found.start() :]):
        return text
    shaped = _ZWJ.join(_RESHAPER.reshape(piece) for piece in text.split(_ZWJ))
    return "".join(plain_letters(ch) if ord(ch) not in coverage and is_joined_form(ch) else ch for ch in shaped)


class BidiParagraph(Paragraph):
    """A paragraph laid out in logical order whose lines are drawn in visual order, with a left-to-right base."""

    base_dir = "L"

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - reportlab's name
        """Draw the lines in visual order; the logical lines stay for splitting and measuring."""
        logical = self.blPara
        self.blPara = _visual(logical, self.base_dir)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


class RtlParagraph(BidiParagraph):
    """A :class:`BidiParagraph` with a right-to-left base direction."""

    base_dir = "R"


def paragraph(markup: str, style: ParagraphStyle, text: str) -> Paragraph:
    """A paragraph of ``markup`` (made from ``text``): plain, bidi, or right-to-left and right-aligned.

    Args:
        markup: The paragraph markup from ``safe_text.markup``.
        style: The paragraph style.
        text: The text the markup came from; its first strong character sets the base direction.

    Returns:
        The paragraph flowable.
    """
    if not needs_bidi(text):
        return Paragraph(markup, style)
    if get_base_level(text) == 1:
        return RtlParagraph(markup, ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT))
    return BidiParagraph(markup, style)


def visual_order(text: str, base_dir: str) -> list[tuple[int, str]]:
    """One line of ``text`` in visual order: ``(logical index, character)`` pairs, left to right.

    The levels come from python-bidi (the Unicode bidirectional algorithm, its documented ``debug`` output; one level
    per UTF-8 byte), reordered by rule L2; characters at right-to-left levels are mirrored (rule L4).

    Args:
        text: One line, in logical order.
        base_dir: ``"L"`` or ``"R"``, the paragraph's base direction.

    Returns:
        The characters as drawn from left to right, each with its index in ``text``.
    """
    levels = _levels(text, base_dir)
    order = list(range(len(text)))
    odd = [level for level in levels if level % 2]
    for top in range(max(levels, default=0), min(odd, default=1) - 1, -1):
        start = None
        for i in range(len(order) + 1):
            if i < len(order) and levels[order[i]] >= top:
                start = i if start is None else start
            elif start is not None:
                order[start:i] = order[start:i][::-1]
                start = None
    return [(i, MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]) for i in order]


def _levels(text: str, base_dir: str) -> list[int]:
    dump = get_display(text, base_dir=base_dir, debug=True)
    by_byte = [int(level) for level in _LEVEL.findall(dump.split("levels:", 1)[1])]
    levels = []
    offset = 0
    for ch in text:
        levels.append(by_byte[offset])
        offset += len(ch.encode("utf-8", "surrogatepass"))
    return levels


def _visual(bl_para: object, base_dir: str) -> object:
    lines = bl_para.lines  # type: ignore[attr-defined]
    if bl_para.kind == 0:  # type: ignore[attr-defined]
        visual = [(extra, [_visual_text(" ".join(words), base_dir)]) for extra, words in lines]
    else:
        visual = [line.clone(words=_visual_frags(line.words, base_dir)) for line in lines]
    return bl_para.clone(lines=visual)  # type: ignore[attr-defined]


def _visual_text(text: str, base_dir: str) -> str:
    return "".join(ch for _, ch in visual_order(text, base_dir))


def _visual_frags(frags: list, base_dir: str) -> list:
    """The line's font runs in visual order; each character stays in the run (font) it came from."""
    if not all(hasattr(frag, "text") for frag in frags):
        return frags
    owners = [frag for frag in frags for _ in frag.text]
    chars = visual_order("".join(frag.text for frag in frags), base_dir)
    return [
        owners[run[0][0]].clone(text="".join(ch for _, ch in run))
        for run in (list(group) for _, group in groupby(chars, key=lambda pair: id(owners[pair[0]])))
    ]
