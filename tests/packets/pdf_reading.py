"""Reading packets back with pypdf: page text without page furniture, and the text comparison the round trip uses.

How extracted text is compared with what was entered (``same_text``):

- Every non-whitespace character must come back, in order, exactly (no normalization of Unicode, case or markup).
- A whitespace run in the entered text (reportlab's whitespace set plus U+00A0, which the PDF draws as a space)
  must come back as at least one space or line break: reportlab collapses runs and wraps lines at them.
- The extracted text may have extra line breaks that the entered text does not: those are where a long word was
  wrapped. Extra spaces without a line break are never accepted.
- A soft hyphen (U+00AD) is an invisible wrapping hint; packets remove it (safe_text.clean), so it is not expected.

Text holding right-to-left characters is stored line by line in visual order, Arabic in joined forms that the fonts'
ToUnicode maps give back as plain letters (docs/packets.md). The reader here switches off pypdf's reversal of Hebrew
and Arabic runs and reads the characters as stored, so tests can check the visual order. Such text is compared by
``same_characters``: the same non-whitespace characters, in any order, a mirrored bracket counting as its partner and
a joined form typed as such as its plain letters.
"""

from __future__ import annotations

import io
import re
import struct
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

import pypdf._text_extraction as pypdf_text
from bidi.mirror import MIRRORED
from pypdf import PageObject, PdfReader
from pypdf.generic import ByteStringObject, ContentStream, TextStringObject

from fieldscreen.packets.rtl import is_joined_form, needs_bidi, plain_letters

FURNITURE_LINES = 4
"""Header left, header right, footer left, "Page x of y": drawn last on every page."""

WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
)
_WS_RUN = re.compile(f"[{re.escape(WHITESPACE)}]+")


@contextmanager
def stored_order():
    """Within the block, pypdf returns right-to-left characters in the order they are stored."""
    saved = pypdf_text.RTL_CHARACTER_PATTERN
    pypdf_text.RTL_CHARACTER_PATTERN = re.compile("(?!)")
    try:
        yield
    finally:
        pypdf_text.RTL_CHARACTER_PATTERN = saved


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


@dataclass
class ReadBack:
    """What a packet's pages say and which fonts their text operators select."""

    pages: list[str]
    fonts: set[str]

    def body(self) -> str:
        """The text of all pages without headers and footers, pages joined by a line break."""
        total = len(self.pages)
        return "\n".join(split_furniture(text, i, total)[0] for i, text in enumerate(self.pages, start=1))


def read_back(pdf: bytes) -> ReadBack:
    """Extract every page's text (right-to-left runs as stored) and the base fonts selected with ``Tf``."""
    pages: list[str] = []
    fonts: set[str] = set()
    with stored_order():
        for page in reader(pdf).pages:
            resources = (page.get("/Resources") or {}).get("/Font") or {}

            def note_font(operator, operands, _cm, _tm, resources=resources):
                if operator == b"Tf":
                    base = str(resources[operands[0]].get_object().get("/BaseFont", ""))
                    fonts.add(base.split("+", 1)[-1].lstrip("/"))

            pages.append(page.extract_text(visitor_operand_before=note_font))
    return ReadBack(pages, fonts)


def split_furniture(page_text: str, number: int, total: int) -> tuple[str, list[str]]:
    """The page's body text and its furniture lines; asserts the last line is "Page number of total"."""
    lines = page_text.rstrip("\n").split("\n")
    body, furniture = lines[:-FURNITURE_LINES], lines[-FURNITURE_LINES:]
    assert furniture[-1] == f"Page {number} of {total}", furniture
    return "\n".join(body), furniture


def body_text(pdf: bytes) -> str:
    """The text of all pages without headers and footers."""
    return read_back(pdf).body()


def same_text(entered: str, extracted: str) -> bool:
    """Whether ``extracted`` gives back ``entered`` under the rules in this module's docstring."""
    expected = _WS_RUN.sub(" ", entered.replace("\xad", ""))
    i = j = 0
    while i < len(expected) or j < len(extracted):
        e = expected[i] if i < len(expected) else ""
        if j < len(extracted) and extracted[j] in WHITESPACE:
            end = _WS_RUN.match(extracted, j).end()
            if e == " ":
                i += 1
            elif "\n" not in extracted[j:end]:
                return False
            j = end
            continue
        if j >= len(extracted) or e != extracted[j]:
            return False
        i += 1
        j += 1
    return True


def _characters(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for ch in text.replace("\xad", ""):
        if is_joined_form(ch):
            found.update(plain_letters(ch))
        elif ch not in WHITESPACE:
            found[min(ch, MIRRORED.get(ch, ch))] += 1
    return found


def same_characters(entered: str, extracted: str) -> bool:
    """Whether ``extracted`` holds the non-whitespace characters of ``entered`` (bidi text: see the docstring)."""
    return _characters(entered) == _characters(extracted)


def comes_back(entered: str, extracted: str) -> bool:
    """Whether ``extracted`` gives back ``entered``: :func:`same_characters` for bidi text, else :func:`same_text`."""
    return (same_characters if needs_bidi(entered) else same_text)(entered, extracted)


def framed(text: str, key: str) -> str:
    """``text`` between two markers that name it, so it can be found again in extracted text.

    A space separates each marker from the text, so wrapping never splits a marker. The closing marker starts a new
    line (a new bidi paragraph), so a right-to-left override left open in ``text`` cannot reverse it.
    """
    return f"{{{{{key}: {text}\n:{key}}}}}"


def find_framed(extracted: str, key: str) -> str | None:
    """What stands between the markers of ``key`` (compare it with ``" " + text + " "``), or ``None``."""
    match = re.search(re.escape(f"{{{{{key}:") + "(.*?)" + re.escape(f":{key}}}}}"), extracted, re.S)
    return match.group(1) if match else None


def annotations(pdf: bytes) -> list[object]:
    """Every annotation on every page (links included)."""
    found = []
    for page in reader(pdf).pages:
        found += list(page.get("/Annots") or [])
    return found


def image_xobjects(pdf: bytes) -> list[str]:
    """Names of image XObjects used by any page."""
    found = []
    for page in reader(pdf).pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        for name, ref in xobjects.items():
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(name)
    return found


_TO_UNICODE_ENTRY = re.compile(rb"<([0-9A-F]{2})> <([0-9A-F]+)>")


def _subset_glyphs(font_file: bytes) -> tuple[int, ...]:
    """The glyph of each code in a reportlab font subset: its one ``cmap`` subtable, format 6 from code 0."""
    (tables,) = struct.unpack_from(">H", font_file, 4)
    for i in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", font_file, 12 + 16 * i)
        if tag == b"cmap":
            (subtable,) = struct.unpack_from(">I", font_file, offset + 8)
            fmt, _size, _language, first, count = struct.unpack_from(">5H", font_file, offset + subtable)
            assert (fmt, first) == (6, 0), "not a reportlab font subset"
            return struct.unpack_from(f">{count}H", font_file, offset + subtable + 10)
    raise AssertionError("font subset without a cmap")


def _drawn_codes(page: PageObject) -> dict[str, set[int]]:
    """Font resource name -> the codes the page's text operators draw with it."""
    drawn: dict[str, set[int]] = {}
    font = ""
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"Tf":
            font = operands[0]
        elif operator in (b"Tj", b"'", b'"', b"TJ"):
            items = operands[0] if operator == b"TJ" else operands[-1:]
            for item in items:
                if isinstance(item, TextStringObject | ByteStringObject):
                    text = item.get_original_bytes() if isinstance(item, TextStringObject) else bytes(item)
                    drawn.setdefault(font, set()).update(text)
    return drawn


def glyphless_characters(pdf: bytes) -> dict[str, str]:
    """Embedded font -> the characters its drawn codes show as glyph 0 (the empty box), for fonts that have any.

    The page's text operators give the codes drawn with each font, the font's ToUnicode map their characters and its
    embedded subset's ``cmap`` their glyphs.
    """
    found: dict[str, set[str]] = {}
    for page in reader(pdf).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for resource, codes in _drawn_codes(page).items():
            font = fonts[resource].get_object()
            if font.get("/Subtype") != "/TrueType":
                continue
            glyphs = _subset_glyphs(font["/FontDescriptor"]["/FontFile2"].get_data())
            entries = _TO_UNICODE_ENTRY.findall(font["/ToUnicode"].get_data().split(b"beginbfchar")[1])
            texts = {int(code, 16): bytes.fromhex(text.decode()).decode("utf-16-be") for code, text in entries}
            missing = {texts[code] for code in codes if glyphs[code] == 0}
            if missing:
                found.setdefault(str(font["/BaseFont"]).split("+", 1)[-1], set()).update(missing)
    return {name: "".join(sorted(texts)) for name, texts in found.items()}
