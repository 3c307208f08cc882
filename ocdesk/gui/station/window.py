"""Scan-to-print station: a window for a barcode scanner and no mouse; scan a number, get its label.

A scanner is a keyboard that types the number and Enter. The one big input keeps the focus;
Enter decides what the number is (ocdesk.jobs.station_plan), prints its label on the station's
printer for that label type through the shared PrintController (which records every print
and guards reprints), or shows an outbound order's status in large type. It is ready on the
first scan: a label type nobody chose a printer for starts on the last one used or the
system's default (ocdesk.gui.labels.starting), and the banner says which.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocdesk.api.errors import OcError
from ocdesk.api.identifiers import IdKind
from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.gui.labels.documents import documents_from
from ocdesk.gui.labels.feedback import printed
from ocdesk.gui.labels.print_settings import type_title
from ocdesk.gui.labels.reprint_dialog import when_and_where
from ocdesk.gui.labels.starting import StartingPrinters, choice_to_use, look_up
from ocdesk.gui.shared_database import outage
from ocdesk.gui.station.keys import STATION_KEYS
from ocdesk.gui.station.printers import no_printer_words, where_words
from ocdesk.gui.station.printers_dialog import StationPrintersDialog
from ocdesk.gui.station.widgets import Banner, HistoryStrip, ScanEntry, Tone, play
from ocdesk.jobs.requests import LabelRequest, label_request, label_types, order_query
from ocdesk.jobs.station_plan import (
    ORDER_ENDPOINT,
    SKU_QUERY_ENDPOINT,
    DoubleScanGuard,
    mfskuid_of,
    order_view,
    plan_scan,
)
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintRecord

REPRINT_REASON = "reprint at station"


@dataclass
class _Scan:
    """One scan on its way: its number and its line in the history strip."""

    number: str
    item: QListWidgetItem


@dataclass
class _Prompt:
    """A label printed before, or one that could not be checked (the shared database is away),
    waiting for Y (or the same scan again) or N/Esc. Its record is None when not checked.

    Showing the question ends the scan (sig_scan_done); the answer ends it again."""

    scan: _Scan
    choice: PrinterChoice
    held: list[tuple[LabelDocument, PrintRecord | None]] = field(default_factory=list)


class StationWindow(QWidget):
    """The station. `sig_scan_done(ScanEntry)` fires when a scan's outcome is shown."""

    sig_scan_done = Signal(object)

    def __init__(
        self, context: AppContext, controller: PrintController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._context = context
        self._controller = controller
        self.guard = DoubleScanGuard()
        self._prompt: _Prompt | None = None
        self._printer_wanted = label_types()[0]  # what F2 offers first
        self.printers: StartingPrinters | None = None  # None until looked up
        self._waiting_for_printers: list[Callable[[], None]] = []
        self._idle = True  # the banner shows Ready, not a scan's outcome
        self.printers_dialog: StationPrintersDialog | None = None
        self._opening_printers = False
        self.setWindowTitle(self.tr("ocdesk: scan-to-print station"))
        self._build()
        self._keys()
        context.sig_session_changed.connect(self._show_sandbox)
        self._show_sandbox()
        self.banner.show_state(Tone.WORKING, self.tr("Ready"), self.tr("Looking for printers…"))
        self.look_up_printers()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.sandbox_banner = QLabel(self.tr("SANDBOX: test data, not real orders"), self)
        self.sandbox_banner.setStyleSheet(
            "background: #ff9800; color: black; font-weight: bold; padding: 6px;"
        )
        self.sandbox_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Scan or type a number, then Enter"))
        big = QFont(self.input.font())
        big.setPointSize(32)
        self.input.setFont(big)
        self.input.setMinimumHeight(72)
        self.input.returnPressed.connect(self.scan)
        self.input.installEventFilter(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 999)
        self.quantity.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # PgUp/PgDn change it
        self.quantity.setMinimumHeight(40)
        self.banner = Banner(self)
        self.history = HistoryStrip(self)
        self.help = QLabel(self._help_text(), self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("background: #fffde7; padding: 10px; font-size: 14pt;")
        self.help.hide()
        hint = QLabel(self.tr("F1 help · F2 printers and test page · Esc clear"), self)
        hint.setStyleSheet("color: #555;")
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(QLabel(self.tr("SKU labels per scan (PgUp / PgDown):"), self))
        quantity_row.addWidget(self.quantity)
        quantity_row.addStretch(1)
        quantity_row.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sandbox_banner)
        layout.addWidget(self.input)
        layout.addLayout(quantity_row)
        layout.addWidget(self.banner, 3)
        layout.addWidget(self.help)
        layout.addWidget(QLabel(self.tr("Last scans"), self))
        layout.addWidget(self.history, 2)
        self.resize(900, 760)

    def _help_text(self) -> str:
        return self.tr(
            "<b>Scan</b> a return (OCS…), inbound (OCI…) or SKU number: its label prints on this "
            "station's printer for that label type.<br>"
            "<b>Scan</b> an outbound number (OCO…), your reference or an eBay order id: its status "
            "and tracking are shown.<br>"
            "The same number scanned again within 5 s is ignored. A label printed before asks "
            "first: <b>Y</b> or the same scan again reprints, <b>N</b> or <b>Esc</b> skips.<br>"
        ) + " · ".join(
            f"<b>{html.escape(k.names())}</b>: {html.escape(k.words())}" for k in STATION_KEYS
        )

    def _keys(self) -> None:
        """Bind every key of `STATION_KEYS` to its action; a key without one fails here, loudly."""
        actions: dict[str, Callable[[Qt.Key], bool]] = {
            "help": _any_key(self._toggle_help),
            "printers": _any_key(self.choose_printer),
            "quantity": self._step_quantity,
            "reprint": self._answer_key,
            "clear": _any_key(self.clear),
        }
        self._typed_keys: dict[Qt.Key, Callable[[Qt.Key], bool]] = {}
        for entry in STATION_KEYS:
            action = actions[entry.action]
            for key in entry.keys:
                if not entry.window_wide:
                    self._typed_keys[key] = action
                    continue
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda action=action, key=key: action(key))

    # --- focus -------------------------------------------------------------------------------
    def _refocus(self) -> None:
        """Back to the input, whatever happened: the scanner types wherever the focus is."""
        self.activateWindow()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self._refocus)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        """Station keys typed into the input; True when handled (the input never sees them)."""
        action = self._typed_keys.get(Qt.Key(event.key()))
        return action is not None and action(Qt.Key(event.key()))

    def _step_quantity(self, key: Qt.Key) -> bool:
        self.quantity.stepBy(1 if key == Qt.Key.Key_PageUp else -1)
        return True

    def _answer_key(self, key: Qt.Key) -> bool:
        """Y / N answer only into an empty box: a scanned number may hold those letters."""
        if self._prompt is None or self.input.text():
            return False
        self.answer_reprint(key == Qt.Key.Key_Y)
        return True

    # --- scanning ----------------------------------------------------------------------------
    @property
    def prompt_active(self) -> bool:
        return self._prompt is not None

    def scan(self, text: str | None = None) -> None:
        """Act on a scanned number (the input's text by default)."""
        typed = self.input.text() if text is None else text
        self.input.clear()
        plan = plan_scan(typed, self.quantity.value())
        if plan.kind is IdKind.EMPTY:
            return self._refocus()
        if self._prompt is not None:
            if plan.number == self._prompt.scan.number:
                return self.answer_reprint(True)
            self.answer_reprint(False)
        self._idle = False
        ago = self.guard.seconds_since(plan.number)
        scan = _Scan(plan.number, self.history.add(self._entry(plan.number, Tone.WORKING, "")))
        if ago is not None:
            text = self.tr("Already scanned {s} s ago: ignored").format(s=max(1, round(ago)))
            return self._end(scan, Tone.WARN, text)
        self.banner.show_state(Tone.WORKING, plan.number, self.tr("Working…"))
        if plan.label is not None:
            self._print_label(scan, plan.label)
        elif plan.sku_query is not None:
            op = self._context.api.request(SKU_QUERY_ENDPOINT, plan.sku_query, owner=self)
            op.on_done(lambda result: self._after_sku_query(scan, result.rows()))
            op.on_error(self._failed(scan)).start()
        elif plan.order_query is not None:
            self._query_order(scan, plan.order_query)
        else:
            self._end(scan, Tone.FAIL, self.tr("Nothing to print for this kind of number"))
        self._refocus()

    def clear(self) -> None:
        """Esc: empty the input, skip a pending reprint, back to Ready."""
        self.input.clear()
        if self._prompt is not None:
            self.answer_reprint(False)
            return
        self._show_ready()
        self._refocus()

    def _show_ready(self) -> None:
        """Ready, and where labels will print (the first scan needs no set-up)."""
        self._idle = True
        if self.printers is None:
            return self.banner.show_state(Tone.WORKING, self.tr("Ready"),
                                          self.tr("Looking for printers…"))  # fmt: skip
        where = where_words(self.printers)
        where += "\n" + self.tr("Scan a number. F2 to change printers or print a test page.")
        # Yellow while a label type has nowhere to print: it needs the user before a scan does.
        missing = any(s.printer is None for s in self.printers.starts.values())
        self.banner.show_state(Tone.WARN if missing else Tone.WORKING, self.tr("Ready"), where)

    # --- printers ------------------------------------------------------------------------------
    def look_up_printers(self) -> None:
        """Where each label type prints, off the GUI thread; scans wait for it."""
        op = self._context.api.run(lambda: look_up(self._controller), owner=self)
        op.on_done(self._printers_known).on_error(self._printers_unknown).start()

    def _printers_known(self, printers: StartingPrinters) -> None:
        self.printers = printers
        if self._idle:
            self._show_ready()
        waiting, self._waiting_for_printers = self._waiting_for_printers, []
        for then in waiting:
            then()

    def _printers_unknown(self, exc: Exception) -> None:
        """The system could not be asked: no label type has a printer until F2 says one."""
        self._opening_printers = False
        self._printers_known(StartingPrinters({}, ""))
        if self._idle:
            self.banner.show_state(Tone.FAIL, self.tr("Ready"), self.tr(
                "Could not list this computer's printers ({error}). Press F2 to choose "
                "one.").format(error=exc))  # fmt: skip

    def _choice(self, label_type: str) -> tuple[PrinterChoice | None, bool]:
        """The printer for a label type, and whether it is new (to be saved once used)."""
        if self.printers is None:
            return self._controller.choice_for(label_type), False
        return choice_to_use(self._controller, self.printers, label_type)

    # --- labels ------------------------------------------------------------------------------
    def _print_label(self, scan: _Scan, request: LabelRequest) -> None:
        label_type = request.label_type
        if self.printers is None:
            self._waiting_for_printers.append(lambda: self._print_label(scan, request))
            return
        choice, new = self._choice(label_type)
        if choice is None:
            self._printer_wanted = label_type
            start = self.printers.starts.get(label_type)
            text = no_printer_words(start) if start else self.tr(
                "No printer for {types}: press F2 to choose one.").format(
                types=type_title(label_type))  # fmt: skip
            return self._end(scan, Tone.FAIL, text)
        api = self._context.api

        def documents(result: Any) -> list[LabelDocument]:
            """Worker thread: the labels; a starting printer is kept as the type's choice, so
            the controller prints there (and asks nothing)."""
            if new:
                self._controller.set_choice(label_type, choice)
            return documents_from(result)

        def build(result: Any) -> None:
            op = api.run(lambda: documents(result), owner=self)
            op.on_done(lambda docs: self._print_docs(scan, docs, choice))
            op.on_error(self._failed(scan)).start()

        api.request(request.endpoint_id, request.data, owner=self).on_done(build).on_error(
            self._failed(scan)
        ).start()

    def _print_docs(self, scan: _Scan, docs: list[LabelDocument], choice: PrinterChoice) -> None:
        """Print each label; those printed before are held back for the reprint question."""
        prompt = _Prompt(scan, choice)
        outcomes: dict[int, tuple[bool, str]] = {}

        def hold(doc: LabelDocument) -> Callable[[PrintRecord], None]:
            return lambda record: prompt.held.append((doc, record))

        def hold_unchecked(doc: LabelDocument) -> Callable[[], bool]:
            def ask_later() -> bool:
                prompt.held.append((doc, None))
                return False  # not now: the banner asks, once every label was tried

            return ask_later

        def done(index: int) -> Callable[[bool, str], None]:
            def record(ok: bool, message: str) -> None:
                outcomes[index] = (ok, message)
                if len(outcomes) == len(docs):
                    self._after_print(prompt, docs, [outcomes[i] for i in range(len(docs))])

            return record

        for index, doc in enumerate(docs):
            self._controller.print_document(doc, parent=self, confirm_reprint=hold(doc),
                                            confirm_outage=hold_unchecked(doc),
                                            on_done=done(index))  # fmt: skip

    def _after_print(
        self, prompt: _Prompt, docs: list[LabelDocument], outcomes: list[tuple[bool, str]]
    ) -> None:
        """`outcomes` in the order of `docs`; held labels are not failures, they wait for Y."""
        held = {id(doc) for doc, _ in prompt.held}
        failures = [m for (ok, m), doc in zip(outcomes, docs, strict=True)
                    if not ok and id(doc) not in held]  # fmt: skip
        if failures:
            return self._end(prompt.scan, Tone.FAIL, self._failed_text(failures, prompt.choice))
        if prompt.held:
            return self._ask_reprint(prompt)
        self._end_printed(prompt, outcomes)

    def _end_printed(self, prompt: _Prompt, outcomes: list[tuple[bool, str]]) -> None:
        """What every print path says when the printer took the label ("Printed on ... at
        ..."), once; a label printer that reported trouble afterwards makes it a warning."""
        said = list(dict.fromkeys(message for ok, message in outcomes if ok))
        kept_here = "\n" + outage.kept_on_this_desk()  # news, not trouble: the label printed
        noted = any("\n" in message.replace(kept_here, "") for message in said)
        self._end(prompt.scan, Tone.WARN if noted else Tone.OK,
                  "\n".join(said) or printed(prompt.choice.printer))  # fmt: skip

    def _failed_text(self, failures: list[str], choice: PrinterChoice) -> str:
        """What went wrong and what to do, then what this station offers (the label waits in
        the failed prints)."""
        advice = self.tr("Then scan again. F2 chooses another printer than {printer} or prints "
                         "a test page.")  # fmt: skip
        return "\n".join([*failures, advice.format(printer=choice.printer)])

    def _ask_reprint(self, prompt: _Prompt) -> None:
        self._prompt = prompt
        first = prompt.held[0][1]
        if first is None:  # the shared database is away: the reprint guard was not consulted
            keys = self.tr("Scan again or press Y to print anyway, N or Esc to skip")
            text, line = f"{outage.print_anyway_question()} {keys}", self.tr("not checked: asking")
        else:
            question = self.tr("Scan again or press Y to reprint, N or Esc to skip")
            when = when_and_where(first, self._controller.history.who().workstation)
            text, line = f"{when} {question}", self.tr("printed before: asking")
        self.banner.show_state(Tone.WARN, prompt.scan.number, text)
        entry = self._set_entry(prompt.scan, Tone.WARN, line)
        play(Tone.WARN)
        self._refocus()
        self.sig_scan_done.emit(entry)

    def answer_reprint(self, reprint: bool) -> None:
        """The answer to the pending reprint question (Y / same scan, or N / Esc)."""
        prompt, self._prompt = self._prompt, None
        if prompt is None:
            return
        if not reprint:
            unchecked = prompt.held[0][1] is None  # never known to be printed: not a reprint
            skipped = self.tr("Not printed") if unchecked else self.tr("Not reprinted")
            return self._end(prompt.scan, Tone.WARN, skipped)
        self.banner.show_state(Tone.WORKING, prompt.scan.number, self.tr("Reprinting…"))
        outcomes: list[tuple[bool, str]] = []
        docs = [doc for doc, _ in prompt.held]

        def done(ok: bool, message: str) -> None:
            outcomes.append((ok, message))
            if len(outcomes) < len(docs):
                return
            bad = [m for ok, m in outcomes if not ok]
            if bad:
                return self._end(prompt.scan, Tone.FAIL, self._failed_text(bad, prompt.choice))
            self._end_printed(prompt, outcomes)

        for doc in docs:
            self._controller.print_document(doc, parent=self,
                                            confirm_reprint=lambda _r: REPRINT_REASON,
                                            confirm_outage=lambda: True,
                                            on_done=done)  # fmt: skip
        self._refocus()

    # --- orders ------------------------------------------------------------------------------
    def _after_sku_query(self, scan: _Scan, rows: list[dict[str, Any]]) -> None:
        """A seller's number: its SKU's labels when it names an SKU, else the order it names."""
        mfskuid = mfskuid_of(rows)
        if mfskuid is not None:
            request = label_request(IdKind.MFSKUID, mfskuid, self.quantity.value())
            return self._print_label(scan, request)
        self._query_order(scan, order_query([scan.number]))

    def _query_order(self, scan: _Scan, query: dict[str, Any]) -> None:
        op = self._context.api.request(ORDER_ENDPOINT, query, owner=self)
        op.on_done(lambda result: self._show_order(scan, result.rows()))
        op.on_error(self._failed(scan)).start()

    def _show_order(self, scan: _Scan, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return self._end(scan, Tone.FAIL, self.tr("Not found: OC knows no order or label "
                                                      "under this number"))  # fmt: skip
        view = order_view(rows[0])
        status = view.status.replace("_", " ").capitalize() or self.tr("Unknown status")
        lines = [self.tr("Tracking: {t}").format(t=", ".join(view.tracking)) if view.tracking
                 else self.tr("No tracking number yet")]  # fmt: skip
        if view.reference and view.reference != scan.number:
            lines.append(self.tr("Reference: {r}").format(r=view.reference))
        if len(rows) > 1:
            lines.append(self.tr("{n} orders match; showing the first").format(n=len(rows)))
        headline = f"{view.number}: {status}"
        self._end(scan, Tone.INFO, "\n".join(lines), headline=headline, summary=status)

    # --- outcomes ----------------------------------------------------------------------------
    def _failed(self, scan: _Scan) -> Callable[[Exception], None]:
        def report(exc: Exception) -> None:
            # OC's own words for business errors; the code and messageId are in the raw log.
            message = exc.message if isinstance(exc, OcError) else str(exc)
            self._end(scan, Tone.FAIL, message or type(exc).__name__)

        return report

    def _end(
        self, scan: _Scan, tone: Tone, text: str, *, headline: str = "", summary: str = ""
    ) -> None:
        """Show a scan's outcome: banner, sound, history line; then the input again."""
        self.banner.show_state(tone, headline or scan.number, text)
        entry = self._set_entry(scan, tone, summary or text.splitlines()[0])
        play(tone)
        self._refocus()
        self.sig_scan_done.emit(entry)

    def _entry(self, number: str, tone: Tone, outcome: str) -> ScanEntry:
        return ScanEntry(QTime.currentTime(), number, tone, outcome or self.tr("working…"))

    def _set_entry(self, scan: _Scan, tone: Tone, outcome: str) -> ScanEntry:
        entry = self._entry(scan.number, tone, outcome)
        self.history.update_entry(scan.item, entry)
        return entry

    # --- settings ----------------------------------------------------------------------------
    def choose_printer(self) -> None:
        """F2: the station's printers, to change or test; the type a scan just missed first."""
        if self.printers_dialog is not None:
            return self.printers_dialog.raise_()
        if self._opening_printers:
            return
        self._opening_printers = True  # a second F2 while the printers are asked for is one
        op = self._context.api.run(lambda: look_up(self._controller), owner=self)
        op.on_done(self._open_printers_dialog).on_error(self._printers_unknown).start()

    def _open_printers_dialog(self, printers: StartingPrinters) -> None:
        """The dialog on what is set now (the main window may have changed it meanwhile)."""
        self._opening_printers = False
        self._printers_known(printers)
        dialog = StationPrintersDialog(self._context, self._controller, printers,
                                       self._printer_wanted, self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._printers_dialog_closed)
        self.printers_dialog = dialog
        dialog.open()

    def _printers_dialog_closed(self) -> None:
        self.printers_dialog = None
        self.look_up_printers()  # what was changed shows on the banner
        self._refocus()

    def _toggle_help(self) -> None:
        self.help.setVisible(not self.help.isVisible())
        self._refocus()

    def _show_sandbox(self, *_: Any) -> None:
        self.sandbox_banner.setVisible(self._context.is_sandbox)


def _any_key(action: Callable[[], object]) -> Callable[[Qt.Key], bool]:
    """A key action that does the same whichever of its keys was pressed, and always handles it."""

    def run(_key: Qt.Key) -> bool:
        action()
        return True

    return run


def open_station(context: AppContext, controller: PrintController) -> StationWindow:
    """Open the station as its own window, in front, ready for the first scan."""
    window = StationWindow(context, controller)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window._refocus()
    return window
