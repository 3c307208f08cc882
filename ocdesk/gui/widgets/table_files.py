"""The file dialogs for tables: open a CSV or Excel file, save as Excel or CSV.

Saving picks the format by the name's suffix; a name typed without one gets the suffix of the
file type chosen in the dialog, so "orders" saved as an Excel workbook is `orders.xlsx`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableFiles", text)


def open_filter() -> str:
    return _tr("Tables (*.csv *.xlsx *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.txt)")


def save_filters() -> tuple[str, str]:
    """(Excel, CSV): the file types a table can be saved as."""
    return _tr("Excel workbook (*.xlsx)"), _tr("CSV, UTF-8 for Excel (*.csv)")


def ask_open_table(parent: QWidget, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", open_filter())
    return Path(path) if path else None


def ask_save_table(parent: QWidget, title: str, name: str) -> Path | None:
    """The file to write a table to, or None when the user cancelled; `name` is the default
    (its suffix picks the file type offered first)."""
    excel, csv = save_filters()
    first = excel if name.endswith(".xlsx") else csv
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, name, ";;".join([first, csv if first == excel else excel])
    )
    return with_suffix(path, chosen == excel) if path else None


def with_suffix(path: str, excel: bool) -> Path:
    """`path` as typed; with `.xlsx` or `.csv` added (by the chosen type) when it has neither."""
    chosen = Path(path)
    if chosen.suffix.lower() in (".xlsx", ".csv", ".txt"):
        return chosen
    return chosen.with_name(chosen.name + (".xlsx" if excel else ".csv"))
