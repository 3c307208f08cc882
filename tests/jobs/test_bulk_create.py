"""Bulk creates against the sandbox: bad rows explained, chunks, and never an order created twice."""

from __future__ import annotations

import csv
import json
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from workflow_helpers import CallLog, approved_skus, emu, sent

from ocdesk.api.errors import OutcomeUnknown, TransportError
from ocdesk.api.result import OcResult
from ocdesk.jobs.bulk_create import create_outbound_orders, create_skus
from ocdesk.jobs.bulk_report import ALREADY_AT_OC, CREATED, INVALID, NOT_SENT, UNKNOWN
from ocdesk.jobs.csv_items import SourceItem, read_outbound_orders, read_skus
from ocdesk.jobs.csv_rows import read_csv
from ocdesk.jobs.tables import write_failed_rows
from ocdesk.jobs.write_audit import AuditTrail
from ocdesk.jobs.write_lookups import LOOKUP_WAITS
from ocdesk.sandbox.http.server import Sandbox
from ocdesk.session import Session
from ocdesk.store.audit import AuditLog, WriteState
from ocdesk.store.db import Database

COLUMNS = (
    "referenceNumber", "orderPlatform", "serviceRegion", "shippingServiceCode", "consigneeName",
    "consigneeAddress1", "consigneeCity", "consigneeZipCode", "consigneeCountryCode", "mfSkuId",
    "skuQuantity",
)  # fmt: skip


def order_row(reference: str, sku: str) -> dict[str, str]:
    return {
        "referenceNumber": reference, "orderPlatform": "OTHERS", "serviceRegion": "UK",
        "shippingServiceCode": "GBDomesticStandard", "consigneeName": "Jessica Wang",
        "consigneeAddress1": "133 Elm Tree Ave", "consigneeCity": "Coventry",
        "consigneeZipCode": "CV4 9ES", "consigneeCountryCode": "GB", "mfSkuId": sku,
        "skuQuantity": "1",
    }  # fmt: skip


def write_orders(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def orders(sku: str, count: int) -> list[SourceItem]:
    """`count` valid orders with fresh references, as the form (not a CSV file) gives them."""
    prefix = uuid.uuid4().hex[:8]
    items = []
    for n in range(count):
        data: dict[str, Any] = order_row(f"B-{prefix}-{n:04d}", sku)
        data["productList"] = [{"mfSkuId": data.pop("mfSkuId"), "skuQuantity": 1}]
        del data["skuQuantity"]
        items.append(SourceItem(data))
    return items


def references(items: list[SourceItem]) -> list[str]:
    return [item.data["referenceNumber"] for item in items]


def found_at_oc(session: Session, refs: list[str]) -> Counter[str]:
    """How many orders OC holds under each reference."""
    data = {"referenceNumberList": [{"referenceNumber": r} for r in refs]}
    return Counter(row["referenceNumber"] for row in session.client.call("outbound.query", data).rows())


def sent_references(sb: Sandbox) -> list[list[str]]:
    """The references of each outbound.create call the sandbox received, in order."""
    bodies = [json.loads(r["body"])["data"] for r in sent(sb, "outbound.create")]
    return [[order["referenceNumber"] for order in body] for body in bodies]


@pytest.fixture(scope="module")
def uk_sku(oc_session: Session) -> str:
    return approved_skus(oc_session, "UK")[0]


def test_500_orders_with_3_bad_rows_create_497_once_each(
    oc_session: Session, uk_sku: str, tmp_path: Path
) -> None:
    prefix = uuid.uuid4().hex[:8]
    rows = [order_row(f"CSV-{prefix}-{n:04d}", uk_sku) for n in range(500)]
    rows[10]["consigneeCountryCode"] = "GBR"  # file line 12
    rows[200]["consigneeName"] = ""  # line 202
    rows[499]["referenceNumber"] = "X" * 51  # line 501
    log = AuditLog(Database(tmp_path / "audit.sqlite3"))
    progress: list[tuple[int, int, str]] = []
    items = read_outbound_orders(write_orders(tmp_path / "orders.csv", rows))

    report = create_outbound_orders(
        oc_session.client.call,
        items,
        audit=AuditTrail(log, "desk", "create from CSV"),
        progress=lambda *p: progress.append(p),
    )

    assert len(report.created) == 497
    bad = {o.item.lines: o.reason for o in report.with_status(INVALID)}
    assert bad.keys() == {(12,), (202,), (501,)}
    assert "consigneeCountryCode: must be at most 2 characters (it has 3)" in bad[(12,)]
    assert "consigneeName: is required" in bad[(202,)]
    assert "referenceNumber: must be at most 50 characters (it has 51)" in bad[(501,)]
    good = [r["referenceNumber"] for i, r in enumerate(rows) if i not in (10, 200, 499)]
    at_oc = found_at_oc(oc_session, good)
    assert len(at_oc) == 497 and set(at_oc.values()) == {1}
    assert {r: report.created[r] for r in good} == report.created
    entries = list(reversed(log.entries()))
    assert len(entries) == 10  # one entry per chunk of at most 50
    assert {(e.endpoint_id, e.state, e.profile) for e in entries} == {
        ("outbound.create", WriteState.DONE, "desk")
    }
    assert entries[0].key_numbers[:2] == (good[0], good[1])  # references first, then numbers
    audited = {n for e in entries for n in e.key_numbers}
    assert set(report.created.values()) <= audited
    assert progress[-1][:2] == (497, 497)
    assert report.summary() == "497 created, 3 invalid (not sent)"


def test_per_order_refusals_are_matched_to_their_reference(
    oc_session: Session, uk_sku: str
) -> None:
    batch = orders(uk_sku, 3)
    batch[1].data["productList"][0]["mfSkuId"] = "OC9999999999999"  # valid shape, unknown at OC
    report = create_outbound_orders(oc_session.client.call, batch)
    refs = references(batch)
    assert set(report.created) == {refs[0], refs[2]}
    assert "OC9999999999999" in report.refused[refs[1]]
    assert report.summary() == "2 created, 1 refused by OC"


def test_an_order_sent_again_is_already_at_oc_with_its_number_never_refused(
    oc_session: Session, uk_sku: str
) -> None:
    batch = orders(uk_sku, 3)
    first = create_outbound_orders(oc_session.client.call, batch[:2])
    again = create_outbound_orders(oc_session.client.call, batch)  # the same file imported again
    refs = references(batch)
    assert not again.refused and not again.unknown
    assert again.created == {**first.created, refs[2]: again.created[refs[2]]}
    assert again.already_at_oc == first.created
    assert [o.reason for o in again.outcomes] == [ALREADY_AT_OC, ALREADY_AT_OC, ""]
    assert again.summary() == "3 created (2 already at OC)"
    assert found_at_oc(oc_session, refs) == Counter({r: 1 for r in refs})


def test_a_reset_chunk_is_looked_up_patiently_and_only_then_resent(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    batch = orders(approved_skus(own_session, "UK")[0], 120)
    emu(own_sandbox, "POST", "faults", {"endpoint": "outbound.create", "kind": "reset"})
    waits: list[float] = []
    report = create_outbound_orders(own_session.client.call, batch, sleep=waits.append)

    refs = references(batch)
    assert len(report.created) == 120 and not report.unknown
    assert found_at_oc(own_session, refs) == Counter({r: 1 for r in refs})
    calls = sent_references(own_sandbox)
    assert calls == [refs[:50], refs[:50], refs[50:100], refs[100:]]  # reset, resend, 2 chunks
    lookups = sent(own_sandbox, "outbound.query")
    assert len(lookups) == len(LOOKUP_WAITS) + 1  # the checks after the reset, and the one above
    assert waits == [w for w in LOOKUP_WAITS if w] and sum(waits) == 30


def test_resend_carries_only_the_orders_oc_does_not_have(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    batch = orders(approved_skus(own_session, "UK")[0], 10)
    broke_once: list[bool] = []

    def flaky(endpoint_id: str, data: Any = None) -> OcResult:
        if endpoint_id == "outbound.create" and not broke_once:
            broke_once.append(True)
            own_session.client.call(endpoint_id, data[:4])  # OC got four before the line dropped
            lost = TransportError("connection reset", outcome_unknown=True)
            raise OutcomeUnknown(lost, [order["referenceNumber"] for order in data])
        return own_session.client.call(endpoint_id, data)

    report = create_outbound_orders(flaky, batch, sleep=lambda s: None)
    refs = references(batch)
    assert sent_references(own_sandbox) == [refs[:4], refs[4:]]
    assert len(report.created) == 10
    assert found_at_oc(own_session, refs) == Counter({r: 1 for r in refs})


def test_a_lost_answer_after_oc_created_the_orders_creates_nothing_twice(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    batch = orders(approved_skus(own_session, "UK")[0], 60)
    emu(own_sandbox, "POST", "faults", {"endpoint": "outbound.create", "kind": "malformed_json"})
    report = create_outbound_orders(own_session.client.call, batch)

    refs = references(batch)
    assert sent_references(own_sandbox) == [refs[:50], refs[50:]]  # no resend
    at_oc = {r["referenceNumber"]: r["orderNumber"] for r in _query_rows(own_session, refs)}
    assert report.created == at_oc and len(at_oc) == 60


def _query_rows(session: Session, refs: list[str]) -> list[dict[str, Any]]:
    data = {"referenceNumberList": [{"referenceNumber": r} for r in refs]}
    return session.client.call("outbound.query", data).rows()


def test_unknown_twice_is_reported_as_unknown_and_never_sent_a_third_time(
    own_sandbox: Sandbox, own_session: Session
) -> None:
    batch = orders(approved_skus(own_session, "UK")[0], 5)
    emu(own_sandbox, "POST", "faults", {"endpoint": "outbound.create", "kind": "reset", "count": 2})
    report = create_outbound_orders(own_session.client.call, batch, sleep=lambda s: None)
    assert len(sent(own_sandbox, "outbound.create")) == 2
    assert [o.status for o in report.outcomes] == [UNKNOWN] * 5
    for reference, why in report.unknown.items():
        assert f"look up referenceNumber {reference} at OC before sending it again" in why
        assert "did not hold it after 5 checks over 30 s" in why
    assert report.summary() == "5 unknown (look them up before sending again)"


def test_cancelling_keeps_what_was_created_and_lists_the_rest_as_not_sent(
    oc_session: Session, uk_sku: str
) -> None:
    batch = orders(uk_sku, 120)
    log = CallLog(oc_session.client.call)
    report = create_outbound_orders(log, batch, cancelled=lambda: len(log.calls) >= 1)
    assert report.cancelled
    assert [o.status for o in report.outcomes] == [CREATED] * 50 + [NOT_SENT] * 70
    assert len(log.of("outbound.create")) == 1


def test_sku_csv_creates_each_sku_and_exports_the_bad_row(
    oc_session: Session, tmp_path: Path
) -> None:
    samples = Path(__file__).resolve().parents[2] / "ocdesk" / "resources" / "samples" / "skus.csv"
    tag = uuid.uuid4().hex[:6]
    text = samples.read_text(encoding="utf-8").replace("-0", f"-{tag}-0")
    text = text.replace(",BCE,", ",XX,")  # the speaker's battery form is not one of OC's
    path = tmp_path / "skus.csv"
    path.write_text(text, encoding="utf-8")

    report = create_skus(oc_session.client.call, read_skus(path))

    lamp, speaker, mug = (f"{name}-{tag}-0{n}" for n, name in
                          ((1, "LAMP-OAK"), (2, "SPEAKER-BT"), (3, "MUG-STONE")))  # fmt: skip
    assert set(report.created) == {lamp, mug}
    assert "batteryForm: must be one of: PB, BCE, BPE" in report.skipped_invalid[speaker]
    data = {"referenceSKUIDList": [{"referenceSKUID": lamp}]}
    (row,) = oc_session.client.call("sku.query", data).rows()
    assert row["MFSKUID"] == report.created[lamp]
    assert {n["languageCode"] for n in row["SKUNameList"]} == {"en-US", "de-DE"}
    fix = tmp_path / "fix.csv"
    write_failed_rows(fix, *report.rows_to_fix(), read_csv(path).headers)
    (again,) = read_csv(fix).rows
    assert again.values["referenceSKUID"] == speaker and "batteryForm" in again.values["problem"]
