"""Create VAS order: the service in words, SKU lines, instructions and files for the warehouse."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ocdesk.api import catalog, lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.inbound.create import code_combo
from ocdesk.gui.pages.kit import words
from ocdesk.gui.pages.kit.forms import FormGrid, big_label, line_table
from ocdesk.gui.pages.kit.page import DeskPage
from ocdesk.gui.pages.kit.services import RegionCombo
from ocdesk.jobs.base import Call

ENDPOINT = catalog.get("vas.create")
SKU_LINES = next(f for f in ENDPOINT.fields if f.name == "skuList")


def encode_files(paths: list[Path]) -> list[dict[str, str]]:
    """Runs on a worker: the files as OC expects them (name and base64 content)."""
    return [{"fileName": p.name, "file": base64.b64encode(p.read_bytes()).decode("ascii")}
            for p in paths]  # fmt: skip


class VasCreatePage(DeskPage):
    """The form; on success the new VAS number is shown big."""

    sig_created = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Create VAS order"),
            self.tr("Ask the warehouse for work on stock it holds: relabel, repack, kit, inspect "
                    "or photograph. Attach new labels for a relabel."),
            parent,
        )  # fmt: skip
        self.seller_edit = QLineEdit(self)
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
        self.seller_edit.setText(f"VAS-{stamp}")
        self.region_combo = RegionCombo(context, self)
        self.type_combo = code_combo(words.vas_types())
        self.lines = line_table(SKU_LINES, [self.tr("OC SKU ID"), self.tr("Quantity")])
        self.remark_edit = QPlainTextEdit(self)
        self.remark_edit.setPlaceholderText(self.tr("What the warehouse should do"))
        self.remark_edit.setMaximumHeight(70)
        self.file_list = QListWidget(self)
        self.file_list.setMaximumHeight(70)
        self.paths: list[Path] = []
        add_files = QPushButton(self.tr("Add files…"), self)
        self.create_button = QPushButton(self.tr("Create VAS order"), self)
        self.create_button.setDefault(True)
        self.result_label = big_label(self)
        self.form = FormGrid(self)
        f = self.form
        f.add("sellerVasNumber", self.tr("Your VAS number"), self.seller_edit)
        f.add("serviceRegion", self.tr("Warehouse"), self.region_combo)
        f.add("vasType", self.tr("Service"), self.type_combo)
        f.add("skuList", self.tr("SKUs"), self.lines.widget)
        f.add("remark", self.tr("Instructions"), self.remark_edit)
        files_box = QWidget(self)
        files_row = QHBoxLayout(files_box)
        files_row.setContentsMargins(0, 0, 0, 0)
        files_row.addWidget(self.file_list, 1)
        files_row.addWidget(add_files)
        f.add("fileList", self.tr("Files"), files_box)
        self.body.addWidget(f, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.create_button)
        bar.addWidget(self.result_label, 1)
        bar.addStretch(1)
        self.body.addLayout(bar)
        add_files.clicked.connect(self._pick)
        self.writer.actions.append(self.create_button)
        self.create_button.clicked.connect(self.send)
        self.seller_edit.returnPressed.connect(self.send)

    def _pick(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Files for the warehouse"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        self.paths += paths
        self.file_list.addItems([p.name for p in paths])

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sellerVasNumber": self.seller_edit.text().strip(),
            "serviceRegion": self.region_combo.region(),
            "vasType": self.type_combo.currentData(),
            "skuList": self.lines.value() or [],
        }
        if self.remark_edit.toPlainText().strip():
            data["remark"] = self.remark_edit.toPlainText().strip()
        return data

    def send(self) -> None:
        if self.writer.busy:
            return
        data = self.data()
        if not self.checked(ENDPOINT, data, self.form, self.lines):
            return
        if not self.confirmed(self.tr("New VAS order {number}").format(
                number=data["sellerVasNumber"])):  # fmt: skip
            return
        paths = list(self.paths)

        def send(call: Call) -> Any:
            files = encode_files(paths)
            return call(ENDPOINT.id, {**data, "fileList": files} if files else data)

        self.result_label.hide()
        self.writer.send(
            ENDPOINT.id, data, message=self.tr("Creating the VAS order…"), work=send,
            on_done=lambda result: self._created(data, result),
            on_error=self.show_error,
        )  # fmt: skip

    def _created(self, data: dict[str, Any], result: Any) -> None:
        number = str(lenient.get(result.payload, "vasNumber") or "")
        seller = data["sellerVasNumber"]
        self.announce_created(
            self.result_label,
            "vas",
            number,
            self.tr("VAS order {number} created for {seller}; it is on the VAS orders page."
                    ).format(number=number, seller=seller),
        )  # fmt: skip
        if self.seller_edit.text().strip() == seller:
            stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
            self.seller_edit.setText(f"VAS-{stamp}")  # a fresh number: the old one is taken now
        self.sig_created.emit(number)
