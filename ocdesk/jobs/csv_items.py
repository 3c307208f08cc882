"""Table rows to request items: outbound orders (a row per order line) and SKUs (a row per name).

A column is found by OC's field name or a desk label in English or Chinese (column_labels).

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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocdesk.api import lenient
from ocdesk.api.text import translate
from ocdesk.jobs.column_labels import ORDER_LABELS, SKU_LABELS, field_names
from ocdesk.jobs.csv_rows import CsvFileError, CsvRow, CsvTable
from ocdesk.jobs.tables import read_table

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


Cells = dict[str, str]
"""A row's non-empty cells by OC field name, whatever name its column has in the file."""
Rows = list[tuple[CsvRow, Cells]]


def _pick(cells: Cells, columns: Sequence[Column]) -> Cells:
    return {c.name: cells[c.name] for c in columns if c.name in cells}


def _converted(cells: Cells, columns: Sequence[Column]) -> dict[str, Any]:
    return {c.name: convert(c, cells[c.name]) for c in columns if c.name in cells}


def _groups(rows: Rows, key: str) -> list[Rows]:
    """Rows sharing a non-empty `key` value, in order of first appearance; a blank key stands alone."""
    groups: dict[Any, Rows] = {}
    for row, cells in rows:
        value = cells.get(key)
        groups.setdefault(value if value else ("line", row.line), []).append((row, cells))
    return list(groups.values())


def _head(rows: Rows, columns: Sequence[Column], key: str) -> tuple[Cells, list[str]]:
    """The item-level cells of a group: the first value given for each column wins, and a later
    row giving a different one is a problem (two orders under one reference)."""
    head: Cells = {}
    source: dict[str, int] = {}
    problems = []
    for row, cells in rows:
        for name, text in _pick(cells, columns).items():
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


def _number_doubts(rows: Rows, columns: Sequence[Column]) -> list[str]:
    """`line 3, column skuQuantity: ...` for each number that may mean two things."""
    numeric = [c for c in columns if c.kind in ("int", "number")]
    doubts = []
    for row, cells in rows:
        for name, text in _pick(cells, numeric).items():
            doubt = number_doubt(text)
            if doubt:
                where = translate("csv_files", "line {line}, column {name}: {doubt}")
                doubts.append(where.format(line=row.line, name=name, doubt=doubt))
    return doubts


@dataclass(frozen=True)
class ItemReader:
    """How the rows of one bulk kind become items: one per `key`, with its own columns and
    those each row adds, built by `build`; headers may be desk labels (column_labels)."""

    key: str
    item_columns: Sequence[Column]
    row_columns: Sequence[Column]
    labels: Mapping[str, tuple[str, ...]]
    build: Callable[[Cells, Rows], dict[str, Any]]

    def columns_read(self, table: CsvTable) -> dict[str, str]:
        """header -> OC field name, for every column of `table` this kind reads."""
        fields = [c.name for c in (*self.item_columns, *self.row_columns)]
        return field_names(table.headers, fields, self.labels)

    def items(self, table: CsvTable) -> list[SourceItem]:
        found = self.columns_read(table)
        if self.key not in found.values():
            columns = ", ".join(h for h in table.headers if h) or translate("csv_files", "none")
            missing = translate(
                "csv_files", "line 1 has no {name} column (the columns are: {columns})"
            )
            raise CsvFileError(missing.format(name=self.key, columns=columns))
        rows = [
            (row, {found[h]: text for h, text in row.values.items() if h in found and text})
            for row in table.rows
        ]
        items = []
        for group in _groups(rows, self.key):
            head, problems = _head(group, self.item_columns, self.key)
            problems += _number_doubts(group, [*self.item_columns, *self.row_columns])
            data = self.build(head, group)
            items.append(SourceItem(data, tuple(row for row, _ in group), tuple(problems)))
        return items


def _order(head: Cells, rows: Rows) -> dict[str, Any]:
    data: dict[str, Any] = _converted(head, ORDER_COLUMNS)
    lines = [_converted(cells, ORDER_LINE_COLUMNS) for _, cells in rows]
    data["productList"] = [line for line in lines if line]
    return data


def _sku(head: Cells, rows: Rows) -> dict[str, Any]:
    cells = _converted(head, SKU_COLUMNS)
    pictures = cells.pop("SKUPictureURL", [])
    regions = cells.pop("serviceRegion", [])
    brand = cells.pop("withBrand", None)
    names = [_converted(row_cells, SKU_NAME_COLUMNS) for _, row_cells in rows]
    data: dict[str, Any] = {"referenceSKUID": cells.pop("referenceSKUID", "")}
    data["SKUNameList"] = [name for name in names if name]
    data.update(cells)
    if pictures:
        data["SKUPictureURLList"] = [{"SKUPictureURL": url} for url in pictures]
    if regions:
        brand_cell = {"withBrand": brand} if brand else {}
        data["serviceRegionList"] = [{"serviceRegion": r, **brand_cell} for r in regions]
    return data


READERS = {
    "outbound.create": ItemReader(
        "referenceNumber", ORDER_COLUMNS, ORDER_LINE_COLUMNS, ORDER_LABELS, _order
    ),
    "sku.create": ItemReader("referenceSKUID", SKU_COLUMNS, SKU_NAME_COLUMNS, SKU_LABELS, _sku),
}
"""The reader of each bulk create, by catalog id."""


def outbound_orders(table: CsvTable) -> list[SourceItem]:
    """One item per referenceNumber; each row adds a productList line to its order."""
    return READERS["outbound.create"].items(table)


def skus(table: CsvTable) -> list[SourceItem]:
    """One item per referenceSKUID; each row adds a name (one per language) to its SKU."""
    return READERS["sku.create"].items(table)


def read_outbound_orders(path: Path | str, *, sheet: str | None = None) -> list[SourceItem]:
    """The orders in a CSV or .xlsx file (tables.read_table)."""
    return outbound_orders(read_table(path, sheet=sheet))


def read_skus(path: Path | str, *, sheet: str | None = None) -> list[SourceItem]:
    """The SKUs in a CSV or .xlsx file (tables.read_table)."""
    return skus(read_table(path, sheet=sheet))
