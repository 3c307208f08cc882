"""Scan-to-print: from Enter in the station until it shows "Printed on ocdesk-pdf at ..."

"Printed" is shown once CUPS accepted the label's job. Three set-ups: a fresh profile where
nobody chose a printer (the station starts on the system default, CUPS' PRINTER variable
naming ocdesk-pdf), and a chosen printer by each print path (the PDF itself to CUPS, or drawn
through Qt).
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.measures import measure, median, percentile, result, show
from ocdesk.gui.context import AppContext, Stores
from ocdesk.gui.labels.choice import VIA_CUPS, VIA_QT
from ocdesk.gui.labels.controller import PrintController, PrinterChoice
from ocdesk.gui.station.window import StationWindow
from ocdesk.labels.cups import cups_available
from ocdesk.labels.printing import available_printers
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session, sandbox_session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths
from ocdesk.store.profiles import ProfileStore
from ocdesk.store.secrets import SecretStore

QUEUE = "ocdesk-pdf"
SCANS = 30
TARGET_MS = 300.0
SAFETY_S = 30


def _return_numbers(session: Session, count: int) -> list[str]:
    """Returns the sandbox has a label for (cancelled returns have none)."""
    rows = session.client.call("returns.orders", {"pageSize": 200}).rows()
    numbers = [row["orderNumber"] for row in rows if row["status"] != "cancelled"]
    if len(numbers) < count:
        raise RuntimeError(f"the sandbox holds only {len(numbers)} returns with labels")
    return numbers[:count]


def _timed_scan(station: StationWindow, number: str) -> tuple[float, Any]:
    """Seconds from Enter until the station shows the outcome, and that outcome."""
    loop = QEventLoop()
    ended: list[Any] = []

    def done(entry: Any) -> None:
        ended.append(entry)
        loop.quit()

    station.sig_scan_done.connect(done)
    station.input.setText(number)
    started = time.perf_counter()
    station.input.returnPressed.emit()
    if not ended:
        QTimer.singleShot(SAFETY_S * 1000, loop.quit)
        loop.exec()
    elapsed = time.perf_counter() - started
    station.sig_scan_done.disconnect(done)
    if not ended:
        raise TimeoutError(f"no outcome for {number} after {SAFETY_S} s")
    return elapsed, ended[0]


# How each set-up is named in the table; None: nothing chosen, the station's starting printer.
_SETUPS: tuple[tuple[str, str | None, float | None], ...] = (
    ("fresh profile, system default", None, TARGET_MS),
    ("chosen printer, PDF to CUPS", VIA_CUPS, TARGET_MS),
    ("chosen printer, drawn through Qt", VIA_QT, None),
)


def _station(session: Session, via: str | None) -> tuple[AppContext, StationWindow]:
    """A station over fresh stores (in OCDESK_HOME), return labels going to QUEUE via `via`
    (None: no printer chosen; the station finds the system default itself)."""
    paths = app_paths().ensure()
    db = Database(paths.database_file)
    stores = Stores(paths, ProfileStore(paths.settings_file), SecretStore(), db, AuditLog(db))
    context = AppContext(stores)
    context.set_session(session)
    controller = PrintController(context)
    if via is not None:
        controller.set_choice("return", PrinterChoice(QUEUE, None, via))
    station = StationWindow(context, controller)
    station.show()
    return context, station


def _run_via(session: Session, numbers: list[str], via: str | None) -> list[float]:
    """Seconds per scan; the first scan comes straight after the station opened."""
    with tempfile.TemporaryDirectory(prefix="ocdesk-bench-") as home:
        os.environ["OCDESK_HOME"] = home  # a fresh history: no label counts as a reprint
        context, station = _station(session, via)
        times = []
        for number in numbers:
            seconds, entry = _timed_scan(station, number)
            if entry.tone != "ok" or not entry.outcome.startswith(f"Printed on {QUEUE} at "):
                raise RuntimeError(f"{number}: {entry.outcome}")
            times.append(seconds)
        station.close()
        context.api.shutdown()
        context.stores.db.close()
    return times


def run(scans: int = SCANS) -> dict[str, Any]:
    """Both print paths, each on its own fresh history, one after the other."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is created
    _app = QApplication.instance() or QApplication([])
    if not (cups_available() and QUEUE in available_printers()):
        return result("Scan-to-print", [], f"Skipped: no CUPS queue {QUEUE} (run .ci/setup-cups).")
    previous = {name: os.environ.get(name) for name in ("OCDESK_HOME", "PRINTER")}
    os.environ["PRINTER"] = QUEUE  # the system default printer, as CUPS reads it
    ms = 1000.0
    rows = []
    try:
        with Sandbox(seed=1) as sandbox:
            session = sandbox_session(sandbox.base_url)
            numbers = _return_numbers(session, scans)
            for name, via, target in _SETUPS:
                times = _run_via(session, numbers, via)
                rows.append(measure(f"{name}: first scan", times[0] * ms, "ms"))
                rows.append(measure(f"{name}: median", median(times) * ms, "ms", target))
                rows.append(measure(f"{name}: p90", percentile(times, 0.9) * ms, "ms"))
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return result(
        "Scan-to-print: Enter to \"Printed on ... at ...\" on the station",
        rows,
        f"{scans} scans of different return numbers into the station window (offscreen), "
        f"against an in-process sandbox on loopback; each clock runs from Enter until the "
        f"station shows \"Printed on {QUEUE} at HH:MM\", which comes after lp (PDF to CUPS) "
        f"or QPrinter (drawn through Qt) handed the job to the CUPS queue {QUEUE} and the print "
        "was recorded. The fresh profile has no printer chosen: the station looks up the "
        "system default (PRINTER=ocdesk-pdf) when it opens, and its first scan, sent straight "
        "after, waits for that and saves the choice. Fresh print history for each set-up, so "
        "no scan is a reprint.",
    )


if __name__ == "__main__":
    show(run())
