"""The label itself on screen: QPdfView with zoom modes, page navigation and view rotation."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import LatestOnly
from ocdesk.labels.document import LabelDocument, open_pdf
from ocdesk.labels.render import render_label

MM_PER_INCH = 25.4


class Zoom(StrEnum):
    FIT_WIDTH = "fit-width"
    FIT_VIEW = "fit-view"
    ACTUAL = "actual"


def _render_turned(doc: LabelDocument, page: int, dpi: int, degrees: int) -> QImage:
    """Worker thread: the page at `dpi`, turned; aliased like the printer gets it."""
    with open_pdf(doc.pdf) as pdf:
        image = render_label(pdf, doc, page, dpi)
    return image.transformed(QTransform().rotate(degrees))


class LabelPreview(QWidget):
    """Shows one LabelDocument; rotation turns the view only, never what is printed.

    QPdfView cannot rotate, so a turned page is shown as a picture rendered off the GUI thread
    at the zoom in force; unturned pages stay in QPdfView (crisp at any zoom).
    """

    sig_page_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.doc: LabelDocument | None = None
        self.zoom = Zoom.FIT_VIEW
        self.rotation = 0
        self._page = 0
        self._render = LatestOnly()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.pageNavigator().currentPageChanged.connect(self._on_view_page)
        self.turned = QLabel(self)
        self.turned.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._turned_area = QScrollArea(self)
        self._turned_area.setWidget(self.turned)
        self._turned_area.setWidgetResizable(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self._turned_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.set_zoom(Zoom.FIT_VIEW)

    # --- what is shown -------------------------------------------------------------------------
    def set_document(self, doc: LabelDocument | None) -> None:
        self.doc = doc
        self.document.close()
        self._buffer.close()
        self._page = 0
        if doc is not None:
            # The document reads pages from the buffer lazily: both stay alive together.
            self._buffer.setData(QByteArray(doc.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self._refresh()
        self.sig_page_changed.emit(self._page)

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self.doc.page_count if self.doc else 0

    def show_page(self, page: int) -> None:
        if not 0 <= page < self.page_count:
            return
        self._page = page
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._refresh()
        self.sig_page_changed.emit(page)

    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom = zoom
        if zoom is Zoom.ACTUAL:
            # Zoom 1 in QPdfView is the page's real size on a correctly set up screen.
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.0)
        elif zoom is Zoom.FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._refresh()

    def rotate(self, degrees: int) -> None:
        """Turn the view by `degrees` (a multiple of 90); printing is not affected."""
        self.rotation = (self.rotation + degrees) % 360
        self._refresh()

    # --- internals -----------------------------------------------------------------------------
    def _on_view_page(self, page: int) -> None:
        if page != self._page and 0 <= page < self.page_count:
            self._page = page
            self.sig_page_changed.emit(page)

    def _refresh(self) -> None:
        if self.rotation == 0 or self.doc is None:
            self._render.cancel()
            self._stack.setCurrentWidget(self.view)
            return
        self._stack.setCurrentWidget(self._turned_area)
        doc, page, degrees = self.doc, self._page, self.rotation
        dpi = self._turned_dpi(doc, page)
        op = self._context.api.run(lambda: _render_turned(doc, page, dpi, degrees), owner=self)
        self._render.start(op.on_done(self._show_turned))

    def _show_turned(self, image: QImage) -> None:
        self.turned.setPixmap(QPixmap.fromImage(image))

    def _turned_dpi(self, doc: LabelDocument, page: int) -> int:
        """The render resolution matching the zoom mode for the turned page."""
        width_mm, height_mm = doc.page_size_mm(page)
        if self.rotation in (90, 270):
            width_mm, height_mm = height_mm, width_mm
        screen_dpi = self.logicalDpiX()
        if self.zoom is Zoom.ACTUAL:
            return screen_dpi
        area = self._turned_area.viewport().size()
        by_width = (area.width() - 8) / width_mm * MM_PER_INCH
        by_height = (area.height() - 8) / height_mm * MM_PER_INCH
        dpi = by_width if self.zoom is Zoom.FIT_WIDTH else min(by_width, by_height)
        return max(24, round(dpi))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.rotation and self.zoom is not Zoom.ACTUAL:
            self._refresh()
