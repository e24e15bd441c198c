"""The accounts table model and its proxy, without any widget."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from fieldscreen.core.models import Account, Role
from fieldscreen.gui.models.accounts_model import (
    ACCOUNT_ROLE,
    DISPLAY_NAME,
    LAST_SIGN_IN,
    ROLE,
    STATUS,
    USERNAME,
    AccountsModel,
    AccountsProxy,
)

ANA = Account("ana", Role.ADMINISTRATOR, "Ana Admin", last_login_at=datetime(2024, 5, 1, 9, 30, tzinfo=UTC))
BEN = Account("ben", Role.SCREENER, "Ben Field", disabled=True)
CARA = Account("cara", Role.SUPERVISOR, "", last_login_at=datetime(2023, 1, 1, tzinfo=UTC))


def _model(qapp):
    model = AccountsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_accounts([CARA, ANA, BEN])
    return model


def _column(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_rows_show_words_not_codes(qapp):
    model = _model(qapp)
    assert _column(model, USERNAME) == ["ana", "ben", "cara"]
    assert _column(model, DISPLAY_NAME) == ["Ana Admin", "Ben Field", ""]
    assert _column(model, ROLE) == ["Administrator", "Screener", "Supervisor"]
    assert _column(model, STATUS) == ["Active", "Disabled", "Active"]
    assert _column(model, LAST_SIGN_IN)[1] == "Never"
    assert "2024" in _column(model, LAST_SIGN_IN)[0] or "24" in _column(model, LAST_SIGN_IN)[0]
    assert model.index(1, STATUS).data(ACCOUNT_ROLE) is BEN


def test_put_updates_in_place_and_appends(qapp, qtbot):
    model = _model(qapp)
    with qtbot.waitSignal(model.dataChanged):
        model.put(dataclasses.replace(BEN, disabled=False))
    assert model.index(1, STATUS).data() == "Active"
    with qtbot.waitSignal(model.rowsInserted):
        model.put(Account("dan", Role.SCREENER))
    assert _column(model, USERNAME) == ["ana", "ben", "cara", "dan"]
    with qtbot.waitSignal(model.rowsRemoved):
        model.drop("ben")
    assert _column(model, USERNAME) == ["ana", "cara", "dan"]
    assert model.account("ben") is None


def test_proxy_sorts_dates_by_time_and_filters_names(qapp):
    model = _model(qapp)
    proxy = AccountsProxy()
    proxy.setSourceModel(model)
    proxy.sort(LAST_SIGN_IN, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, USERNAME) == ["ana", "cara", "ben"]
    proxy.set_search_text("FIELD")
    assert _column(proxy, USERNAME) == ["ben"]
    proxy.set_search_text("a")
    assert sorted(_column(proxy, USERNAME)) == ["ana", "cara"]
    proxy.set_search_text(".*")
    assert _column(proxy, USERNAME) == []
