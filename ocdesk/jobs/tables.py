"""Tables as sellers keep them: a CSV in any encoding Excel saves, or an .xlsx workbook.

One entry for reading (`read_table`, by the file's suffix) and one for writing (`write_table`),
used by the desk pages, the exports and `ocdesk import` alike. CSV is written as UTF-8 with a
byte-order mark, which Excel opens with Chinese and accented text intact; a cell a spreadsheet
would run as a formula is written with a leading `'`, and an .xlsx cell stays text.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from ocdesk.api.text import translate
from ocdesk.jobs.csv_rows import CsvFileError, CsvRow, CsvTable, read_csv

# The workbook reader and writer (openpyxl, a tenth of a second to import) are imported when a
# workbook is read or written: the console's start imports this module for its CSV side.

XLSX = ".xlsx"
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
PROBLEM_COLUMN = "problem"
# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_xlsx(path: Path | str) -> bool:
    return Path(path).suffix.lower() == XLSX


def read_table(path: Path | str, *, sheet: str | None = None) -> CsvTable:
    """The table in a CSV or .xlsx file; `sheet` names a workbook's sheet (default: the first).

    CsvFileError says why a file cannot be read; the table's `source` says how it was.
    """
    path = Path(path)
    if path.suffix.lower() in (".xls", ".xlsm", ".xlsb", ".ods"):
        other = translate(
            "csv_files", "{name}: ocdesk reads .xlsx workbooks and CSV; save it as .xlsx"
        )
        raise CsvFileError(other.format(name=path.name))
    if is_xlsx(path):
        from ocdesk.jobs.xlsx import read_xlsx

        return read_xlsx(path, sheet)
    if sheet is not None:
        no_sheets = translate(
            "csv_files", "{name} is a CSV file, which has no sheets; leave out the sheet"
        )
        raise CsvFileError(no_sheets.format(name=path.name))
    try:
        return read_csv(path)
    except FileNotFoundError:
        missing = translate("csv_files", "{path} does not exist")
        raise CsvFileError(missing.format(path=path)) from None
    except OSError as exc:
        unreadable = translate("csv_files", "{path} cannot be read: {reason}")
        raise CsvFileError(unreadable.format(path=path, reason=exc.strerror)) from None


def write_table(
    path: Path | str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    as_is: Collection[str] = (),
) -> int:
    """Write `rows` under `columns` as .xlsx or CSV (by the suffix); returns the rows written.

    Numbers stay numbers; every other value is written as its text. The CSV cells of the
    `as_is` columns (a seller's own cells, read back by the importer) are written unchanged.
    """
    if is_xlsx(path):
        from ocdesk.jobs.xlsx import write_xlsx

        return write_xlsx(path, columns, rows)
    exact = [name in as_is for name in columns]
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([v if keep else defused(v) for v, keep in zip(row, exact, strict=True)])
            count += 1
    return count


def defused(value: Any) -> Any:
    """CSV cell text a spreadsheet will not run as a formula (`'=SUM(...)`); numbers as they are."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START) or _signed_number(value):
        return "" if value is None else value
    return "'" + value


def _signed_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text[0] in "+-"


def write_failed_rows(
    path: Path | str,
    rows: Sequence[CsvRow],
    reasons: Sequence[str],
    headers: Sequence[str] | None = None,
) -> int:
    """Write `rows` with a `problem` column (reasons[i] for rows[i]), ready to fix and re-import.

    CSV or .xlsx by the suffix; the importer ignores the extra column. Returns the rows written.
    """
    if len(rows) != len(reasons):
        raise ValueError(f"{len(rows)} rows but {len(reasons)} reasons")
    columns = [h for h in (headers or _union_of_headers(rows)) if h.lower() != PROBLEM_COLUMN]
    lines = (
        [*(row.values.get(c, "") for c in columns), reason]
        for row, reason in zip(rows, reasons, strict=True)
    )
    return write_table(path, [*columns, PROBLEM_COLUMN], lines, as_is=columns)


def _union_of_headers(rows: Sequence[CsvRow]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row.values))
    return list(seen)
