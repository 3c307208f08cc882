"""`ocdesk import`: a seller's CSV or Excel file sent to the sandbox; every outcome, every exit code."""

from __future__ import annotations

import csv
import json
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import requests

from ocdesk import cli
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import sandbox_session
from ocdesk.store.audit import AuditLog
from ocdesk.store.db import Database
from ocdesk.store.paths import app_paths

pytestmark = pytest.mark.usefixtures("root_logging")
HEADER = ["参考号", "服务区域", "物流服务", "收件人", "地址", "城市", "邮编", "国家", "SKU编号",
          "数量"]  # fmt: skip


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=1) as sb:
        yield sb


@pytest.fixture
def sku(sandbox: Sandbox) -> str:
    return next(iter(sandbox.world.store.skus))


def order_row(reference: str, sku: str, name: str = "王小明", quantity: Any = "1") -> list[Any]:
    return [reference, "UK", "GBDomesticStandard", name, "人民路1号", "Leeds", "LS1 1AA", "GB",
            sku, quantity]  # fmt: skip


def gbk_csv(path: Path, rows: list[list[Any]]) -> Path:
    lines = [",".join(HEADER), *(",".join(str(c) for c in row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def workbook(path: Path, rows: list[list[Any]], title: str = "订单") -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet(title)
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def at_oc(sandbox: Sandbox, reference: str) -> list[dict[str, Any]]:
    query = {"referenceNumberList": [{"referenceNumber": reference}]}
    return sandbox_session(sandbox.base_url).client.call("outbound.query", query).rows()


def received(sandbox: Sandbox, reference: str) -> dict[str, Any]:
    """The order `reference` as OC received and holds it (its query shows no consignee)."""
    (order,) = at_oc(sandbox, reference)
    held = sandbox.world.store.outbound[order["orderNumber"]]
    sent = [i for data in creates(sandbox) for i in data if i["referenceNumber"] == reference]
    return {"orderNumber": order["orderNumber"], **sent[-1], **held.consignee}


def creates(sandbox: Sandbox) -> list[Any]:
    log = requests.get(f"{sandbox.base_url}/__emu/requests", timeout=5).json()
    entries = log if isinstance(log, list) else log.get("requests", [])
    bodies = [r["body"] for r in entries if r.get("endpoint_id") == "outbound.create"]
    return [json.loads(body)["data"] for body in bodies]


def creates_sent(sandbox: Sandbox) -> int:
    return len(creates(sandbox))


def read_report(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".xlsx":
        header, *rows = openpyxl.load_workbook(path).active.iter_rows(values_only=True)
        return [dict(zip(header, row, strict=True)) for row in rows]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_gbk_csv_is_created_whole_and_its_chinese_reaches_oc(
    sandbox: Sandbox, sku: str, tmp_path: Path, capsys
) -> None:
    source = gbk_csv(tmp_path / "orders.csv", [order_row("IMP-1", sku), order_row("IMP-2", sku)])
    code, out, err = run(capsys, "import", "outbound.create", str(source),
                         "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 0, err
    assert "orders.csv: read as GBK (Chinese Excel), 2 rows" in err
    assert "参考号 → referenceNumber" in err
    assert "Sending orders 1-2 (0 of 2 sent)" in err  # the progress line
    assert out.strip() == "2 created"
    order = received(sandbox, "IMP-1")
    assert order["consigneeName"] == "王小明" and order["consigneeAddress1"] == "人民路1号"
    (entry,) = AuditLog(Database(app_paths().database_file)).entries()
    assert (entry.state, entry.action) == ("done", "import from file")


def test_an_xlsx_sheet_is_created_and_read_back(
    sandbox: Sandbox, sku: str, tmp_path: Path, capsys
) -> None:
    source = workbook(tmp_path / "orders.xlsx", [order_row("XLS-1", sku, "韩梅梅", 2)])
    report = tmp_path / "report.xlsx"
    code, out, err = run(capsys, "import", "outbound.create", str(source), "--sheet", "订单",
                         "--report", str(report), "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 0, err
    assert "read from sheet '订单'" in err
    order = received(sandbox, "XLS-1")
    assert order["consigneeName"] == "韩梅梅" and order["productList"][0]["skuQuantity"] == 2
    (line,) = read_report(report)
    assert line["line"] == 2 and line["reference"] == "XLS-1" and line["outcome"] == "created"
    assert line["OC number"] == order["orderNumber"] and line["message"] is None


def test_a_refused_and_an_invalid_row_exit_3_and_are_in_the_report(
    sandbox: Sandbox, sku: str, tmp_path: Path, capsys
) -> None:
    rows = [order_row("MIX-1", sku), order_row("MIX-2", "OC9999999999999"),
            order_row("MIX-3", sku, name="")]  # fmt: skip
    source = gbk_csv(tmp_path / "orders.csv", rows)
    report = tmp_path / "report.csv"
    code, out, err = run(capsys, "import", "outbound.create", str(source), "--report",
                         str(report), "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 3, err
    lines = read_report(report)
    assert [(r["line"], r["reference"], r["outcome"]) for r in lines] == [
        ("2", "MIX-1", "created"), ("3", "MIX-2", "refused"), ("4", "MIX-3", "invalid")
    ]
    assert lines[0]["OC number"].startswith("OCO")
    assert lines[1]["message"] and "consigneeName" in lines[2]["message"]
    assert "line 3 (MIX-2): refused:" in err and "line 4 (MIX-3): invalid: consigneeName" in err
    assert "1 created" in out and "1 refused by OC" in out and "1 invalid" in out
    assert at_oc(sandbox, "MIX-3") == []


def test_a_dry_run_prints_the_problems_and_sends_nothing(
    sandbox: Sandbox, sku: str, tmp_path: Path, capsys
) -> None:
    source = gbk_csv(tmp_path / "orders.csv", [order_row("DRY-1", sku),
                                               order_row("DRY-2", sku, quantity="two")])  # fmt: skip
    report = tmp_path / "dry.xlsx"
    code, out, err = run(capsys, "import", "outbound.create", str(source), "--dry-run",
                         "--report", str(report), "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 2
    assert "line 3 (DRY-2): invalid:" in err and "skuQuantity" in err
    assert "1 of 2 orders have problems; nothing was sent (--dry-run)." in out
    assert [r["outcome"] for r in read_report(report)] == ["ready", "invalid"]
    assert creates_sent(sandbox) == 0
    clean = gbk_csv(tmp_path / "clean.csv", [order_row("DRY-1", sku)])
    code, out, _ = run(capsys, "import", "outbound.create", str(clean), "--dry-run")
    assert code == 0 and "All 1 orders are ready" in out


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\x89PNG\r\n\x1a\n\0\0", "is not a text file"),
        (None, "does not exist"),
        (b"referenceSKUID,SKUName\nA,B\n", "has no referenceNumber column"),
        ("参考号,收件人\n".encode("gbk"), "holds a header but no rows"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2_and_sends_nothing(
    sandbox: Sandbox, tmp_path: Path, capsys, content: bytes | None, message: str
) -> None:
    source = tmp_path / "orders.csv"
    if content is not None:
        source.write_bytes(content)
    code, out, err = run(capsys, "import", "outbound.create", str(source),
                         "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 2 and out == ""
    assert message in err and "nothing was sent" in err
    assert creates_sent(sandbox) == 0


def test_a_bad_sheet_or_report_name_exits_2_before_sending(
    sandbox: Sandbox, sku: str, tmp_path: Path, capsys
) -> None:
    source = workbook(tmp_path / "orders.xlsx", [order_row("S-1", sku)])
    code, _, err = run(capsys, "import", "outbound.create", str(source), "--sheet", "Orders",
                       "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 2 and "has no sheet 'Orders' (its sheets: 'Notes', '订单')" in err
    code, _, err = run(capsys, "import", "outbound.create", str(source), "--report",
                       str(tmp_path / "report.pdf"), "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 2 and "--report writes .csv or .xlsx" in err
    assert creates_sent(sandbox) == 0


def test_an_unknown_outcome_is_looked_up_never_resent_blindly_and_exits_6(
    sandbox: Sandbox, sku: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(cli, "_wait_between_lookups", waits.append)
    source = gbk_csv(tmp_path / "orders.csv", [order_row("LOST-1", sku)])
    # OC's answer is lost twice, and OC never got the order: sent once, once more, then unknown
    requests.post(f"{sandbox.base_url}/__emu/faults", timeout=5,
                  json={"endpoint": "outbound.create", "kind": "http_502", "count": 2})  # fmt: skip
    report = tmp_path / "report.csv"
    code, out, err = run(capsys, "import", "outbound.create", str(source), "--report",
                         str(report), "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 6, err
    assert creates_sent(sandbox) == 2  # never a third time
    assert waits  # it looked up patiently between the sends
    assert "1 may have reached OC: look them up before sending them again." in err
    (line,) = [t.strip() for t in err.splitlines() if t.strip().startswith("ocdesk call")]
    assert line.startswith("ocdesk call outbound.query --data ") and "LOST-1" in line
    (row,) = read_report(report)
    assert row["outcome"] == "unknown" and "look up referenceNumber LOST-1" in row["message"]
    assert "1 unknown" in out

    code, out, err = run(capsys, *shlex.split(line)[1:])  # the lookup it printed, as given
    assert code == 0, err
    assert json.loads(out)["data"] in ([], None) or not json.loads(out)["data"]


def test_skus_import_from_an_excel_sheet_with_english_desk_headers(
    sandbox: Sandbox, tmp_path: Path, capsys
) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Your SKU id", "SKU name", "Language", "Country of origin", "Weight",
                        "Weight unit", "Length", "Size unit"])  # fmt: skip
    book.active.append(["CLI-TEA-1", "绿茶", "zh-CN", "CN", 250, "g", 12, "cm"])
    book.save(tmp_path / "skus.xlsx")
    code, out, err = run(capsys, "import", "sku.create", str(tmp_path / "skus.xlsx"),
                         "--sandbox-url", sandbox.base_url)  # fmt: skip
    assert code == 0, err
    assert out.strip() == "1 created"
    assert "Your SKU id → referenceSKUID" in err
