"""The small toolkit every layout uses: safe paragraphs, times in words, plain tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from fieldscreen.core.i18n import translate

from .fonts import FontSet
from .rtl import paragraph
from .safe_text import markup
from .styles import BODY_WIDTH, RULE, SHADE, Styles

HEADING_ROOM = 110
"""Points a heading needs below it on the same page (itself and a few lines of what follows)."""
SUBHEADING_ROOM = 80
"""The same for a sub-heading."""


class _RoomFor(CondPageBreak):
    """A conditional page break measured at layout time: room for a heading and the start of what follows it.

    A table in ``follow`` counts with its first two rows only (a grid's header and first row): a row that does not fit
    moves the whole table to the next page, so without this a heading could be left alone at the bottom of a page.
    """

    def __init__(self, minimum: float, follow: Sequence[Flowable]) -> None:
        super().__init__(minimum)
        self._minimum = minimum
        self._follow = list(follow)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        need = 0.0
        for flowable in self._follow:
            if isinstance(flowable, Table):
                flowable.wrap(availWidth, availHeight)
                need += sum(flowable._rowHeights[:2])  # noqa: SLF001 - measured by wrap, no public accessor
            else:
                need += flowable.wrap(availWidth, availHeight)[1]
                need += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        self.height = max(self._minimum, need)
        return super().wrap(availWidth, availHeight)


@dataclass(frozen=True)
class Kit:
    """Fonts, styles and display settings for one packet.

    Attributes:
        fonts: The registered fonts.
        styles: The packet styles.
        tz: The time zone times are shown in.
        language: The interview language tag (for the fonts of answers in that language).
    """

    fonts: FontSet
    styles: Styles
    tz: tzinfo
    language: str = ""

    def para(self, text: str, style_name: str = "body", *, interview: bool = False) -> Paragraph:
        """A paragraph of ``text``, escaped whatever its source; ``interview`` marks text in the interview language."""
        return self._paragraph(text, getattr(self.styles, style_name), self.language if interview else "")

    def fitted(self, text: str, style_name: str, width: float) -> Paragraph:
        """A paragraph of app words whose font is made smaller, when needed, so its longest word fits ``width`` points.

        A word wider than its column is otherwise broken between two lines ("INFORMATI" / "ON").
        """
        style = getattr(self.styles, style_name)
        widest = max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0.0)
        if widest > width:
            scale = width / widest * 0.98  # a margin: at exactly the width, rounding can still break the word
            fitted = {"fontSize": style.fontSize * scale, "leading": style.leading * scale}
            style = ParagraphStyle(f"{style.name}_fitted", parent=style, **fitted)
        return self._paragraph(text, style, "")

    def _paragraph(self, text: str, style: ParagraphStyle, language: str) -> Paragraph:
        bold = style.fontName == self.fonts.bold
        return paragraph(markup(text, self.fonts, bold=bold, language=language), style, text)

    def heading(self, text: str, room: float = HEADING_ROOM, *, keep: Sequence[Flowable] = ()) -> list[Flowable]:
        """A section heading that starts a new page when less than ``room`` points are left on this one.

        ``keep`` are the flowables that follow it (the caller adds them after): the heading also starts a new page
        when they would not start on this one (a table: its first two rows), so it is never left alone at the bottom.
        """
        title = self.para(text, "h1")
        if not keep:
            return [CondPageBreak(room), title]
        return [_RoomFor(room, [title, *keep]), title]

    def subheading(self, text: str, *, interview: bool = False, keep: Sequence[Flowable] = ()) -> list[Flowable]:
        """A sub-heading that starts a new page when less than :data:`SUBHEADING_ROOM` is left on this one.

        ``keep`` as for :meth:`heading`: it also starts a new page when they would not start on this one.
        """
        title = self.para(text, "h2", interview=interview)
        return [_RoomFor(SUBHEADING_ROOM, [title, *keep]) if keep else CondPageBreak(SUBHEADING_ROOM), title]

    def time(self, when: datetime | None) -> str:
        """``when`` in the display time zone, e.g. "2026-11-28 14:05 UTC-05:00"; "Not recorded" for ``None``."""
        if when is None:
            return translate("Packet", "Not recorded")
        local = when.astimezone(self.tz)
        offset = local.strftime("%z")
        zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
        return f"{local:%Y-%m-%d %H:%M} {zone}"

    @staticmethod
    def day(when: date | None) -> str:
        """A date as YYYY-MM-DD; "Not recorded" for ``None``."""
        return when.isoformat() if when else translate("Packet", "Not recorded")

    def table(
        self,
        data: Sequence[Sequence[Flowable | str | list[Flowable]]],
        widths: Sequence[float],
        commands: Sequence[tuple[object, ...]],
        *,
        repeat_rows: int = 0,
        row_heights: Sequence[float] | None = None,
        split_rows: bool = False,
    ) -> Table:
        """A left-aligned table in the packet font.

        ``split_rows`` lets a row taller than the space left on a page split across pages; use it only where a row's
        cells read correctly when split (a label beside a value), since it splits rows at every page end.
        """
        table = Table(
            [list(row) for row in data],
            colWidths=list(widths),
            rowHeights=list(row_heights) if row_heights else None,
            repeatRows=repeat_rows,
            hAlign="LEFT",
            splitInRow=int(split_rows),
        )
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.regular), *commands]))
        return table

    def facts(self, rows: Sequence[tuple[str, str]], label_width: float = 150) -> Table:
        """A two-column table of label and value; values are user text, escaped, and may be of any length."""
        data = [[self.para(label, "label"), self.para(value, "cell")] for label, value in rows]
        return self.table(
            data,
            [label_width, BODY_WIDTH - label_width],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ],
            split_rows=True,
        )

    def grid(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Flowable | list[Flowable]]],
        widths: Sequence[float],
        *,
        split_rows: bool = False,
    ) -> Table:
        """A table with a shaded header row that repeats on every page it spans (``split_rows``: as :meth:`table`)."""
        data = [[self.para(h, "label") for h in header], *rows]
        return self.table(
            data,
            widths,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ],
            repeat_rows=1,
            split_rows=split_rows,
        )
