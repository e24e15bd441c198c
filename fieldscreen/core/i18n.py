"""A Qt-free translation shim for core, store, packets and services.

``pyside6-lupdate`` matches ``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP`` by name, so strings marked
here are extracted into the same ``.ts`` catalogues as the GUI's. The GUI plugs ``QCoreApplication.translate`` in at
start-up with :func:`set_backend`; without it, text comes back untranslated.
"""

from __future__ import annotations

from collections.abc import Callable

_Backend = Callable[[str, str, str | None, int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_backend: _Backend = _identity


def set_backend(backend: _Backend | None) -> None:
    """Install the function that translates (``QCoreApplication.translate``), or ``None`` to reset."""
    global _backend
    _backend = backend or _identity


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; fill ``%1``-style placeholders afterwards with :func:`fill`.

    A text that counts something says ``%n`` and passes the count as ``n`` (Qt's numerus form): the catalogue picks
    the plural form for ``n`` and ``%n`` becomes ``n``, with or without Qt.
    """
    return _backend(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name fixed by lupdate
    """Mark ``text`` for extraction without translating it now."""
    return text


def fill(template: str, *args: object) -> str:
    """Replace ``%1``, ``%2`` ... in a translated template, highest number first so %1 never eats %10."""
    out = template
    for i in range(len(args), 0, -1):
        out = out.replace(f"%{i}", str(args[i - 1]))
    return out
