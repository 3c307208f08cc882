"""Render the app icon's SVG to the PNG sizes desktops and window managers ask for."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "ocdesk" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
# The window icon the app loads; the largest size, so Qt scales down rather than up.
MAIN_ICON_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """One square transparent render of the whole SVG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def render_all(svg: Path, out_dir: Path) -> list[Path]:
    """`ocdesk-<size>.png` for every size, plus `ocdesk.png`; returns the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = render(renderer, size)
        names = [f"{svg.stem}-{size}.png"] + ([f"{svg.stem}.png"] if size == MAIN_ICON_SIZE else [])
        for name in names:
            target = out_dir / name
            if not image.save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
            written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, default=ICONS / "ocdesk.svg")
    parser.add_argument("--out", type=Path, default=ICONS)
    args = parser.parse_args()
    _app = QGuiApplication(
        sys.argv[:1] + ["-platform", "offscreen"]
    )  # SVG rendering wants a Qt app
    for path in render_all(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
