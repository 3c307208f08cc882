"""SKU tab, "Create SKUs from a file" (CSV or Excel): preview every row's problems, send the valid
ones, export the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.jobs import JobRunner, ProgressStrip
from ocdesk.gui.widgets.error_panel import ErrorPanel
from ocdesk.gui.widgets.results import ResultsView
from ocdesk.gui.widgets.table_files import ask_open_table, ask_save_table
from ocdesk.gui.writes import WriteSender, audit_trail, unknown_in
from ocdesk.jobs.bulk_create import SKUS, check_items, create_skus
from ocdesk.jobs.bulk_report import BulkReport
from ocdesk.jobs.column_labels import mapping_words
from ocdesk.jobs.csv_items import READERS, SourceItem
from ocdesk.jobs.csv_rows import CsvTable
from ocdesk.jobs.tables import read_table, write_failed_rows
from ocdesk.jobs.templates import write_template


def load(path: str | Path) -> tuple[CsvTable, list[SourceItem]]:
    """Runs on a worker: the file read and its SKUs built."""
    table = read_table(path)
    return table, READERS["sku.create"].items(table)


def preview_rows(items: list[SourceItem], problems: list[list[str]]) -> list[dict[str, Any]]:
    return [
        {
            "Line": item.where,
            "Reference SKU": item.data.get("referenceSKUID", ""),
            "Names": ", ".join(
                f"{n.get('languageCode', '?')}: {n.get('SKUName', '')}"
                for n in item.data.get("SKUNameList", [])
            ),
            "Ready": "✔" if not found else "✘",
            "Problems": "; ".join(found),
        }
        for item, found in zip(items, problems, strict=True)
    ]


class CsvSkusPage(QWidget):
    """Pick a file, read the preview, send the valid SKUs, export what still needs fixing.

    `sig_finished(report)` fires after a send (also a cancelled one).
    """

    sig_finished = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[SourceItem] = []
        self.source: Path | None = None
        self.report: BulkReport | None = None
        self.pick_button = QPushButton(self.tr("Open a CSV or Excel file..."), self)
        self.template_button = QPushButton(self.tr("Download the template..."), self)
        self.send_button = QPushButton(self.tr("Send valid rows"), self)
        self.export_button = QPushButton(self.tr("Export failed rows..."), self)
        self.summary = QLabel(
            self.tr("Open a CSV or Excel file: every row is checked before anything is sent."),
            self,
        )
        self.summary.setWordWrap(True)
        self.strip = ProgressStrip(self)
        self.errors = ErrorPanel(self)
        self.table = ResultsView(self)
        self.runner = JobRunner(context, self.strip, self)
        self.writer = WriteSender(context, self, self.errors)
        self._lay_out()
        self.pick_button.clicked.connect(self._ask_file)
        self.template_button.clicked.connect(self._ask_template)
        self.send_button.clicked.connect(self.send)
        self.export_button.clicked.connect(self._ask_export)
        self._enable()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for button in (self.pick_button, self.template_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.send_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.strip)
        layout.addWidget(self.errors)
        layout.addWidget(self.table, 1)

    def _enable(self, running: bool | None = None) -> None:
        """Buttons that make sense now; `running` overrides the runner while it reports back."""
        running = self.runner.running if running is None else running
        self.send_button.setEnabled(bool(self.items) and not running)
        self.pick_button.setEnabled(not running)
        failed = self.report is not None and len(self.report.outcomes) > len(self.report.created)
        self.export_button.setEnabled(failed and not running)

    # --- reading -----------------------------------------------------------------------------

    def _ask_file(self) -> None:
        path = ask_open_table(self, self.tr("SKU file"))
        if path is not None:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read the file in the background, then preview each SKU with its problems."""
        self.errors.clear()
        self.source = Path(path)
        op = self.context.api.run(lambda: load(path), owner=self)
        op.on_done(self._preview).on_error(self.errors.show_error)
        op.start()

    def _preview(self, loaded: tuple[CsvTable, list[SourceItem]]) -> None:
        table, items = loaded
        self.items, self.report = items, None
        problems = check_items(SKUS, items)
        bad = sum(1 for p in problems if p)
        self.table.set_rows(preview_rows(items, problems))
        text = self.tr("{bad} of {n} SKUs need fixing; {ok} are ready to send. The file was "
                       "{how}.").format(bad=bad, n=len(items), ok=len(items) - bad, how=table.source)
        renamed = mapping_words(READERS["sku.create"].columns_read(table))
        if renamed:
            text += " " + self.tr("Columns read as: {mapping}.").format(mapping=renamed)
        self.summary.setText(text)
        self._enable()

    # --- sending -----------------------------------------------------------------------------

    def send(self) -> None:
        """Create the valid SKUs (200 per call); the job skips the invalid ones itself."""
        if self.runner.running:
            return
        call, items = self.context.bound_caller(), list(self.items)
        if not self.writer.may_send([str(i.data.get("referenceSKUID") or "") for i in items]):
            return
        self.errors.clear()
        audit = audit_trail(self.context, "create SKUs from CSV")

        def job(progress: Any, cancelled: Any) -> BulkReport:
            return create_skus(call, items, progress=progress, cancelled=cancelled, audit=audit)

        self.runner.start(job, self._finished, self._failed, message=self.tr("Sending SKUs..."),
                          write=True)  # fmt: skip
        self._enable()

    def _finished(self, report: BulkReport, cancelled: bool) -> None:
        self.report = report
        self.table.set_rows(report.to_rows())
        self.summary.setText(report.summary() + (self.tr(" (cancelled)") if cancelled else ""))
        self._enable(running=False)
        unknown = unknown_in(report)
        if unknown is not None:
            self.writer.report_unknown(*unknown)
        self.sig_finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self.errors.show_error(error)
        self._enable(running=False)

    # --- files out ---------------------------------------------------------------------------

    def _ask_export(self) -> None:
        excel = self.source is not None and self.source.suffix.lower() == ".xlsx"
        name = "skus-to-fix.xlsx" if excel else "skus-to-fix.csv"
        path = ask_save_table(self, self.tr("Save the rows to fix"), name)
        if path is not None:
            count = self.export_failed(path)
            self.summary.setText(
                self.tr("{n} rows saved to {path}: fix them and open the file again.").format(
                    n=count, path=path
                )
            )

    def export_failed(self, path: str | Path) -> int:
        """Write every row of an SKU not created, with its reason; returns the rows written."""
        if self.report is None:
            return 0
        return write_failed_rows(path, *self.report.rows_to_fix())

    def _ask_template(self) -> None:
        path = ask_save_table(self, self.tr("Save the template"), "skus.xlsx")
        if path is not None:
            self.save_template(path)

    def save_template(self, path: Path) -> None:
        """Write the template (every column the importer reads, one example SKU) to `path`,
        as .xlsx or CSV by its suffix."""
        op = self.context.api.run(lambda: write_template("sku.create", path), owner=self)
        op.on_done(lambda _: self.summary.setText(self.tr(
            "Template saved to {path}: one example SKU; replace it with yours.").format(
                path=path)))  # fmt: skip
        op.on_error(self.errors.show_error)
        op.start()
