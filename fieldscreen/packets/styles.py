"""Paragraph styles, colours and page geometry shared by every packet layout."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch

from fieldscreen.core.routing import Urgency

from .fonts import FontSet

PAGE_SIZE = LETTER
MARGIN_X = 0.75 * inch
MARGIN_TOP = 0.85 * inch
MARGIN_BOTTOM = 0.8 * inch
BODY_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555B63")
RULE = colors.HexColor("#C8CDD4")
SHADE = colors.HexColor("#EEF1F5")
SOFT = colors.HexColor("#F7F8FA")
CHANGED = colors.HexColor("#A34A00")
"""The bar beside an answer changed after finalizing."""

URGENCY_COLOURS = {
    Urgency.CRITICAL: colors.HexColor("#B00020"),
    Urgency.HIGH: colors.HexColor("#A34A00"),
    Urgency.ROUTINE: colors.HexColor("#1F5FA8"),
    Urgency.INFORMATION: colors.HexColor("#555B63"),
}


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a packet."""

    title: ParagraphStyle
    case_code: ParagraphStyle
    badge: ParagraphStyle
    badge_note: ParagraphStyle
    deadline: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    intro: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    cell_status: ParagraphStyle
    free_text: ParagraphStyle
    changed: ParagraphStyle


def make_styles(fonts: FontSet) -> Styles:
    """The packet styles in the registered fonts; every style wraps long unbroken strings (``splitLongWords``)."""

    def style(name: str, size: float, leading: float, *, bold: bool = False, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=fonts.bold if bold else fonts.regular,
            fontSize=size,
            leading=leading,
            textColor=extra.pop("textColor", INK),
            splitLongWords=1,
            **extra,
        )

    return Styles(
        title=style("title", 20, 25, bold=True, spaceAfter=4),
        case_code=style("case_code", 34, 40, bold=True, spaceBefore=6, spaceAfter=6),
        badge=style("badge", 22, 26, bold=True, textColor=colors.white),
        badge_note=style("badge_note", 9, 12, textColor=colors.white),
        deadline=style("deadline", 17, 22, bold=True),
        h1=style("h1", 13.5, 17, bold=True, spaceBefore=14, spaceAfter=6),
        h2=style("h2", 11, 14, bold=True, spaceBefore=10, spaceAfter=4),
        body=style("body", 9.5, 13, spaceAfter=4),
        body_bold=style("body_bold", 9.5, 13, bold=True, spaceAfter=4),
        small=style("small", 8, 10.5, textColor=MUTED),
        intro=style("intro", 8, 10.5, textColor=MUTED, spaceBefore=4, spaceAfter=4),
        cell=style("cell", 9, 12),
        cell_bold=style("cell_bold", 9, 12, bold=True),
        cell_status=style("cell_status", 9, 12, bold=True, textColor=MUTED),
        label=style("label", 8, 10.5, bold=True, textColor=MUTED),
        free_text=style(
            "free_text",
            9.5,
            13,
            leftIndent=28,
            rightIndent=4,
            borderPadding=(4, 4, 5, 4),
            backColor=SOFT,
            spaceBefore=4,
            spaceAfter=9,
        ),
        changed=style("changed", 9, 12, bold=True, leftIndent=28, rightIndent=4, spaceBefore=2, spaceAfter=6),
    )
