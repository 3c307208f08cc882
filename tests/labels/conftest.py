"""Label test fixtures: real sandbox label PDFs, a barcode scanner, and the real CUPS queue."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium  # noqa: E402
import zxingcpp  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from ocdesk.labels.cups import cups_available, job_number  # noqa: E402
from ocdesk.labels.document import LabelDocument  # noqa: E402
from ocdesk.labels.printing import available_printers  # noqa: E402
from ocdesk.sandbox import labels as sandbox_labels  # noqa: E402
from ocdesk.store.db import Database  # noqa: E402

RETURN_NUMBER = "OCS1DE000453014"
SKU_NUMBER = "OC0000255606056"
INBOUND_NUMBER = "OCI4DE06746410"
CUPS_QUEUE = "ocdesk-pdf"
# Where .ci/setup-cups makes cups-pdf write its files.
CUPS_PDF_DIR = Path(os.environ.get("OCDESK_CUPS_PDF_DIR", "/var/spool/cups-pdf/ocdesk"))
MM_PER_POINT = 25.4 / 72
# A scanner sees the printed dots; 600 dpi resolves 203 and 300 dpi dots without blurring bars
# together, where 300 dpi would smear a 203 dpi print.
SCAN_DPI = 600


@pytest.fixture(scope="session")
def return_doc() -> LabelDocument:
    pdf = sandbox_labels.return_label(RETURN_NUMBER, region="DE", date="2025-03-11")
    return LabelDocument(
        pdf, label_type="return", number=RETURN_NUMBER, source_endpoint="returns.label"
    )


@pytest.fixture(scope="session")
def sku_doc() -> LabelDocument:
    """Two 60 x 30 mm pages of the same SKU."""
    pdf = sandbox_labels.sku_labels([(SKU_NUMBER, 2, "Bluetooth headphones")], date="2025-03-13")
    return LabelDocument(pdf, label_type="sku", number=SKU_NUMBER, source_endpoint="sku.label")


@pytest.fixture(scope="session")
def carton_doc() -> LabelDocument:
    pdf = sandbox_labels.carton_labels(
        INBOUND_NUMBER, ["C001", "C002"], region="UK", date="2025-03-12"
    )
    return LabelDocument(
        pdf, label_type="carton", number=INBOUND_NUMBER, source_endpoint="inbound.labels"
    )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "ocdesk.sqlite3") as database:
        yield database


class Scanner:
    """Looks at labels as a printer and a barcode scanner would."""

    dpi = SCAN_DPI

    @staticmethod
    def picture(image: QImage) -> Image.Image:
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        size = (gray.width(), gray.height())
        data = bytes(gray.constBits())
        return Image.frombuffer("L", size, data, "raw", "L", gray.bytesPerLine(), 1)

    @staticmethod
    def barcodes(picture: Image.Image) -> list[zxingcpp.Barcode]:
        """The Code 128 barcodes found in `picture`."""
        found = zxingcpp.read_barcodes(picture)
        return [b for b in found if b.format == zxingcpp.BarcodeFormat.Code128]

    def texts(self, picture: Image.Image) -> list[str]:
        return [b.text for b in self.barcodes(picture)]

    @staticmethod
    def width_px(barcode: zxingcpp.Barcode) -> int:
        position = barcode.position
        return abs(position.top_right.x - position.top_left.x)

    def pages(self, source: Path | bytes) -> list[tuple[tuple[float, float], Image.Image]]:
        """Each PDF page's size in mm and its picture at `dpi`."""
        document = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
        pages = []
        for page in document:
            width, height = page.get_size()
            picture = page.render(scale=self.dpi / 72).to_pil().convert("L")
            pages.append(((width * MM_PER_POINT, height * MM_PER_POINT), picture))
        document.close()
        return pages

    @staticmethod
    def assert_size_mm(size: tuple[float, float], expected: tuple[float, float]) -> None:
        assert size == pytest.approx(expected, abs=0.5)


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner()


@pytest.fixture(scope="session")
def cups_queue() -> Path:
    """The folder cups-pdf writes `ocdesk-pdf` jobs to.

    Skips when there is no CUPS with that queue (run .ci/setup-cups), except under CI, where a
    missing queue is a broken setup and fails.
    """
    problem = ""
    if not cups_available():
        problem = "no CUPS scheduler (lp/lpstat missing or cupsd not running)"
    elif CUPS_QUEUE not in available_printers():
        problem = f"no CUPS queue {CUPS_QUEUE}"
    if problem:
        message = f"{problem}; run .ci/setup-cups"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CUPS_PDF_DIR


@pytest.fixture(scope="session")
def cups_output(cups_queue: Path) -> Callable[[str], Path]:
    """Finds the PDF cups-pdf wrote for a job id: its name ends in `job_<number>.pdf`."""
    return lambda job_id: _cups_output(cups_queue, job_id)


def _cups_output(folder: Path, job_id: str, timeout: float = 30.0) -> Path:
    suffix = f"job_{job_number(job_id)}.pdf"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.glob("*.pdf") if p.name.endswith(suffix)]
        if found and found[0].stat().st_size > 0:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no file for {job_id} in {folder}")
