"""The app's look: widget style, style sheets, font scale, high contrast, icons and the discreet window title."""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from fieldscreen import paths
from fieldscreen.core.i18n import fill

from .legibility import WINDOW_TYPES, legible_palette, watch_windows
from .styles import HIGH_CONTRAST_SHEET, SCREENS_SHEET
from .widgets.plain_label import PlainLabel

APP_TITLE = "fieldscreen"
"""The only window title: discreet, nothing about what the app is for."""

SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
"""The font scales Ctrl+plus and Ctrl+minus step through."""

SETTINGS_FILE = "appearance.ini"
"""The font scale and contrast chosen on this computer, kept in the data folder (plain INI, nothing personal)."""

_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt")

log = logging.getLogger(__name__)


def _sheet(scale: float, high_contrast: bool) -> str:
    """The bundled style sheet plus the screens' sheet, with every point size multiplied by ``scale``."""
    bundled = paths.resources() / "styles" / "app.qss"
    parts = [bundled.read_text(encoding="utf-8") if bundled.is_file() else "", SCREENS_SHEET]
    if high_contrast:
        parts.append(HIGH_CONTRAST_SHEET.replace("ICONS/", (paths.resources() / "icons").as_posix() + "/"))
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", "\n".join(parts))


def _high_contrast_palette() -> QPalette:
    """White and yellow on black, with strong disabled and link colours."""
    palette = QPalette()
    black, white, yellow, cyan, grey = (QColor(c) for c in ("#000000", "#ffffff", "#ffff00", "#00ffff", "#b0b0b0"))
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, cyan),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, grey),
        (QPalette.ColorRole.Mid, grey),
        (QPalette.ColorRole.Light, white),
        (QPalette.ColorRole.Dark, grey),
    ):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


class Appearance(QObject):
    """Font scale and high contrast, applied to the whole application at once.

    Args:
        app: The application whose font, palette and style sheet are set.
        settings_file: Where the choices are kept and read back at the next start (``None``: not kept).

    Signals:
        changed: The scale or the contrast changed (already applied).
    """

    changed = Signal()

    def __init__(self, app: QApplication, settings_file: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._base_points = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        self._base_palette = legible_palette(app.palette())
        watch_windows(app)
        self._settings = None if settings_file is None else QSettings(str(settings_file), QSettings.Format.IniFormat)
        self.scale = 1.0
        self.high_contrast = False
        if self._settings is not None:
            self.scale = _stored_scale(self._settings.value("scale"))
            self.high_contrast = str(self._settings.value("high_contrast")).lower() == "true"

    def apply(self) -> None:
        """Set the Fusion style (clear focus frames everywhere), the font, the palette and the style sheet."""
        self._app.setStyle("Fusion")
        font = self._app.font()
        font.setPointSizeF(self._base_points * self.scale)
        self._app.setFont(font)
        self._app.setPalette(_high_contrast_palette() if self.high_contrast else self._base_palette)
        self._app.setStyleSheet(_sheet(self.scale, self.high_contrast))
        self.changed.emit()

    def set_scale(self, scale: float) -> None:
        """Scale every font by ``scale`` (clamped to the steps offered)."""
        self.scale = min(max(scale, SCALES[0]), SCALES[-1])
        self._keep()
        self.apply()

    def zoom_in(self) -> None:
        """One step larger."""
        self.set_scale(next((s for s in SCALES if s > self.scale + 1e-6), SCALES[-1]))

    def zoom_out(self) -> None:
        """One step smaller."""
        self.set_scale(next((s for s in reversed(SCALES) if s < self.scale - 1e-6), SCALES[0]))

    def reset_zoom(self) -> None:
        """Back to the normal size."""
        self.set_scale(1.0)

    def set_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme on or off."""
        self.high_contrast = on
        self._keep()
        self.apply()

    def _keep(self) -> None:
        """Write the choices to the settings file (a failure only means they are not restored next time)."""
        if self._settings is None:
            return
        self._settings.setValue("scale", self.scale)
        self._settings.setValue("high_contrast", self.high_contrast)
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            log.warning("appearance not saved (%s)", self._settings.status().name)


def _stored_scale(value: object) -> float:
    """The font scale read from the settings file: 1.0 unless it is a number within the steps offered."""
    try:
        scale = float(str(value))
    except ValueError:
        return 1.0
    return scale if SCALES[0] <= scale <= SCALES[-1] else 1.0


PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
"""The events after which a widget draws its icons again (:func:`icon` follows the palette)."""

ICON_INK = "#3a3f44"
"""The colour the bundled icons are drawn in; on a dark window (high contrast) they take its text colour instead."""


def icon(name: str) -> QIcon:
    """A bundled icon from ``resources/icons/<name>.svg``; on a dark palette (high contrast) in its text colours."""
    palette = QGuiApplication.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return _icon(name, ICON_INK, ICON_INK)
    ink, selected = (
        palette.color(role).name() for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.HighlightedText)
    )
    return _icon(name, ink, selected)


@functools.cache
def _icon(name: str, ink: str, selected: str) -> QIcon:
    """The icon drawn in ``ink``, and in ``selected`` on a selected row (as the file is, when both are ICON_INK)."""
    path = paths.resources() / "icons" / f"{name}.svg"
    if ink == selected == ICON_INK:
        return QIcon(str(path))
    drawing, made = path.read_bytes(), QIcon()
    for colour, mode in ((ink, QIcon.Mode.Normal), (selected, QIcon.Mode.Selected)):
        svg = drawing.replace(ICON_INK.encode(), colour.encode())
        for side in (16, 20, 24, 32, 48, 64):
            buffer = QBuffer()
            buffer.setData(svg)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer, b"svg")
            reader.setScaledSize(QSize(side, side))
            made.addPixmap(QPixmap.fromImage(reader.read()), mode)
    return made


def set_title(window: QWidget, training: bool) -> None:
    """Give ``window`` the discreet title, marked when this is the training installation."""
    window.setWindowTitle(APP_TITLE)
    if training:
        mark_title(window)


_MARKED_TITLE = "fieldscreenTrainingTitle"
"""Dynamic property: the marked title a window was given, so that a title is marked once."""


def mark_title(window: QWidget) -> None:
    """Put TRAINING in front of ``window``'s title (the app's name if it has none), unless it is there already."""
    title = window.windowTitle()
    if title and window.property(_MARKED_TITLE) == title:
        return
    marked = fill(QCoreApplication.translate("Look", "TRAINING - %1"), title or APP_TITLE)
    window.setProperty(_MARKED_TITLE, marked)
    window.setWindowTitle(marked)


def training_banner(parent: QWidget) -> QLabel:
    """The strip shown on every window of the training installation."""
    text = QCoreApplication.translate("Look", "TRAINING - practice data only. Nothing here is a real case.")
    banner = PlainLabel(text, parent)
    banner.setObjectName("trainingBanner")
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setWordWrap(True)  # one line at 200 % text made the window wider than a laptop screen
    banner.setAccessibleName(QCoreApplication.translate("Look", "Training mode"))
    return banner


_MARKED_ON = (QEvent.Type.Polish, QEvent.Type.WindowTitleChange)


class TrainingMarks(QObject):
    """Marks every window and dialog of the training process: TRAINING in the title and the banner on top.

    Windows that show the banner themselves (the main window, sign-in) are left as they are; message boxes and
    other windows whose layout is not a column get the title only. A filter on the whole application sees every
    window before it is first laid out, at the cost of a call per event: it is installed in training mode only.

    Args:
        app: The application whose windows are marked.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Mark a window when it is polished (before it is first shown) and each time its title changes."""
        kind = event.type()
        if kind in _MARKED_ON and isinstance(watched, QWidget) and watched.windowType() in WINDOW_TYPES:
            if kind == QEvent.Type.Polish:
                _add_banner(watched)
            mark_title(watched)
        return False


def _add_banner(window: QWidget) -> None:
    """Put the training banner on top of ``window`` if it lays its contents out in a column without one."""
    layout = window.layout()
    if isinstance(layout, QVBoxLayout) and window.findChild(QLabel, "trainingBanner") is None:
        layout.insertWidget(0, training_banner(window))
