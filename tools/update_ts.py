"""Update the Qt Linguist catalogues ``translations/fieldscreen_*.ts`` from the source, and fill them in.

``pyside6-lupdate`` reads every Python file of ``fieldscreen/`` (the GUI's ``tr()`` and the core shim's
``translate()`` / ``QT_TRANSLATE_NOOP()`` alike) without source locations, so unrelated edits leave the files alone,
and drops messages that left the code. Typical round after strings were added::

    .venv/bin/python tools/update_ts.py                     # update every catalogue (add one: --language de)
    .venv/bin/python tools/update_ts.py --todo es > es.json # what is still untranslated, as JSON
    # ... write the translations into es.json ...
    .venv/bin/python tools/update_ts.py --fill es es.json   # store them in the catalogue
    .venv/bin/python tools/build_qm.py                      # compile the .qm files that are committed

The JSON maps context -> source -> translation; a plural (``%n``) message takes a list of plural forms.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "fieldscreen"
_FOUND = re.compile(r"Found (\d+) source text")
_TR_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
SOURCE_LANGUAGE = "en"
"""The source texts' language: its catalogue holds only the plural (``%n``) messages, for their singular forms."""
qt_tool = runpy.run_path(str(Path(__file__).with_name("build_qm.py")))["qt_tool"]


def catalogue(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The ``.ts`` file of ``language`` in ``folder``."""
    return folder / f"fieldscreen_{language}.ts"


def update(targets: list[Path], sources: Path = SOURCES) -> int:
    """Run ``pyside6-lupdate`` over ``sources`` into every ``.ts`` in ``targets``; return the strings found.

    Raises:
        SystemExit: lupdate is older than 6.12, failed, or found no string (a wrong option makes it find none and
            still succeed).
    """
    if PySide6.__version_info__[:2] < (6, 12):
        raise SystemExit(
            f"pyside6-lupdate {PySide6.__version__} misses the plural translate(context, text, None, n) calls and would"
            " drop those messages: run this with PySide6 6.12 or later (for one, in a separate virtual environment)."
        )
    counts = []
    for target in targets:
        language = target.stem.removeprefix("fieldscreen_")
        command = [qt_tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language, sources.name]
        command += ["-pluralonly", "-ts"] if language == SOURCE_LANGUAGE else ["-ts"]
        command.append(str(target.resolve()))
        done = subprocess.run(command, cwd=sources.parent, capture_output=True, text=True, check=False)
        found = [int(n) for n in _FOUND.findall(done.stdout)]
        if done.returncode != 0 or not found or found[0] == 0:
            raise SystemExit(
                f"pyside6-lupdate found no strings or failed for {target.name}:\n{done.stdout}{done.stderr}"
            )
        counts += found
    return min(counts)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _calls(tree: ast.AST, context: str | None) -> Iterator[tuple[str, str]]:
    for node in ast.iter_child_nodes(tree):
        inner = node.name if isinstance(node, ast.ClassDef) else context
        if isinstance(node, ast.Call) and node.args:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            first = _literal(node.args[0])
            if name == "tr" and context and first is not None:
                yield context, first
            elif name in _TR_NAMES and len(node.args) > 1 and first is not None:
                second = _literal(node.args[1])
                if second is not None:
                    yield first, second
        yield from _calls(node, inner)


def marked_strings(sources: Path = SOURCES) -> set[tuple[str, str]]:
    """Every (context, text) marked with a literal ``tr()``, ``translate()`` or ``QT_TRANSLATE_NOOP()`` in the code."""
    found: set[tuple[str, str]] = set()
    for path in sorted(sources.rglob("*.py")):
        found.update(_calls(ast.parse(path.read_text(encoding="utf-8")), None))
    return found


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """Every ``<message>`` of a catalogue, with the name of its context."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name", ""), message


def todo(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    """The untranslated messages of a catalogue, shaped like the JSON that :func:`fill` takes."""
    out: dict[str, dict[str, str | list[str]]] = {}
    for context, message in messages(ts):
        if message.find("translation").get("type") == "unfinished":
            out.setdefault(context, {})[message.findtext("source", "")] = [""] * 2 if message.get("numerus") else ""
    return out


def fill(ts: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Store ``translations`` (context -> source -> text or plural forms) in ``ts``; return how many were stored."""
    tree = ET.parse(ts)
    stored = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            text = given.get(message.findtext("source", ""))
            if not text:
                continue
            target = message.find("translation")
            target.clear()
            if isinstance(text, list):
                for form in text:
                    ET.SubElement(target, "numerusform").text = form
            else:
                target.text = text
            stored += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return stored


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", action="append", default=[], help="also create or update this catalogue")
    parser.add_argument("--todo", metavar="LANG", help="print the untranslated messages of LANG as JSON")
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "JSON"), help="store the translations of a JSON file")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Update the catalogues (or print / fill one's untranslated messages)."""
    args = _parser().parse_args(argv)
    if args.todo:
        json.dump(todo(catalogue(args.todo)), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if args.fill:
        language, source = args.fill
        stored = fill(catalogue(language), json.loads(Path(source).read_text(encoding="utf-8")))
        sys.stdout.write(f"stored {stored} translation(s)\n")
    targets = sorted({*TRANSLATIONS.glob("fieldscreen_*.ts"), *(catalogue(lang) for lang in args.language)})
    if not targets:
        raise SystemExit(f"no catalogue in {TRANSLATIONS}: add one with --language LANG")
    found = update(targets)
    sys.stdout.write(f"{found} source text(s) in {', '.join(t.name for t in targets)}\n")
    full = next((t for t in targets if t != catalogue(SOURCE_LANGUAGE)), targets[0])
    on_disk = {(context, m.findtext("source", "")) for context, m in messages(full)}
    for context, text in sorted(marked_strings() - on_disk):
        sys.stdout.write(f"lupdate missed {context}: {text!r} (write the call on its own, not inside an f-string)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
