"""Language names in XLSForm column headers: ``label::English (en)`` means the language with the code ``en``.

XLSForm names a language freely; fieldscreen needs its code. The code is read from the brackets at the end of the
name, or the name is the code itself (``label::es``). Exported workbooks name each language as
:func:`fieldscreen.core.languages.language_name` does (``Español (es)``).
"""

from __future__ import annotations

import re

from ..instrument_schema import LANGUAGE_PATTERN

_BRACKETS = re.compile(r"^.*\((?P<code>[^()]*)\)\s*$")
_CODE = re.compile(LANGUAGE_PATTERN)


def language_code(name: str) -> str | None:
    """The code in an XLSForm language name (``English (en)`` or ``en`` give ``en``); ``None`` if there is none."""
    match = _BRACKETS.match(name)
    code = (match["code"] if match else name).strip()
    return code if _CODE.match(code) else None
