"""Training mode: a throwaway installation with practice cases, opened signed in, marked TRAINING, wiped at the end."""

from __future__ import annotations

from gui_helpers import wait_idle

from fieldscreen.gui.flow import AppFlow
from fieldscreen.gui.main_window import MainWindow
from fieldscreen.gui.training import training_command
from fieldscreen.services.training_data import PRACTICE_PASSWORD


def test_training_opens_practice_cases_signed_in_and_wipes_them_at_the_end(qtbot, ops, monitor, tmp_path):
    real = tmp_path / "data"
    flow = AppFlow(None, ops, monitor, training=True)
    flow.start_training(real)
    assert "TRAINING" in flow.window.windowTitle()
    qtbot.waitUntil(lambda: isinstance(flow.window, MainWindow), timeout=60_000)
    main = flow.window
    wait_idle(qtbot, ops)
    banner = main.findChild(type(main.user_label), "trainingBanner")
    assert banner.text().startswith("TRAINING") and PRACTICE_PASSWORD in banner.text()
    assert "TRAINING" in main.windowTitle()
    model = main.screenings_place.list_view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=15_000)
    assert all(model.summary(r).case_code.startswith("TR-") for r in range(model.rowCount()))
    assert not main.training_action.isVisible()
    flow.close()
    wait_idle(qtbot, ops)
    [opened] = flow.training_opened
    opened.close()
    assert [p.name for p in (real / "training").iterdir()] == ["instance.lock"]
    assert not (real / "fieldscreen.db").exists(), "the real data folder is untouched"


def test_the_menu_entry_starts_a_separate_training_process_on_the_same_data_folder(tmp_path):
    program, args = training_command(tmp_path)
    assert args[-3:] == ["--data-dir", str(tmp_path), "--training"]
    assert program
