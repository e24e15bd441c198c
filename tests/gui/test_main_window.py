"""The main window shell: places by role, the panic lock, the inactivity lock and unlocking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import shiboken6
from gui_helpers import ADMIN, ADMIN_PASSWORD, by_name, open_main_window, press_enter, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from fieldscreen.core.errors import AccountDisabled
from fieldscreen.core.models import Role
from fieldscreen.core.person import Citizenship, Tri
from fieldscreen.gui.flow import AppFlow
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.main_window import ADMINISTRATION, DEADLINES, REVIEW, SCREENINGS, MainWindow
from fieldscreen.gui.views.account_dialog import AddAccountDialog
from fieldscreen.gui.views.password_dialogs import ChangePasswordDialog
from fieldscreen.gui.views.sign_in_window import SignInWindow
from fieldscreen.gui.widgets.icon_picture import IconPicture
from fieldscreen.gui.widgets.warning_label import WarningLabel
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput

PANIC = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SAM_PASSWORD = "sam has a long passphrase too"


@pytest.fixture
def main(qtbot, set_up, ops, monitor):
    window = open_main_window(qtbot, set_up[0], ops, monitor)
    yield window
    window.close()
    wait_idle(qtbot, ops)


def _admin_accounts(qtbot, main):
    nav = by_name(main, "Places")
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_End)
    assert main.places.currentIndex() == ADMINISTRATION
    return main.admin_place.accounts


def test_shell_shows_user_role_and_every_place_to_an_administrator(qtbot, main, ops, tmp_path):
    assert "Administrator" in by_name(main, "Signed in as").text()
    assert not main.nav.item(ADMINISTRATION).isHidden()
    assert main.windowTitle() == "fieldscreen"
    accounts = _admin_accounts(qtbot, main)
    wait_idle(qtbot, ops)
    assert accounts.model.rowCount() == 1
    image = main.grab()
    image.save(str(tmp_path / "main.png"))
    assert not image.isNull() and (tmp_path / "main.png").stat().st_size > 1000


def test_after_sign_in_typing_searches_and_ctrl_n_starts_a_screening_wherever_the_focus_is(qtbot, main, ops):
    with qtbot.waitActive(main):
        main.activateWindow()
    assert QApplication.focusWidget() is by_name(main, "Search screenings")
    by_name(main, "My account").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ops)
    assert main.screenings_place.new_view.isVisible()


def _panic_lock_and_unlock(qtbot, main) -> None:
    """Lock with the panic key, wait for the session to close, unlock with the administrator's password."""
    old_session = main.session
    qtbot.keyClick(main, Qt.Key.Key_L, PANIC)
    qtbot.waitUntil(lambda: old_session.locked, timeout=15_000)
    password = by_name(main, "Password")
    qtbot.keyClicks(password, ADMIN_PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.content.isVisible(), timeout=15_000)


def test_after_unlocking_on_the_list_the_focus_is_back_in_the_search(qtbot, main, ops):
    _panic_lock_and_unlock(qtbot, main)
    assert QApplication.focusWidget() is by_name(main, "Search screenings")


def test_after_unlocking_in_an_interview_the_answer_keys_work_at_once(qtbot, main, ops):
    person = PersonInput(estimated_age=30, citizenship=Citizenship.US_CITIZEN, discovered_at=datetime.now(UTC))
    view = main.session.screenings.start(
        Intake("brief", "en", "en", InterviewContext("health", Tri.YES, Tri.YES), person)
    )
    main.screenings_place.open_screening(view.id)
    wait_idle(qtbot, ops)
    interview = main.screenings_place.interview
    first = interview.current
    interview.panel.focus_first()
    _panic_lock_and_unlock(qtbot, main)
    wait_idle(qtbot, ops)

    assert interview.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    wait_idle(qtbot, ops)
    assert main.session.screenings.open(view.id).state.answer_of(first).value == "no"


def test_add_and_disable_an_account_through_the_gui(qtbot, main, set_up, ops):
    installation, _key = set_up
    accounts = _admin_accounts(qtbot, main)
    wait_idle(qtbot, ops)
    add = by_name(accounts, "Add account")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    dialog = accounts.findChild(AddAccountDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(by_name(dialog, "New user name"), "sam")
    qtbot.keyClicks(by_name(dialog, "Display name"), "Sam Field")
    role = by_name(dialog, "Role")
    assert role.currentData() == Role.SCREENER
    qtbot.keyClicks(by_name(dialog, "Initial password"), SAM_PASSWORD)
    repeat = by_name(dialog, "Repeat password")
    qtbot.keyClicks(repeat, SAM_PASSWORD)
    qtbot.keyPress(repeat, Qt.Key.Key_Return)  # the dialog is busy (disabled) before the key is released
    qtbot.waitUntil(lambda: accounts.model.account("sam") is not None, timeout=15_000)
    assert accounts.selected().username == "sam"

    disable = by_name(accounts, "Disable or enable account")
    disable.setFocus()
    qtbot.keyClick(disable, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: accounts.model.account("sam").disabled, timeout=15_000)
    wait_idle(qtbot, ops)
    assert disable.text().replace("&", "") == "Enable"
    listed = {a.username: a for a in ops.wait_for(main.session.accounts.list)}
    assert listed["sam"].disabled and listed["sam"].role == Role.SCREENER
    with pytest.raises(AccountDisabled):
        installation.sign_in("sam", SAM_PASSWORD)


def test_panic_key_hides_everything_at_once_then_the_same_user_unlocks(qtbot, main, ops):
    _admin_accounts(qtbot, main)
    ChangePasswordDialog(main.session, ops, ADMIN, main).open()
    dialog = main.findChild(ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    old_session = main.session

    qtbot.keyClick(dialog, Qt.Key.Key_L, PANIC)
    assert not main.content.isVisible()
    assert main.lock_screen.isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    qtbot.waitUntil(lambda: old_session.locked, timeout=15_000)

    password = by_name(main, "Password")
    qtbot.keyClicks(password, ADMIN_PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.content.isVisible(), timeout=15_000)
    assert main.session is not old_session and not main.session.locked
    assert main.places.currentIndex() == ADMINISTRATION, "back at the same place"


def test_lock_button_locks_the_session(qtbot, main):
    button = by_name(main, "Lock")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not main.content.isVisible()
    qtbot.waitUntil(lambda: main.session.locked, timeout=15_000)


def test_file_quit_closes_the_window_and_the_session(qtbot, main):
    assert [a.text() for a in main.menuBar().actions()[0].menu().actions() if a.text()][-1] == "&Quit"
    qtbot.keyClick(main, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main.isVisible()
    qtbot.waitUntil(lambda: main.session.locked, timeout=15_000)


def test_inactivity_locks_after_the_set_minutes(qtbot, set_up, ops, fast_monitor):
    main = open_main_window(qtbot, set_up[0], ops, fast_monitor)
    qtbot.waitUntil(lambda: main.locked, timeout=15_000)
    assert not main.content.isVisible()
    assert "without use" in by_name(main, "Why it is locked").text()
    qtbot.waitUntil(lambda: main.session.locked, timeout=15_000)
    main.close()


def test_screener_sees_neither_review_nor_administration(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    admin = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    admin.accounts.add("sam", Role.SCREENER, SAM_PASSWORD)
    admin.lock()
    window = open_main_window(qtbot, installation, ops, monitor, "sam", SAM_PASSWORD)
    assert window.nav.item(REVIEW).isHidden()
    assert window.nav.item(ADMINISTRATION).isHidden()
    assert "Screener" in by_name(window, "Signed in as").text()
    window.close()
    wait_idle(qtbot, ops)


def test_switch_user_goes_back_to_sign_in(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    flow = AppFlow(installation, ops, monitor)
    first = flow.start(installation.is_set_up())
    assert isinstance(first, SignInWindow)
    wait_idle(qtbot, ops)
    with qtbot.waitSignal(first.signed_in, timeout=15_000):
        first.form.username_edit.setText(ADMIN)
        first.form.password_edit.setText(ADMIN_PASSWORD)
        qtbot.keyClick(first.form.password_edit, Qt.Key.Key_Return)
    main = flow.window
    assert isinstance(main, MainWindow)
    qtbot.keyClick(main.nav, Qt.Key.Key_L, PANIC)
    switch = by_name(main, "Switch user")
    switch.setFocus()
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    assert isinstance(flow.window, SignInWindow)
    wait_idle(qtbot, ops)
    flow.close()


def _sign_in(qtbot, window: SignInWindow) -> None:
    with qtbot.waitSignal(window.signed_in, timeout=15_000):
        window.form.username_edit.setText(ADMIN)
        window.form.password_edit.setText(ADMIN_PASSWORD)
        qtbot.keyClick(window.form.password_edit, Qt.Key.Key_Return)


def test_after_switch_user_the_windows_stay_where_the_main_window_was(qtbot, set_up, ops, monitor):
    installation, _key = set_up
    flow = AppFlow(installation, ops, monitor)
    try:
        wait_idle(qtbot, ops)
        _sign_in(qtbot, flow.start(installation.is_set_up()))
        flow.window.setGeometry(40, 30, 700, 520)  # inside the offscreen 800 x 600 screen
        placed = flow.window.geometry()
        qtbot.keyClick(flow.window.nav, Qt.Key.Key_L, PANIC)
        by_name(flow.window, "Switch user").click()
        sign_in = flow.window
        assert isinstance(sign_in, SignInWindow)
        center = sign_in.geometry().center()
        assert abs(center.x() - placed.center().x()) <= 2 and abs(center.y() - placed.center().y()) <= 2
        wait_idle(qtbot, ops)
        _sign_in(qtbot, sign_in)
        assert isinstance(flow.window, MainWindow)
        assert flow.window.geometry() == placed, "the next user's main window opens where the last one was"
    finally:
        wait_idle(qtbot, ops)
        flow.close()
        wait_idle(qtbot, ops)


def test_role_change_and_lock_minutes_reach_the_services(qtbot, main, ops, monitor):
    accounts = _admin_accounts(qtbot, main)
    wait_idle(qtbot, ops)
    ops.wait_for(lambda: main.session.accounts.add("sam", Role.SCREENER, SAM_PASSWORD))
    accounts.reload()
    wait_idle(qtbot, ops)
    accounts.select("sam")
    [supervisor] = [a for a in accounts.role_actions.actions() if a.data() == Role.SUPERVISOR]
    supervisor.trigger()
    qtbot.waitUntil(lambda: accounts.model.account("sam").role == Role.SUPERVISOR, timeout=15_000)
    wait_idle(qtbot, ops)
    listed = {a.username: a for a in ops.wait_for(main.session.accounts.list)}
    assert listed["sam"].role == Role.SUPERVISOR

    main.admin_place.tabs.setCurrentIndex(1)
    minutes = by_name(main, "Lock after minutes without use")
    assert minutes.value() == 10
    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "25")
    qtbot.keyClicks(by_name(main, "Office contact for referrals"), "Intake line 555-0100")
    save = by_name(main, "Save settings")
    save.setFocus()
    with qtbot.waitSignal(main.admin_place.settings.lock_minutes_changed, timeout=15_000) as saved:
        qtbot.keyClick(save, Qt.Key.Key_Space)
    assert saved.args == [25]
    stored = ops.wait_for(main.session.settings.get)
    assert (stored.lock_minutes, stored.contact) == (25, "Intake line 555-0100")


def test_change_my_password(qtbot, main, set_up, ops):
    installation, _key = set_up
    main.change_password_action.trigger()
    dialog = main.findChild(ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    new = "my own brand new passphrase"
    qtbot.keyClicks(by_name(dialog, "Current password"), ADMIN_PASSWORD)
    qtbot.keyClicks(by_name(dialog, "New password"), new)
    qtbot.keyClicks(by_name(dialog, "Repeat password"), new)
    press_enter(qtbot, by_name(dialog, "Repeat password"))
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=15_000)
    wait_idle(qtbot, ops)
    installation.sign_in(ADMIN, new).lock()


def test_countdowns_tick_only_in_the_place_on_screen(qtbot, main):
    tickers = {
        SCREENINGS: main.screenings_place.list_view.ticker,
        DEADLINES: main.deadlines_place.ticker,
        REVIEW: main.review_place.ticker,
    }
    for place in (DEADLINES, REVIEW, SCREENINGS):
        main.nav.setCurrentRow(place)
        assert main.places.currentIndex() == place
        assert {shown: ticker.running for shown, ticker in tickers.items()} == {p: p == place for p in tickers}
    main.lock()
    assert not any(ticker.running for ticker in tickers.values())


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_long_questions_at_a_larger_text_size_never_grow_the_default_window(qtbot, qapp, set_up, ops, monitor, scale):
    saved = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    Appearance(qapp).set_scale(scale)  # the app's own look (larger answer buttons), text as large as chosen
    installation, _key = set_up
    main = open_main_window(qtbot, installation, ops, monitor)
    assert main.size().toTuple() == (1100, 720)
    person = PersonInput(estimated_age=15, citizenship=Citizenship.FOREIGN_NATIONAL, discovered_at=datetime.now(UTC))
    context = InterviewContext("health", Tri.YES, Tri.YES)
    screening_id = main.session.screenings.start(Intake("youth", "es", "en", context, person)).id
    place = main.screenings_place
    place.open_screening(screening_id)
    wait_idle(qtbot, ops)
    for name in ("needs", "sex_trade"):
        place.interview.show_question(name)
        qtbot.wait(50)
        assert main.size().toTuple() == (1100, 720), name
        assert main.minimumSizeHint().height() <= 720, name
    main.close()
    wait_idle(qtbot, ops)
    qapp.setFont(saved[0])
    qapp.setPalette(saved[1])
    qapp.setStyleSheet(saved[2])


def _ink(picture) -> int:
    """The lightness of the most opaque drawn pixel of an icon (a QIcon at 24 px) or a pixmap: its ink."""
    image = (picture.pixmap(24, 24) if isinstance(picture, QIcon) else picture).toImage()
    inked = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max((colour for colour in inked if colour.alpha() > 200), key=lambda c: c.alpha()).lightness()


def test_the_icons_follow_high_contrast_light_on_black(qtbot, qapp, main):
    saved = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()
    appearance = Appearance(qapp)
    warning = WarningLabel("Problem")  # hidden until it has something to say
    qtbot.addWidget(warning)
    icons = (
        lambda: main.nav.item(0).icon(),
        lambda: main.lock_button.icon(),
        lambda: warning.findChild(IconPicture).pixmap(),
    )
    try:
        assert [_ink(shown()) < 100 for shown in icons] == [True] * 3, "dark ink on light"
        appearance.set_high_contrast(True)
        warning.set_lines(["Shown after the change"])
        warning.show()
        assert [_ink(shown()) > 200 for shown in icons] == [True] * 3, "light ink on black"
        appearance.set_high_contrast(False)  # now told while shown
        assert [_ink(shown()) < 100 for shown in icons] == [True] * 3
    finally:
        qapp.setFont(saved[0])
        qapp.setPalette(saved[1])
        qapp.setStyleSheet(saved[2])
