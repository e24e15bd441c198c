"""Writing an instrument document as the YAML text the instrument loader reads (and the database keeps)."""

from __future__ import annotations

import re
from typing import Any

import yaml

_LOOKS_LIKE_NUMBER = re.compile(r"^[-+]?[0-9.]")
HEADER = "# Converted from an XLSForm by fieldscreen (docs/xlsform.md). Change the workbook and import it again.\n"


class _Dumper(yaml.SafeDumper):
    """SafeDumper that quotes every text the YAML 1.2 reader could take for a number (``1e5``, ``.5``)."""


def _text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = '"' if _LOOKS_LIKE_NUMBER.match(data) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _text)


def document_text(document: dict[str, Any]) -> str:
    """The YAML text of an instrument document, keys in the order given."""
    body = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
    return HEADER + body
