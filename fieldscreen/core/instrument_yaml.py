"""Reading an instrument file's YAML safely: size caps, UTF-8, YAML 1.2 scalars, no duplicate keys.

Only ``true``/``false`` are booleans (YAML 1.2): ``yes``, ``no``, ``on`` and ``off`` stay text, so a label "No" is not
read as false. Dates are not converted. Anchors and aliases (``&text`` / ``*text``) may be used to repeat a text, but
the document they expand to is capped (:data:`MAX_VALUES`, :data:`MAX_NESTING`), so a small file cannot expand into
a huge one. Every problem comes back as ``(location, message)``; nothing here raises.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from .i18n import fill, translate

MAX_BYTES = 1_000_000
"""Largest instrument file accepted; a full screen with two languages is well under 100 kB."""
MAX_NESTING = 20
"""Deepest nesting of lists and mappings accepted; an instrument needs seven."""
MAX_VALUES = 100_000
"""Most values (texts, numbers, lists, mappings) a file may expand to, aliases followed."""

Problem = tuple[str, str]


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars and a record of duplicate keys."""

    yaml_implicit_resolvers: dict = {}  # PyYAML's class-level registry, filled below

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[Problem] = []

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise ConstructorError(None, None, translate("Instruments", "expected a mapping"), node.start_mark)
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConstructorError(
                    None, None, translate("Instruments", "a key must be a plain word"), key_node.start_mark
                )
            key = key_node.value
            if key in mapping:
                self.duplicates.append(
                    (_line(key_node.start_mark), fill(translate("Instruments", "duplicate key '%1'"), key))
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]{0,17})$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^[-+]?(?:(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)$",
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    _Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _line(mark: Any) -> str:
    return fill(translate("Instruments", "line %1, column %2"), mark.line + 1, mark.column + 1)


def read_yaml(data: bytes) -> tuple[Any, list[Problem]]:
    """Parse an instrument file.

    Args:
        data: The file's bytes.

    Returns:
        The top-level mapping (``None`` when the file cannot be used at all) and the problems found.
    """
    whole = translate("Instruments", "(file)")
    if len(data) > MAX_BYTES:
        return None, [(whole, fill(translate("Instruments", "is larger than %1 bytes"), MAX_BYTES))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = fill(
            translate("Instruments", "is not UTF-8 text (byte 0x%1); save the file as UTF-8"), f"{data[exc.start]:02x}"
        )
        return None, [(fill(translate("Instruments", "line %1"), line), message)]
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        message = fill(
            translate("Instruments", "holds the control character U+%1, which YAML does not allow"),
            f"{exc.character:04X}",
        )
        return None, [(fill(translate("Instruments", "line %1"), line), message)]
    try:
        document = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return None, [(_line(mark) if mark else whole, _yaml_message(exc))]
    except yaml.YAMLError as exc:
        return None, [(whole, str(exc))]
    except RecursionError:
        return None, [(whole, translate("Instruments", "is nested too deeply"))]
    except ValueError as exc:
        return None, [(whole, fill(translate("Instruments", "holds a value that cannot be read: %1"), exc))]
    finally:
        loader.dispose()
    problems = list(loader.duplicates)
    too_big = _too_big(document)
    if too_big:
        return None, [*problems, (whole, too_big)]
    if document is None:
        return None, [*problems, (whole, translate("Instruments", "is empty"))]
    if not isinstance(document, dict):
        message = translate("Instruments", "must hold one instrument: a mapping of keys such as id, version, sections")
        return None, [*problems, (whole, message)]
    return document, problems


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    parts = [part for part in (exc.context, exc.problem) if part]
    return fill(translate("Instruments", "YAML syntax: %1"), ", ".join(parts) or str(exc))


def _too_big(document: Any) -> str:
    """Why the document is too deep or too large once aliases are followed ("" when it is fine)."""
    count = 0
    stack = [(document, 1)]
    while stack:
        item, level = stack.pop()
        count += 1
        if count > MAX_VALUES:
            return fill(translate("Instruments", "expands to more than %1 values"), MAX_VALUES)
        if isinstance(item, dict | list):
            if level > MAX_NESTING:
                return translate("Instruments", "is nested too deeply")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return ""
