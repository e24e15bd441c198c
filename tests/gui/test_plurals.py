"""Texts that count: the catalogues pick the singular or plural for the count, in English and in Spanish."""

from __future__ import annotations

import pytest
from gui_helpers import ui_catalogue
from PySide6.QtCore import QCoreApplication

from fieldscreen.core import i18n

WAIT = ("Errors", "Wait %n minute(s), then try again.")


@pytest.fixture
def catalogue(qapp, request):
    with ui_catalogue(qapp, request.param):
        yield request.param


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
