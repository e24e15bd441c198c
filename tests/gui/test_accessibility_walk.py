"""Every window and dialog, walked: names for screen readers, Tab reaching every control, AA contrast, no clipped text.

The registry below says how to open each window class with a real signed-in session; a test fails when the GUI gains a
window or dialog the registry does not know, so that the walk stays complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path

import pytest
import shiboken6
from a11y_walker import (
    AA_NORMAL_TEXT,
    PALETTE_PAIRS,
    accelerator_clashes,
    clipped,
    contrast,
    item_text,
    palette_failures,
    screenshot,
    settle,
    sheet_failures,
    tab_unreachable,
    too_large,
    unnamed,
    window_classes,
)
from gui_helpers import ADMIN, ADMIN_PASSWORD, CHEAP, finalized_with_deadline, ui_catalogue, wait_idle
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from review_helpers import finalize_brief, start_brief

from fieldscreen.core.errors import DatabaseDamaged
from fieldscreen.gui.activity import ActivityMonitor
from fieldscreen.gui.look import Appearance
from fieldscreen.gui.main_window import SCREENINGS, MainWindow
from fieldscreen.gui.models import deadlines_model, screenings_model
from fieldscreen.gui.ops import OpRunner
from fieldscreen.gui.places.review import packet_pdf
from fieldscreen.gui.views.account_dialog import AddAccountDialog
from fieldscreen.gui.views.amend_dialog import AmendDialog
from fieldscreen.gui.views.damaged_dialog import DamagedDialog
from fieldscreen.gui.views.edit_details_dialog import EditContextDialog, EditPersonDialog
from fieldscreen.gui.views.export_dialog import ExportDialog
from fieldscreen.gui.views.instrument_preview_dialog import InstrumentPreviewDialog
from fieldscreen.gui.views.mark_done_dialog import MarkDoneDialog
from fieldscreen.gui.views.packet_preview_dialog import PacketPreviewDialog
from fieldscreen.gui.views.password_dialogs import ChangePasswordDialog, RequiredPasswordDialog, ResetPasswordDialog
from fieldscreen.gui.views.recovery_dialog import RecoveryDialog
from fieldscreen.gui.views.return_dialog import ReturnDialog
from fieldscreen.gui.views.setup_wizard import SetupWizard
from fieldscreen.gui.views.sign_in_window import SignInWindow
from fieldscreen.gui.views.training_window import TrainingStartWindow
from fieldscreen.gui.widgets.password_form import NewPasswordForm
from fieldscreen.gui.widgets.wrapping_button import WrappingCheckBox
from fieldscreen.services.installation import Installation
from fieldscreen.services.session import Session

LAPTOP = QSize(1366, 768)
"""A common field-laptop screen."""
FIRST_SIZE = LAPTOP * 2 / 3
"""The most Qt gives a window that did not choose its size, on a common 1366 x 768 field laptop (2/3 of the screen).

The offscreen test screen is smaller, so windows are given the size they would get on that laptop.
"""

OVERDUE_COLOURS = {"screenings": screenings_model.OVERDUE_COLOUR, "deadlines": deadlines_model.OVERDUE_COLOUR}
"""Text colours the models give overdue rows (the review list uses the screenings one)."""


@dataclass
class World:
    """A set-up installation with an administrator signed in, a draft and a finalized screening."""

    qtbot: object
    installation: Installation
    fresh: Installation
    session: Session
    ops: OpRunner
    monitor: ActivityMonitor
    draft: int
    finalized: int

    @cached_property
    def main(self) -> MainWindow:
        """The main window, made when first needed (after the test chose the look, as the app does at start)."""
        window = MainWindow(self.installation, self.session, self.ops, self.monitor)
        self.qtbot.addWidget(window)
        return window


def _main_states(world: World) -> Iterator[str]:
    """Each place of the main window, each Administration tab, the screening screens, then the lock screen."""
    window = world.main
    for row in range(window.nav.count()):
        if window.nav.item(row).isHidden():
            continue
        window.nav.setCurrentRow(row)
        yield window.nav.item(row).text()
        if window.places.currentWidget() is window.admin_place:
            tabs = window.admin_place.tabs
            for tab in range(1, tabs.count()):
                tabs.setCurrentIndex(tab)
                yield tabs.tabText(tab)
    window.nav.setCurrentRow(SCREENINGS)
    place = window.screenings_place
    place.list_view.new_button.click()
    yield "new screening"
    begin = place.new_view.begin_page
    for combo in (begin.setting_combo, begin.private_combo, begin.alone_combo):
        combo.setCurrentIndex(1)
    begin.disclosure_button.click()
    place.new_view.next_button.click()
    yield "new screening person"
    place.open_screening(world.draft)
    yield "interview"
    place.open_screening(world.finalized)
    yield "finalized screening"
    window.lock()
    yield "locked"


def _amend(world: World) -> AmendDialog:
    view = world.session.screenings.open(world.finalized)
    question = next(iter(view.state.answers()))
    return AmendDialog(world.session, world.ops, view, view.state, question, world.main)


def _mark_done(world: World) -> MarkDoneDialog:
    return MarkDoneDialog(world.session, world.ops, world.session.screenings.deadlines()[0], world.main)


def _packet_preview(world: World) -> PacketPreviewDialog:
    return PacketPreviewDialog(world.ops, lambda: packet_pdf(world.session, world.finalized), "Packet", world.main)


def _instrument_preview(world: World) -> InstrumentPreviewDialog:
    return InstrumentPreviewDialog(world.session.instruments.list()[0].instrument, world.main)


REGISTRY: dict[type, Callable[[World], QWidget]] = {
    SignInWindow: lambda w: SignInWindow(w.installation, w.ops),
    SetupWizard: lambda w: SetupWizard(w.fresh, w.ops),
    TrainingStartWindow: lambda w: TrainingStartWindow(),
    AddAccountDialog: lambda w: AddAccountDialog(w.session, w.ops, w.main),
    AmendDialog: _amend,
    DamagedDialog: lambda w: DamagedDialog(w.installation, w.ops, DatabaseDamaged("page 3"), w.main),
    EditPersonDialog: lambda w: EditPersonDialog(w.session, w.ops, w.session.screenings.open(w.draft), w.main),
    EditContextDialog: lambda w: EditContextDialog(w.session, w.ops, w.session.screenings.open(w.draft), w.main),
    ExportDialog: lambda w: ExportDialog(w.session, w.ops, (w.finalized,), w.main),
    InstrumentPreviewDialog: _instrument_preview,
    MarkDoneDialog: _mark_done,
    PacketPreviewDialog: _packet_preview,
    ResetPasswordDialog: lambda w: ResetPasswordDialog(w.session, w.ops, ADMIN, w.main),
    ChangePasswordDialog: lambda w: ChangePasswordDialog(w.session, w.ops, ADMIN, w.main),
    RequiredPasswordDialog: lambda w: RequiredPasswordDialog(w.session, w.ops, ADMIN, w.main),
    RecoveryDialog: lambda w: RecoveryDialog(w.installation, w.ops, w.main),
    ReturnDialog: lambda w: ReturnDialog(w.session, w.ops, w.finalized, "CASE", w.main),
    MainWindow: lambda w: w.main,
}
"""How to open each window class with a real signed-in session (the main window last: its walk ends locked)."""


@pytest.fixture
def world(qtbot, set_up, ops, monitor, tmp_path, look):
    installation, _key = set_up
    session = installation.sign_in(ADMIN, ADMIN_PASSWORD)
    draft, finalized = start_brief(session), finalize_brief(session)
    done = finalized_with_deadline(session, discovered=datetime.now(UTC) - timedelta(hours=2))
    rfa = next(i for i in session.screenings.deadlines() if i.kind == "hhs_rfa" and i.screening_id == done.id)
    session.screenings.mark_action_done(rfa.action_id, reference="RFA-2026-118734")
    fresh = Installation(tmp_path / "fresh", kdf=CHEAP)
    yield World(qtbot, installation, fresh, session, ops, monitor, draft, finalized)
    for window in QApplication.topLevelWidgets():
        window.close()
    wait_idle(qtbot, ops)


def _show(qtbot, world: World, window: QWidget) -> None:
    window.show()
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.resize(window.sizeHint().boundedTo(FIRST_SIZE).expandedTo(window.minimumSize()))
    qtbot.waitExposed(window)
    wait_idle(qtbot, world.ops)


def _walk(qtbot, world: World, check: Callable[[str, QWidget], None]) -> None:
    """Open every registered window in turn and run ``check(state name, window)`` in each of its states."""
    for cls, make in REGISTRY.items():
        window = make(world)
        _show(qtbot, world, window)
        states = _main_states(world) if window is world.main else iter(("",))
        for state in states:
            wait_idle(qtbot, world.ops)
            settle(qtbot, window)
            check(f"{cls.__name__}{'-' if state else ''}{state}", window)
        if window is not world.main:
            window.close()
            if shiboken6.isValid(window):
                window.deleteLater()


def test_the_registry_knows_every_window_and_dialog():
    found = window_classes()
    assert len(found) > 10, "the discovery finds the app's windows"
    assert {cls.__name__ for cls in found - REGISTRY.keys()} == set(), "add these to REGISTRY"
    assert {cls.__name__ for cls in REGISTRY.keys() - found} == set(), "no longer windows: remove from REGISTRY"


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """The UI language of the walk, installed before the windows are made."""
    with ui_catalogue(qapp, request.param):
        yield request.param


def test_every_control_has_a_name_tab_reaches_it_and_its_accelerator_is_its_own(qtbot, language, world):
    problems = {}

    def check(state: str, window: QWidget) -> None:
        for kind, found in (
            ("unnamed", unnamed(window)),
            ("not reached by Tab", tab_unreachable(window)),
            ("sharing an accelerator", accelerator_clashes(window)),
        ):
            if found:
                problems[f"{state}: {kind}"] = found

    _walk(qtbot, world, check)
    assert problems == {}


def test_every_new_password_form_is_tabbed_through_row_by_row(qtbot, world):
    """A field made before its form must not come after the dialog's buttons: a typed password would press them."""
    orders = {}

    def check(state: str, window: QWidget) -> None:
        for form in window.findChildren(NewPasswordForm):
            if form.isVisible():
                rows = form.tab_rows()
                rows[0].setFocus()
                reached = [rows[0]]
                for _ in rows[1:]:
                    QApplication.focusWidget().focusNextChild()
                    reached.append(QApplication.focusWidget())
                orders[state] = [w.accessibleName() for w in reached], [w.accessibleName() for w in rows]

    _walk(qtbot, world, check)
    assert len(orders) >= 4, sorted(orders)  # the wizard's and the recovery dialog's are on later pages
    assert {state: found for state, (found, wanted) in orders.items() if found != wanted} == {}


def test_the_walker_reports_a_control_that_loses_its_name(qtbot, world):
    _show(qtbot, world, world.main)
    assert unnamed(world.main) == []
    world.main.nav.setAccessibleName("")
    assert unnamed(world.main) == ["_Places 'nav' '' in QWidget<QStackedWidget<QWidget<MainWindow"]


def test_the_walker_reports_a_control_tab_skips(qtbot, world):
    _show(qtbot, world, world.main)
    assert tab_unreachable(world.main) == []
    world.main.nav.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    assert tab_unreachable(world.main) == ["_Places 'nav' '' in QWidget<QStackedWidget<QWidget<MainWindow"]


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_theme_text_meets_aa_contrast(qapp, look, high_contrast):
    """Text on its background, from the palette and from the style sheets; disabled text is exempt (WCAG 1.4.3)."""
    Appearance(qapp).set_high_contrast(high_contrast)
    palette, sheet = qapp.palette(), qapp.styleSheet()
    assert palette_failures(palette) == []
    assert sheet_failures(sheet, palette) == []
    for model, colour in OVERDUE_COLOURS.items():
        ratio = contrast(item_text(sheet, palette, colour), palette.color(QPalette.ColorRole.Base))
        assert ratio >= AA_NORMAL_TEXT, f"overdue rows of the {model} list: {ratio:.2f}"


def test_in_high_contrast_a_progress_bar_shows_its_track_and_its_percentage_off_the_chunk(qtbot, qapp, look):
    Appearance(qapp).set_high_contrast(True)
    bars = []
    for text_visible, value in ((False, 0), (True, 10)):
        bar = QProgressBar()
        qtbot.addWidget(bar)
        bar.setRange(0, 10)
        bar.setValue(value)
        bar.setTextVisible(text_visible)
        bar.resize(300, bar.sizeHint().height())
        bar.show()
        bars.append(bar.grab().toImage())
    empty, full = bars
    middle = empty.height() // 2
    assert empty.pixelColor(0, middle) == QColor("#ffffff")  # the track's edge, on a black window
    assert empty.pixelColor(empty.width() // 2, middle) == QColor("#000000")
    assert full.pixelColor(full.width() // 4, middle) == QColor("#ffff00")
    assert full.pixelColor(full.width() - 4, middle) == QColor("#000000")  # behind "100%": no white on yellow


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_in_high_contrast_a_check_box_or_radio_button_shows_its_box_and_its_state(qtbot, qapp, look, kind):
    Appearance(qapp).set_high_contrast(True)
    colours = []
    for on in (False, True):
        button = kind("Option")
        qtbot.addWidget(button)
        button.setChecked(on)
        button.show()
        image = button.grab().toImage()
        indicator = range(button.fontMetrics().height())  # at the left, before the text
        colours.append({image.pixelColor(x, image.height() // 2).name() for x in indicator})
    off, on = colours
    assert "#ffffff" in off and "#ffff00" not in off, "a white edge around black"
    assert "#ffff00" in on, "yellow when on"


def test_in_high_contrast_a_focused_option_keeps_its_size_so_the_focus_border_never_covers_its_text(qtbot, qapp, look):
    Appearance(qapp).set_high_contrast(True)
    holder = QWidget()
    qtbot.addWidget(holder)
    before, option = QLineEdit(holder), WrappingCheckBox("[1]   A safe place to stay", holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(option)
    holder.show()
    before.setFocus()
    unfocused = option.sizeHint()
    option.setFocus()
    assert option.sizeHint() == unfocused, "the row was laid out for the smaller size, and the border cut the text"
    assert unfocused.height() >= option.fontMetrics().height() + 6  # room for the 3 px border above and below


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_check_boxes_and_radio_buttons_grow_with_the_text(qtbot, qapp, look, kind, scale):
    Appearance(qapp).set_scale(scale)
    button = kind("Option")
    qtbot.addWidget(button)
    button.show()
    side = button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
    assert side >= button.fontMetrics().height(), "at 200 % the box stayed 13 px beside 28 px text"


def test_the_contrast_checks_report_faint_text(qapp):
    palette = QPalette()
    for text, background in PALETTE_PAIRS:
        palette.setColor(text, QColor("#000000"))
        palette.setColor(background, QColor("#ffffff"))
    assert palette_failures(palette) == []
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#777777"))
    assert palette_failures(palette) == ["Active WindowText/Window: 4.48", "Inactive WindowText/Window: 4.48"]
    sheet = "QLabel#hint { color: #777777; } QPushButton:disabled { color: #eeeeee; }"
    assert sheet_failures(sheet, palette) == ["QLabel#hint: #777777 on #ffffff is 4.48"]


def test_at_double_font_size_nothing_is_clipped(qtbot, qapp, language, world, tmp_path):
    Appearance(qapp).set_scale(2.0)
    folder = Path(tmp_path) / f"a11y-200-{language}"
    clipped_text, oversized = {}, {}

    def check(state: str, window: QWidget) -> None:
        screenshot(window, folder, state)
        if found := clipped(window):
            clipped_text[state] = found
        if reason := too_large(window, LAPTOP):
            oversized[type(window).__name__] = reason

    _walk(qtbot, world, check)
    print(f"screenshots at 200 %: {folder}")
    assert clipped_text == {}
    assert oversized == {}
