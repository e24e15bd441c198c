"""The font scale and the high-contrast choice are kept in the data folder and come back at the next start."""

from __future__ import annotations

import configparser

import pytest
from gui_helpers import by_name
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyle, QStyleOptionComboBox, QStyleOptionSpinBox

from fieldscreen.gui.look import SETTINGS_FILE, Appearance
from fieldscreen.gui.views.sign_in_window import SignInWindow


@pytest.fixture
def restart(qapp):
    """Put the application's font, palette and style sheet back as a new process has them (also after the test)."""
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()

    def fresh() -> None:
        qapp.setFont(font)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)

    yield fresh
    fresh()


def _start(qapp, settings):
    """What the app does at start: read the choices, then apply them before the first window."""
    appearance = Appearance(qapp, settings)
    appearance.apply()
    return appearance


def test_scale_and_contrast_come_back_on_the_sign_in_window_after_a_restart(qtbot, qapp, tmp_path, restart, ops):
    settings = tmp_path / SETTINGS_FILE
    base = qapp.font().pointSizeF()
    first = _start(qapp, settings)
    assert (first.scale, first.high_contrast) == (1.0, False)
    first.zoom_in()
    first.zoom_in()
    first.set_high_contrast(True)
    written = configparser.ConfigParser()
    written.read(settings, encoding="utf-8")
    assert dict(written["General"]) == {"scale": "1.3", "high_contrast": "true"}

    restart()
    assert qapp.font().pointSizeF() == pytest.approx(base)
    again = _start(qapp, settings)
    assert again.scale == pytest.approx(1.3)
    assert again.high_contrast
    window = SignInWindow(None, ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert by_name(window, "User name").font().pointSizeF() == pytest.approx(base * 1.3)
    assert window.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert "border: 3px solid #ffff00" in qapp.styleSheet(), "the high-contrast focus frame"

    again.reset_zoom()
    again.set_high_contrast(False)
    restart()
    third = _start(qapp, settings)
    assert (third.scale, third.high_contrast) == (1.0, False)


def test_choices_written_by_an_earlier_run_are_read_from_the_file(qapp, tmp_path, restart):
    settings = tmp_path / SETTINGS_FILE
    settings.write_text("[General]\nscale=1.75\nhigh_contrast=true\n", encoding="utf-8")
    base = qapp.font().pointSizeF()
    appearance = _start(qapp, settings)
    assert appearance.scale == pytest.approx(1.75)
    assert appearance.high_contrast
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.75)


@pytest.mark.parametrize("content", ["[General]\nscale=huge\nhigh_contrast=maybe\n", "[General]\nscale=40\n", "\x00"])
def test_a_garbled_settings_file_gives_the_normal_look(qapp, tmp_path, restart, content):
    settings = tmp_path / SETTINGS_FILE
    settings.write_text(content, encoding="utf-8")
    appearance = _start(qapp, settings)
    assert (appearance.scale, appearance.high_contrast) == (1.0, False)
    appearance.zoom_out()
    restart()
    assert _start(qapp, settings).scale == pytest.approx(0.9)


def _white_pixels(image, area) -> int:
    return sum(
        1
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
        if image.pixelColor(x, y).lightness() > 200
    )


def test_in_high_contrast_spin_box_and_combo_box_arrows_show(qtbot, qapp, look):
    Appearance(qapp).set_high_contrast(True)
    spin, combo = QSpinBox(), QComboBox()
    combo.addItems(["Not known", "Yes"])
    for widget in (spin, combo):
        qtbot.addWidget(widget)
        widget.resize(240, 40)
        widget.show()
    qtbot.waitExposed(combo)
    spin_image, combo_image = spin.grab().toImage(), combo.grab().toImage()
    style = spin.style()
    for name, part in (("up", QStyle.SubControl.SC_SpinBoxUp), ("down", QStyle.SubControl.SC_SpinBoxDown)):
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        button = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        middle = QRect(button.center().x() - 2, button.center().y() - 2, 5, 5)  # the arrow, clear of the borders
        assert _white_pixels(spin_image, middle) > 2, f"the {name} arrow is an empty box"
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    button = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo)
    assert _white_pixels(combo_image, QRect(button.center().x() - 2, button.center().y() - 2, 5, 5)) > 2
