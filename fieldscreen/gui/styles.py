"""Style sheets of the screening screens and of the high-contrast theme, added after ``resources/styles/app.qss``.

Sizes are in points (or ems: check box and radio button indicators) so that the font scale (Ctrl+plus, Ctrl+minus)
reaches them. Colours only ever repeat what a
word or an icon already says; so high contrast draws every list and table text in its own text colour (the dark red
of overdue rows would be faint on black), and a progress bar gets a white track with its percentage beside the
yellow chunk, never on it. Check boxes and radio buttons get a white box or ring, with a black tick on yellow or a
yellow dot when on: Fusion drew them in shades of black. They always keep room for the yellow focus border, so a
focused option is laid out at the size it is drawn. ``ICONS`` stands for the bundled icons folder.
"""

from __future__ import annotations

SCREENS_SHEET = """
QListWidget#nav {
    min-width: 10em;
    max-width: 14em;
}
QCheckBox::indicator, QRadioButton::indicator {
    width: 1.1em;
    height: 1.1em;
}
QLabel#questionText {
    font-size: 19pt;
    font-weight: 600;
}
QLabel#questionSecondary {
    font-size: 11pt;
    color: #41464b;
}
QLabel#questionHint {
    font-style: italic;
}
QLabel#caseHeading {
    font-size: 12pt;
    font-weight: 600;
}
QPushButton#answerButton {
    font-size: 13pt;
    padding: 8px 14px;
    text-align: left;
}
QPushButton#answerButton:checked {
    font-weight: 700;
}
QPushButton#statusButton {
    padding: 6px 12px;
}
QLabel#saveState {
    padding: 2px 8px;
    background: palette(alternate-base);
    border-radius: 8px;
}
QLabel#inlineMessage, QLabel#saveFailed {
    padding: 6px 8px;
    border-left: 4px solid #b00020;
    background: palette(alternate-base);
}
QLabel#warningNote {
    padding: 6px 8px;
    border-left: 4px solid #9a5b00;
    background: palette(alternate-base);
}
QLabel#overdue {
    color: #b00020;
    font-weight: 600;
}
QLabel#actionTitle {
    font-weight: 600;
}
QLabel#resultSummary {
    font-size: 14pt;
    font-weight: 600;
}
QTextBrowser#disclosure {
    font-size: 11pt;
    min-height: 8em;
}
QFrame#indicatorPanel {
    border: 1px dashed palette(mid);
    padding: 4px;
}
QLabel#lockedBanner, QLabel#notice {
    padding: 6px 8px;
    border-left: 4px solid palette(highlight);
    background: palette(alternate-base);
}
"""

HIGH_CONTRAST_SHEET = """
QLabel#hint, QLabel#questionSecondary {
    color: #ffffff;
}
QLabel#overdue, QLabel#inlineMessage, QLabel#saveFailed, QLabel#warningNote {
    color: #ffff00;
    border-left-color: #ffff00;
}
QPushButton, QToolButton {
    border: 2px solid #ffffff;
    padding: 4px 10px;
    background: #000000;
    color: #ffffff;
}
QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit {
    border: 2px solid #ffffff;
    padding: 2px 4px;
}
QLineEdit:disabled, QAbstractSpinBox:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {
    border-color: #b0b0b0;
}
QCheckBox, QRadioButton {
    border: 3px solid transparent;
}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus, QPlainTextEdit:focus, QTextBrowser:focus, QCheckBox:focus, QRadioButton:focus {
    border: 3px solid #ffff00;
}
QPushButton:checked {
    background: #ffff00;
    color: #000000;
}
QPushButton:disabled {
    color: #b0b0b0;
    border-color: #b0b0b0;
}
QProgressBar {
    border: 2px solid #ffffff;
    background: #000000;
    color: #ffffff;
}
QProgressBar[textVisible="true"] {
    padding-right: 3.5em;
    text-align: right;
}
QProgressBar::chunk {
    background: #ffff00;
    color: #000000;
}
QCheckBox::indicator, QRadioButton::indicator {
    width: 0.9em;
    height: 0.9em;
    border: 2px solid #ffffff;
    background: #000000;
}
QRadioButton::indicator {
    border-radius: 0.45em;
}
QCheckBox::indicator:checked {
    border-color: #ffff00;
    background: #ffff00;
    color: #000000;
    image: url(ICONS/check.svg);
}
QRadioButton::indicator:checked {
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 #ffff00, stop: 0.6 #ffff00, stop: 0.65 #000000, stop: 1 #000000);
}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {
    border-color: #b0b0b0;
}
QComboBox {
    border: 2px solid #ffffff;
    padding: 2px 4px;
}
QComboBox:disabled {
    border-color: #b0b0b0;
}
QComboBox::drop-down, QDateTimeEdit::drop-down {
    width: 1.2em;
    border-left: 2px solid #ffffff;
    background: #000000;
}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    width: 1.2em;
    border-left: 2px solid #ffffff;
    background: #000000;
}
QAbstractSpinBox::up-arrow {
    image: url(ICONS/arrow-up.svg);
    width: 0.6em;
    height: 0.6em;
}
QAbstractSpinBox::down-arrow, QComboBox::down-arrow, QDateTimeEdit::down-arrow {
    image: url(ICONS/arrow-down.svg);
    width: 0.6em;
    height: 0.6em;
}
QAbstractItemView {
    border: 2px solid #ffffff;
    gridline-color: #ffffff;
}
QHeaderView::section {
    background: #000000;
    color: #ffffff;
    border: 1px solid #ffffff;
    padding: 2px 4px;
    font-weight: 600;
}
QAbstractItemView::item {
    color: palette(text);
}
QAbstractItemView::item:selected {
    color: palette(highlighted-text);
    background: palette(highlight);
}
"""
