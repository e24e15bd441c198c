"""Text that can be read: palette colours with AA contrast, and windows that grow to show their text whole.

WCAG 2.1 AA asks for a contrast of 4.5:1 for normal text (1.4.3) and for text to stay whole at 200 % (1.4.4).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QPalette, QWindow
from PySide6.QtWidgets import QApplication, QWidget

AA_CONTRAST = 4.5
"""The least contrast of normal text over its background."""

_Role = QPalette.ColorRole
_ADJUSTED = (
    (_Role.Text, _Role.Base),
    (_Role.WindowText, _Role.Window),
    (_Role.ButtonText, _Role.Button),
    (_Role.PlaceholderText, _Role.Base),
    (_Role.Highlight, _Role.HighlightedText),
)
"""Colour moved away from the colour it meets (the highlight moves, as its text is usually white)."""

_FIT_EVENTS = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest)
WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)
"""Windows and dialogs; not menus, pop-ups or tool tips."""
_OWN_MINIMUM = "fieldscreenOwnMinimumSize"
"""Dynamic property: the minimum size the window set for itself, before it was fitted."""


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def _over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as drawn over the opaque ``background`` (a translucent colour is blended)."""
    alpha = colour.alphaF()
    pairs = zip(colour.getRgbF()[:3], background.getRgbF()[:3], strict=True)
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * b for c, b in pairs))


def contrast(text: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of ``text`` drawn over ``background`` (1 to 21)."""
    lighter, darker = sorted((_luminance(_over(text, background)), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _legible(colour: QColor, against: QColor) -> QColor:
    """``colour`` (blended over ``against`` if translucent), made darker or lighter until it has AA contrast."""
    moved = _over(colour, against)
    darken = _luminance(moved) <= _luminance(against)
    for _step in range(40):
        if contrast(moved, against) >= AA_CONTRAST:
            return moved
        moved = moved.darker(110) if darken else moved.lighter(110)
    return QColor("#000000") if darken else QColor("#ffffff")


def legible_palette(palette: QPalette) -> QPalette:
    """``palette`` with each text colour that is too faint on its background moved to AA contrast.

    Colours that already pass are kept, so the platform's look stays; disabled text is left alone, as WCAG exempts it.
    """
    made = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for moving, fixed in _ADJUSTED:
            colour, against = made.color(group, moving), made.color(group, fixed)
            if colour.alpha() < 255 or contrast(colour, against) < AA_CONTRAST:
                made.setColor(group, moving, _legible(colour, against))
    return made


class WindowFitter(QObject):
    """Keeps every window at least as large as its layout needs, wrapped text included.

    Qt sizes a window from its layout's minimum size, which leaves out the height of wrapped text at the window's
    width and is ignored altogether once a window sets its own minimum width; at large font scales text is cut off.
    A window is watched from the first time it is active (a filter on the whole application would slow every event).

    Args:
        app: The application whose windows are watched.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.focusWindowChanged.connect(self._on_focus_window_changed)

    @Slot(QWindow)
    def _on_focus_window_changed(self, handle: QWindow | None) -> None:
        for window in self._app.topLevelWidgets() if handle is not None else ():
            if window.windowHandle() == handle and window.windowType() in WINDOW_TYPES:
                if window.property(_OWN_MINIMUM) is None:
                    window.installEventFilter(self)
                fit_window(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Fit a watched window when it is shown, resized or laid out again."""
        if event.type() in _FIT_EVENTS and isinstance(watched, QWidget):
            fit_window(watched)
        return False


def fit_window(window: QWidget) -> None:
    """Set ``window``'s minimum size to what its layout needs at its width, or its own minimum if larger."""
    layout = window.layout()
    if layout is None:
        return
    own = window.property(_OWN_MINIMUM)
    if own is None:
        own = window.minimumSize()
        window.setProperty(_OWN_MINIMUM, own)
    layout.activate()  # the sizes of changed children, before they are read
    needed = layout.totalMinimumSize()
    width = max(own.width(), needed.width())
    height = max(own.height(), needed.height())
    if layout.hasHeightForWidth():
        height = max(height, layout.totalMinimumHeightForWidth(max(width, window.width())))
    if (width, height) != (window.minimumWidth(), window.minimumHeight()):
        window.setMinimumSize(width, height)


def watch_windows(app: QApplication) -> None:
    """Fit every window of ``app`` from now on (once per application)."""
    if app.findChild(WindowFitter) is None:
        WindowFitter(app)
