"""Rendered label pages as a PDF of their own dots: lossless, at true size, one image per label.

QPdfWriter stores every image as 8-bit RGB and took ~40 ms for one 100 x 150 mm label at
203 dpi; a 1-bit page written as it is (a 1-bit /DeviceGray image, Flate) takes ~2 ms and keeps
every dot. An image placed on several pages (copies) is stored once.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QImage

POINTS_PER_MM = 72 / 25.4
_BLACK = 0xFF000000


@dataclass(frozen=True)
class Placed:
    """`image` stretched over a box `x_mm`, `y_mm` from the page's top-left, `width_mm` wide."""

    image: QImage
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class Page:
    """One page of exactly `width_mm` x `height_mm` (the media's size) and what is on it."""

    width_mm: float
    height_mm: float
    placed: tuple[Placed, ...]


def pdf_of(pages: Sequence[Page], title: str) -> bytes:
    """A PDF with `pages`; each image is a 1-bit (Format_Mono) or grey (Format_Grayscale8) one."""
    pdf = _Builder()
    catalog, tree, info = pdf.reserve(), pdf.reserve(), pdf.reserve()
    stored: dict[int, int] = {}  # id(image) -> its object number; the pages keep them alive
    kids = []
    for page in pages:
        names, drawing = [], []
        for number, placed in enumerate(page.placed):
            key = id(placed.image)
            if key not in stored:
                stored[key] = pdf.add(*_image_object(placed.image))
            names.append(f"/Im{number} {stored[key]} 0 R")
            drawing.append(_drawn_at(page, placed, f"/Im{number}"))
        content = pdf.add(b"", "\n".join(drawing).encode("ascii"))
        kids.append(pdf.add(
            f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {_pt(page.width_mm)} "
            f"{_pt(page.height_mm)}] /Resources << /XObject << {' '.join(names)} >> >> "
            f"/Contents {content} 0 R >>".encode("ascii")
        ))  # fmt: skip
    pdf.fill(tree, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                   f"/Count {len(kids)} >>".encode("ascii"))  # fmt: skip
    pdf.fill(catalog, f"<< /Type /Catalog /Pages {tree} 0 R >>".encode("ascii"))
    pdf.fill(info, f"<< /Title <{_text(title)}> /Producer (ocdesk) >>".encode("ascii"))
    return pdf.finish(root=catalog, info=info)


def _drawn_at(page: Page, placed: Placed, name: str) -> str:
    """The content stream's drawing of one image: PDF counts from the bottom-left corner."""
    bottom = page.height_mm - placed.y_mm - placed.height_mm
    return (f"q {_pt(placed.width_mm)} 0 0 {_pt(placed.height_mm)} {_pt(placed.x_mm)} "
            f"{_pt(bottom)} cm {name} Do Q")  # fmt: skip


def _image_object(image: QImage) -> tuple[bytes, bytes]:
    """The image's dictionary entries and its rows, each row starting on a byte as PDF wants."""
    if image.format() == QImage.Format.Format_Mono:
        bits, row_bytes = 1, (image.width() + 7) // 8
        # Mono's pixel values index its two colours; /Decode says which value is black.
        black_is_one = image.colorTable()[1] == _BLACK
        decode = " /Decode [1 0]" if black_is_one else ""
    elif image.format() == QImage.Format.Format_Grayscale8:
        bits, row_bytes, decode = 8, image.width(), ""
    else:
        raise ValueError(f"a label image must be 1-bit or grey, not {image.format()}")
    raw = bytes(image.constBits())
    stride = image.bytesPerLine()
    if stride != row_bytes:
        raw = b"".join(raw[y * stride : y * stride + row_bytes] for y in range(image.height()))
    head = (
        f"/Type /XObject /Subtype /Image /Width {image.width()} /Height {image.height()} "
        f"/ColorSpace /DeviceGray /BitsPerComponent {bits}{decode} /Filter /FlateDecode"
    )
    return head.encode("ascii"), zlib.compress(raw, 6)


def _pt(mm: float) -> str:
    return f"{mm * POINTS_PER_MM:.4f}".rstrip("0").rstrip(".")


def _text(words: str) -> str:
    """A PDF text string in hex: UTF-16 with its byte-order mark, so any title is kept."""
    return (b"\xfe\xff" + words.encode("utf-16-be")).hex().upper()


class _Builder:
    """Numbered objects written one after another, then the cross-reference table."""

    def __init__(self) -> None:
        self._out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self._offsets: dict[int, int] = {}
        self._count = 0

    def reserve(self) -> int:
        self._count += 1
        return self._count

    def add(self, head: bytes, stream: bytes | None = None) -> int:
        """A new object: a dictionary, or with `stream` a stream whose dictionary adds `head`."""
        number = self.reserve()
        self.fill(number, head, stream)
        return number

    def fill(self, number: int, head: bytes, stream: bytes | None = None) -> None:
        self._offsets[number] = len(self._out)
        self._out += f"{number} 0 obj\n".encode("ascii")
        if stream is None:
            self._out += head
        else:
            self._out += b"<< " + head + f" /Length {len(stream)} >>\nstream\n".encode("ascii")
            self._out += stream + b"\nendstream"
        self._out += b"\nendobj\n"

    def finish(self, *, root: int, info: int) -> bytes:
        table = len(self._out)
        lines = [f"xref\n0 {self._count + 1}\n", "0000000000 65535 f \n"]
        lines += [f"{self._offsets[n]:010d} 00000 n \n" for n in range(1, self._count + 1)]
        lines.append(f"trailer\n<< /Size {self._count + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
                     f"startxref\n{table}\n%%EOF\n")  # fmt: skip
        return bytes(self._out) + "".join(lines).encode("ascii")
