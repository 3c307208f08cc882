"""A test page: a sample label of a label type's own size, to see that a printer prints it whole.

It carries a frame 2 mm inside its edges and its size in words: a cut frame or a wrong size
tells the desk worker the printer or its label stock needs a look before real labels go out.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ocdesk.api import catalog
from ocdesk.gui.labels.controller import PrintController, PrinterChoice, Sent
from ocdesk.gui.labels.print_settings import type_title
from ocdesk.jobs.requests import label_endpoint
from ocdesk.labels.document import LabelDocument

TEST_PAGE_NAME = "test page"
_DPI = 300
_FRAME_MM = 2.0


def page_mm(label_type: str) -> tuple[float, float]:
    """The page size OC sends labels of this type on (return 100x150, carton 100x100, ...)."""
    endpoint_id = label_endpoint(label_type)
    spec = catalog.get(endpoint_id).label if endpoint_id else None
    return spec.page_mm if spec is not None else (100.0, 150.0)


def sample_label(label_type: str, printer: str) -> LabelDocument:
    """The sample label of `label_type`'s size, naming the printer it is meant for."""
    width, height = page_mm(label_type)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_DPI)
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "label")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(f"ocdesk {TEST_PAGE_NAME}")
    dots = _DPI / 25.4
    painter = QPainter(writer)
    try:
        painter.setPen(QPen(Qt.GlobalColor.black, 0.5 * dots))
        frame = QRectF(0, 0, width * dots, height * dots).adjusted(*(
            v * _FRAME_MM * dots for v in (1, 1, -1, -1)))  # fmt: skip
        painter.drawRect(frame)
        font = QFont()
        font.setPixelSize(max(8, round(min(width, height) * dots / 14)))
        painter.setFont(font)
        lines = [
            QCoreApplication.translate("TestPage", "TEST LABEL"),
            type_title(label_type, plural=False),
            printer,
            f"{width:g} x {height:g} mm",
            QCoreApplication.translate("TestPage", "The frame must be whole"),
        ]
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         "\n".join(lines))  # fmt: skip
    finally:
        painter.end()
    buffer.close()
    return LabelDocument(bytes(data.data()), label_type=label_type, number=None,
                         source_endpoint=None, name=TEST_PAGE_NAME)  # fmt: skip


def print_test_page(controller: PrintController, label_type: str, choice: PrinterChoice) -> Sent:
    """Worker thread: draw the test page and send it on `choice`, like a real label.

    Not recorded in the print history: it labels no parcel.
    """
    return controller.send_now(sample_label(label_type, choice.printer), choice)
