"""Training mode marks every window: TRAINING in the title, the banner on dialogs; real sessions show neither."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
import shiboken6
from gui_helpers import ADMIN, ADMIN_PASSWORD, finalized_with_deadline, open_main_window, wait_idle
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from fieldscreen.gui.look import TrainingMarks, training_banner
from fieldscreen.gui.main_window import ADMINISTRATION, DEADLINES, OUTBOX, REVIEW, MainWindow
from fieldscreen.gui.places.review import SCREENING
from fieldscreen.gui.views.sign_in_window import SignInWindow
from fieldscreen.services.training_data import open_training


@pytest.fixture(params=[True, False], ids=["training", "real"])
def main(request, qtbot, qapp, tmp_path, ops, monitor, set_up):
    """The main window of a training session (its process marks windows) or of a real one with a finalized case."""
    if not request.param:
        session = set_up[0].sign_in(ADMIN, ADMIN_PASSWORD)
        finalized_with_deadline(session, discovered=datetime.now(UTC) - timedelta(hours=1))
        session.lock()
        window = open_main_window(qtbot, set_up[0], ops, monitor)
        yield window
        window.close()
        wait_idle(qtbot, ops)
        return
    marks = TrainingMarks(qapp)
    opened = open_training(tmp_path / "practice")
    window = MainWindow(opened.installation, opened.session, ops, monitor, training=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, ops)
    yield window
    window.close()
    wait_idle(qtbot, ops)
    opened.close()
    shiboken6.delete(marks)


def _dialogs() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _check(qtbot, ops, training: bool, action: Callable[[], object]) -> str:
    """Open a dialog with ``action``, check its marks, close it; return its title."""
    before = _dialogs()
    action()
    qtbot.waitUntil(lambda: bool(_dialogs() - before), timeout=15_000)
    [dialog] = _dialogs() - before
    title = dialog.windowTitle()
    banners = dialog.findChildren(QLabel, "trainingBanner")
    assert title.startswith("TRAINING - ") == training, title
    if training and isinstance(dialog.layout(), QVBoxLayout):
        assert len(banners) == 1 and banners[0].isVisible(), title
        assert dialog.layout().itemAt(0).widget() is banners[0], "the banner is on top"
        assert banners[0].text().startswith("TRAINING")
    else:
        assert not banners, title
    dialog.reject()
    wait_idle(qtbot, ops)
    return title


def test_every_dialog_of_the_places_says_training_only_in_training(qtbot, ops, main):
    training = main.session.training
    assert ("TRAINING" in main.windowTitle()) == training
    assert len(main.findChildren(QLabel, "trainingBanner")) == (1 if training else 0)
    check = partial(_check, qtbot, ops, training)

    main.nav.setCurrentRow(DEADLINES)
    deadlines = main.deadlines_place
    qtbot.waitUntil(lambda: deadlines.model.rowCount() > 0, timeout=15_000)
    deadlines.table.selectRow(
        next(r for r in range(deadlines.model.rowCount()) if deadlines.model.item(r).status == "open")
    )
    check(deadlines.done_button.click)

    main.nav.setCurrentRow(REVIEW)
    review = main.review_place
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=15_000)
    review.table.selectRow(0)
    check(review.export_button.click)
    check(review.preview_button.click)
    review.open_button.click()
    qtbot.waitUntil(lambda: review.pages.currentIndex() == SCREENING, timeout=15_000)
    wait_idle(qtbot, ops)
    check(review.return_button.click)
    review.show_queue()

    main.nav.setCurrentRow(OUTBOX)
    wait_idle(qtbot, ops)
    check(main.outbox_place.export_button.click)

    main.nav.setCurrentRow(ADMINISTRATION)
    admin = main.admin_place
    admin.tabs.setCurrentWidget(admin.accounts)
    wait_idle(qtbot, ops)
    admin.accounts.table.selectRow(0)
    check(admin.accounts.add_button.click)
    check(admin.accounts.reset_button.click)
    check(admin.accounts.remove_button.click)
    admin.tabs.setCurrentWidget(admin.instruments)
    wait_idle(qtbot, ops)
    admin.instruments.table.selectRow(0)
    check(admin.instruments.preview_button.click)
    admin.tabs.setCurrentWidget(admin.office_sync)
    wait_idle(qtbot, ops)
    check(admin.office_sync.office_key.generate_button.click)

    check(main.change_password_action.trigger)
    assert check(lambda: ops.errors.show_text(main, "Something happened.", "Do this.")).endswith("fieldscreen")


def test_a_retitled_dialog_stays_marked_and_a_window_with_its_own_banner_gets_no_second(qtbot, qapp, ops):
    marks = TrainingMarks(qapp)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QLabel("Export packets", dialog))
        dialog.setWindowTitle("Export packets")
        dialog.show()
        assert dialog.windowTitle() == "TRAINING - Export packets"
        dialog.setWindowTitle("Exporting 3 of 8")
        assert dialog.windowTitle() == "TRAINING - Exporting 3 of 8"
        window = SignInWindow(None, ops, training=True)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == "TRAINING - fieldscreen"
        assert len(window.findChildren(QLabel, "trainingBanner")) == 1
    finally:
        shiboken6.delete(marks)


def test_the_banner_wraps_so_that_at_double_text_size_it_never_widens_a_window(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    banner = training_banner(parent)
    font = banner.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    banner.setFont(font)
    one_line = banner.fontMetrics().horizontalAdvance(banner.text())
    assert banner.minimumSizeHint().width() < one_line / 2


def test_the_outbox_says_practice_packets_go_nowhere_only_in_training(qtbot, ops, main):
    main.nav.setCurrentRow(OUTBOX)
    wait_idle(qtbot, ops)
    intro = main.outbox_place.intro_label.text()
    training = main.session.training
    assert ("never sealed or sent" in intro) == training, intro
    assert ("Referral packets wait here, sealed" in intro) != training, "one story, not two that disagree"
