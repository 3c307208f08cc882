"""Label printers addressed directly (zpl://): scan to bytes at the printer, job sizes, and
labels per minute against CUPS and the Qt path in the same run.

The printer is a sink on loopback that answers ~HS "ready" and notes when each job has fully
arrived (the sender closed its side): "accepted by the printer" is that moment.
"""

from __future__ import annotations

import os
import socketserver
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QApplication

from benchmarks.label_render import QUEUE, _return_labels
from benchmarks.measures import measure, median, percentile, result, show
from benchmarks.scan_to_print import _return_numbers, _station, _timed_scan
from ocdesk.gui.labels.choice import PrinterChoice, save_choice
from ocdesk.labels import cups, presets
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.printing import available_printers, print_cups, print_label, print_qt
from ocdesk.labels.raw import address, job
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session

SCANS = 30
BATCH = 100
TARGET_SCAN_MS = 50.0
STOCK = "100x150@203"
_READY = b"\x02030,0,0,1199,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,0,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"


class PrinterSink(socketserver.ThreadingTCPServer):
    """A ZPL printer on loopback that takes jobs as fast as they come and is always ready."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Connection)
        self.address = f"zpl://127.0.0.1:{self.server_address[1]}"
        self.arrived: list[tuple[float, int]] = []  # (time.perf_counter(), bytes) per job
        self.job_arrived = threading.Event()

    def __enter__(self) -> PrinterSink:
        threading.Thread(target=self.serve_forever, name="printer-sink", daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.shutdown()
        self.server_close()


class _Connection(socketserver.BaseRequestHandler):
    """One connection: a ~HS gets the ready answer; anything else is a job, noted once whole."""

    server: PrinterSink

    def handle(self) -> None:
        received = 0
        while chunk := self.request.recv(1 << 16):
            if chunk == b"~HS":
                self.request.sendall(_READY)
            else:
                received += len(chunk)
        if received:
            self.server.arrived.append((time.perf_counter(), received))
            self.server.job_arrived.set()


def _job_sizes(doc: LabelDocument) -> list[dict[str, Any]]:
    """Bytes of one 100 x 150 mm label (799 x 1199 dots) in each encoding."""
    stock = presets.get(STOCK)
    ways = {"ZPL, ASCII compression (the default)": "zpl://x",
            "ZPL, :Z64:": "zpl://x?compression=z64",
            "ZPL, uncompressed hex": "zpl://x?compression=hex",
            "TSPL BITMAP": "tspl://x"}  # fmt: skip
    rows = []
    for name, typed in ways.items():
        where = address.parse_address(typed)
        assert where is not None
        rows.append(measure(f"one 100x150 label, {name}", len(job.encode(where, doc, stock, 1)),
                            "bytes"))  # fmt: skip
    return rows


def _scan_to_bytes(session: Session, numbers: list[str], sink: PrinterSink) -> list[float]:
    """Seconds from Enter in the station until the label printer has the whole job."""
    with tempfile.TemporaryDirectory(prefix="ocdesk-bench-") as home:
        os.environ["OCDESK_HOME"] = home  # a fresh history: no label counts as a reprint
        context, station = _station(session, None)
        save_choice(context.stores.profiles, "return", PrinterChoice(sink.address, None))
        times = []
        for number in numbers:
            sink.job_arrived.clear()
            started = time.perf_counter()
            _, entry = _timed_scan(station, number)
            if entry.tone != "ok" or not sink.job_arrived.wait(10):
                raise RuntimeError(f"{number}: {entry.outcome}")
            times.append(sink.arrived[-1][0] - started)
        station.close()
        context.api.shutdown()
        context.stores.db.close()
    return times


def _times(docs: Sequence[LabelDocument], send: Callable[[LabelDocument], Any]) -> list[float]:
    """Seconds each of `docs` took to send, one after another, each accepted before the next."""
    times = []
    for doc in docs:
        started = time.perf_counter()
        outcome = send(doc)
        times.append(time.perf_counter() - started)
        if not outcome.ok:
            raise RuntimeError(f"{doc.number}: {outcome.message}")
    return times


def _rates(docs: Sequence[LabelDocument], sink: PrinterSink) -> list[dict[str, Any]]:
    stock = presets.get(STOCK)
    ways: dict[str, Callable[[LabelDocument], Any]] = {
        "label printer by address (ZPL over TCP)": lambda d: print_label(d, sink.address, stock),
    }
    if cups.cups_available() and QUEUE in available_printers():
        ways["print_cups to cups-pdf (PDF to CUPS)"] = lambda d: print_cups(d, QUEUE, stock)
        ways["print_qt to cups-pdf (drawn at 203 dpi)"] = lambda d: print_qt(d, QUEUE, stock)
    # In turns, so that a busy moment of the machine does not fall on one way only.
    times: dict[str, list[float]] = {name: [] for name in ways}
    for start in range(0, len(docs), 20):
        for name, send in ways.items():
            times[name] += _times(docs[start : start + 20], send)
    rows = []
    for name, each in times.items():
        rows.append(measure(f"{name}: accepted", len(docs) / sum(each) * 60, "labels/min"))
        rows.append(measure(f"{name}: median per label", median(each) * 1000, "ms"))
    return rows


def run(scans: int = SCANS, batch: int = BATCH) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is created
    _app = QApplication.instance() or QApplication([])
    docs = _return_labels(batch)
    rows = _job_sizes(docs[0])
    previous = os.environ.get("OCDESK_HOME")
    try:
        with PrinterSink() as sink, Sandbox(seed=1) as sandbox:
            session = sandbox_session(sandbox.base_url)
            times = _scan_to_bytes(session, _return_numbers(session, scans), sink)
            ms = 1000.0
            rows.append(measure("scan to bytes accepted by the printer: median",
                                median(times) * ms, "ms", TARGET_SCAN_MS))  # fmt: skip
            rows.append(measure("scan to bytes accepted by the printer: p90",
                                percentile(times, 0.9) * ms, "ms"))  # fmt: skip
            rows += _rates(docs, sink)
    finally:
        if previous is None:
            os.environ.pop("OCDESK_HOME", None)
        else:
            os.environ["OCDESK_HOME"] = previous
    return result(
        "Label printers by address: scan to printer, job size, labels per minute",
        rows,
        f"A ZPL printer sink on loopback (answers ~HS ready, takes any job) at zpl://127.0.0.1. "
        f"Scan: {scans} different return numbers scanned into the station (offscreen) against "
        "an in-process sandbox; the clock runs from Enter until the sink has the label's whole "
        "job (status asked first, label fetched from OC, rendered at 799 x 1199 dots, encoded, "
        f"sent). Job sizes: one sandbox return label on {STOCK}. Rates: {batch} different "
        "return labels sent one after another by each way, in turns of 20, each counted until "
        "the printer (or CUPS) accepted the label: the sink closing the job, lp's request id, "
        "or print_qt's lp job after drawing; the median per label is of the same sends.",
    )


if __name__ == "__main__":
    show(run())
