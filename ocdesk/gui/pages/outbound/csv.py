"""The "Create orders from a file" page (CSV or Excel): preview with problems per row, send the
valid ones, never twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.jobs import JobRunner, ProgressStrip
from ocdesk.gui.pages.kit.notes import info_label, say
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.widgets.table_files import ask_open_table, ask_save_table
from ocdesk.gui.writes import WriteSender, audit_trail, unknown_in
from ocdesk.jobs.bulk_create import ORDERS, check_items, create_outbound_orders
from ocdesk.jobs.bulk_report import BulkReport
from ocdesk.jobs.column_labels import mapping_words
from ocdesk.jobs.csv_items import READERS, SourceItem
from ocdesk.jobs.csv_rows import CsvTable
from ocdesk.jobs.tables import read_table, write_failed_rows
from ocdesk.jobs.templates import write_template


def preview_rows(items: list[SourceItem], problems: list[list[str]]) -> list[dict[str, Any]]:
    return [
        {
            "Line": item.where,
            "Reference": item.data.get("referenceNumber", ""),
            "Recipient": item.data.get("consigneeName", ""),
            "Country": item.data.get("consigneeCountryCode", ""),
            "Service": item.data.get("shippingServiceCode", ""),
            "Product lines": len(item.data.get("productList") or []),
            "Problem": "; ".join(found),
        }
        for item, found in zip(items, problems, strict=True)
    ]


def load(path: Path) -> tuple[CsvTable, list[SourceItem], list[list[str]]]:
    """Runs on a worker: the file read, its orders built and checked."""
    table = read_table(path)
    items = READERS["outbound.create"].items(table)
    return table, items, check_items(ORDERS, items)


class CsvOrdersPage(QWidget):
    """Pick a file, see every order and its problems, send the valid ones, export what failed."""

    sig_rows_shown = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table_data: CsvTable | None = None
        self.source: Path | None = None
        self.items: list[SourceItem] = []
        self.report: BulkReport | None = None
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.choose_button = QPushButton(self.tr("Choose a CSV or Excel file…"), self)
        self.template_button = QPushButton(self.tr("Download the template…"), self)
        self.send_button = QPushButton(self.tr("Send valid orders"), self)
        self.send_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export failed rows…"), self)
        self.export_button.setEnabled(False)
        self.summary = info_label(self)
        self.job = ProgressStrip(self)
        self.runner = JobRunner(context, self.job, self)
        self.error_panel = ErrorPanel(self)
        self.rows = ResultsView(self)
        self.writer = WriteSender(context, self, self.error_panel)
        self._lay_out()
        self.choose_button.clicked.connect(self._choose)
        self.template_button.clicked.connect(self._save_template)
        self.send_button.clicked.connect(self.send)
        self.export_button.clicked.connect(self._ask_export)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.job)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.rows, 1)
        layout.addLayout(actions)

    # --- the file ----------------------------------------------------------------------------

    def _choose(self) -> None:
        path = ask_open_table(self, self.tr("Orders file"))
        if path is not None:
            self.open_file(path)

    def _save_template(self) -> None:
        path = ask_save_table(self, self.tr("Save the template"), "outbound_orders.xlsx")
        if path is not None:
            self.save_template(path)

    def save_template(self, path: Path) -> None:
        """Write the template (every column the importer reads, one example order) to `path`,
        as .xlsx or CSV by its suffix."""
        op = self.context.api.run(lambda: write_template("outbound.create", path), owner=self)
        op.on_done(lambda _: say(self.summary, self.tr(
            "Template saved to {path}: one example order; replace it with yours.").format(
                path=path)))  # fmt: skip
        op.on_error(self.error_panel.show_error)
        op.start()

    def open_file(self, path: Path) -> None:
        """Read and check `path` (off the GUI thread); the preview shows each order's problems."""
        self.file_label.setText(str(path))
        self.source = path
        self.error_panel.clear()
        self.report = None
        self.export_button.setEnabled(False)
        op = self.context.api.run(lambda: load(path), owner=self)
        op.on_done(self._previewed).on_error(self._unreadable)
        op.start()

    def _previewed(self, loaded: tuple[CsvTable, list[SourceItem], list[list[str]]]) -> None:
        self.table_data, self.items, problems = loaded
        bad = sum(1 for found in problems if found)
        self.rows.set_rows(preview_rows(self.items, problems))
        valid = len(self.items) - bad
        table = loaded[0]
        text = self.tr("{n} orders in the file, {how}.").format(
            n=len(self.items), how=table.source
        )
        renamed = mapping_words(READERS["outbound.create"].columns_read(table))
        if renamed:
            text += " " + self.tr("Columns read as: {mapping}.").format(mapping=renamed)
        if bad:
            text += " " + self.tr("{bad} of {n} orders need fixing (see Problem); they will not "
                                  "be sent.").format(bad=bad, n=len(self.items))  # fmt: skip
        say(self.summary, text)
        self.send_button.setText(self.tr("Send {n} valid orders").format(n=valid))
        self.send_button.setEnabled(valid > 0)
        self.sig_rows_shown.emit(len(self.items))

    def _unreadable(self, error: Exception) -> None:
        self.items = []
        self.send_button.setEnabled(False)
        self.rows.set_rows([])
        say(self.summary, "")
        self.error_panel.show_error(error, self.tr("Fix the file, or start from the template."))

    # --- sending -----------------------------------------------------------------------------

    def send(self) -> None:
        """Create the valid orders, 50 per call, one call at a time; results replace the preview."""
        if not self.items or not self.send_button.isEnabled():
            return
        references = [str(i.data.get("referenceNumber") or "") for i in self.items]
        if not self.writer.may_send(references):
            return
        self.error_panel.clear()
        self.send_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        call, audit, items = (
            self.context.bound_caller(),
            audit_trail(self.context, "create from CSV"),
            self.items,
        )
        self.runner.start(
            lambda progress, cancelled: create_outbound_orders(
                call, items, progress=progress, cancelled=cancelled, audit=audit
            ),
            lambda report, _cancelled: self._sent(report), self.error_panel.show_error,
            message=self.tr("Sending orders…"), write=True,
            on_finally=lambda: self.choose_button.setEnabled(True),
        )  # fmt: skip

    def _sent(self, report: BulkReport) -> None:
        self.report = report
        self.rows.set_rows(report.to_rows())
        text = self.tr("Result: {summary}.").format(summary=report.summary())
        unknown = unknown_in(report)
        if unknown is not None:
            text += " " + self.tr("Orders marked unknown may exist at OC: use Check at OC before "
                                  "sending them again.")  # fmt: skip
            self.writer.report_unknown(*unknown)
        say(self.summary, text)
        failed = len(report.rows_to_fix()[0])
        self.export_button.setEnabled(failed > 0)
        self.export_button.setText(self.tr("Export {n} failed rows…").format(n=failed))
        self.sig_rows_shown.emit(len(report.outcomes))

    def created_numbers(self) -> dict[str, str]:
        """reference -> OC order number of the last run."""
        return dict(self.report.created) if self.report else {}

    # --- failed rows -------------------------------------------------------------------------

    def _ask_export(self) -> None:
        path = ask_save_table(self, self.tr("Export failed rows"), self._fix_name())
        if path is not None:
            self.export_failed(path)

    def _fix_name(self) -> str:
        """orders_to_fix in the format of the file read."""
        suffix = self.source.suffix.lower() if self.source else ""
        return "orders_to_fix" + (".xlsx" if suffix == ".xlsx" else ".csv")

    def export_failed(self, path: Path) -> None:
        """Write the rows not created, with a problem column, ready to fix and load again."""
        if self.report is None:
            return
        rows, reasons = self.report.rows_to_fix()
        headers = self.table_data.headers if self.table_data else None
        op = self.context.api.run(lambda: write_failed_rows(path, rows, reasons, headers))
        op.on_done(lambda n: say(self.summary, self.summary.text() + " " + self.tr(
            "{n} rows written to {path}.").format(n=n, path=path)))  # fmt: skip
        op.on_error(self.error_panel.show_error)
        op.start()
