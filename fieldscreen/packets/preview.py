"""Pages of a packet PDF as plain pixels, for an on-screen preview (pdfium through pypdfium2; no PIL, no numpy).

PDFium is not thread-safe, so one render runs at a time in the process. Call from a worker thread: a packet of a few
pages takes tens of milliseconds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c

from fieldscreen.core.errors import KnownError
from fieldscreen.core.i18n import translate

_LOCK = threading.Lock()
MAX_SCALE = 4.0
"""Larger scales are refused: a letter page at 4x is already 2,448 x 3,168 pixels (31 MB)."""


@dataclass(frozen=True)
class PageImage:
    """One rendered page: RGBX, 4 bytes per pixel in the order R, G, B, unused (opaque, white paper).

    Attributes:
        width: Pixels across.
        height: Pixels down.
        stride: Bytes per row (at least ``4 * width``).
        pixels: ``stride * height`` bytes, top row first.
    """

    width: int
    height: int
    stride: int
    pixels: bytes


class PreviewFailed(KnownError):
    """The stored PDF could not be read for the preview."""

    def __init__(self) -> None:
        super().__init__(
            translate("Packets", "The packet could not be shown."),
            translate("Packets", "Export it and open it in a PDF reader, or build it again by amending the screening."),
        )


def render_pages(pdf: bytes, scale: float) -> list[PageImage]:
    """Every page of ``pdf`` at ``scale`` pixels per point (1.0 = 72 dpi).

    Raises:
        ValueError: ``scale`` is not above 0 and at most :data:`MAX_SCALE`.
        PreviewFailed: The bytes are not a PDF pdfium can read (damaged, or encrypted).
    """
    if not 0 < scale <= MAX_SCALE:
        raise ValueError(f"preview scale {scale} out of range")
    with _LOCK:
        try:
            document = pypdfium2.PdfDocument(pdf)
        except pypdfium2.PdfiumError as exc:
            raise PreviewFailed() from exc
        try:
            return [_render(document[number], scale) for number in range(len(document))]
        finally:
            document.close()


def _render(page: pypdfium2.PdfPage, scale: float) -> PageImage:
    bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)
    try:
        pixels = bytes(bitmap.buffer)
        return PageImage(bitmap.width, bitmap.height, bitmap.stride, pixels)
    finally:
        bitmap.close()
        page.close()
