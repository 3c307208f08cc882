"""Inbound uploads: courier tracking numbers, and customs clearance documents with their checks."""

from __future__ import annotations

import base64
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ocdesk.api import catalog, lenient, validation
from ocdesk.api.catalog.model import megabytes
from ocdesk.api.errors import FieldProblem, ValidationError
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import FormGrid, line_table
from ocdesk.gui.pages.kit.page import DeskPage
from ocdesk.gui.widgets.table import read_only_table
from ocdesk.gui.words import QT_TRANSLATE_NOOP
from ocdesk.jobs.base import Call
from ocdesk.store.audit import Words

TRACKING = catalog.get("inbound.upload_tracking")
CLEARANCE = catalog.get("inbound.upload_clearance")
MAX_FILE_BYTES = CLEARANCE.field("fileList.file").max_bytes or 0
MAX_FILES = CLEARANCE.item_limit("fileList")
_TRACKING_LIST = next(f for f in TRACKING.fields if f.name == "trackingList")
# The order desk staff read a courier's paperwork in: carrier, number, then the carton.
TRACKING_LINES = replace(_TRACKING_LIST, fields=tuple(
    next(f for f in _TRACKING_LIST.fields if f.name == n)
    for n in ("carrier", "trackingNumber", "cartonNumber")))  # fmt: skip
# An upload's audit detail: the names of the files sent.
UPLOAD_DETAIL = QT_TRANSLATE_NOOP("audit", "files: {files}")
_GUESSES = (("pack", "PL"), ("invoice", "IN"), ("lading", "BL"), ("awb", "MAWB"))


def seller_number(call: Call, inbound_number: str) -> str:
    """The seller's own number of an inbound order (the reference OC expects by default)."""
    rows = call("inbound.list", {"inboundNumberList": [inbound_number]}).rows()
    value = lenient.get(rows[0], "sellerInboundNumber", "sellerinboundNumber") if rows else None
    return str(value or "")


class TrackingPage(DeskPage):
    """Inbound number, reference, and a table of parcels (carrier, tracking number, carton)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Upload tracking"),
            self.tr("For express inbound orders: the courier tracking number of each carton, so "
                    "the warehouse can follow them. Paste the lines from a spreadsheet."),
            parent,
        )  # fmt: skip
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText("OCI…")
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Empty: your own inbound number"))
        self.lines = line_table(TRACKING_LINES, [self.tr("Carrier"), self.tr("Tracking number"),
                                                 self.tr("Carton")], height=200)  # fmt: skip
        self.send_button = QPushButton(self.tr("Upload tracking"), self)
        self.send_button.setDefault(True)
        self.form = FormGrid(self)
        self.form.add("inboundNumber", self.tr("Inbound number"), self.number_edit)
        self.form.add("referenceNumber", self.tr("Reference"), self.reference_edit,
                      tip=self.tr("OC asks for your own inbound number here"))  # fmt: skip
        self.form.add("trackingList", self.tr("Parcels"), self.lines.widget)
        self.body.addWidget(self.form, 1)
        self.body.addWidget(self.send_button)
        self.writer.actions.append(self.send_button)
        self.send_button.clicked.connect(self.send)
        self.number_edit.returnPressed.connect(self.send)
        self.reference_edit.returnPressed.connect(self.send)

    def set_inbound(self, number: str, seller: str = "") -> None:
        self.number_edit.setText(number)
        self.reference_edit.setText(seller)

    def send(self) -> None:
        if self.writer.busy:
            return
        self.clear_messages()
        self.form.clear_problems()
        self.lines.clear_problems()
        number = self.number_edit.text().strip()
        reference = self.reference_edit.text().strip()
        data = {"inboundNumber": number, "referenceNumber": reference or "-",
                "trackingList": self.lines.value() or []}  # fmt: skip
        problems = validation.problems_for(TRACKING, data)
        if problems:
            self.form.show_problems(problems)
            self.refuse(problems, TRACKING.id)
            return
        if not self.confirmed(self.tr("Tracking numbers for {number}").format(number=number)):
            return

        def upload(call: Call) -> dict[str, Any]:
            sent = {**data, "referenceNumber": reference or seller_number(call, number)}
            call(TRACKING.id, sent)
            return sent

        self.writer.send(
            TRACKING.id, data, message=self.tr("Uploading tracking numbers…"), action="upload",
            work=upload, on_done=self._sent, on_error=self.show_error,
        )  # fmt: skip

    def _sent(self, data: dict[str, Any]) -> None:
        tracking = [line["trackingNumber"] for line in data["trackingList"]]
        if self.number_edit.text().strip() == data["inboundNumber"]:
            self.reference_edit.setText(data["referenceNumber"])
        self.show_info(self.tr("{count} tracking numbers uploaded for {number}.").format(
            count=len(tracking), number=data["inboundNumber"]))  # fmt: skip


def check_files(paths: list[Path]) -> list[FieldProblem]:
    """Files OC would refuse, named, before anything is read or sent."""
    problems = []
    if not 1 <= len(paths) <= MAX_FILES:
        problems.append(FieldProblem("data.fileList", f"choose 1 to {MAX_FILES} files"))
    for index, path in enumerate(paths):
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            problems.append(FieldProblem(f"data.fileList[{index}]", f"{path.name}: {exc}"))
            continue
        if size > MAX_FILE_BYTES:
            problems.append(FieldProblem(
                f"data.fileList[{index}]", f"{path.name} is {megabytes(size):.1f} MB; "
                f"OC accepts at most {megabytes(MAX_FILE_BYTES):g} MB per file"))  # fmt: skip
    return problems


def file_entries(paths: list[Path], types: list[str]) -> list[dict[str, str]]:
    """The files as OC expects them: type, name and the content in base64."""
    return [
        {"fileType": kind, "fileName": path.name,
         "file": base64.b64encode(path.read_bytes()).decode("ascii")}
        for path, kind in zip(paths, types, strict=True)
    ]  # fmt: skip


def guess_type(name: str) -> str:
    lowered = name.lower()
    return next((code for hint, code in _GUESSES if hint in lowered), "PL")


class ClearancePage(DeskPage):
    """Pick files, say what each is, send them; then OC's verdict on each document."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Upload clearance documents"),
            self.tr("Customs documents for an inbound order: up to 10 files of at most 10 MB "
                    "each. OC checks them afterwards; Refresh shows its verdict."),
            parent,
        )  # fmt: skip
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText("OCI…")
        self.files = read_only_table([self.tr("File"), self.tr("Size"), self.tr("Document type")],
                                     self)  # fmt: skip
        self.paths: list[Path] = []
        add = QPushButton(self.tr("Add files…"), self)
        remove = QPushButton(self.tr("Remove selected"), self)
        self.send_button = QPushButton(self.tr("Upload documents"), self)
        self.send_button.setDefault(True)
        self.refresh_button = QPushButton(self.tr("Refresh verification"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.form = FormGrid(self)
        self.form.add("inboundNumber", self.tr("Inbound number"), self.number_edit)
        files_box = QWidget(self)
        bar = QHBoxLayout(files_box)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        self.form.add("fileList", self.tr("Files"), files_box)
        self.body.addWidget(self.form)
        self.body.addWidget(self.files, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addWidget(self.status_label)
        self.writer.actions.append(self.send_button)
        add.clicked.connect(self._pick)
        remove.clicked.connect(self._remove_selected)
        self.send_button.clicked.connect(self.send)
        self.refresh_button.clicked.connect(self.refresh)
        self.number_edit.returnPressed.connect(self.refresh)

    def set_inbound(self, number: str, _seller: str = "") -> None:
        self.number_edit.setText(number)
        self.refresh()

    # --- files -------------------------------------------------------------------------------
    def _pick(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Customs documents"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            row = self.files.rowCount()
            self.files.insertRow(row)
            self.paths.append(path)
            self.files.setItem(row, 0, QTableWidgetItem(path.name))
            size = path.stat().st_size if path.exists() else 0
            self.files.setItem(row, 1, QTableWidgetItem(f"{megabytes(size):.2f} MB"))
            combo = QComboBox(self.files)
            combo.setEditable(True)  # other codes may be typed (§5.6: the list is cut off)
            for code, text in words.document_types():
                combo.addItem(code, code)
                combo.setItemData(combo.count() - 1, text, 3)  # tooltip role
            combo.setCurrentText(guess_type(path.name))
            combo.setToolTip(", ".join(f"{c} {t}" for c, t in words.document_types()))
            self.files.setCellWidget(row, 2, combo)

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.files.selectedIndexes()}, reverse=True):
            self.files.removeRow(row)
            del self.paths[row]

    def types(self) -> list[str]:
        return [self._type_of(r) for r in range(self.files.rowCount())]

    def _type_of(self, row: int) -> str:
        combo = self.files.cellWidget(row, 2)
        return combo.currentText().strip().upper() if isinstance(combo, QComboBox) else ""

    # --- sending -----------------------------------------------------------------------------
    def send(self) -> None:
        if self.writer.busy:
            return
        self.clear_messages()
        self.form.clear_problems()
        number = self.number_edit.text().strip()
        paths, types = list(self.paths), self.types()
        problems = check_files(paths)
        if not number:
            problems.insert(0, FieldProblem("data.inboundNumber", "is required"))
        problems += [FieldProblem(f"data.fileList[{i}].fileType", "is required")
                     for i, t in enumerate(types) if not t]  # fmt: skip
        if problems:
            self.form.show_problems(problems)
            self.refuse(problems, CLEARANCE.id)
            return
        if not self.confirmed(self.tr("{count} customs documents for {number}").format(
                count=len(paths), number=number)):  # fmt: skip
            return

        def upload(call: Call) -> list[str]:
            late = check_files(paths)  # a file may have grown since it was added
            if late:
                raise ValidationError(late, endpoint_id=CLEARANCE.id)
            call(CLEARANCE.id, {"inboundNumber": number, "fileList": file_entries(paths, types)})
            return [p.name for p in paths]

        self.writer.send(
            CLEARANCE.id, {"inboundNumber": number}, action="upload", work=upload,
            detail=Words.of(UPLOAD_DETAIL, files=", ".join(p.name for p in paths)),
            message=self.tr("Uploading {count} documents…").format(count=len(paths)),
            on_done=lambda names: self._sent(number, paths, names), on_error=self._failed,
        )  # fmt: skip

    def _sent(self, number: str, paths: list[Path], names: list[str]) -> None:
        self.show_info(self.tr("{count} documents uploaded for {number}; OC checks them now."
                               ).format(count=len(names), number=number))  # fmt: skip
        if self.number_edit.text().strip() != number or self.paths != paths:
            return  # the form has moved on since: leave it as it is
        self.files.setRowCount(0)
        self.paths.clear()
        self.refresh()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError) and error.endpoint_id == CLEARANCE.id:
            self.form.show_problems(error.problems)
            self.refuse(error.problems, CLEARANCE.id)
            return
        self.show_error(error)

    def refresh(self) -> None:
        """OC's verification of the documents of the order, from inbound.detail."""
        number = self.number_edit.text().strip()
        if not number:
            return
        self.ask_oc("inbound.detail", {"inboundNumberList": [number]},
                  self.tr("Reading the verification status…"), self._show_status)  # fmt: skip

    def _show_status(self, result: Any) -> None:
        rows = result.rows()
        files = lenient.get(rows[0], "fileList") or [] if rows else []
        self.status_label.setText(words.clearance_text(files))
