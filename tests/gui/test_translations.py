"""The Qt Linguist catalogues: current with the code, complete, consistent, compiled, and loaded at run time."""

from __future__ import annotations

import re
import runpy
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import PySide6
import pytest
from gui_helpers import ADMIN, ADMIN_PASSWORD, ui_catalogue, wait_idle
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from fieldscreen.core import i18n
from fieldscreen.core.errors import UsageError
from fieldscreen.gui import translators
from fieldscreen.gui.labels import ui_language
from fieldscreen.gui.views.settings_view import SettingsView
from fieldscreen.services.settings import checked_names

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
UPDATE_TS = runpy.run_path(str(ROOT / "tools" / "update_ts.py"))
BUILD_QM = runpy.run_path(str(ROOT / "tools" / "build_qm.py"))["build_qm"]
CATALOGUES = sorted(TRANSLATIONS.glob("fieldscreen_*.ts"))
_PLACEHOLDERS = re.compile(r"%L?\d|%n|\{\w*\}|</?[a-zA-Z]+[^>]*>")
_ACCELERATOR = re.compile(r"&(?!&)\S")
PLURAL_LUPDATE = pytest.mark.skipif(
    PySide6.__version_info__[:2] < (6, 12),
    reason="pyside6-lupdate before 6.12 misses the plural translate(context, text, None, n) calls",
)


def _translated(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translation's text, or its plural forms."""
    out = {}
    for context, message in UPDATE_TS["messages"](ts):
        target = message.find("translation")
        forms = [form.text or "" for form in target.iter("numerusform")] or [target.text or ""]
        out[context, message.findtext("source", "")] = forms
    return out


def _spanish(context: str, source: str) -> str:
    return _translated(TRANSLATIONS / "fieldscreen_es.ts")[context, source][0]


def test_there_is_a_spanish_catalogue():
    assert TRANSLATIONS / "fieldscreen_es.ts" in CATALOGUES


@PLURAL_LUPDATE
@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_lupdate_would_not_change_the_catalogue(ts, tmp_path):
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)

    found = UPDATE_TS["update"]([copy])

    assert found > 1000
    assert copy.read_bytes() == ts.read_bytes(), f"run tools/update_ts.py: {ts.name} is not current with the code"


def test_lupdate_extracts_every_marked_string():
    """A call lupdate cannot see (for one, inside an f-string's braces) would stay English for ever."""
    extracted = set(_translated(TRANSLATIONS / "fieldscreen_es.ts"))

    assert UPDATE_TS["marked_strings"]() - extracted == set()


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_message_is_translated_and_none_is_obsolete(ts):
    text = ts.read_text(encoding="utf-8")

    assert UPDATE_TS["todo"](ts) == {}
    assert 'type="obsolete"' not in text
    assert 'type="vanished"' not in text


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_translations_keep_the_placeholders_tags_and_keyboard_accelerators(ts):
    wrong = []
    for (context, source), forms in _translated(ts).items():
        for form in forms:
            if (
                not form.strip()
                or Counter(_PLACEHOLDERS.findall(form)) != Counter(_PLACEHOLDERS.findall(source))
                or bool(_ACCELERATOR.search(form)) != bool(_ACCELERATOR.search(source))
                or form[:1].isspace() != source[:1].isspace()
            ):
                wrong.append(f"{context}: {source!r} -> {form!r}")

    assert wrong == []


def test_the_placeholder_check_would_catch_a_lost_placeholder_or_accelerator():
    assert Counter(_PLACEHOLDERS.findall("Página %1")) != Counter(_PLACEHOLDERS.findall("Page %1 of %2"))
    assert bool(_ACCELERATOR.search("Guardar")) != bool(_ACCELERATOR.search("&Save"))
    assert not _ACCELERATOR.search("Tom && Jerry")


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_the_committed_qm_is_what_lrelease_makes_now(ts, tmp_path):
    shutil.copy(ts, tmp_path / ts.name)

    (built,) = BUILD_QM(tmp_path)

    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"run tools/build_qm.py: {committed.name} is missing"
    assert built.read_bytes() == committed.read_bytes(), f"run tools/build_qm.py: {committed.name} is out of date"


@pytest.fixture
def spanish(qapp):
    with ui_catalogue(qapp, "es") as installed:
        yield installed


def test_spanish_reaches_widgets_and_the_core_shim(spanish):
    assert QCoreApplication.translate("SettingsView", "&Save settings") == "&Guardar configuración"
    assert ui_language() == "es"
    assert i18n.translate("Packet", "Referral packet") == "Paquete de derivación"
    assert i18n.fill(i18n.translate("Packet", "Page %1 of %2"), 1, 3) == "Página 1 de 3"
    with pytest.raises(UsageError) as raised:
        checked_names("  ", "")
    assert raised.value.message == _spanish("Settings", "Enter the agency's name.")


def test_without_a_catalogue_the_texts_stay_english_with_english_plurals(qapp):
    with ui_catalogue(qapp, "xx") as installed:
        assert installed  # the English catalogue, for its plurals
        assert i18n.translate("Packet", "Referral packet") == "Referral packet"
        assert QCoreApplication.translate("ExportDialog", "Wrote %n files to %1.", None, 1) == "Wrote 1 file to %1."


def test_with_no_locale_set_the_texts_and_dates_are_english(qapp, monkeypatch):
    """A bare shell (LANG unset, the C locale): "Wrote 1 file", and dates as an English speaker reads them."""
    monkeypatch.setattr(translators, "QLocale", _CLocale)
    with ui_catalogue(qapp, translators.SYSTEM):
        assert QCoreApplication.translate("ExportDialog", "Wrote %n files to %1.", None, 1) == "Wrote 1 file to %1."
        assert QLocale().toString(QDate(2026, 11, 28), QLocale.FormatType.ShortFormat) == "11/28/26"


class _CLocale(QLocale):
    """QLocale whose system locale is C, as in a shell with no LANG."""

    @staticmethod
    def system() -> QLocale:
        return QLocale.c()


def test_qt_standard_dialogs_are_in_spanish_too(spanish):
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / "qtbase_es.qm").is_file():
        pytest.skip(f"this Qt ships no qtbase_es.qm in {folder}: standard dialog buttons stay English")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    shown = {button.text().replace("&", "") for button in buttons.buttons()}

    assert len(spanish) == 2
    assert shown == {"Aceptar", "Cancelar"}


@pytest.fixture
def ui_settings(qapp, tmp_path, monkeypatch):
    """Qt's per-user settings in ``tmp_path`` for this test, and no language override."""
    scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    before = Path(QSettings(*scope, "probe", "probe").fileName()).parent.parent
    QSettings.setPath(*scope, str(tmp_path))
    monkeypatch.delenv(translators.LANGUAGE_ENV, raising=False)
    yield tmp_path
    QSettings.setPath(*scope, str(before))


def test_the_ui_language_is_saved_and_the_environment_overrides_it(ui_settings, monkeypatch):
    assert translators.chosen_language() == translators.SYSTEM

    translators.save_language("es")

    assert translators.chosen_language() == "es"
    assert "language=es" in (ui_settings / "fieldscreen" / "ui.ini").read_text()
    monkeypatch.setenv(translators.LANGUAGE_ENV, "en")
    assert translators.chosen_language() == "en"


def test_spanish_is_offered_by_its_own_name(qapp):
    assert translators.available_languages() == {"en": "English", "es": "Español"}


def test_the_settings_view_saves_the_ui_language_for_the_next_start(ui_settings, qtbot, ops, set_up):
    view = SettingsView(ops)
    qtbot.addWidget(view)
    view.set_session(set_up[0].sign_in(ADMIN, ADMIN_PASSWORD))
    wait_idle(qtbot, ops)
    assert view.language_combo.currentData() == translators.SYSTEM

    view.language_combo.setCurrentIndex(view.language_combo.findText("Español"))
    view.save_button.click()
    wait_idle(qtbot, ops)

    assert translators.saved_language() == "es"
    assert view.saved_label.text() == "Saved."
    assert SettingsView(ops).language_combo.currentText() == "Español"


@PLURAL_LUPDATE
def test_update_ts_fills_texts_and_plural_forms_that_lupdate_then_keeps(tmp_path):
    sources = tmp_path / "pkg"
    sources.mkdir()
    code = 'def f(n):\n    return translate("C", "%n packet(s)", None, n), translate("C", "Hi")\n'
    (sources / "a.py").write_text(code)
    ts = tmp_path / "fieldscreen_es.ts"
    UPDATE_TS["update"]([ts], sources)
    assert UPDATE_TS["todo"](ts) == {"C": {"%n packet(s)": ["", ""], "Hi": ""}}

    stored = UPDATE_TS["fill"](ts, {"C": {"%n packet(s)": ["%n paquete", "%n paquetes"], "Hi": "Hola"}})
    UPDATE_TS["update"]([ts], sources)

    assert stored == 2
    assert UPDATE_TS["todo"](ts) == {}
    assert _translated(ts) == {("C", "%n packet(s)"): ["%n paquete", "%n paquetes"], ("C", "Hi"): ["Hola"]}


@PLURAL_LUPDATE
def test_update_ts_fails_when_lupdate_finds_no_string(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("TEXT = 'not marked'\n")

    with pytest.raises(SystemExit, match="no strings"):
        UPDATE_TS["update"]([tmp_path / "fieldscreen_es.ts"], tmp_path / "pkg")


def test_update_ts_refuses_a_lupdate_that_would_drop_plural_messages(tmp_path, monkeypatch):
    older = SimpleNamespace(__version__="6.11.3", __version_info__=(6, 11, 3))
    monkeypatch.setitem(UPDATE_TS["update"].__globals__, "PySide6", older)

    with pytest.raises(SystemExit, match="PySide6 6.12 or later"):
        UPDATE_TS["update"]([tmp_path / "fieldscreen_es.ts"])
    assert not (tmp_path / "fieldscreen_es.ts").exists()
