"""How one OC value reads in the results table: cell text, summaries, sort keys.

Plain Python (no Qt), so the background filter and the export can use it from any thread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

COLUMN_SAMPLE = 200  # rows inspected to discover the columns
SHORT_JSON = 60  # nested values up to this length are shown in full

# C2: OC sends many numbers as strings ("11000.0000"); they sort and align as numbers.
# Digits with a leading zero or more than 15 of them are identifiers (DHL tracking numbers
# "003404..."): they stay text, left-aligned and exact.
_NUMERIC_TEXT = re.compile(r"-?(0|[1-9]\d{0,14})(\.\d+)?")


def discover_columns(rows: Sequence[dict[str, Any]], sample: int = COLUMN_SAMPLE) -> list[str]:
    """Keys of the first `sample` rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for row in rows[:sample]:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def is_number(value: Any) -> bool:
    """A JSON number (bool excluded) or numeric text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(_NUMERIC_TEXT.fullmatch(value))


def cell_text(value: Any) -> str:
    """The complete text of a value, for copying and export: nested values as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def display_text(value: Any) -> str:
    """The text shown in a cell: long nested values are summarised."""
    text = cell_text(value)
    if not isinstance(value, dict | list) or len(text) <= SHORT_JSON:
        return text
    if isinstance(value, list):
        return f"{len(value):,} item" + ("" if len(value) == 1 else "s")
    return text[: SHORT_JSON - 1] + "…"


def sort_key(value: Any) -> tuple[int, float, str]:
    """One comparable key for any value: empty first, then numbers by value, then text."""
    if value is None or value == "":
        return (0, 0.0, "")
    if is_number(value):
        return (1, float(value), "")
    return (2, 0.0, cell_text(value).casefold())


def one_line(text: str) -> str:
    """Tabs and newlines inside a cell would break the pasted grid."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
