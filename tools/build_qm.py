"""Compile the Qt Linguist catalogues ``translations/*.ts`` into ``translations/*.qm`` with ``pyside6-lrelease``.

The ``.qm`` files are committed beside their ``.ts``, so a checkout (``pip install -e .``) shows its translations
without a build step; ``tests/gui/test_translations.py`` fails when one is not what ``pyside6-lrelease`` makes from
its ``.ts`` now (the output is byte-for-byte repeatable). Run this after every change to a ``.ts`` file::

    .venv/bin/python tools/build_qm.py

``build_installer.spec`` runs it too before it collects them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def qt_tool(name: str) -> str:
    """The PySide6 tool ``name`` (``pyside6-lrelease``) next to the running Python (the venv's), else on ``PATH``.

    Raises:
        SystemExit: PySide6's tools are not installed.
    """
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def build_qm(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every ``.ts`` catalogue in ``folder`` into a ``.qm`` beside it; return the ``.qm`` files.

    Raises:
        SystemExit: ``pyside6-lrelease`` failed or wrote no file.
    """
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        target.unlink(missing_ok=True)
        done = subprocess.run(
            [qt_tool("pyside6-lrelease"), str(source), "-qm", str(target)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
            raise SystemExit(f"pyside6-lrelease could not compile {source.name}:\n{done.stdout}{done.stderr}")
        built.append(target)
    return built


def main() -> int:
    """Compile the catalogues of the checkout and name each ``.qm`` written."""
    built = build_qm()
    for target in built:
        sys.stdout.write(f"{target}\n")
    if not built:
        sys.stdout.write(f"no .ts catalogue in {TRANSLATIONS}: nothing to compile\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
