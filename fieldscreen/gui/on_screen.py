"""Keeping a window's frame on the screen, so that its title bar and its buttons stay in reach."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect


def top_left_on(frame: QRect, screen: QRect) -> QPoint:
    """Where ``frame`` goes so that it lies inside ``screen`` (its top left kept when it fits; never above or left)."""
    left = max(screen.left(), min(frame.left(), screen.right() + 1 - frame.width()))
    top = max(screen.top(), min(frame.top(), screen.bottom() + 1 - frame.height()))
    return QPoint(left, top)
