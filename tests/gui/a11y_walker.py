"""Accessibility checks for the GUI tests: names, tab order, text contrast and clipped text, window by window.

Every check returns a list of readable problems (empty when all is well) so that a test can assert ``== []`` and show
everything that is wrong at once.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

import fieldscreen.gui
from fieldscreen.gui.legibility import AA_CONTRAST, contrast

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
"""Widgets a user operates; each needs a name a screen reader can say."""

AA_NORMAL_TEXT = AA_CONTRAST
"""WCAG 2.1 AA minimum contrast for normal-size text (success criterion 1.4.3)."""

_Role = QPalette.ColorRole
PALETTE_PAIRS = (
    (_Role.Text, _Role.Base),
    (_Role.WindowText, _Role.Window),
    (_Role.ButtonText, _Role.Button),
    (_Role.HighlightedText, _Role.Highlight),
    (_Role.PlaceholderText, _Role.Base),
)
"""Text colour over the background it is drawn on."""

CHECKED_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
"""Disabled text is exempt: WCAG 1.4.3 does not apply to text of inactive user interface components."""


# --- which widgets ---------------------------------------------------------------------------------------------------


def _qt_part(widget: QWidget) -> bool:
    """Whether ``widget`` is a piece Qt builds inside one of its own widgets (named through that widget)."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QHeaderView | QScrollBar)
        or isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit | QTabBar | QCalendarWidget)
        or (isinstance(parent, QAbstractScrollArea) and not isinstance(widget, CONTROLS))
    )


def widgets_of(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` itself (not of dialogs or menus it owns), without Qt's inner parts."""
    return [w for w in window.findChildren(QWidget) if w.window() is window and not _qt_part(w)]


def _shown_text(widget: QWidget) -> bool:
    """A read-only field deliberately kept out of the focus chain: text to read, like a label, not a control."""
    return (
        isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)
        and widget.isReadOnly()
        and widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    )


def controls_of(window: QWidget) -> list[QWidget]:
    """The controls of ``window``: operable widgets, and any other widget that takes focus by Tab."""
    return [
        w
        for w in widgets_of(window)
        if (isinstance(w, CONTROLS) and not _shown_text(w)) or bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ]


def describe(widget: QWidget) -> str:
    """``Class 'objectName' text`` and the chain of parent classes, enough to find the widget in the source."""
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 4:
        path.append(type(parent).__name__)
        parent = parent.parentWidget()
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:30]!r} in {'<'.join(path)}"


# --- names and tab order ---------------------------------------------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader reads for ``widget``: its accessible name, button text or buddy label.

    Worked out here rather than through ``QAccessible.queryAccessibleInterface``: the interfaces belong to Qt's
    accessibility cache, and PySide6 deleting its wrapper's interface corrupted the heap (a later segfault).
    """
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name:
        window = widget.window()
        name = next((label.text() for label in window.findChildren(QLabel) if label.buddy() is widget), "")
    return name.replace("&", "").strip()


def unnamed(window: QWidget) -> list[str]:
    """Controls of ``window`` (shown or not) that a screen reader would announce without a name."""
    return [describe(w) for w in controls_of(window) if not spoken_name(w)]


def _tab_stops(window: QWidget) -> set[QWidget]:
    """The widgets Tab stops at in ``window``: Qt moves the focus round its chain (the focus is put back after).

    Not walked with ``nextInFocusChain()``: PySide6 makes the widget it returns a Python-side child of the one it was
    called on, so the walk ends with the window a child of its own last widget. Python's garbage collector then
    frees that cycle, and PySide6 6.10-6.11 delete the C++ window with it though its Qt parent still lists it: a
    segfault in the next ``findChildren`` on that parent.
    """
    start = window.focusWidget()
    reached = set()
    while window.focusNextChild() and window.focusWidget() not in reached:
        reached.add(window.focusWidget())
    if start is not None:
        start.setFocus()
    return reached


def _reached(control: QWidget, stops: set[QWidget]) -> bool:
    """Whether the keyboard gets to ``control``: Tab stops at it, or at a radio button of its group (arrows go on)."""
    if (control.focusProxy() or control) in stops:
        return True
    group = control.parentWidget()
    return isinstance(control, QRadioButton) and any(
        isinstance(stop, QRadioButton) and stop.parentWidget() is group for stop in stops
    )


def tab_unreachable(window: QWidget) -> list[str]:
    """Enabled, visible controls of the shown ``window`` that pressing Tab from its first widget never reaches."""
    stops = _tab_stops(window)
    return [
        describe(control)
        for control in controls_of(window)
        if control.isEnabled() and control.isVisibleTo(window) and not _reached(control, stops)
    ]


_MNEMONIC = re.compile(r"&([^&\s])")


def _accelerator(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def accelerator_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that two visible controls of the shown ``window`` (or its menu bar) share.

    Alt+letter then only moves the focus between them: the keyboard user presses it twice and cannot tell which
    control will act. Labels count when they have a buddy (``buddy()`` is safe: the app pairs siblings).
    """
    texts = [a.text() for a in window.menuBar().actions() if a.isVisible()] if isinstance(window, QMainWindow) else []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    letters: dict[str, list[str]] = {}
    for text in texts:
        if (letter := _accelerator(text)) is not None:
            letters.setdefault(letter, []).append(text)
    return [f"Alt+{letter.upper()} on {shared}" for letter, shared in letters.items() if len(shared) > 1]


# --- contrast --------------------------------------------------------------------------------------------------------


def palette_failures(palette: QPalette) -> list[str]:
    """Text/background role pairs of ``palette`` below AA (active and inactive windows; disabled text is exempt)."""
    problems = []
    for group in CHECKED_GROUPS:
        for text, background in PALETTE_PAIRS:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            if ratio < AA_NORMAL_TEXT:
                problems.append(f"{group.name} {text.name}/{background.name}: {ratio:.2f}")
    return problems


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_PALETTE_REF = re.compile(r"palette\(([a-z-]+)\)")


def sheet_rules(sheet: str) -> dict[str, dict[str, str]]:
    """The declarations of each selector in a Qt style sheet, later rules overriding earlier ones."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(_COMMENT.sub("", sheet)):
        declarations = dict(
            (name.strip(), value.strip()) for name, _, value in (d.partition(":") for d in body.split(";")) if value
        )
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(declarations)
    return rules


def _colour(value: str, palette: QPalette) -> QColor | None:
    """A colour given as ``#rrggbb``, a name or ``palette(role)``; ``None`` for anything else (gradients, none)."""
    found = _PALETTE_REF.fullmatch(value)
    if found:
        role = getattr(_Role, found.group(1).title().replace("-", ""))
        return palette.color(QPalette.ColorGroup.Active, role)
    colour = QColor(value)
    return colour if colour.isValid() else None


def _default_roles(selector: str) -> tuple[QPalette.ColorRole, QPalette.ColorRole]:
    """The palette roles a widget type draws its text and background with when a sheet does not set them."""
    if re.match(r"Q(Push|Tool)Button", selector):
        return _Role.ButtonText, _Role.Button
    if re.match(
        r"Q(LineEdit|TextBrowser|TextEdit|PlainTextEdit|AbstractItemView|ListWidget|ListView|TableView)", selector
    ):
        return _Role.Text, _Role.Base
    return _Role.WindowText, _Role.Window


def sheet_failures(sheet: str, palette: QPalette) -> list[str]:
    """Selectors of ``sheet`` whose text colour over their background is below AA (``:disabled`` is exempt)."""
    rules = sheet_rules(sheet)
    problems = []
    for selector, declarations in rules.items():
        if ":disabled" in selector or not {"color", "background", "background-color"} & declarations.keys():
            continue
        merged = {**rules.get(selector.split(":")[0], {}), **declarations}
        text_role, background_role = _default_roles(selector)
        text = _colour(merged.get("color", ""), palette) or palette.color(text_role)
        background_value = merged.get("background-color", merged.get("background", ""))
        background = _colour(background_value, palette) if background_value else palette.color(background_role)
        if background is None:
            continue
        ratio = contrast(text, background)
        if ratio < AA_NORMAL_TEXT:
            problems.append(f"{selector}: {text.name()} on {background.name()} is {ratio:.2f}")
    return problems


def item_text(sheet: str, palette: QPalette, model_colour: QColor) -> QColor:
    """The colour a list or table draws a model's foreground colour in: a sheet's ``::item`` colour wins over it."""
    value = sheet_rules(sheet).get("QAbstractItemView::item", {}).get("color")
    return (_colour(value, palette) if value else None) or model_colour


# --- clipped text ----------------------------------------------------------------------------------------------------


def _label_clipped(label: QLabel) -> bool:
    """Whether the laid-out ``label`` shows less than its whole (plain) text."""
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or QtGuiNamespace.mightBeRichText(text):
        return label.height() < label.minimumSizeHint().height() if text else False
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        return label.height() < label.heightForWidth(label.width())
    metrics = QFontMetrics(label.font())
    needed = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
    return needed.width() > room.width() or needed.height() > room.height()


def _button_clipped(button: QAbstractButton) -> bool:
    """Whether the laid-out ``button`` is smaller than it needs to show its text (and icon) whole."""
    if not button.text():
        return False
    hint = button.minimumSizeHint()
    height = button.heightForWidth(button.width()) if button.hasHeightForWidth() else hint.height()
    return button.width() < hint.width() or button.height() < height


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons shown in ``window`` whose text does not fit them."""
    problems = []
    for widget in widgets_of(window):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and _label_clipped(widget):
            problems.append(f"{describe(widget)} {widget.size().toTuple()}")
        elif isinstance(widget, QAbstractButton) and _button_clipped(widget):
            problems.append(f"{describe(widget)} {widget.size().toTuple()} < {widget.minimumSizeHint().toTuple()}")
    return problems


def _geometry(window: QWidget) -> list[tuple[int, int, int, int]]:
    return [w.geometry().getRect() for w in (window, *window.findChildren(QWidget)) if w.isVisible()]


def settle(qtbot, window: QWidget, tries: int = 50) -> None:
    """Let the event loop run until ``window``'s layout stops moving (texts set by callbacks, nested layouts)."""
    before = _geometry(window)
    for _ in range(tries):
        qtbot.wait(10)
        after = _geometry(window)
        if after == before:
            return
        before = after
    raise AssertionError(f"{type(window).__name__} still changes its layout")


def too_large(window: QWidget, screen: QSize) -> str:
    """Why ``window`` does not fit on ``screen`` (empty if it does): the part that does not fit is cut off."""
    size = window.size()
    return "" if size.boundedTo(screen) == size else f"{size.toTuple()} is larger than the screen {screen.toTuple()}"


def screenshot(window: QWidget, folder: Path, name: str) -> Path:
    """Save what ``window`` shows as ``folder/name.png``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert window.grab().save(str(path)), path
    return path


# --- every window ----------------------------------------------------------------------------------------------------


def window_classes() -> set[type]:
    """Every dialog, main window and top-level window class of the GUI package.

    Top-level plain widgets are the ones that give themselves the app's window title with ``look.set_title``. A base
    class is covered through its subclasses, so only leaf classes are listed.
    """
    for module in pkgutil.walk_packages(fieldscreen.gui.__path__, "fieldscreen.gui."):
        importlib.import_module(module.name)
    found = set()
    for cls in _all_subclasses(QWidget):
        if not cls.__module__.startswith("fieldscreen.gui."):
            continue
        if issubclass(cls, QDialog | QMainWindow) or "set_title(self" in inspect.getsource(cls):
            found.add(cls)
    return {cls for cls in found if not any(issubclass(other, cls) and other is not cls for other in found)}


def _all_subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_all_subclasses(direct))]
