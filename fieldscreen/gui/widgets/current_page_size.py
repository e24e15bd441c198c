"""A stacked widget sized by the page it shows, not by the largest of its pages."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget


def size_by_current_page(stack: QStackedWidget) -> None:
    """Let only ``stack``'s current page count for its size, from now on.

    ``QStackedWidget`` needs room for its largest page, and a hidden page keeps the size it needed at an older font
    scale, so a window could stay wider than the screen after zooming back out. Hidden pages are ignored instead.
    """

    def fit(shown: int) -> None:
        for index in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == shown else QSizePolicy.Policy.Ignored
            stack.widget(index).setSizePolicy(policy, policy)

    stack.currentChanged.connect(fit)
    fit(stack.currentIndex())
