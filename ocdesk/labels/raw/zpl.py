"""ZPL II: each label page as one ^GFA graphic in its own ^XA ... ^XZ format, all in one job.

The dots are written in one of three ways (address.COMPRESSIONS): ZPL's ASCII run-length
scheme, `:Z64:` (zlib, base64 and a CRC), or plain hex.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Sequence

from ocdesk.labels.presets import MediaPreset
from ocdesk.labels.raw.bitmap import Bitmap

STATUS_QUERY = b"~HS"
_RUN = re.compile(r"(.)\1*")


def encode_zpl(
    pages: Sequence[Bitmap], preset: MediaPreset, *, copies: int = 1, compression: str = "ascii"
) -> bytes:
    """One job: darkness once, then per page a format that prints it `copies` times.

    Print width and label length are the page's dots; speed, darkness and the gap between
    labels (gap sensing, or continuous stock when 0) come from the preset.
    """
    media = "Y" if preset.roll_gap_mm > 0 else "N"
    parts = [f"~SD{preset.darkness:02d}"]
    for page in pages:
        parts.append(
            f"^XA^MN{media}^PW{page.width}^LL{page.height}^LH0,0^PR{preset.speed}"
            f"^FO0,0{graphic_field(page, compression)}^FS^PQ{copies}^XZ"
        )
    return "\n".join(parts).encode("ascii") + b"\n"


def graphic_field(page: Bitmap, compression: str) -> str:
    """`^GFA,total,total,row_bytes,data` for the page's dots."""
    total = page.row_bytes * page.height
    if compression == "z64":
        data = z64(page.data)
    elif compression == "hex":
        data = page.data.hex().upper()
    elif compression == "ascii":
        data = ascii_compressed(page.rows)
    else:
        raise ValueError(f"unknown ZPL compression {compression!r}")
    return f"^GFA,{total},{total},{page.row_bytes},{data}"


def ascii_compressed(rows: Sequence[bytes]) -> str:
    """ZPL's ASCII compression: runs of a hex digit as a count letter and the digit; `,` ends a
    row of white, `!` a row of black, `:` repeats the row above."""
    out = []
    previous = None
    for row in rows:
        if row == previous:
            out.append(":")
            continue
        previous = row
        digits = row.hex().upper()
        stripped = digits.rstrip("0")
        end = "," if len(stripped) < len(digits) else ""
        if not end:
            stripped = digits.rstrip("F")
            end = "!" if len(stripped) < len(digits) else ""
        out.append("".join(_count(len(run.group())) + run.group(1)
                           for run in _RUN.finditer(stripped)) + end)  # fmt: skip
    return "".join(out)


def _count(n: int) -> str:
    """How many times the next digit repeats: g..z are 20..400, G..Y 1..19; none for once."""
    if n == 1:
        return ""
    letters = []
    while n >= 20:
        twenties = min(n // 20, 20)
        letters.append(chr(ord("f") + twenties))
        n -= twenties * 20
    if n:
        letters.append(chr(ord("F") + n))
    return "".join(letters)


def z64(data: bytes) -> str:
    """`:Z64:` + base64 of the zlib-compressed dots + `:` + the CRC-16 of the base64 text."""
    encoded = base64.b64encode(zlib.compress(data, 9)).decode("ascii")
    return f":Z64:{encoded}:{crc16(encoded.encode('ascii')):04X}"


def crc16(data: bytes) -> int:
    """CRC-16/XMODEM (polynomial 0x1021, start 0), the check ZPL puts after Z64 data."""
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc
