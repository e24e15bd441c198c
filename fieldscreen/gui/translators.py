"""The user-interface language: the saved choice, and loading fieldscreen's and Qt's catalogues for it.

The UI language is a per-user preference of this computer (a small ``ui.ini`` beside Qt's other settings), kept
apart from the interview language of a screening. It is read before anyone signs in, so it cannot live in the
encrypted database, and it applies from the next start. ``FIELDSCREEN_LANG`` overrides it; ``FIELDSCREEN_LANG=pseudo``
turns on pseudo-localization, which stretches every text so that clipped or untranslated text shows.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from fieldscreen import paths
from fieldscreen.core.languages import own_name

LANGUAGE_ENV = "FIELDSCREEN_LANG"
"""Overrides the saved UI language, for example ``es``, or ``pseudo`` for pseudo-localization."""

PSEUDO = "pseudo"
SYSTEM = ""
"""The saved value meaning "the language of the operating system"."""

_KEY = "ui/language"
_SOURCE_LANGUAGE = "en"
_KEEP = re.compile(r"(%L?\d+|%n|\{\w*\}|<[^>]*>|&[^&\s]|&&)")
_ACCENTED = str.maketrans("AaCcDEeGgHIiJLlNnOoRSsTUuWwYyZz", "ÅåÇçÐÉéĜĝĤÎîĴĹĺÑñÖöŘŠšŢÜüŴŵÝýŽž")


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fieldscreen", "ui")


def saved_language() -> str:
    """The UI language chosen in Settings (a code such as ``es``), or :data:`SYSTEM`."""
    return str(_settings().value(_KEY, SYSTEM) or SYSTEM)


def save_language(language: str) -> None:
    """Remember ``language`` (a code, or :data:`SYSTEM`) as the UI language from the next start."""
    settings = _settings()
    settings.setValue(_KEY, language)
    settings.sync()


def chosen_language() -> str:
    """The UI language to use now: ``$FIELDSCREEN_LANG``, else the saved one, else :data:`SYSTEM`."""
    return os.environ.get(LANGUAGE_ENV) or saved_language()


def available_languages() -> dict[str, str]:
    """The UI languages this copy can show, code -> name in that language (English first, then the catalogues)."""
    codes = [_SOURCE_LANGUAGE] + sorted(
        qm.stem.removeprefix("fieldscreen_") for qm in paths.translations().glob("fieldscreen_*.qm")
    )
    # Qt's own names carry a country ("American English"); the catalogues are written for every country.
    return {code: own_name(code) or QLocale(code).nativeLanguageName().capitalize() for code in codes}


def pseudo_text(text: str) -> str:
    """``text`` stretched by about 40% with accented letters and brackets; placeholders, tags and ``&`` keys kept.

    The padding comes in words of five, so that long texts still wrap as translated ones would.
    """
    if not text:
        return text
    parts = _KEEP.split(text)
    shown = "".join(part if k % 2 else part.translate(_ACCENTED) for k, part in enumerate(parts))
    padding = "~" * max(1, len(text) * 2 // 5)
    return f"[{shown} {' '.join(padding[k : k + 5] for k in range(0, len(padding), 5))}]"


class PseudoTranslator(QTranslator):
    """Pseudo-localization: every text through :func:`pseudo_text`, so layout problems and unmarked text show."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The pseudo-localized ``source_text`` (Qt's virtual; context and plural count do not matter)."""
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's virtual
        """Never empty: it translates everything."""
        return False


def command_backend(language: str | None = None) -> Callable[[str, str, str | None, int], str]:
    """A ``core.i18n`` backend that gives the commands' texts in ``language`` (default :func:`chosen_language`).

    The commands run without a Qt application, so fieldscreen's catalogue is read by a bare ``QTranslator``, chosen
    as for the app (:func:`_locale_for`, :func:`_own_catalogue`): a language without one speaks English, with its
    plurals.
    """
    wanted = chosen_language() if language is None else language
    if wanted == PSEUDO:
        translator: QTranslator = PseudoTranslator()
    else:
        translator = _own_catalogue(QTranslator(), _locale_for(wanted)[0])

    def backend(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = translator.translate(context, text, disambiguation, n) or text
        return out.replace("%n", str(n)) if n >= 0 else out

    return backend


def _locale_for(wanted: str) -> tuple[QLocale, str]:
    """The locale of a chosen language ("" for this computer's), and the language to set as default ("": none).

    A bare shell (the C locale) reads English, dates as well as texts.
    """
    locale = QLocale(wanted) if wanted else QLocale.system()
    if locale.language() is QLocale.Language.C:
        return QLocale("en_US"), _SOURCE_LANGUAGE
    return locale, wanted


def _own_catalogue(translator: QTranslator, locale: QLocale) -> QTranslator:
    """``translator`` loaded with fieldscreen's catalogue for ``locale``, else the English one (its plurals)."""
    folder = str(paths.translations())
    if not translator.load(locale, "fieldscreen", "_", folder):
        translator.load(f"fieldscreen_{_SOURCE_LANGUAGE}", folder)
    return translator


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the catalogues for ``language`` (default :func:`chosen_language`); return them to keep them alive.

    fieldscreen's own catalogue comes from :func:`fieldscreen.paths.translations`, Qt's ``qtbase`` one (the
    standard dialogs' buttons) from Qt's translations folder. A language without a catalogue shows English. A chosen
    language also becomes the default ``QLocale``, which formats dates and picks the instruments' titles.
    """
    wanted = chosen_language() if language is None else language
    if wanted == PSEUDO:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        return [translator]
    locale, default = _locale_for(wanted)
    if default:  # dates, numbers and the instruments' titles follow the chosen language too
        QLocale.setDefault(locale)
    own = _own_catalogue(QTranslator(app), locale)
    qt = QTranslator(app)
    qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed = [t for t in (own, qt) if not t.isEmpty()]
    for translator in installed:
        app.installTranslator(translator)
    return installed
