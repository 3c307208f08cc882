"""CSV rows to request items: outbound orders (a row per order line) and SKUs (a row per name).

Numbers are read only where no country's habits could change them. A numeric cell may use `.`
or `,` as its decimal mark (`0.5`, `12,5`, `1234.567`), never a thousands separator: `1.000`
is one in an English file and a thousand in a German one, so a number that could hold a
thousands separator (one to three digits, not starting with 0, then groups of exactly three
after a `.` or `,`: `1.000`, `1,000`, `12.345`, `1.234,5`) is not read. Its item gets a problem
naming the line and column, and is not sent. `0.500` and `12.3456` cannot be grouped digits,
so they are read, whatever the file's delimiter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.text import translate
from ocdesk.jobs.csv_rows import CsvFileError, CsvRow, CsvTable, read_csv

LIST_SEPARATOR = "|"
_MARKS = re.compile(r"[.,]")
# Digits that may be grouped by thousands: see the module text.
_MAY_BE_GROUPED = re.compile(r"^[+-]?[1-9]\d{0,2}(?:[.,]\d{3})+(?:[.,]\d+)?$")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


@dataclass(frozen=True)
class SourceItem:
    """One thing to create (an order, an SKU), the CSV rows it came from and their problems.

    `problems` are found while reading (rows of one order that disagree, numbers that may mean
    two things); the catalog's own checks come later, in the bulk job.
    """

    data: dict[str, Any]
    rows: tuple[CsvRow, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(row.line for row in self.rows)

    @property
    def where(self) -> str:
        """`line 4` or `lines 4, 5, 9`: what a desk user looks for in the file."""
        lines = self.lines
        if not lines:
            return ""
        if len(lines) == 1:
            return translate("csv_files", "line {line}").format(line=lines[0])
        return translate("csv_files", "lines {lines}").format(lines=", ".join(map(str, lines)))


@dataclass(frozen=True)
class Column:
    """A CSV column and how its text becomes a request value."""

    name: str
    kind: str = "text"  # text, int, number, bool, list (several values split by "|")


ORDER_COLUMNS = tuple(
    Column(name)
    for name in (
        "referenceNumber",
        "orderPlatform",
        "serviceRegion",
        "shippingServiceCode",
        "ebayId",
        "ebayOrderId",
        "consigneeName",
        "companyName",
        "houseNumber",
        "consigneeAddress1",
        "consigneeAddress2",
        "consigneeCity",
        "consigneeProvinceOrState",
        "consigneeZipCode",
        "consigneeCountryCode",
        "consigneePhone",
        "consigneeEmail",
        "remark",
    )
)
ORDER_LINE_COLUMNS = (
    Column("mfSkuId"),
    Column("skuQuantity", "int"),
    Column("declaredValue", "number"),
    Column("currency"),
)
SKU_COLUMNS = (
    Column("referenceSKUID"),
    Column("SKUdescription"),
    Column("length", "number"),
    Column("width", "number"),
    Column("height", "number"),
    Column("dimensionUnit"),
    Column("weight", "number"),
    Column("weightUnit"),
    Column("withBattery", "bool"),
    Column("batteryForm"),
    Column("batteryType"),
    Column("batteryNumber", "int"),
    Column("countryOfOrigin"),
    Column("serviceRegion", "list"),
    Column("withBrand"),
    Column("SKUPictureURL", "list"),
    Column("salesURL"),
)
SKU_NAME_COLUMNS = (Column("SKUName"), Column("languageCode"), Column("attributeDescription"))


def convert(column: Column, text: str) -> Any:
    """The request value of a cell; text that does not convert is kept so validation names it."""
    if column.kind == "list":
        return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]
    if column.kind == "bool":
        lowered = text.lower()
        return True if lowered in _TRUE else False if lowered in _FALSE else text
    if column.kind in ("int", "number"):
        number = read_number(text)
        if number is None:
            return text
        if float(number).is_integer():
            return int(number)
        return number if column.kind == "number" else text
    return text


def read_number(text: str) -> int | float | None:
    """The number in a cell; None when it is not one, or may hold a thousands separator."""
    if _MAY_BE_GROUPED.match(text) or len(_MARKS.findall(text)) > 1:
        return None
    return lenient.as_number(text.replace(",", "."))


def number_doubt(text: str) -> str | None:
    """Why `text` is not read as a number although it looks like one (see the module text)."""
    if not _MAY_BE_GROUPED.match(text):
        return None
    parts, marks = _MARKS.split(text), _MARKS.findall(text)
    if len(marks) == 1:
        whole, fraction = parts
        as_decimal = f"{float(whole + '.' + fraction):g}"
        unmistakable = whole if fraction == "000" else f"{whole}.{fraction}0"
        return translate(
            "csv_files",
            "{text} could mean {decimal} or {joined}, depending on the country the file was made "
            "in; write {joined} or {unmistakable}",
        ).format(
            text=repr(text), decimal=as_decimal, joined=whole + fraction, unmistakable=unmistakable
        )
    has_decimals = marks[-1] != marks[0] or len(parts[-1]) != 3
    meant = "".join(parts[:-1]) + "." + parts[-1] if has_decimals else "".join(parts)
    return translate(
        "csv_files",
        "{text} holds a thousands separator, which countries write differently; write the number "
        "without one ({meant} if that is what it means)",
    ).format(text=repr(text), meant=meant)


def _canonical(row: CsvRow, columns: Sequence[Column]) -> dict[str, str]:
    """The row's non-empty cells under the column names, whatever case the header used."""
    wanted = {c.name.lower(): c.name for c in columns}
    found = {}
    for header, text in row.values.items():
        name = wanted.get(header.lower())
        if name is not None and text:
            found[name] = text
    return found


def _converted(cells: dict[str, str], columns: Sequence[Column]) -> dict[str, Any]:
    return {c.name: convert(c, cells[c.name]) for c in columns if c.name in cells}


def _groups(rows: Iterable[CsvRow], key: str) -> list[list[CsvRow]]:
    """Rows sharing a non-empty `key` value, in order of first appearance; a blank key stands alone."""
    groups: dict[Any, list[CsvRow]] = {}
    for row in rows:
        value = _canonical(row, (Column(key),)).get(key)
        groups.setdefault(value if value else ("line", row.line), []).append(row)
    return list(groups.values())


def _head(
    rows: Sequence[CsvRow], columns: Sequence[Column], key: str
) -> tuple[dict[str, str], list[str]]:
    """The item-level cells of a group: the first value given for each column wins, and a later
    row giving a different one is a problem (two orders under one reference)."""
    head: dict[str, str] = {}
    source: dict[str, int] = {}
    problems = []
    for row in rows:
        for name, text in _canonical(row, columns).items():
            if name not in head:
                head[name], source[name] = text, row.line
            elif head[name] != text:
                differs = translate(
                    "csv_files",
                    "line {line}: {name} {text} differs from line {first} ({first_text}) for the "
                    "same {key}",
                )
                problems.append(differs.format(
                    line=row.line, name=name, text=repr(text), first=source[name],
                    first_text=repr(head[name]), key=key,
                ))  # fmt: skip
    return head, problems


def _number_doubts(rows: Sequence[CsvRow], columns: Sequence[Column]) -> list[str]:
    """`line 3, column skuQuantity: ...` for each number that may mean two things."""
    numeric = [c for c in columns if c.kind in ("int", "number")]
    doubts = []
    for row in rows:
        for name, text in _canonical(row, numeric).items():
            doubt = number_doubt(text)
            if doubt:
                where = translate("csv_files", "line {line}, column {name}: {doubt}")
                doubts.append(where.format(line=row.line, name=name, doubt=doubt))
    return doubts


def _items(
    rows: Iterable[CsvRow],
    key: str,
    columns: tuple[Sequence[Column], Sequence[Column]],
    build: Callable[[dict[str, str], Sequence[CsvRow]], dict[str, Any]],
) -> list[SourceItem]:
    """One item per `key` value; `columns` are the item's own and those each row adds."""
    head_columns, row_columns = columns
    items = []
    for group in _groups(rows, key):
        head, problems = _head(group, head_columns, key)
        problems += _number_doubts(group, [*head_columns, *row_columns])
        items.append(SourceItem(build(head, group), tuple(group), tuple(problems)))
    return items


def _require_column(table: CsvTable, name: str) -> None:
    if not any(h.lower() == name.lower() for h in table.headers):
        columns = ", ".join(h for h in table.headers if h) or translate("csv_files", "none")
        missing = translate("csv_files", "line 1 has no {name} column (the columns are: {columns})")
        raise CsvFileError(missing.format(name=name, columns=columns))


def _order(head: dict[str, str], rows: Sequence[CsvRow]) -> dict[str, Any]:
    data: dict[str, Any] = _converted(head, ORDER_COLUMNS)
    lines = [_converted(_canonical(r, ORDER_LINE_COLUMNS), ORDER_LINE_COLUMNS) for r in rows]
    data["productList"] = [line for line in lines if line]
    return data


def outbound_orders(table: CsvTable) -> list[SourceItem]:
    """One item per referenceNumber; each row adds a productList line to its order."""
    _require_column(table, "referenceNumber")
    return _items(table.rows, "referenceNumber", (ORDER_COLUMNS, ORDER_LINE_COLUMNS), _order)


def _sku(head: dict[str, str], rows: Sequence[CsvRow]) -> dict[str, Any]:
    cells = _converted(head, SKU_COLUMNS)
    pictures = cells.pop("SKUPictureURL", [])
    regions = cells.pop("serviceRegion", [])
    brand = cells.pop("withBrand", None)
    names = [_converted(_canonical(r, SKU_NAME_COLUMNS), SKU_NAME_COLUMNS) for r in rows]
    data: dict[str, Any] = {"referenceSKUID": cells.pop("referenceSKUID", "")}
    data["SKUNameList"] = [name for name in names if name]
    data.update(cells)
    if pictures:
        data["SKUPictureURLList"] = [{"SKUPictureURL": url} for url in pictures]
    if regions:
        brand_cell = {"withBrand": brand} if brand else {}
        data["serviceRegionList"] = [{"serviceRegion": r, **brand_cell} for r in regions]
    return data


def skus(table: CsvTable) -> list[SourceItem]:
    """One item per referenceSKUID; each row adds a name (one per language) to its SKU."""
    _require_column(table, "referenceSKUID")
    return _items(table.rows, "referenceSKUID", (SKU_COLUMNS, SKU_NAME_COLUMNS), _sku)


def read_outbound_orders(path: Path | str) -> list[SourceItem]:
    return outbound_orders(read_csv(path))


def read_skus(path: Path | str) -> list[SourceItem]:
    return skus(read_csv(path))
