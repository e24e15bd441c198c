"""Page furniture: the header, the "Page x of y" footer and the TRAINING watermark.

Page numbers need the page count, known only after the last page: :func:`numbered_canvas` keeps each finished page's
state and draws header and footer on all of them when the document is saved (one layout pass, no second build).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from fieldscreen.core.i18n import fill, translate

from .styles import MARGIN_X, MUTED, PAGE_SIZE, RULE


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides the body.

    Attributes:
        font: The regular font's name.
        bold: The bold font's name.
        header_left: Header text at the top left (packet kind and case code; never a name).
        header_right: Header text at the top right.
        footer_left: Footer text at the bottom left.
        training: Whether to draw the TRAINING watermark.
    """

    font: str
    bold: str
    header_left: str
    header_right: str
    footer_left: str
    training: bool


def draw_watermark(canvas: Canvas, furniture: Furniture) -> None:
    """Draw the diagonal TRAINING watermark across the page, under the page's text."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#B00020"))
    canvas.setFillAlpha(0.13)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.setFont(furniture.bold, 96)
    canvas.drawCentredString(0, -34, translate("Packet", "TRAINING"))
    canvas.restoreState()


def _draw_furniture(canvas: Canvas, furniture: Furniture, number: int, total: int) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, height - 0.6 * 72, width - MARGIN_X, height - 0.6 * 72)
    canvas.line(MARGIN_X, 0.55 * 72, width - MARGIN_X, 0.55 * 72)
    canvas.setFillColor(MUTED)
    canvas.setFont(furniture.bold, 8.5)
    canvas.drawString(MARGIN_X, height - 0.5 * 72, furniture.header_left)
    canvas.setFont(furniture.font, 8.5)
    canvas.drawRightString(width - MARGIN_X, height - 0.5 * 72, furniture.header_right)
    canvas.setFont(furniture.font, 8)
    canvas.drawString(MARGIN_X, 0.38 * 72, furniture.footer_left)
    canvas.setFont(furniture.bold, 8.5)
    canvas.drawRightString(width - MARGIN_X, 0.38 * 72, fill(translate("Packet", "Page %1 of %2"), number, total))
    canvas.restoreState()


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that draws header and footer, with "Page x of y", on every page when the document is saved."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
