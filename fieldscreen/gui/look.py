"""The app's look: widget style, style sheet, icons and the discreet window title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from fieldscreen import paths
from fieldscreen.core.i18n import fill

APP_TITLE = "fieldscreen"
"""The only window title: discreet, nothing about what the app is for."""


def apply_style(app: QApplication) -> None:
    """Use the Fusion style (clear focus frames on every platform) and the bundled style sheet."""
    app.setStyle("Fusion")
    sheet = paths.resources() / "styles" / "app.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


def icon(name: str) -> QIcon:
    """A bundled icon from ``resources/icons/<name>.svg``."""
    return QIcon(str(paths.resources() / "icons" / f"{name}.svg"))


def set_title(window: QWidget, training: bool) -> None:
    """Give ``window`` the discreet title, marked when this is the training installation."""
    if training:
        window.setWindowTitle(fill(QCoreApplication.translate("Look", "%1 - TRAINING"), APP_TITLE))
    else:
        window.setWindowTitle(APP_TITLE)


def training_banner(parent: QWidget) -> QLabel:
    """The strip shown on every window of the training installation."""
    text = QCoreApplication.translate("Look", "TRAINING - practice data only. Nothing here is a real case.")
    banner = QLabel(text, parent)
    banner.setObjectName("trainingBanner")
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setAccessibleName(QCoreApplication.translate("Look", "Training mode"))
    return banner
