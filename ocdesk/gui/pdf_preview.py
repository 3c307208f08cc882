"""A small window that shows a label PDF: its number, page size in mm, pages, fit or true size."""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

POINTS_PER_MM = 72 / 25.4


class PdfPreview(QDialog):
    """Shows a label exactly as OC sent it, so the desk can check it before printing.

    The page size is named in millimetres because that is how label stock is sold
    (100 x 150 mm thermal, 60 x 30 mm SKU labels); a wrong size is spotted here, not at the
    printer.
    """

    def __init__(self, pdf: bytes, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setWindowTitle(self.tr("Label {number}").format(number=number))
        self.resize(520, 720)
        # The document reads from the buffer for as long as it is open: keep both alive.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self._title = QLabel(self)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._page_label = QLabel(self)
        self._prev = QPushButton(self.tr("◀ Previous"), self)
        self._next = QPushButton(self.tr("Next ▶"), self)
        self._prev.clicked.connect(lambda: self.show_page(self.current_page - 1))
        self._next.clicked.connect(lambda: self.show_page(self.current_page + 1))
        self._fit = QPushButton(self.tr("Fit"), self)
        self._actual = QPushButton(self.tr("100%"), self)
        self._zoom_group = QButtonGroup(self)
        for button in (self._fit, self._actual):
            button.setCheckable(True)
            self._zoom_group.addButton(button)
        self._fit.clicked.connect(self.fit)
        self._actual.clicked.connect(self.actual_size)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self._layout(close)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_info)
        self.fit()
        self._update_page_info()

    def _layout(self, close: QPushButton) -> None:
        bar = QHBoxLayout()
        for widget in (self._prev, self._page_label, self._next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self._fit, self._actual, close):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    # --- what the desk sees ------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def page_size_mm(self, page: int = 0) -> tuple[float, float]:
        """Width and height of `page` in millimetres, as printed at true size."""
        size = self.document.pagePointSize(page)
        return size.width() / POINTS_PER_MM, size.height() / POINTS_PER_MM

    def show_page(self, page: int) -> None:
        if 0 <= page < self.page_count:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def fit(self) -> None:
        self._fit.setChecked(True)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def actual_size(self) -> None:
        """Zoom 1: QPdfView scales points to the screen's dots, so this is the label's real size."""
        self._actual.setChecked(True)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)

    def _update_page_info(self) -> None:
        count = self.page_count
        page = self.current_page
        width, height = self.page_size_mm(page) if count else (0.0, 0.0)
        self._title.setText(
            self.tr("<b>{number}</b> · {width:.0f} × {height:.0f} mm · {count} page(s)").format(
                number=html.escape(self.number), width=width, height=height, count=count
            )
        )
        self._page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count)
        )
        self._prev.setEnabled(page > 0)
        self._next.setEnabled(page + 1 < count)
