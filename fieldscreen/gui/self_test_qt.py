"""The Qt part of ``fieldscreen --self-test``: the compiled translation catalogues load (no window is shown)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from fieldscreen import paths
from fieldscreen.services.self_test import SelfTestFailed


def load_translations() -> str:
    """Load every bundled ``.qm`` catalogue with ``QTranslator``; return their names.

    Raises:
        SelfTestFailed: A catalogue cannot be loaded or holds no translation.
    """
    catalogues = sorted(paths.translations().glob("*.qm"))
    for catalogue in catalogues:
        translator = QTranslator()
        if not translator.load(str(catalogue)) or translator.isEmpty():
            raise SelfTestFailed(f"the translation catalogue {catalogue.name} cannot be loaded")
    return ", ".join(c.name for c in catalogues) or "no .qm catalogue in this copy"
