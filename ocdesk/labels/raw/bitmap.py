"""A rendered label page as the rows of bits a printer's language carries (1 = a black dot)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

_BLACK = 0xFF000000
_INVERT = bytes(255 - value for value in range(256))


@dataclass(frozen=True)
class Bitmap:
    """`height` rows of `row_bytes` bytes each, most significant bit first, 1 = black.

    The bits past `width` in each row's last byte are 0 (white), whatever the image held there.
    """

    width: int
    height: int
    row_bytes: int
    rows: tuple[bytes, ...]

    @property
    def data(self) -> bytes:
        return b"".join(self.rows)

    def inverted(self) -> Bitmap:
        """The same picture with 0 = black, as TSPL's BITMAP wants it (the spare bits white)."""
        return Bitmap(self.width, self.height, self.row_bytes,
                      tuple(row.translate(_INVERT) for row in self.rows))  # fmt: skip


def bitmap_of(image: QImage) -> Bitmap:
    """The 1-bit page render.render_page made (Format_Mono), dot for dot."""
    if image.format() != QImage.Format.Format_Mono:
        raise ValueError(f"a label page for a label printer must be 1-bit, not {image.format()}")
    width, height = image.width(), image.height()
    row_bytes = (width + 7) // 8
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())
    black_is_zero = image.colorTable()[0] == _BLACK
    spare = row_bytes * 8 - width
    last_mask = (0xFF << spare) & 0xFF
    rows = []
    for y in range(height):
        row = raw[y * stride : y * stride + row_bytes]
        if black_is_zero:
            row = row.translate(_INVERT)
        if spare and row[-1] & ~last_mask:
            row = row[:-1] + bytes([row[-1] & last_mask])
        rows.append(row)
    return Bitmap(width, height, row_bytes, tuple(rows))
