"""Desk CSV files in and out: rows that remember their line, and failed rows written back to fix."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DELIMITERS = (",", ";", "\t")
PROBLEM_COLUMN = "problem"
# A spreadsheet runs a cell starting with one of these as a formula; OC's messages are not ours.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class CsvFileError(ValueError):
    """The file cannot be read as a table; the message says why and on which line."""


@dataclass(frozen=True)
class CsvRow:
    """One data row: its line in the file (the header is line 1) and its cells by header."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    rows: list[CsvRow]
    delimiter: str


def read_csv(path: Path | str) -> CsvTable:
    """Read a UTF-8 CSV file (with or without BOM), its delimiter sniffed from the header."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvFileError(
            f"{Path(path).name} is not UTF-8 text (line {line}); save it as 'CSV UTF-8' and retry"
        ) from None
    return parse_csv(text)


def parse_csv(text: str) -> CsvTable:
    """The table in `text`; blank lines are skipped, line numbers count them anyway."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = _headers(next(reader, []))
    rows: list[CsvRow] = []
    while True:
        line = reader.line_num + 1  # a quoted cell may span lines: the row starts here
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CsvFileError(f"line {line}: {exc}") from None
        if any(cell.strip() for cell in cells):
            rows.append(CsvRow(line, _cells_by_header(headers, cells, line)))
    return CsvTable(headers, rows, delimiter)


def sniff_delimiter(header_line: str) -> str:
    """`,`, `;` or tab: whichever the header line uses most (header names never hold one)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _headers(cells: list[str]) -> list[str]:
    headers = [cell.strip() for cell in cells]
    if not any(headers):
        raise CsvFileError("the file is empty: line 1 must name the columns")
    seen: dict[str, str] = {}
    for name in headers:
        if name and name.lower() in seen:
            raise CsvFileError(f"line 1 names the column {name!r} twice")
        seen[name.lower()] = name
    return headers


def _cells_by_header(headers: list[str], cells: list[str], line: int) -> dict[str, str]:
    extra = [cell for cell in cells[len(headers) :] if cell.strip()]
    if extra:
        raise CsvFileError(
            f"line {line} has {len(cells)} cells but line 1 names {len(headers)} columns"
        )
    padded = cells + [""] * (len(headers) - len(cells))
    return {name: cell.strip() for name, cell in zip(headers, padded, strict=False) if name}


def write_failed_rows(
    path: Path | str,
    rows: Sequence[CsvRow],
    reasons: Sequence[str],
    headers: Sequence[str] | None = None,
) -> int:
    """Write `rows` with a `problem` column (reasons[i] for rows[i]), ready to fix and re-import.

    UTF-8 with BOM so spreadsheets read accents right; the importer ignores the extra column.
    Returns the number of rows written.
    """
    if len(rows) != len(reasons):
        raise ValueError(f"{len(rows)} rows but {len(reasons)} reasons")
    columns = [h for h in (headers or _union_of_headers(rows)) if h.lower() != PROBLEM_COLUMN]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*columns, PROBLEM_COLUMN])
        for row, reason in zip(rows, reasons, strict=True):
            writer.writerow([*(row.values.get(c, "") for c in columns), _defused(reason)])
    return len(rows)


def _union_of_headers(rows: Sequence[CsvRow]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row.values))
    return list(seen)


def _defused(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_START) else text
