"""Build a packet PDF in memory: the page template, neutral metadata, and the layout for the packet's kind."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from fieldscreen.core.i18n import fill, translate

from .canvas import Furniture, draw_watermark, numbered_canvas
from .content import PacketContent, PacketKind
from .cover import packet_title
from .fonts import load_fonts
from .kit import Kit
from .referral import referral_story
from .rfa_notice import notice_story
from .styles import BODY_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE, make_styles

PRODUCER = "fieldscreen"
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9-]+")


def metadata(kind: PacketKind) -> dict[str, str]:
    """The PDF document information: neutral words only, never a case code, a name or an answer."""
    return {
        "title": packet_title(kind),
        "author": PRODUCER,
        "subject": translate("Packet", "Screening support"),
        "keywords": "",
        "creator": PRODUCER,
        "producer": PRODUCER,
    }


def suggested_filename(case_code: str, day: date, *, training: bool = False) -> str:
    """A file name for a packet from the case code and a date only, e.g. "FS-7Q2K_2026-11-27.pdf".

    Characters other than ASCII letters, digits and "-" are replaced by "_", so the name is safe on every file
    system and carries nothing but the code. A practice packet's name starts with "TRAINING_".
    """
    code = _UNSAFE_NAME.sub("_", case_code).strip("_") or "packet"
    return f"{'TRAINING_' if training else ''}{code}_{day.isoformat()}.pdf"


def build_packet(content: PacketContent, fonts_dir: Path) -> bytes:
    """Lay out a packet and return the PDF's bytes; nothing is written to disk.

    Args:
        content: What the packet shows.
        fonts_dir: The bundled fonts folder (``resources/fonts``), resolved by the caller.

    Returns:
        The PDF.

    Raises:
        FontsMissing: A bundled font is missing or unreadable.
    """
    fonts = load_fonts(fonts_dir)
    interview = content.interview
    kit = Kit(fonts, make_styles(fonts), content.display_tz, interview.language_tag if interview else "")
    language_name = interview.language if interview else ""
    title = packet_title(content.kind)
    practice = (translate("Packet", "TRAINING"),) if content.training else ()  # on every page, not only its mark
    confidential = translate("Packet", "Confidential: contains personal data")
    furniture = Furniture(
        font=fonts.regular,
        bold=fonts.bold,
        header_left=" \u00b7 ".join(
            (content.case_code, title, fill(translate("Packet", "Version %1"), content.version))
        ),
        header_right=translate("Packet", "TRAINING: practice data") if content.training else confidential,
        footer_left=" \u00b7 ".join(
            (*practice, fill(translate("Packet", "Created %1 with fieldscreen"), kit.time(content.created_at)))
        ),
        training=content.training,
    )
    if content.kind is PacketKind.REFERRAL:
        story = referral_story(kit, content, language_name)
    else:
        story = notice_story(kit, content, language_name)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=fonts.regular,
        **metadata(content.kind),
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_WIDTH, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body")

    def on_page(canvas: object, _doc: object) -> None:
        if furniture.training:
            draw_watermark(canvas, furniture)  # type: ignore[arg-type]

    doc.addPageTemplates([PageTemplate(id="packet", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()
