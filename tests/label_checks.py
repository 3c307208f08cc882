"""Checks on printed labels shared by the label tests: a barcode scanner and the real CUPS queue."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage

from ocdesk.gui.context import AppContext, Stores
from ocdesk.labels.cups import cups_available, job_number
from ocdesk.labels.printing import available_printers
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths
from ocdesk.store.postgres import PostgresDatabase
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore
from ocdesk.store.sql import Store

CUPS_QUEUE = "ocdesk-pdf"
# What a print that worked says, on the card, the panel and the status bar alike.
PRINTED_ON_QUEUE = re.compile(rf"Printed on {CUPS_QUEUE} at \d{{1,2}}:\d{{2}}( [AP]M)?")
# Where .ci/setup-cups makes cups-pdf write its files.
CUPS_PDF_DIR = Path(os.environ.get("OCDESK_CUPS_PDF_DIR", "/var/spool/cups-pdf/ocdesk"))
MM_PER_POINT = 25.4 / 72
# A scanner sees the printed dots; 600 dpi resolves 203 and 300 dpi dots without blurring bars
# together, where 300 dpi would smear a 203 dpi print.
SCAN_DPI = 600


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


def require_cups_queue() -> Path:
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


@contextmanager
def stopped_queue() -> Iterator[str]:
    """A cups-pdf queue of the test's own, stopped as a paused printer is; removed after.

    Skips where queues cannot be added (no CUPS, or not allowed to administer it).
    """
    require_cups_queue()
    name = f"ocdesk-stopped-{os.getpid()}"
    ppd = f"/etc/cups/ppd/{CUPS_QUEUE}.ppd"
    try:
        for command in (["lpadmin", "-p", name, "-v", "cups-pdf:/", "-P", ppd, "-E"],
                        ["cupsdisable", name]):  # fmt: skip
            subprocess.run(command, check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=30, check=False)
        pytest.skip(f"cannot add a stopped CUPS queue here: {exc}")
    try:
        yield name
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=30, check=False)


def cups_output(folder: Path, job_id: str, timeout: float = 30.0) -> Path:
    """The PDF cups-pdf wrote for a job id (named `...job_<number>.pdf`), once fully written."""
    suffix = f"job_{job_number(job_id)}.pdf"
    return _written(lambda: [p for p in folder.glob("*.pdf") if p.name.endswith(suffix)],
                    f"{job_id} in {folder}", timeout)  # fmt: skip


def cups_output_titled(folder: Path, words: str, since: float, timeout: float = 30.0) -> Path:
    """The PDF cups-pdf wrote after `since` (a time.time()) for a job whose title has `words`.

    For jobs whose id nobody learns: Qt's own printing where lpstat is not at hand.
    """
    return _written(
        lambda: [p for p in folder.glob(f"*{words}*.pdf") if p.stat().st_mtime >= since - 1],
        f"a job titled ...{words}... in {folder}",
        timeout,
    )


def _written(found: Callable[[], list[Path]], what: str, timeout: float) -> Path:
    """The one file `found` lists, once fully written.

    cups-pdf writes the file in steps, so a file is taken only when it ends with the PDF
    trailer and its size holds still between two looks.
    """
    deadline = time.monotonic() + timeout
    last_size = -1
    while time.monotonic() < deadline:
        files = found()
        if files:
            size = files[0].stat().st_size
            if size and size == last_size and files[0].read_bytes().rstrip().endswith(b"%%EOF"):
                return files[0]
            last_size = size
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no complete file for {what}")


@contextmanager
def gui_context(session: Session, shared_url: str | None = None) -> Iterator[AppContext]:
    """An AppContext over fresh stores (in the test's OCDESK_HOME), logged in with `session`;
    on the shared database at `shared_url` (opened as the console opens it) when given."""
    paths = app_paths().ensure()
    db: Store = Database(paths.database_file)
    if shared_url is not None:
        db.close()
        db = PostgresDatabase(shared_url, local_dir=paths.data_dir / "shared", wait=False)
    stores = Stores(paths, ProfileStore(paths.settings_file), SecretStore(), db, AuditLog(db))
    context = AppContext(stores)
    context.set_session(session)
    yield context
    assert context.api.shutdown(20_000), "background work did not finish"
    db.close()
    if context.shared_database is not None:
        context.shared_database.outbox.close()


def return_numbers(session: Session, count: int) -> list[str]:
    """Return numbers the sandbox has a label for (cancelled returns have none)."""
    rows = session.client.call("returns.orders", {"pageSize": 200}).rows()
    numbers = [row["orderNumber"] for row in rows if row["status"] != "cancelled"]
    assert len(numbers) >= count, f"the sandbox holds only {len(numbers)} returns with labels"
    return numbers[:count]
