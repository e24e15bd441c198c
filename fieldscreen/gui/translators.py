"""Loading the translation catalogues: fieldscreen's own and Qt's standard dialogs."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fieldscreen import paths

LANGUAGE_ENV = "FIELDSCREEN_LANG"
"""Overrides the system language, for example ``es`` (useful for checking a translation)."""


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Install the catalogues that exist for the user's language; return them so they stay referenced."""
    wanted = os.environ.get(LANGUAGE_ENV)
    locale = QLocale(wanted) if wanted else QLocale.system()
    installed = []
    for name, folder in (
        ("fieldscreen", str(paths.translations())),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
