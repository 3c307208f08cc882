"""CSV rows to request items: outbound orders (a row per order line) and SKUs (a row per name)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocdesk.api import lenient
from ocdesk.jobs.csv_rows import CsvFileError, CsvRow, CsvTable, read_csv

LIST_SEPARATOR = "|"
# "12,5" from a European spreadsheet; "1,000" stays text (a thousands separator?) and is refused.
_DECIMAL_COMMA = re.compile(r"^(-?\d+),(\d{1,2})$")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


@dataclass(frozen=True)
class SourceItem:
    """One thing to create (an order, an SKU), the CSV rows it came from and their problems.

    `problems` are found while reading (rows of one order that disagree); the catalog's own
    checks come later, in the bulk job.
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
            return f"line {lines[0]}"
        return "lines " + ", ".join(str(n) for n in lines)


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
        number = lenient.as_number(_DECIMAL_COMMA.sub(r"\1.\2", text))
        if number is None:
            return text
        if float(number).is_integer():
            return int(number)
        return number if column.kind == "number" else text
    return text


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
                problems.append(
                    f"line {row.line}: {name} {text!r} differs from line {source[name]} "
                    f"({head[name]!r}) for the same {key}"
                )
    return head, problems


def _items(
    rows: Iterable[CsvRow],
    key: str,
    head_columns: Sequence[Column],
    build: Callable[[dict[str, str], Sequence[CsvRow]], dict[str, Any]],
) -> list[SourceItem]:
    items = []
    for group in _groups(rows, key):
        head, problems = _head(group, head_columns, key)
        items.append(SourceItem(build(head, group), tuple(group), tuple(problems)))
    return items


def _require_column(table: CsvTable, name: str) -> None:
    if not any(h.lower() == name.lower() for h in table.headers):
        columns = ", ".join(h for h in table.headers if h) or "none"
        raise CsvFileError(f"line 1 has no {name} column (the columns are: {columns})")


def _order(head: dict[str, str], rows: Sequence[CsvRow]) -> dict[str, Any]:
    data: dict[str, Any] = _converted(head, ORDER_COLUMNS)
    lines = [_converted(_canonical(r, ORDER_LINE_COLUMNS), ORDER_LINE_COLUMNS) for r in rows]
    data["productList"] = [line for line in lines if line]
    return data


def outbound_orders(table: CsvTable) -> list[SourceItem]:
    """One item per referenceNumber; each row adds a productList line to its order."""
    _require_column(table, "referenceNumber")
    return _items(table.rows, "referenceNumber", ORDER_COLUMNS, _order)


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
    return _items(table.rows, "referenceSKUID", SKU_COLUMNS, _sku)


def read_outbound_orders(path: Path | str) -> list[SourceItem]:
    return outbound_orders(read_csv(path))


def read_skus(path: Path | str) -> list[SourceItem]:
    return skus(read_csv(path))
