"""Label rendering and batch printing: one 100x150 mm page at 203 dpi, and 200 labels to cups-pdf."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.measures import measure, median, percentile, result, show
from ocdesk.labels import cups, presets
from ocdesk.labels.cli_print import ensure_gui_app
from ocdesk.labels.document import LabelDocument, open_pdf
from ocdesk.labels.printing import available_printers, print_cups, print_qt
from ocdesk.labels.render import render_open_page, render_page
from ocdesk.sandbox import labels as sandbox_labels

QUEUE = "ocdesk-pdf"
PRESET_KEY = "100x150@203"
WARMUP = 10
RENDERS = 200
BATCH = 200
TARGET_RENDER_MS = 25.0
IDLE_TIMEOUT_S = 900


def _return_labels(count: int) -> list[LabelDocument]:
    """`count` different return labels, as the sandbox serves them."""
    docs = []
    for index in range(count):
        number = f"OCS1DE{700000000 + index:09d}"
        pdf = sandbox_labels.return_label(number, region="DE", date="2025-03-11")
        docs.append(
            LabelDocument(pdf, label_type="return", number=number, source_endpoint="returns.label")
        )
    return docs


def _timed(action: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def _render_measures(doc: LabelDocument) -> list[dict[str, Any]]:
    """Both the whole call (opening the PDF included) and the render of an open document."""
    preset = presets.get(PRESET_KEY)
    _timed(lambda: render_page(doc, 0, preset), WARMUP)
    whole = _timed(lambda: render_page(doc, 0, preset), RENDERS)
    with open_pdf(doc.pdf) as pdf:
        drawn = _timed(lambda: render_open_page(pdf, doc, 0, preset), RENDERS)
    ms = 1000.0
    return [
        measure("render one page, median (PDF opened each time)", median(whole) * ms, "ms",
                TARGET_RENDER_MS),
        measure("render one page, p90 (PDF opened each time)", percentile(whole, 0.9) * ms, "ms"),
        measure("render one page of an open PDF, median", median(drawn) * ms, "ms"),
    ]  # fmt: skip


def _wait_idle(queue: str) -> None:
    """Until CUPS has no unfinished job on `queue` (cups-pdf has written every file)."""
    deadline = time.monotonic() + IDLE_TIMEOUT_S
    while time.monotonic() < deadline:
        out = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True).stdout
        if not out.strip():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{queue} still busy after {IDLE_TIMEOUT_S} s")


def _lp_each(paths: Sequence[Path]) -> None:
    """Plain lp with the same options print_cups sends: the floor for any CUPS path."""
    media = cups.media_option(100, 150)
    for path in paths:
        subprocess.run(
            ["lp", "-d", QUEUE, "-n", "1", "-o", f"media={media}", "-o", "print-scaling=none",
             "-o", "fit-to-page=false", str(path)],
            check=True, capture_output=True,
        )  # fmt: skip


def _per_minute(action: Callable[[], Any], count: int) -> tuple[float, float]:
    """(labels per minute accepted by CUPS, labels per minute until cups-pdf wrote them all)."""
    _wait_idle(QUEUE)
    started = time.perf_counter()
    action()
    accepted = time.perf_counter() - started
    _wait_idle(QUEUE)
    finished = time.perf_counter() - started
    return count / accepted * 60, count / finished * 60


def _send_all(docs: Sequence[LabelDocument], send: Callable[..., Any]) -> None:
    preset = presets.get(PRESET_KEY)
    for doc in docs:
        outcome = send(doc, QUEUE, preset)
        if not outcome.ok:
            raise RuntimeError(f"{doc.number}: {outcome.message}")


def _batch_measures(docs: Sequence[LabelDocument]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="ocdesk-bench-") as folder:
        paths = [Path(folder, f"{doc.number}.pdf") for doc in docs]
        for path, doc in zip(paths, docs, strict=True):
            path.write_bytes(doc.pdf)
        runs = {
            "lp of the same PDFs": lambda: _lp_each(paths),
            "print_cups (PDF to CUPS)": lambda: _send_all(docs, print_cups),
            "print_qt (rendered at 203 dpi)": lambda: _send_all(docs, print_qt),
        }
        rates = {name: _per_minute(run, len(docs)) for name, run in runs.items()}
    rows = []
    for name, (accepted, written) in rates.items():
        rows.append(measure(f"{name}: accepted by CUPS", accepted, "labels/min"))
        rows.append(measure(f"{name}: written by cups-pdf", written, "labels/min"))
    return rows


def run(batch: int = BATCH) -> dict[str, Any]:
    """Rendering always; the batch only where CUPS has the ocdesk-pdf queue."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is created
    ensure_gui_app()
    docs = _return_labels(batch)
    rows = _render_measures(docs[0])
    notes = (
        f"Rendering: render_page of a sandbox return label (100 x 150 mm) on preset {PRESET_KEY}"
        f" (1-bit, 799 x 1199 dots), {RENDERS} runs after {WARMUP} warm-up, one thread. "
    )
    if cups.cups_available() and QUEUE in available_printers():
        rows += _batch_measures(docs)
        notes += (
            f"Batch: {batch} different return labels sent one after another to the cups-pdf "
            f"queue {QUEUE}, each way in turn on an idle queue; 'accepted' stops the clock when "
            "the last job is queued, 'written' when CUPS has no unfinished job left."
        )
    else:
        notes += f"Batch skipped: no CUPS queue {QUEUE} (run .ci/setup-cups)."
    return result("Label rendering and batch printing", rows, notes)


if __name__ == "__main__":
    show(run())
