"""Turn any text into safe reportlab paragraph markup: escaped, font-tagged, never interpreted.

User text (answers, notes, names, agency names, even translations) reaches reportlab's mini-markup only through
:func:`markup`. It escapes ``& < > " '`` first, so no text can open a tag (a link, an image, a font change, bold); the
only tags in the result are the ``<font name=...>`` runs this module adds for characters the paragraph font lacks
and ``<br/>`` for the text's own line breaks. Control characters become visible symbols, lone surrogates become
U+FFFD, and long unbroken strings wrap because every packet style sets ``splitLongWords``.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from .fonts import FontSet, font_runs
from .rtl import shape

_ENTITIES = {'"': "&quot;", "'": "&#39;"}
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_REPLACEMENT = "\ufffd"
_SOFT_HYPHEN = "\u00ad"


def _visible(match: re.Match[str]) -> str:
    cp = ord(match.group())
    if cp < 0x20:
        return chr(0x2400 + cp)
    if cp == 0x7F:
        return "\u2421"
    return _REPLACEMENT


def clean(text: str) -> str:
    """Make text printable without losing what it says.

    Line breaks (CR LF, CR, NEL, U+2028, U+2029) become a line feed; other C0 controls become their Control Pictures
    symbol (U+2400 + code, e.g. NUL -> "␀"), DEL becomes "␡", C1 controls and lone surrogates become U+FFFD. Soft
    hyphens (U+00AD, invisible line-break hints) are removed: reportlab drops the space after a word holding one.
    Tabs and everything else are kept.

    Args:
        text: Any text.

    Returns:
        The cleaned text.
    """
    text = _LINE_BREAK.sub("\n", text)
    text = _SURROGATE.sub(_REPLACEMENT, text).replace(_SOFT_HYPHEN, "")
    return _CONTROL.sub(_visible, text)


def _line_markup(line: str, fonts: FontSet, base: str, language: str) -> str:
    parts = []
    for font, run in font_runs(shape(line, fonts.shapable[base]), fonts, base, language):
        escaped = escape(run, _ENTITIES)
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def markup(text: str, fonts: FontSet, *, bold: bool = False, language: str = "") -> str:
    """Safe paragraph markup for ``text``.

    Args:
        text: Any text, from any source.
        fonts: The registered packet fonts.
        bold: Whether the paragraph's style uses the bold font.
        language: The text's language tag (chooses the CJK font for Han characters).

    Returns:
        Markup for a :class:`reportlab.platypus.Paragraph` whose style uses ``fonts.bold`` when ``bold`` is set,
        else ``fonts.regular``.
    """
    base = fonts.bold if bold else fonts.regular
    return "<br/>".join(_line_markup(line, fonts, base, language) for line in clean(text).split("\n"))
