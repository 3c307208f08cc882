"""Desk CSV files in: rows that remember their line, read strictly.

A file is read strictly, because Python's csv module merges rows silently: a cell that starts
with a quote runs on until the next quote, however many lines later, so one stray `"` can pour
a dozen orders into one cell. The whole file is refused (nothing is sent from it) when its
structure is broken, and the message names the physical line, as a spreadsheet counts them
(the header is line 1):

- a quote still open at the end of the file: "line 14: a quote opened here is never closed";
- a quoted cell that takes in a line break and, with it, at least as many delimiters as a
  whole row holds: the lines it took in were rows, so the quote was left open by mistake;
- text after a cell's closing quote (`"Annie" Lee`), which the csv module would glue on;
- a row with more or fewer cells than the header: "line 9: 12 cells, the header has 11".

A quoted cell may still hold a line break of its own (a spreadsheet writes one for a cell with
several lines), as long as its row keeps the header's number of cells. Blank lines are skipped.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ocdesk.api.text import translate
from ocdesk.jobs.text_encoding import NotText, decode, described

if TYPE_CHECKING:
    from _csv import Reader

DELIMITERS = (",", ";", "\t")
# Line breaks as a file read with newline="" splits lines, so cells count lines the same way.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SHOWN_PROBLEMS = 5  # lines named in a refusal; the rest are counted


class CsvFileError(ValueError):
    """The file cannot be read as a table; the message says why and on which line."""


@dataclass(frozen=True)
class CsvRow:
    """One data row: its line in the file (the header is line 1) and its cells by header."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class CsvTable:
    """A file's header and rows; `source` says how it was read (`read as GBK (Chinese Excel)`)."""

    headers: list[str]
    rows: list[CsvRow]
    delimiter: str
    source: str = ""


def read_csv(path: Path | str) -> CsvTable:
    """Read a CSV file in whichever encoding Excel saved it (text_encoding), its delimiter
    sniffed from the header; the table says which encoding it was read as."""
    data = Path(path).read_bytes()
    try:
        text, encoding = decode(data, Path(path).name)
    except NotText as exc:
        raise CsvFileError(str(exc)) from None
    table = parse_csv(text)
    how = translate("csv_files", "read as {encoding}").format(encoding=described(encoding))
    return replace(table, source=how)


def parse_csv(text: str) -> CsvTable:
    """The table in `text`, or CsvFileError naming every line whose structure is broken."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers = check_headers(_header_cells(reader, text, delimiter))
    rows: list[CsvRow] = []
    problems: list[str] = []
    while True:
        line = reader.line_num + 1  # a quoted cell may span lines: the row starts here
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_unreadable(exc, text, line, reader.line_num, delimiter))
            break  # where the next row starts is anybody's guess
        if not any(cell.strip() for cell in cells):
            continue
        problem = _row_problem(cells, len(headers), (line, reader.line_num), delimiter)
        if problem:
            problems.append(problem)
        else:
            rows.append(CsvRow(line, _cells_by_header(headers, cells)))
    if problems:
        raise CsvFileError(_listed(problems))
    return CsvTable(headers, rows, delimiter)


def sniff_delimiter(header_line: str) -> str:
    """`,`, `;` or tab: whichever the header line uses most (header names never hold one)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def check_headers(cells: list[str], line: int = 1) -> list[str]:
    """The column names of the header row `line`; CsvFileError when it has none, or one twice."""
    headers = [cell.strip() for cell in cells]
    if not any(headers):
        empty = translate("csv_files", "the file is empty: line {line} must name the columns")
        raise CsvFileError(empty.format(line=line))
    seen: dict[str, str] = {}
    for name in headers:
        if name and name.lower() in seen:
            twice = translate("csv_files", "line {line} names the column {name} twice")
            raise CsvFileError(twice.format(line=line, name=repr(name)))
        seen[name.lower()] = name
    return headers


def _header_cells(reader: Reader, text: str, delimiter: str) -> list[str]:
    try:
        cells: list[str] = next(reader, [])
    except csv.Error as exc:
        raise CsvFileError(_unreadable(exc, text, 1, reader.line_num, delimiter)) from None
    if reader.line_num > 1:
        raise CsvFileError(_quote_runs_on(1, reader.line_num))
    return cells


def _row_problem(
    cells: list[str], width: int, lines: tuple[int, int], delimiter: str
) -> str | None:
    """Why the row read from `lines` (first, last) is not one row of the file, if it is not."""
    first, last = lines
    if last > first:  # some cell holds a line break
        opened = first
        for cell in cells:
            count = len(_LINE_BREAK.findall(cell))
            if count and (len(cells) != width or cell.count(delimiter) >= width - 1):
                return _quote_runs_on(opened, opened + count)
            opened += count
    if len(cells) != width:
        cells_words = translate("csv_files", "line {line}: {count} cells, the header has {width}")
        return cells_words.format(line=first, count=len(cells), width=width)
    return None


def _quote_runs_on(opened: int, closed: int) -> str:
    return translate(
        "csv_files",
        "line {opened}: a quote opened here is closed only on line {closed}, which would read "
        "lines {opened}-{closed} as one row; close the quote on line {opened}",
    ).format(opened=opened, closed=closed)


def _unreadable(exc: csv.Error, text: str, start: int, stopped: int, delimiter: str) -> str:
    """What the csv module's complaint about the row from `start` to `stopped` means to a user."""
    opened, still_open = _last_quote(text, start, stopped, delimiter)
    if still_open and "end of data" in str(exc):
        never = translate("csv_files", "line {opened}: a quote opened here is never closed")
        return never.format(opened=opened)
    if still_open:  # the cell outgrew the csv module's size limit
        within = translate(
            "csv_files",
            "line {opened}: a quote opened here is not closed within {limit} characters",
        )
        return within.format(opened=opened, limit=f"{csv.field_size_limit():,}")
    if opened < stopped:
        return _quote_runs_on(opened, stopped)
    return translate(
        "csv_files",
        "line {line}: a cell goes on after its closing quote; inside a quoted cell, "
        'write a quote as two ("")',
    ).format(line=stopped)


def _last_quote(text: str, start: int, stop: int, delimiter: str) -> tuple[int, bool]:
    """The line where the last quote opened between lines `start` and `stop`, and whether it is
    still open at the end of line `stop`. Quotes are read as the csv module reads them."""
    lines = io.StringIO(text, newline="").readlines()[start - 1 : stop]
    quoted, field_start, opened = False, True, start
    for number, line in enumerate(lines, start):
        index = 0
        while index < len(line):
            char = line[index]
            if quoted and char == '"' and line[index + 1 : index + 2] == '"':
                index += 1  # a doubled quote inside a quoted cell
            elif quoted and char == '"':
                quoted = False
            elif char == '"' and field_start:
                quoted, opened = True, number
            field_start = not quoted and char in (delimiter, "\r", "\n")
            index += 1
    return opened, quoted


def _listed(problems: list[str]) -> str:
    shown = "; ".join(problems[:_SHOWN_PROBLEMS])
    rest = len(problems) - _SHOWN_PROBLEMS
    more = translate("csv_files", "{shown}; and {count} more lines like these")
    return more.format(shown=shown, count=rest) if rest > 0 else shown


def _cells_by_header(headers: list[str], cells: list[str]) -> dict[str, str]:
    return {name: cell.strip() for name, cell in zip(headers, cells, strict=True) if name}
