"""Language names: one table, each language in its own words."""

from __future__ import annotations

import pytest

from fieldscreen.core.languages import language_name, own_name
from fieldscreen.core.xlsform.languages import language_code


@pytest.mark.parametrize(
    ("code", "shown"),
    [("es", "Español (es)"), ("en", "English (en)"), ("vi", "Tiếng Việt (vi)"), ("pt-BR", "Português (pt-BR)")],
)
def test_a_language_is_named_in_itself_with_its_code(code, shown):
    assert language_name(code) == shown


def test_an_unknown_language_shows_its_code_alone():
    assert own_name("xx") is None
    assert language_name("xx") == "xx"


def test_a_regional_code_with_an_underscore_finds_its_language():
    assert own_name("es_MX") == "Español"


@pytest.mark.parametrize("code", ["es", "zh", "pt-BR", "xx"])
def test_an_exported_xlsform_name_reads_back_as_its_code(code):
    assert language_code(language_name(code)) == code
