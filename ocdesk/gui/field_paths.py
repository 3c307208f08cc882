"""Where a problem sits in a request (`data[3].productList[0].skuQuantity`): as parts, and in
the desk's words ("Row 4 › Products #1 › SKU quantity").

Apart from the form editors: the error panel, on every page, names where OC found a problem
without loading the editors' widgets.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ocdesk.gui.words import field_title

Path = list[str | int]

_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(path: str) -> Path:
    """`data[3].productList[0].skuQuantity` -> [3, "productList", 0, "skuQuantity"]."""
    parts: Path = [int(i) if i else name for name, i in _PATH_PART.findall(path)]
    return parts[1:] if parts[:1] == ["data"] else parts


def join_path(parts: Path) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def readable_path(parts: Path) -> str:
    """[2, "productList", 0, "skuQuantity"] -> "Row 3 › Products #1 › SKU quantity"."""
    words: list[str] = []
    for part in parts:
        if isinstance(part, str):
            words.append(field_title(part))
        elif words:
            words[-1] += f" #{part + 1}"
        else:
            words.append(QCoreApplication.translate("CatalogForm", "Row {n}").format(n=part + 1))
    return " › ".join(words)
