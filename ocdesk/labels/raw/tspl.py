"""TSPL (TSC, Xprinter, Gprinter and alike): the label page as one BITMAP, its media set first."""

from __future__ import annotations

from collections.abc import Sequence

from ocdesk.labels.presets import MediaPreset
from ocdesk.labels.raw.bitmap import Bitmap

STATUS_QUERY = b"\x1b!?"
TSPL_DENSITY_MAX = 15  # TSPL's darkness scale is 0..15, ZPL's (the preset's) 0..30


def encode_tspl(pages: Sequence[Bitmap], preset: MediaPreset, *, copies: int = 1) -> bytes:
    """One job: SIZE, GAP, DENSITY, SPEED once, then per page CLS, BITMAP and PRINT 1,copies.

    BITMAP takes raw bytes, 0 = a black dot; the label is drawn from the top left at 0,0.
    """
    density = min(round(preset.darkness / 2), TSPL_DENSITY_MAX)
    head = (
        f"SIZE {preset.width_mm:g} mm,{preset.height_mm:g} mm\r\n"
        f"GAP {preset.roll_gap_mm:g} mm,0 mm\r\n"
        f"DENSITY {density}\r\nSPEED {preset.speed}\r\nDIRECTION 0\r\nREFERENCE 0,0\r\n"
    )
    job = [head.encode("ascii")]
    for page in pages:
        bits = page.inverted()
        job.append(f"CLS\r\nBITMAP 0,0,{bits.row_bytes},{bits.height},0,".encode("ascii"))
        job.append(bits.data)
        job.append(f"\r\nPRINT 1,{copies}\r\n".encode("ascii"))
    return b"".join(job)
