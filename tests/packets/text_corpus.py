"""A seeded generator of hostile and many-script text for the packet round trip."""

from __future__ import annotations

import random

MARKUP = (
    "&",
    "<",
    ">",
    '"',
    "'",
    "&amp;",
    "&lt;b&gt;",
    "&#60;",
    "&#x3C;",
    "&nbsp;",
    "&bogus;",
    '<a href="https://example.org/x">click here</a>',
    "<a href='javascript:alert(1)'>open",
    '<img src="file:///etc/passwd"/>',
    "<img src=x onerror=alert(1)>",
    '<font name="Courier" size="40" color="red">',
    "</font>",
    "<font face=Helvetica>",
    "<b>",
    "</b>",
    "<i>x</i>",
    "<u>",
    "<strike>",
    "<super>2</super>",
    "<br/>",
    "<para>",
    "</para>",
    '<link href="http://x">l</link>',
    '<onDraw name="f" label="x"/>',
    '<seq id="s"/>',
    '<span style="x">',
    "<unclosed",
    "<a",
    "<!-- comment -->",
    "<![CDATA[ x ]]>",
    '<?xml version="1.0"?>',
    "<!DOCTYPE x>",
    "%s %d {0} %1",
    "\\",
    "\\n",
    "$(rm -rf /)",
    "${x}",
    "<<>>",
    "&&;;",
    "\"'\"'",
)

SCRIPTS = (
    "Tiếng Việt có dấu: người, đường, chữ nghĩa, Nguyễn Thị Hằng, ở, ữ, ặ, ỵ",
    "Русский текст, українська мова, български, српски, қазақ тілі",
    "Ελληνικά: αβγδεζηθικλμνξοπρστυφχψω ΆΈΉΊΌΎΏ ϊϋΐΰ",
    "שלום עולם, עברית מימין לשמאל",
    "مرحبا بالعالم، العربية من اليمين إلى اليسار ١٢٣",
    "فارسی ۱۲۳ گچپژ",
    "中文简体字，我在工厂工作。",
    "繁體中文，護照被老闆拿走了",
    "日本語のひらがなとカタカナ、漢字",
    "한국어 문장입니다. 여권을 빼앗겼어요",
    "ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
    "😀 👍🏽 ❤️ 👨‍👩‍👧 🇺🇸 🔥 ✅ ⚠️ 🚫 ☎",
    "🪐 🥰 🫠 🧑‍🌾",
    "नमस्ते दुनिया",
    "สวัสดีครับ",
    "ሰላም ለዓለም",
    "Հայերեն Ქართული ენა",
    "ẞ ß ﬁ ﬂ Ω ℮ № ™ € £ ¥ ₫ ₴",
    "e\u0301 a\u0308 o\u0323\u0302 n\u0303 Z\u0336\u0337",
    "\u200d\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff",
    "soft\u00adhyphen in\u00adside",
    "nb\u00a0sp em\u2003space ideo\u3000space zero\u200bwidth tab\there",
    "\ue000\uf8ff private use",
)

_COMBINING = [chr(cp) for cp in range(0x300, 0x370)]
_SEPARATORS = ("", " ", " ", "\n", "  ", "\t", "\n\n", " \n ")
_SOUP_RANGES = (
    (0x21, 0x7E),
    (0xA1, 0x24F),
    (0x370, 0x52F),
    (0x590, 0x6FF),
    (0x1E00, 0x1FFF),
    (0x2000, 0x2BFF),
    (0x3040, 0x30FF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0x1F300, 0x1FAFF),
)


def _combining(rng: random.Random) -> str:
    base = rng.choice("aeiouAEIOUxyzбдж")
    return base + "".join(rng.choice(_COMBINING) for _ in range(rng.randint(1, 3)))


def _soup(rng: random.Random, length: int) -> str:
    chars = []
    while len(chars) < length:
        lo, hi = rng.choice(_SOUP_RANGES)
        chars.append(chr(rng.randint(lo, hi)))
    return "".join(chars)


def _piece(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(MARKUP)
    if kind == 1:
        return rng.choice(SCRIPTS)
    if kind == 2:
        return _combining(rng)
    if kind == 3:
        return _soup(rng, rng.randint(1, 40))
    return rng.choice(("word", "Übung", "x" * rng.randint(60, 400), "1-888-373-7888", "a_b-c.d/e"))


def short_string(rng: random.Random) -> str:
    """A string of 1-12 pieces (markup, scripts, combining marks, random characters) with random separators."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        parts.append(_piece(rng))
        parts.append(rng.choice(_SEPARATORS))
    return "".join(parts)


def long_notes(rng: random.Random) -> list[str]:
    """Five 10,000-character notes: mixed words, one unbroken string, many lines, CJK without spaces, markup."""
    words = " ".join(rng.choice(SCRIPTS + MARKUP) for _ in range(600))
    unbroken = "".join(_soup(rng, 1) for _ in range(10_000)).replace(" ", "")
    lines = "\n".join(f"line {i}: " + rng.choice(SCRIPTS) for i in range(400))
    cjk = "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(10_000))
    markup = "".join(rng.choice(MARKUP) for _ in range(2_000))
    return [text[:10_000] for text in (words, unbroken, lines, cjk, markup)]


def corpus(seed: int, count: int) -> list[str]:
    """``count`` strings: the long notes first, then short strings."""
    rng = random.Random(seed)
    notes = long_notes(rng)
    return notes + [short_string(rng) for _ in range(count - len(notes))]
