"""Pseudo-localization (``FIELDSCREEN_LANG=pseudo``): every text stretched, with its placeholders still working."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from fieldscreen.core import i18n
from fieldscreen.gui import translators
from fieldscreen.gui.views.settings_view import SettingsView


@pytest.fixture
def pseudo(qapp, monkeypatch):
    monkeypatch.setenv(translators.LANGUAGE_ENV, translators.PSEUDO)
    installed = translators.install_translators(qapp)
    i18n.set_backend(QCoreApplication.translate)
    yield installed
    i18n.set_backend(None)
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    "text", ["Save", "&Save settings", "Page %1 of %2", "Case {case}: %n answer(s)", "<b>Due</b> %1", "Tom && Jerry"]
)
def test_pseudo_text_is_longer_accented_and_keeps_what_the_code_needs(text):
    shown = translators.pseudo_text(text)

    assert shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= 1.4 * len(text)
    assert shown != text and not shown.isascii()
    for kept in re.findall(r"%\d|%n|\{\w+\}|</?b>|&\S", text):
        assert kept in shown


def test_an_empty_text_stays_empty():
    assert translators.pseudo_text("") == ""


def test_the_pseudo_translator_reaches_widgets_and_the_core_shim(pseudo, qtbot, ops):
    view = SettingsView(ops)
    qtbot.addWidget(view)

    assert [type(t) for t in pseudo] == [translators.PseudoTranslator]
    assert view.save_button.text() == translators.pseudo_text("&Save settings")
    shown = i18n.fill(i18n.translate("Packet", "Page %1 of %2"), 2, 5)
    assert shown == i18n.fill(translators.pseudo_text("Page %1 of %2"), 2, 5)
    assert "2" in shown and "5" in shown and "%" not in shown
