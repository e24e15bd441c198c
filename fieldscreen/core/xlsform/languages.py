"""Language names in XLSForm column headers: ``label::English (en)`` means the language with the code ``en``.

XLSForm names a language freely; fieldscreen needs its code. The code is read from the brackets at the end of the
name, or the name is the code itself (``label::es``). Exported workbooks name each language ``Name (code)``.
"""

from __future__ import annotations

import re

from ..instrument_schema import LANGUAGE_PATTERN

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ht": "Kreyòl ayisyen",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "ko": "한국어",
    "ar": "العربية",
    "ru": "Русский",
    "tl": "Tagalog",
}
"""The names exported workbooks give the languages fieldscreen has built-in yes/no words for."""

_BRACKETS = re.compile(r"^.*\((?P<code>[^()]*)\)\s*$")
_CODE = re.compile(LANGUAGE_PATTERN)


def language_code(name: str) -> str | None:
    """The code in an XLSForm language name (``English (en)`` or ``en`` give ``en``); ``None`` if there is none."""
    match = _BRACKETS.match(name)
    code = (match["code"] if match else name).strip()
    return code if _CODE.match(code) else None


def language_name(code: str) -> str:
    """The XLSForm language name exported for ``code``: ``English (en)``, or ``pt-BR (pt-BR)`` for others."""
    return f"{LANGUAGE_NAMES.get(code, code)} ({code})"
