"""Plain words for the codes the screening screens show: statuses, results, settings and answers.

Language names come from :func:`fieldscreen.core.languages.language_name`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, fill
from fieldscreen.core.models import Answer, AnswerStatus, Question, QuestionType, Text
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.services.screening_models import InstrumentInfo


def _t(text: str) -> str:
    """Translate ``text`` marked with ``QT_TRANSLATE_NOOP("Labels", ...)``."""
    return QCoreApplication.translate("Labels", text)


def ui_language() -> str:
    """The language code of the user interface ("en" when the locale names none)."""
    code = QLocale().name().split("_")[0]
    return "en" if code in ("C", "") else code


def text_direction(language: str) -> Qt.LayoutDirection:
    """Which way a language's text runs: right to left for Arabic, Persian, Urdu, Hebrew and the like."""
    return QLocale(language).textDirection()


def pick(text: Text, language: str, fallback: str = "en") -> str:
    """The words of ``text`` in ``language``, else in ``fallback``, else in any language given."""
    return text.get(language) or text.get(fallback) or next(iter(text.values()), "")


def instrument_titles(instruments: Iterable[InstrumentInfo], language: str) -> dict[str, str]:
    """Each instrument's title in ``language`` (as :func:`pick` chooses), by instrument id."""
    return {info.id: pick(info.title, language) for info in instruments}


def plain_tooltip(text: str | None) -> str | None:
    """``text`` for a tooltip, shown as written.

    A tooltip reads text that looks like HTML as HTML, so a comment holding ``<b>`` or ``<!--`` is turned into HTML
    that shows it literally; other text is left as it is.
    """
    if text and QtGui.Qt.mightBeRichText(text):
        return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def unbroken(case_code: str) -> str:
    """``case_code`` for a heading that wraps, with hyphens that do not break a line.

    Qt broke "TR-ASY8-" / "VS51", even inside ``<nobr>``. Only for showing: the hyphens are U+2011, so the text is not
    for copying or searching.
    """
    return case_code.replace("-", "\u2011")


def status_label(status: str) -> str:
    """A screening status in plain words."""
    labels = {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "finalized": QT_TRANSLATE_NOOP("Labels", "Finalized"),
        "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),  # short: it fits the list's status column
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    }
    return _t(labels[status]) if status in labels else status


_RESULTS = {
    "possible_sex_trafficking": QT_TRANSLATE_NOOP("Labels", "Indicators: sex"),
    "possible_labor_trafficking": QT_TRANSLATE_NOOP("Labels", "Indicators: labor"),
    "both": QT_TRANSLATE_NOOP("Labels", "Indicators: sex and labor"),
    "no_indicators_identified": QT_TRANSLATE_NOOP("Labels", "No indicators identified"),
    "inconclusive": QT_TRANSLATE_NOOP("Labels", "Inconclusive"),
}


def result_label(category: str) -> str:
    """A short, neutral result for lists (lists may be seen by the person; no wording about what is screened)."""
    return _t(_RESULTS[category]) if category in _RESULTS else ""


def result_labels() -> list[str]:
    """Every :func:`result_label` in the app's language (to size a column to the longest)."""
    return [_t(label) for label in _RESULTS.values()]


def population_label(population: str) -> str:
    """Who an instrument is written for."""
    labels = {
        "adult": QT_TRANSLATE_NOOP("Labels", "Written for adults (18 and over)."),
        "youth": QT_TRANSLATE_NOOP("Labels", "Written for young people under 18."),
        "any": QT_TRANSLATE_NOOP("Labels", "Written for adults and young people."),
    }
    return _t(labels[str(population)]) if str(population) in labels else ""


def setting_label(setting: str) -> str:
    """Where the interview takes place."""
    labels = {
        "law_enforcement": QT_TRANSLATE_NOOP("Labels", "Law enforcement"),
        "health": QT_TRANSLATE_NOOP("Labels", "Health care"),
        "social_service": QT_TRANSLATE_NOOP("Labels", "Social service"),
    }
    return _t(labels[setting]) if setting in labels else setting


def tri_label(value: Tri) -> str:
    """Yes, no, or unable to tell."""
    labels = {
        Tri.YES: QT_TRANSLATE_NOOP("Labels", "Yes"),
        Tri.NO: QT_TRANSLATE_NOOP("Labels", "No"),
        Tri.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unable to tell"),
    }
    return _t(labels[value])


def citizenship_label(value: Citizenship) -> str:
    """Immigration status in plain words."""
    labels = {
        Citizenship.US_CITIZEN: QT_TRANSLATE_NOOP("Labels", "U.S. citizen"),
        Citizenship.PERMANENT_RESIDENT: QT_TRANSLATE_NOOP("Labels", "Lawful permanent resident"),
        Citizenship.FOREIGN_NATIONAL: QT_TRANSLATE_NOOP("Labels", "Foreign national"),
        Citizenship.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    }
    return _t(labels[value])


def interpreter_kind_label(kind: str) -> str:
    """How the interpreter takes part."""
    labels = {
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "phone": QT_TRANSLATE_NOOP("Labels", "By phone"),
        "video": QT_TRANSLATE_NOOP("Labels", "By video"),
    }
    return _t(labels[kind]) if kind in labels else kind


def relationship_label(relationship: str) -> str:
    """The interpreter's relationship to the person."""
    labels = {
        "none": QT_TRANSLATE_NOOP("Labels", "No connection to the person"),
        "professional": QT_TRANSLATE_NOOP("Labels", "Professional interpreter"),
        "relative": QT_TRANSLATE_NOOP("Labels", "A relative of the person"),
        "companion": QT_TRANSLATE_NOOP("Labels", "Someone who came with the person"),
        "other": QT_TRANSLATE_NOOP("Labels", "Another connection"),
    }
    return _t(labels[relationship]) if relationship in labels else relationship


def answer_text(question: Question, answer: Answer | None, language: str, fallback: str = "en") -> str:
    """An answer as the screener reads it: the choice labels, the value, or its status."""
    if answer is None:
        return _t(QT_TRANSLATE_NOOP("Labels", "Not answered"))
    if answer.status is AnswerStatus.DECLINED:
        return _t(QT_TRANSLATE_NOOP("Labels", "Declined"))
    if answer.status is AnswerStatus.DONT_KNOW:
        return _t(QT_TRANSLATE_NOOP("Labels", "Don't know"))
    if answer.status is AnswerStatus.SKIPPED:
        return fill(_t(QT_TRANSLATE_NOOP("Labels", "Skipped: %1")), answer.skip_reason)
    value = answer.value
    if question.type in (QuestionType.YES_NO, QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
        picked = set(value) if isinstance(value, tuple) else {value}
        return "; ".join(pick(c.label, language, fallback) for c in question.choices if c.value in picked)
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return str(value)


def backup_label(reason: str) -> str:
    """Why a backup was made, in plain words (``reason`` from ``store.backups.reason_of``; itself if not known)."""
    labels = {
        "daily": QT_TRANSLATE_NOOP("Labels", "Daily backup"),
        "after-finalize": QT_TRANSLATE_NOOP("Labels", "After a finalize, an amendment or an action marked done"),
        "before-restore": QT_TRANSLATE_NOOP("Labels", "Before a backup was restored"),
        "before-migration": QT_TRANSLATE_NOOP("Labels", "Before the database was updated"),
        "after-rekey": QT_TRANSLATE_NOOP("Labels", "After an account was removed"),
        "office-key": QT_TRANSLATE_NOOP("Labels", "The office key, just made"),
    }
    return next((_t(text) for key, text in labels.items() if reason.startswith(key)), reason)
