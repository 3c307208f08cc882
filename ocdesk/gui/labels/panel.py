"""The label panel: preview a label, see its size and what it is, print it, save it, open a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.identifiers import IdKind
from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.labels import feedback
from ocdesk.gui.labels.controller import PrintController
from ocdesk.gui.labels.documents import documents_from
from ocdesk.gui.labels.preview import LabelPreview, Zoom
from ocdesk.gui.labels.print_settings import PrintSettingsDialog, type_title
from ocdesk.jobs.requests import label_request
from ocdesk.labels.document import LabelDocument

FILE_LABEL_TYPE = "file"
OK_STYLE = "color: #1b7f3b;"
ERROR_STYLE = "color: #b3261e;"


def _read_label(path: Path) -> LabelDocument:
    """Worker thread: a PDF from disk as a label of its own type (it came from no endpoint)."""
    return LabelDocument(
        path.read_bytes(), label_type=FILE_LABEL_TYPE, number=None, source_endpoint=None,
        name=path.name,
    )  # fmt: skip


def _local_pdfs(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() == ".pdf"]


class LabelPanel(QWidget):
    """Shows the label(s) of one answer and prints the one chosen, at true size.

    Print is disabled ("Printing…") from the click until the controller answers, so a second
    click on a slow printer cannot print the label twice.
    """

    sig_document_shown = Signal(object)  # LabelDocument | None

    def __init__(
        self, context: AppContext, controller: PrintController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._controller = controller
        self.documents: list[LabelDocument] = []
        self.doc: LabelDocument | None = None
        self._busy = False  # a print (or the fetch before it) is on its way
        self.setAcceptDrops(True)
        self.preview = LabelPreview(context, self)
        self.preview.sig_page_changed.connect(self._show_page_info)
        self._build_header()
        self._build_navigation()
        self._build_actions()
        self._lay_out()
        self.show_document(None)

    # --- construction ----------------------------------------------------------------------
    def _build_header(self) -> None:
        self.title = QLabel(self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_label = QLabel(self)
        self.size_label.setStyleSheet("font-weight: bold;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chooser = QComboBox(self)
        self.chooser.currentIndexChanged.connect(self._choose)

    def _build_navigation(self) -> None:
        self.prev_button = self._tool("◀", self.tr("Previous page"), self._previous)
        self.next_button = self._tool("▶", self.tr("Next page"), self._next)
        self.page_label = QLabel(self)
        self.zoom_buttons = {
            Zoom.FIT_WIDTH: self._tool(self.tr("Fit width"), "", None),
            Zoom.FIT_VIEW: self._tool(self.tr("Fit"), "", None),
            Zoom.ACTUAL: self._tool(self.tr("100%"), self.tr("True size"), None),
        }
        for zoom, button in self.zoom_buttons.items():
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, z=zoom: self.set_zoom(z))
        self.zoom_buttons[Zoom.FIT_VIEW].setChecked(True)
        self.rotate_left = self._tool("⟲", self.tr("Turn the view left"), None)
        self.rotate_right = self._tool("⟳", self.tr("Turn the view right"), None)
        self.rotate_left.clicked.connect(lambda: self.preview.rotate(-90))
        self.rotate_right.clicked.connect(lambda: self.preview.rotate(90))

    def _build_actions(self) -> None:
        self.open_button = QPushButton(self.tr("Open PDF…"), self)
        self.open_button.clicked.connect(self.open_dialog)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.clicked.connect(self._save_dialog)
        self.settings_button = QPushButton(self.tr("Print settings…"), self)
        self.settings_button.clicked.connect(self._edit_settings)
        self.quantity_label = QLabel(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 999)
        self.quantity.valueChanged.connect(self._show_quantity)
        self.fetch_button = QPushButton(self)
        self.fetch_button.clicked.connect(lambda: self._fetch_sku(print_after=False))
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print at true size (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_current)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip or text)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        widget: QWidget
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.size_label)
        navigation = QHBoxLayout()
        for widget in (self.prev_button, self.page_label, self.next_button):
            navigation.addWidget(widget)
        navigation.addStretch(1)
        for widget in (*self.zoom_buttons.values(), self.rotate_left, self.rotate_right):
            navigation.addWidget(widget)
        # Two rows, so the dock beside the tabs stays narrow enough for a 1280 px screen.
        files = QHBoxLayout()
        for widget in (self.open_button, self.save_button, self.settings_button):
            files.addWidget(widget)
        files.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for widget in (self.quantity_label, self.quantity, self.fetch_button, self.print_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.details)
        layout.addWidget(self.chooser)
        layout.addWidget(self.preview, 1)
        layout.addLayout(navigation)
        layout.addLayout(files)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # --- showing labels --------------------------------------------------------------------
    def show_document(self, doc: LabelDocument | None) -> None:
        """Show one label (None clears the panel)."""
        self.show_documents([doc] if doc is not None else [])

    def show_documents(self, docs: list[LabelDocument]) -> None:
        """Show several labels of one answer; the chooser picks which one is previewed."""
        self.documents = list(docs)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for doc in docs:
            self.chooser.addItem(doc.number or doc.name or type_title(doc.label_type, plural=False))
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(docs) > 1)
        self._choose(0)

    def show_result(self, endpoint_id: str, result: OcResult) -> None:
        """Show the labels of an OC answer (built off the GUI thread)."""
        op = self._context.api.run(lambda: documents_from(result), owner=self)
        op.on_done(self.show_documents).on_error(self._report_error).start()

    def open_file(self, path: Path | str) -> None:
        """Preview a local PDF (file dialog or drag and drop)."""
        op = self._context.api.run(lambda: _read_label(Path(path)), owner=self)
        op.on_done(self.show_document).on_error(self._report_error).start()

    def _choose(self, index: int) -> None:
        self.doc = self.documents[index] if 0 <= index < len(self.documents) else None
        self.preview.set_document(self.doc)
        self._show_details()
        self.sig_document_shown.emit(self.doc)

    def _show_details(self) -> None:
        doc = self.doc
        has_doc = doc is not None
        for widget in (self.print_button, self.save_button, self.settings_button):
            widget.setEnabled(has_doc and not self._printing())
        is_sku = doc is not None and doc.label_type == "sku" and bool(doc.number)
        self.fetch_button.setVisible(is_sku)
        self.quantity_label.setText(self.tr("Labels:") if is_sku else self.tr("Copies:"))
        self.quantity.blockSignals(True)
        self.quantity.setValue(doc.page_count if is_sku and doc else 1)
        self.quantity.blockSignals(False)
        self._show_quantity()
        if doc is None:
            self.title.setText(self.tr("No label. Open a PDF or drop one here."))
            self.details.clear()
            self.size_label.clear()
            return
        self.title.setText(
            self.tr("<b>{number}</b> · {type}").format(
                number=doc.number or doc.name, type=type_title(doc.label_type, plural=False)
            )
        )
        self.details.setText(self.tr("File: {name}").format(name=doc.name) if doc.name else "")
        # OC's name for the call that sent it, for whoever compares with OC's own screens.
        where = self.tr("From OC's {endpoint}").format(endpoint=doc.source_endpoint)
        self.details.setToolTip(where if doc.source_endpoint else "")

    def _show_page_info(self, page: int) -> None:
        count = self.preview.page_count
        self.page_label.setText(
            self.tr("page {page} of {count}").format(page=page + 1, count=count) if count else ""
        )
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)
        if self.doc is not None and count:
            width, height = self.doc.page_size_mm(page)
            locale = QLocale()
            self.size_label.setText(
                self.tr("{width} x {height} mm").format(
                    width=locale.toString(round(width)), height=locale.toString(round(height))
                )
            )

    def _show_quantity(self) -> None:
        self.fetch_button.setText(
            self.tr("Fetch {count} labels").format(count=self.quantity.value())
        )

    # --- view controls ---------------------------------------------------------------------
    def set_zoom(self, zoom: Zoom) -> None:
        for key, button in self.zoom_buttons.items():
            button.setChecked(key is zoom)
        self.preview.set_zoom(zoom)

    def _previous(self) -> None:
        self.preview.show_page(self.preview.page - 1)

    def _next(self) -> None:
        self.preview.show_page(self.preview.page + 1)

    # --- printing ----------------------------------------------------------------------------
    def print_current(self) -> None:
        """Print the label shown; ignored while it is already printing."""
        doc = self.doc
        if doc is None or self._printing():
            return
        self._set_printing(True)
        if self._needs_sku_fetch(doc):
            self._fetch_sku(print_after=True)
            return
        copies = 1 if doc.label_type == "sku" else self.quantity.value()
        self._controller.print_document(doc, parent=self, copies=copies, on_done=self._printed)

    def _needs_sku_fetch(self, doc: LabelDocument) -> bool:
        """A SKU label's quantity is the pages OC sends: another quantity needs a new fetch."""
        return (
            doc.label_type == "sku" and bool(doc.number) and self.quantity.value() != doc.page_count
        )

    def _fetch_sku(self, *, print_after: bool) -> None:
        doc = self.doc
        if doc is None or not doc.number:
            return
        request = label_request(IdKind.MFSKUID, doc.number, self.quantity.value())

        def fetched(docs: list[LabelDocument]) -> None:
            self.show_documents(docs)
            if print_after and self.doc is not None:
                self._controller.print_document(self.doc, parent=self, on_done=self._printed)

        on_error = self._not_fetched if print_after else self._fetch_failed
        self._controller.fetch_documents(
            request.endpoint_id, request.data, fetched, on_error=on_error
        )

    def _printed(self, ok: bool, message: str) -> None:
        self._set_printing(False)
        self._say(message, ok)

    def _not_fetched(self, _ok: bool, error: str) -> None:
        self._printed(False, feedback.not_fetched(error))

    def _fetch_failed(self, _ok: bool, message: str) -> None:
        self._say(message, False)

    def _printing(self) -> bool:
        return self._busy

    def _set_printing(self, printing: bool) -> None:
        self._busy = printing
        self.print_button.setText(self.tr("Printing…") if printing else self.tr("Print"))
        self.print_button.setEnabled(not printing and self.doc is not None)
        if printing:
            self._say(self.tr("Printing…"), True)

    def _edit_settings(self) -> None:
        if self.doc is not None:
            PrintSettingsDialog(self._context, self.doc.label_type, self).exec()

    # --- files -------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a label PDF"), "", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.open_file(path)

    def _save_dialog(self) -> None:
        doc = self.doc
        if doc is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the label PDF"), doc.name or "label.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the label's bytes, unchanged, to `path` (off the GUI thread)."""
        doc = self.doc
        if doc is None:
            return
        op = self._context.api.run(lambda: path.write_bytes(doc.pdf), owner=self)
        op.on_done(lambda _: self._say(self.tr("Saved {path}").format(path=path), True))
        op.on_error(self._report_error).start()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _local_pdfs(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        pdfs = _local_pdfs(event)
        if pdfs:
            event.acceptProposedAction()
            self.open_file(pdfs[0])

    # --- messages ----------------------------------------------------------------------------
    def _report_error(self, exc: Exception) -> None:
        self._say(str(exc), False)

    def _say(self, message: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(message)
