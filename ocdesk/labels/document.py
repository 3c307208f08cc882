"""A label PDF as received from OC: its bytes, what it is for, and its pages' true sizes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument

MM_PER_POINT = 25.4 / 72


class LabelError(Exception):
    """Label bytes that cannot be read or printed; the message says what is wrong."""


@dataclass(frozen=True)
class LabelIdentity:
    """What makes two prints "the same label": a reprint check compares these."""

    label_type: str
    number: str
    content_hash: str


@contextmanager
def open_pdf(pdf: bytes) -> Iterator[QPdfDocument]:
    """A fresh QPdfDocument over `pdf`, closed afterwards.

    One per caller and per thread: a QPdfDocument is a QObject and must not be shared between
    threads. The buffer has to outlive the document, which reads pages from it lazily.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise LabelError(f"not a readable PDF ({document.error().name})")
        yield document
    finally:
        document.close()
        buffer.close()


class LabelDocument:
    """Label PDF bytes plus what they label.

    The pages are measured once, on creation; the object holds no Qt state, so it can be passed
    freely between threads.
    """

    def __init__(
        self,
        pdf: bytes,
        *,
        label_type: str,
        number: str | None,
        source_endpoint: str | None,
        name: str = "",
    ) -> None:
        # Readers accept a header anywhere in the first KiB; OC's error pages have none.
        if b"%PDF-" not in pdf[:1024]:
            raise LabelError(f"label {number or name} is not a PDF (it starts {pdf[:16]!r})")
        self.pdf = bytes(pdf)
        self.label_type = label_type
        self.number = number
        self.source_endpoint = source_endpoint
        self.name = name
        # A damaged PDF fails here, not halfway through a print.
        self._page_sizes_mm = _measure_pages(self.pdf, number or name)

    def __repr__(self) -> str:
        return (
            f"LabelDocument({self.label_type}, {self.number!r}, {self.page_count} page(s), "
            f"{self.content_hash[:12]})"
        )

    @cached_property
    def content_hash(self) -> str:
        """sha256 of the bytes: the same label fetched twice has the same hash."""
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def identity(self) -> LabelIdentity:
        return LabelIdentity(self.label_type, self.number or "", self.content_hash)

    @property
    def page_count(self) -> int:
        return len(self._page_sizes_mm)

    def page_size_mm(self, index: int) -> tuple[float, float]:
        """(width, height) of page `index` in millimetres, as the PDF declares it."""
        if not 0 <= index < self.page_count:
            raise IndexError(f"page {index} of a {self.page_count}-page label")
        return self._page_sizes_mm[index]


def _measure_pages(pdf: bytes, what: str | None) -> tuple[tuple[float, float], ...]:
    with open_pdf(pdf) as document:
        count = document.pageCount()
        if count < 1:
            raise LabelError(f"label {what} has no pages")
        sizes = [document.pagePointSize(i) for i in range(count)]
    return tuple((s.width() * MM_PER_POINT, s.height() * MM_PER_POINT) for s in sizes)
