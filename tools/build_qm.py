"""Compile the Qt Linguist catalogues ``translations/*.ts`` into ``translations/*.qm`` with ``pyside6-lrelease``.

The ``.qm`` files are generated, never committed (``.gitignore``). ``build_installer.spec`` runs this before it
collects them; run it by hand to try a translation from a checkout::

    .venv/bin/python tools/build_qm.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def lrelease() -> str:
    """The ``pyside6-lrelease`` next to the running Python (the venv's), else the one on ``PATH``.

    Raises:
        SystemExit: PySide6's tools are not installed.
    """
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install the project first (pip install -e .)")
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
            [lrelease(), str(source), "-qm", str(target)], capture_output=True, text=True, check=False
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
