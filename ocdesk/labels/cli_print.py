"""`ocdesk label ... --print`: print fetched labels from the command line, recorded like the GUI's."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication

from ocdesk.api import catalog
from ocdesk.api.result import LabelFile
from ocdesk.api.text import QT_TRANSLATE_NOOP
from ocdesk.labels import presets
from ocdesk.labels.document import LabelDocument, LabelError
from ocdesk.labels.history import PrintHistory, audit_print
from ocdesk.labels.printing import PrintOutcome, cups_available, print_label, stock_for
from ocdesk.labels.raw.address import is_address
from ocdesk.store.audit import AuditLog, Words
from ocdesk.store.operator import Operator, resolve
from ocdesk.store.sql import Store

VIAS = ("qt", "cups")
CLI_REPRINT_REASON = "printed again from the command line"
# A command line print's audit detail: what the printer said, or nothing when it said nothing.
CLI_PRINT_DETAIL = QT_TRANSLATE_NOOP("audit", "{printer} {preset}: {message}")
CLI_SILENT_PRINT_DETAIL = QT_TRANSLATE_NOOP("audit", "{printer} {preset}:")

# QtPdf and QPrinter need a Qt application object; it must outlive every print.
_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Create a QGuiApplication when none exists; offscreen unless the user chose a platform."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    argv = ["ocdesk"]
    if "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]  # a terminal may have no display at all
    _app = QGuiApplication(argv)


@dataclass(frozen=True)
class _Target:
    """Where and how the labels go; `preset` None means each label's own size picks."""

    printer: str
    preset: presets.MediaPreset | None
    via: str
    copies: int

    def stock_for(self, doc: LabelDocument) -> presets.MediaPreset:
        """The preset, or the label's own size; at a label printer's own dpi."""
        return stock_for(self.printer, self.preset or presets.preset_for(*doc.page_size_mm(0)),
                         doc)  # fmt: skip

    def send(self, doc: LabelDocument, stock: presets.MediaPreset) -> PrintOutcome:
        """A label printer's address prints directly, whatever --via says."""
        if self.via == "cups" and not is_address(self.printer) and not cups_available():
            return PrintOutcome(False, None, "CUPS is not available here; use --via qt")
        return print_label(doc, self.printer, stock, via=self.via, copies=self.copies)


def print_from_cli(
    result_labels: Sequence[LabelFile],
    printer: str,
    preset_key: str | None,
    via: str,
    copies: int,
    db: Store,
    *,
    endpoint_id: str | None = None,
    profile: str = "",
    who: Callable[[], Operator] = resolve,
) -> list[PrintOutcome]:
    """Print each label on `printer` and record it in `db`'s print history (under `who`) and
    audit log; one outcome per label.

    `preset_key` None lets each label's own page size pick the stock (203 dpi thermal), as the
    GUI does. The command line is an explicit request, so a label printed before is printed
    again, but recorded as a reprint of the earlier print. Raises ValueError for a bad `via`
    and KeyError for an unknown preset, before anything is printed.
    """
    if via not in VIAS:
        raise ValueError(f"--via must be one of {', '.join(VIAS)}, not {via!r}")
    target = _Target(printer, presets.get(preset_key) if preset_key else None, via, copies)
    ensure_gui_app()
    spec = catalog.get(endpoint_id).label if endpoint_id else None
    label_type = spec.label_type if spec is not None else "label"
    history, audit = PrintHistory(db, who), AuditLog(db, who)
    return [
        _print_one(label, label_type, endpoint_id, target, history, audit, profile)
        for label in result_labels
    ]


def _print_one(
    label: LabelFile,
    label_type: str,
    endpoint_id: str | None,
    target: _Target,
    history: PrintHistory,
    audit: AuditLog,
    profile: str,
) -> PrintOutcome:
    try:
        doc = LabelDocument(label.pdf, label_type=label_type, number=label.number,
                            source_endpoint=endpoint_id, name=label.name)  # fmt: skip
    except LabelError as exc:
        return PrintOutcome(False, None, str(exc))
    stock = target.stock_for(doc)
    outcome = target.send(doc, stock)
    earlier = history.last_print(doc.label_type, doc.identity.number, doc.content_hash)
    history.record(
        doc.identity,
        target.printer,
        stock.key,
        outcome,
        copies=target.copies,
        reprint_of=earlier.id if earlier else None,
        reason=CLI_REPRINT_REASON if earlier else "",
        profile=profile,
        source_endpoint=endpoint_id,
    )
    said = outcome.message or outcome.job_id or ""
    detail = Words.of(CLI_PRINT_DETAIL if said else CLI_SILENT_PRINT_DETAIL,
                      printer=target.printer, preset=stock.key, message=said)  # fmt: skip
    audit_print(audit, profile, doc.identity.number, reprint=earlier is not None, ok=outcome.ok,
                detail=detail)  # fmt: skip
    return outcome
