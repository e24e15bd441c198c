"""The stored referral packet as it will print: every page in a scroll area, page x of y, zoom, all by keyboard.

Pages are rendered off the GUI thread (pdfium through ``packets.preview``) and turned into ``QImage`` s there too; the
GUI thread only shows them. Zooming renders again at the new size, so text stays sharp.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.packets.preview import MAX_SCALE, PageImage, render_pages

from ..ops import OpRunner
from ..widgets.plain_label import PlainLabel
from ..widgets.warning_label import WarningLabel

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5)
"""Zoom steps; 1.0 shows the page at its printed size."""
NORMAL = ZOOMS.index(1.0)
POINTS_PER_INCH = 72


def page_image(page: PageImage, ratio: float) -> QImage:
    """``page`` as a ``QImage`` of its own (the pixels are copied) drawn at ``ratio`` device pixels per pixel."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888).copy()
    image.setDevicePixelRatio(ratio)
    return image


def render_images(pdf: bytes, scale: float, ratio: float) -> list[QImage]:
    """Every page of ``pdf`` as a ``QImage`` (on a worker: ``QImage`` is safe off the GUI thread)."""
    return [page_image(page, ratio) for page in render_pages(pdf, scale)]


class PacketPreviewDialog(QDialog):
    """A read-only preview of one packet PDF.

    Args:
        ops: Runs reading and rendering off the GUI thread.
        load: Returns the PDF (called on a worker, once), for example ``lambda: session.export.pdf(packet_id)``.
        title: What is previewed, for the window title (a case code, never a name).
        parent: Qt parent.
    """

    def __init__(self, ops: OpRunner, load: Callable[[], bytes], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ops = ops
        self._pdf: bytes | None = None
        self._zoom = NORMAL
        self._labels: list[QLabel] = []
        self._rendering = False
        self.setWindowTitle(fill(self.tr("Packet preview: %1"), title))
        self.setAccessibleName(self.tr("Packet preview"))
        self.position_label = PlainLabel(self.tr("Preparing the pages..."), self)
        self.position_label.setAccessibleName(self.tr("Page position"))
        self.zoom_label = PlainLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.problem = WarningLabel(self.tr("Problem"), self, object_name="inlineMessage")
        self.previous_button = QPushButton(self.tr("&Previous page"), self)
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.pages_widget = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Packet pages"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addSpacing(24)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_label)
        top.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 760)

        for keys, slot in (
            ((QKeySequence.StandardKey.MoveToNextPage,), self._on_next_button_clicked),
            ((QKeySequence.StandardKey.MoveToPreviousPage,), self._on_previous_button_clicked),
            ((QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")), self._on_zoom_in_button_clicked),
            ((QKeySequence.StandardKey.ZoomOut,), self._on_zoom_out_button_clicked),
            ((QKeySequence("Ctrl+0"),), self._on_zoom_reset),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.zoom_in_button.clicked.connect(self._on_zoom_in_button_clicked)
        self.zoom_out_button.clicked.connect(self._on_zoom_out_button_clicked)
        self.scroll.verticalScrollBar().valueChanged.connect(self._update_position)
        buttons.rejected.connect(self.reject)
        self._update_controls()
        self.scroll.setFocus()
        self._render(load)

    @property
    def page_count(self) -> int:
        """How many pages are shown (0 until they are rendered)."""
        return len(self._labels)

    @property
    def current_page(self) -> int:
        """The page at the top of the view, from 0."""
        top = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() // 3
        return max((i for i, y in enumerate(self._tops()) if y <= top), default=0)

    @property
    def zoom(self) -> float:
        """The zoom factor (1.0: printed size)."""
        return ZOOMS[self._zoom]

    def go_to(self, page: int) -> None:
        """Scroll so that ``page`` (from 0) is at the top."""
        if self._labels:
            top = self._tops()[max(0, min(page, len(self._labels) - 1))]
            self.scroll.verticalScrollBar().setValue(top - self.pages_layout.spacing() // 2)
            self._update_position()

    def _tops(self) -> list[int]:
        """Where each page starts in the scrolled widget (from the pages' sizes: right even before layout runs)."""
        tops, top = [], self.pages_layout.contentsMargins().top()
        for label in self._labels:
            tops.append(top)
            top += label.sizeHint().height() + self.pages_layout.spacing()
        return tops

    def _render(self, load: Callable[[], bytes] | None = None) -> None:
        ratio = self.devicePixelRatioF()
        scale = min(self.zoom * self.logicalDpiX() / POINTS_PER_INCH * ratio, MAX_SCALE)
        cached = self._pdf

        def work() -> tuple[bytes, list[QImage]]:
            pdf = cached if load is None else load()
            return pdf, render_images(pdf, scale, ratio)

        page = self.current_page
        self._rendering = True
        self._update_controls()
        self._ops.run(
            "packet_preview",
            work,
            owner=self,
            on_success=lambda result: self._on_rendered(result, page),
            on_failure=self._on_failed,
        )

    def _on_rendered(self, result: tuple[bytes, list[QImage]], page: int) -> None:
        self._pdf, images = result
        self._rendering = False
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        for number, image in enumerate(images, start=1):
            label = PlainLabel(self.pages_widget)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(fill(self.tr("Page %1 of %2"), number, len(images)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
            self._labels.append(label)
        self._update_controls()
        QTimer.singleShot(0, self, lambda: self.go_to(page))  # once the scroll area knows the new height

    def _on_failed(self, exc: BaseException) -> None:
        self._rendering = False
        message, advice = self._ops.errors.describe(exc)
        self.problem.set_lines([message, advice] if advice else [message])
        self.position_label.setText(self.tr("No pages to show."))
        self._update_controls()

    def _update_controls(self) -> None:
        self.zoom_label.setText(fill(self.tr("%1 %"), round(self.zoom * 100)))
        ready = self._pdf is not None and not self._rendering
        self.zoom_in_button.setEnabled(ready and self._zoom < len(ZOOMS) - 1)
        self.zoom_out_button.setEnabled(ready and self._zoom > 0)
        self._update_position()

    @Slot()
    def _update_position(self) -> None:
        if not self._labels:
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        page = self.current_page
        self.position_label.setText(fill(self.tr("Page %1 of %2"), page + 1, len(self._labels)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < len(self._labels) - 1)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self.go_to(self.current_page + 1)

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        self.go_to(self.current_page - 1)

    def _set_zoom(self, step: int) -> None:
        step = max(0, min(step, len(ZOOMS) - 1))
        if step != self._zoom and self._pdf is not None and not self._rendering:
            self._zoom = step
            self._update_controls()
            self._render()

    @Slot()
    def _on_zoom_in_button_clicked(self) -> None:
        self._set_zoom(self._zoom + 1)

    @Slot()
    def _on_zoom_out_button_clicked(self) -> None:
        self._set_zoom(self._zoom - 1)

    @Slot()
    def _on_zoom_reset(self) -> None:
        self._set_zoom(NORMAL)
