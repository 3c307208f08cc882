"""Excel workbooks (.xlsx) in and out, cells as Excel stores them.

Read streamed (openpyxl's read-only mode), so a 100,000-row sheet never sits in memory twice.
A cell becomes the text OC expects: a number keeps its value (`1`, not `1.0`; a 13-digit
barcode or a 12-digit eBay order number in full, never `1.23E+12`), a number shown with
leading zeros (a postcode formatted `00000`) keeps them, a date becomes OC's date
(`2024-07-15+0800`) and a date with a time OC's date-time. Rows count as Excel numbers them,
so a problem on "line 7" is on Excel's row 7; blank rows are skipped wherever they are.

Written with openpyxl's write-only mode: numbers as numbers, text always as text, even when it
starts with `=` (a spreadsheet would run it as a formula).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ocdesk.api.dates import format_date, format_datetime
from ocdesk.api.text import translate
from ocdesk.jobs.csv_rows import CsvFileError, CsvRow, CsvTable, check_headers

_LARGEST_EXACT = 2**53  # integers a float holds exactly


def read_xlsx(path: Path | str, sheet: str | None = None) -> CsvTable:
    """The first sheet (or `sheet`) of a workbook as a table; its header is the first row
    holding anything."""
    name = Path(path).name
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        unopened = translate("xlsx_files", "{name} cannot be opened as an Excel workbook ({error})")
        raise CsvFileError(unopened.format(name=name, error=exc)) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            sheets = ", ".join(repr(s) for s in workbook.sheetnames)
            no_sheet = translate("xlsx_files", "{name} has no sheet {sheet} (its sheets: {sheets})")
            raise CsvFileError(no_sheet.format(name=name, sheet=repr(sheet), sheets=sheets))
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        table = _table(worksheet.iter_rows())
    finally:
        workbook.close()
    how = translate("xlsx_files", "read from sheet {sheet}").format(sheet=repr(worksheet.title))
    return CsvTable(table.headers, table.rows, "", how)


def _table(rows: Iterable[Sequence[Any]]) -> CsvTable:
    headers: list[str] | None = None
    found: list[CsvRow] = []
    for line, cells in enumerate(rows, 1):
        texts = [cell_text(cell) for cell in cells]
        if not any(texts):
            continue
        if headers is None:
            headers = check_headers(_trimmed(texts), line)
            continue
        _check_width(texts, headers, line)
        texts += [""] * (len(headers) - len(texts))
        found.append(CsvRow(line, {h: text for h, text in zip(headers, texts, strict=False) if h}))
    if headers is None:
        raise CsvFileError(
            translate("xlsx_files", "the sheet is empty: its first row must name the columns")
        )
    return CsvTable(headers, found, "")


def _trimmed(texts: list[str]) -> list[str]:
    while texts and not texts[-1]:
        texts.pop()
    return texts


def _check_width(texts: list[str], headers: list[str], line: int) -> None:
    """A value under no column name (a merged or blank header cell) would be lost: refuse."""
    for index, text in enumerate(texts):
        if text and (index >= len(headers) or not headers[index]):
            column = get_column_letter(index + 1)
            nameless = translate(
                "xlsx_files",
                "line {line}: cell {column}{line} holds {text}, but column {column} has "
                "no name in the header row (a blank or merged header cell); give each column "
                "its own name",
            )
            raise CsvFileError(nameless.format(line=line, column=column, text=repr(text[:30])))


def cell_text(cell: Any) -> str:
    """A cell's value as the text OC expects (see the module text)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time():
            return format_date(value.date())
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, int | float):
        return _padded(number_text(value), cell.number_format)
    return str(value)


def number_text(value: float) -> str:
    """`1` for 1.0, `24.99`, `4006381333931`: the value in full, never in E-notation."""
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < _LARGEST_EXACT:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _padded(text: str, number_format: str) -> str:
    """A whole number formatted `00000` keeps the leading zeros Excel shows."""
    if number_format and set(number_format) == {"0"} and text.isdigit():
        return text.zfill(len(number_format))
    return text


def write_xlsx(path: Path | str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a one-sheet workbook: a bold-free header row, then `rows`; returns the rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append([_cell(sheet, name) for name in columns])
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
    workbook.save(path)
    return count


def _cell(sheet: Any, value: Any) -> Any:
    """Numbers as numbers; anything else as text, which Excel never runs as a formula."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    cell = WriteOnlyCell(sheet, "" if value is None else str(value))
    cell.data_type = "s"
    return cell
