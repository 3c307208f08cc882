"""Reading a seller's 100,000-row files: an .xlsx sheet and a GBK CSV, rows/s and peak memory.

Each read runs in a fresh process (`python -m benchmarks.file_reading READER FILE`), so its
peak memory (ru_maxrss) is its own. The floor of the workbook is openpyxl's own read-only
iteration (values only, no conversion), of the CSV the csv module over the decoded text;
ocdesk's `read_table` does more on top (cell text as OC expects it, encoding detection, the
strict checks), and the ratio says what that costs.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.measures import measure, result

ROWS = 100_000
HEADER = ["referenceNumber", "consigneeName", "consigneeAddress1", "consigneeCity",
          "consigneeZipCode", "consigneeCountryCode", "mfSkuId", "skuQuantity", "declaredValue",
          "ebayOrderId"]  # fmt: skip


def _row(i: int) -> list[Any]:
    return [f"SO-{i:06d}", f"王小明{i % 97}", f"人民路{i % 500}号", "上海", "200000", "CN",
            "OC0062065993319", 1 + i % 5, 24.99, 120000000000 + i]  # fmt: skip


def write_files(folder: Path) -> tuple[Path, Path]:
    """The two test files: the same 100,000 orders as .xlsx and as a GBK CSV."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Orders")
    sheet.append(HEADER)
    for i in range(ROWS):
        sheet.append(_row(i))
    xlsx = folder / "orders.xlsx"
    book.save(xlsx)
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(HEADER)
    writer.writerows(_row(i) for i in range(ROWS))
    gbk = folder / "orders.csv"
    gbk.write_bytes(text.getvalue().encode("gbk"))
    return xlsx, gbk


def _openpyxl_floor(path: str) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count - 1


def _csv_floor(path: str) -> int:
    text = Path(path).read_bytes().decode("gbk")
    return sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1


def _ocdesk(path: str) -> int:
    from ocdesk.jobs.tables import read_table

    return len(read_table(path).rows)


READERS: dict[str, Callable[[str], int]] = {
    "openpyxl": _openpyxl_floor,
    "csv": _csv_floor,
    "ocdesk": _ocdesk,
}


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    parent that forked it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _child(reader: str, path: str) -> None:
    """In the fresh process: one timed read, its rows and the process's peak memory."""
    import openpyxl  # noqa: F401  (imported before the baseline, by every reader alike)

    import ocdesk.jobs.tables  # noqa: F401

    before = _peak_mb()
    started = time.perf_counter()
    rows = READERS[reader](path)
    seconds = time.perf_counter() - started
    peak = _peak_mb()
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_mb": peak, "base_mb": before}))


def _timed(reader: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.file_reading", reader, str(path)],
        capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    outcome: dict[str, float] = json.loads(done.stdout)
    if outcome["rows"] != ROWS:
        raise RuntimeError(f"{reader} read {outcome['rows']} rows of {path.name}, not {ROWS}")
    return outcome


def run() -> dict[str, Any]:
    measures = []
    with tempfile.TemporaryDirectory() as folder:
        xlsx, gbk = write_files(Path(folder))
        sizes = f"{xlsx.stat().st_size / 1e6:.1f} MB .xlsx, {gbk.stat().st_size / 1e6:.1f} MB CSV"
        for label, path, floor in (("xlsx", xlsx, "openpyxl"), ("GBK CSV", gbk, "csv")):
            base = _timed(floor, path)
            ours = _timed("ocdesk", path)
            measures += [
                measure(f"{label}: {floor} floor", ROWS / base["seconds"], "rows/s"),
                measure(f"{label}: ocdesk read_table", ROWS / ours["seconds"], "rows/s"),
                measure(f"{label}: ocdesk time / floor", ours["seconds"] / base["seconds"], ""),
                measure(f"{label}: {floor} floor, peak memory", base["peak_mb"], "MB"),
                measure(f"{label}: ocdesk, peak memory", ours["peak_mb"], "MB"),
                measure(f"{label}: ocdesk, memory above the start", ours["peak_mb"]
                        - ours["base_mb"], "MB"),  # fmt: skip
            ]
    notes = (
        f"{ROWS:,} orders with Chinese names and addresses, numbers and 12-digit ids ({sizes}), "
        "each read once in a fresh process after importing openpyxl and ocdesk's reader; peak "
        "memory is the process's maximum resident size (VmHWM; interpreter and imports "
        "included), and 'above the start' is what the read added. The floors do no conversion "
        "and keep no rows (they count them): openpyxl's read-only iter_rows(values_only=True), "
        "and csv.reader over bytes decoded as GBK; ocdesk keeps every row as a table, which is "
        "most of its memory."
    )
    return result("Reading seller files (.xlsx and GBK CSV)", measures, notes)


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
