"""Texts that count: the catalogues pick the singular or plural for the count, in English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from fieldscreen.core import i18n
from fieldscreen.gui import translators

WAIT = ("Errors", "Wait %n minute(s), then try again.")


@pytest.fixture
def catalogue(qapp, request):
    before = QLocale()
    installed = translators.install_translators(qapp, request.param)
    i18n.set_backend(QCoreApplication.translate)
    yield request.param
    i18n.set_backend(None)
    QLocale.setDefault(before)
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("catalogue", "one", "five"),
    [
        ("en", "Wait 1 minute, then try again.", "Wait 5 minutes, then try again."),
        ("es", "Espere 1 minuto y vuelva a intentarlo.", "Espere 5 minutos y vuelva a intentarlo."),
    ],
    indirect=["catalogue"],
)
def test_the_core_shim_picks_the_plural_form_for_the_count(catalogue, one, five):
    assert i18n.translate(*WAIT, None, 1) == one
    assert i18n.translate(*WAIT, None, 5) == five


@pytest.mark.parametrize("catalogue", ["en"], indirect=True)
def test_a_gui_text_says_one_open_action(catalogue):
    text = QCoreApplication.translate("DeadlinesPlace", "%n open actions, by due time.", None, 1)

    assert text == "1 open action, by due time."
