"""The lookup box against a real sandbox: every kind of number, messages, cancels and labels."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pypdfium2 as pdfium
import pytest
import requests

from ocdesk.api.dates import format_datetime  # noqa: E402
from ocdesk.api.errors import BusinessError, ServerError  # noqa: E402
from ocdesk.api.identifiers import IdKind  # noqa: E402
from ocdesk.gui.context import AppContext, Stores  # noqa: E402
from ocdesk.gui.lookup.bar import LookupBar  # noqa: E402
from ocdesk.jobs.number_search import Outcome  # noqa: E402
from ocdesk.jobs.record_actions import Match  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import Session  # noqa: E402
from ocdesk.store.audit import AuditLog  # noqa: E402
from ocdesk.store.db import Database  # noqa: E402
from ocdesk.store.paths import app_paths  # noqa: E402
from ocdesk.store.profiles import ProfileStore  # noqa: E402
from ocdesk.store.secrets import SecretStore  # noqa: E402

WINDOW_DAYS = 30
FEE_WINDOWS = 12  # months of finance fee lines to search for a VAS order


@dataclass(frozen=True)
class SandboxNumbers:
    """One real record of each kind, as the sandbox knows it right now."""

    outbounds: list[dict[str, Any]]
    returns: list[dict[str, Any]]
    inbound: dict[str, Any]
    vas_number: str

    def outbound(self, status: str) -> dict[str, Any]:
        return next(o for o in self.outbounds if o["status"] == status)

    def a_return(self, status: str, index: int = 0) -> dict[str, Any]:
        """The `index`th return in `status`; tests that change one take the last."""
        return [r for r in self.returns if r["status"] == status][index]

    @property
    def referenced(self) -> dict[str, Any]:
        """An order that carries the seller's own reference number."""
        return next(o for o in self.outbounds if o["referenceNumber"])

    @property
    def ebay_order(self) -> dict[str, Any]:
        return next(o for o in self.outbounds if o.get("ebayOrderId"))

    @property
    def mfskuid(self) -> str:
        shipped = next(o for o in self.outbounds if o["trackingNumberList"])
        return shipped["trackingNumberList"][0]["SKUList"][0]["MFSKUID"]


def collect(session: Session) -> SandboxNumbers:
    now = datetime.now().astimezone()
    window = {"startTime": format_datetime(now - timedelta(days=WINDOW_DAYS)),
              "endTime": format_datetime(now)}  # fmt: skip
    outbounds = session.client.call("outbound.query", window).rows()
    returns = session.client.call("returns.orders", {"pageSize": 200}).rows()
    inbound_window = {"startTime": format_datetime(now - timedelta(days=6)),
                      "endTime": format_datetime(now)}  # fmt: skip
    inbound = session.client.call("inbound.list", inbound_window).rows()[0]
    return SandboxNumbers(outbounds, returns, inbound, _vas_from_fees(session, now))


def _vas_from_fees(session: Session, now: datetime) -> str:
    """A VAS number from the finance fee lines that vas.detail also knows."""
    for month in range(FEE_WINDOWS):
        end = now - timedelta(days=31 * month)
        data = {"orderType": "VAS", "startTime": format_datetime(end - timedelta(days=31)),
                "endTime": format_datetime(end), "pageSize": 200}  # fmt: skip
        for line in session.client.call("finance.fee_detail", data).rows():
            try:
                session.client.call("vas.detail", {"vasNumberList": [line["orderNumber"]]})
            except BusinessError:
                continue  # a fee line for an order the sandbox does not hold
            return line["orderNumber"]
    raise AssertionError("no VAS order found in a year of fee lines")


def received(base_url: str, endpoint_id: str) -> list[dict[str, Any]]:
    """The calls of `endpoint_id` the sandbox received."""
    log = requests.get(f"{base_url}/__emu/requests", timeout=10).json()
    return [entry for entry in log if entry["endpoint_id"] == endpoint_id]


def hold_statuses(base_url: str) -> None:
    """Stop the sandbox moving orders along, so a status read stays true during a test."""
    requests.post(f"{base_url}/__emu/config", json={"status_step_s": 0}, timeout=10)


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def numbers(shared_sandbox: Sandbox, oc_session: Session) -> SandboxNumbers:
    hold_statuses(shared_sandbox.base_url)
    return collect(oc_session)


@pytest.fixture
def context(qapp: Any, oc_session: Session, ocdesk_home: Any) -> Iterator[AppContext]:
    paths = app_paths().ensure()
    db = Database(paths.database_file)
    stores = Stores(paths, ProfileStore(paths.settings_file), SecretStore(), db, AuditLog(db))
    ctx = AppContext(stores)
    ctx.set_session(oc_session)
    yield ctx
    assert ctx.api.shutdown(10_000), "background work did not finish"
    db.close()


@pytest.fixture
def bar(qtbot: Any, context: AppContext) -> LookupBar:
    widget = LookupBar(context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def look_up(qtbot: Any, bar: LookupBar, typed: str) -> Any:
    """Type `typed`, press Enter, and return the Outcome once it is shown."""
    bar.input.setText(typed)
    with qtbot.waitSignal(bar.sig_outcome, timeout=10_000) as blocker:
        bar.input.returnPressed.emit()
    return blocker.args[0]


# --- finding ---------------------------------------------------------------------------------------


def test_each_kind_of_number_is_recognised_and_found(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers
) -> None:
    shipped = numbers.outbound("shipped")
    cases = [
        # typed as a scanner or a hurried desk user would: lower case, spaces around
        (f"  {shipped['orderNumber'].lower()} ", "Outbound order number", IdKind.OUTBOUND,
         shipped["orderNumber"]),
        (numbers.inbound["inboundNumber"], "Inbound order number", IdKind.INBOUND,
         numbers.inbound["inboundNumber"]),
        (numbers.returns[0]["orderNumber"], "Return number (RMA)", IdKind.RETURN,
         numbers.returns[0]["orderNumber"]),
        (numbers.vas_number, "VAS order number", IdKind.VAS, numbers.vas_number),
        (numbers.mfskuid, "OC SKU ID", IdKind.MFSKUID, numbers.mfskuid),
        (numbers.ebay_order["ebayOrderId"], "eBay order id", IdKind.OUTBOUND,
         numbers.ebay_order["orderNumber"]),
        (numbers.referenced["referenceNumber"], "Your own reference", IdKind.OUTBOUND,
         numbers.referenced["orderNumber"]),
    ]  # fmt: skip
    for typed, hint, kind, number in cases:
        outcome = look_up(qtbot, bar, typed)

        assert hint in bar.hint.text()
        assert [(m.kind, m.number) for m in outcome.matches] == [(kind, number)]
        assert bar.card.isVisible() and not bar.message.isVisible()
        assert number in bar.card.details_text()


def test_card_shows_the_essentials_of_a_shipped_order(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers
) -> None:
    order = next(o for o in numbers.outbounds if o["status"] == "shipped" and o["referenceNumber"])
    parcel = order["trackingNumberList"][0]

    look_up(qtbot, bar, order["orderNumber"])

    shown = bar.card.details_text()
    assert bar.card.badge.text() == "Shipped"
    for fact in (
        order["serviceRegion"],
        order["referenceNumber"],
        parcel["trackingNumber"],
        parcel["LMCarrierName"],
        parcel["SKUList"][0]["MFSKUID"],
        parcel["feeAmountCurrency"],
    ):
        assert fact in shown  # fmt: skip
    assert not bar.card.cancel_button.isVisible()  # shipped: OC would refuse a cancel
    assert not bar.card.view_label_button.isVisible()  # outbound orders have no label of their own


def test_sku_card_shows_stock_per_region(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers, oc_session: Session
) -> None:
    snapshot = oc_session.client.call(
        "stock.snapshot",
        {"pageNumber": 1, "pageSize": 200, "skuList": [{"mfSkuId": numbers.mfskuid}]},
    ).rows()

    outcome = look_up(qtbot, bar, numbers.mfskuid)

    assert len(outcome.matches[0].stock) == len(snapshot) > 0
    shown = bar.card.details_text()
    assert all(row["serviceRegion"] in shown for row in snapshot)
    assert "Wireless" in shown or outcome.matches[0].record["SKUNameList"][0]["SKUName"] in shown


def test_a_reference_matching_several_records_offers_a_chooser(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers, oc_session: Session
) -> None:
    a_return = numbers.a_return("received")
    template = numbers.outbound("shipped")
    line = template["trackingNumberList"][0]["SKUList"][0]
    services = oc_session.client.call("warehouse.services").rows()
    region = next(s for s in services if s["serviceRegion"] == template["serviceRegion"])
    service = region["productList"][0]
    created = oc_session.client.call("outbound.create", [{
        "referenceNumber": a_return["referenceNumber"], "orderPlatform": "OTHERS",
        "serviceRegion": template["serviceRegion"],
        "shippingServiceCode": service["shippingServiceCode"], "consigneeName": "Ada Lovelace",
        "consigneeAddress1": "1 Test Street", "consigneeCountryCode": "GB",
        "productList": [{"mfSkuId": line["MFSKUID"], "skuQuantity": 1}],
    }]).payload[0]["orderNumber"]  # fmt: skip

    outcome = look_up(qtbot, bar, a_return["referenceNumber"])

    assert {(m.kind, m.number) for m in outcome.matches} == {
        (IdKind.OUTBOUND, created),
        (IdKind.RETURN, a_return["orderNumber"]),
    }
    assert bar.chooser.isVisible() and bar.chooser.count() == 2
    bar.chooser.setCurrentRow(1)
    assert outcome.matches[1].number in bar.card.details_text()


# --- not found, errors ------------------------------------------------------------------------------


def test_unknown_number_says_so_in_plain_words(qtbot: Any, bar: LookupBar) -> None:
    outcome = look_up(qtbot, bar, "OCO0000000000001GB")

    assert not outcome.found
    assert "No outbound order OCO0000000000001GB at OC (profile Sandbox)" in bar.message.text()
    assert not bar.card.isVisible()


def test_places_that_could_not_be_searched_are_named_as_the_tabs_name_them(
    bar: LookupBar,
) -> None:
    found = Match(IdKind.RETURN, "OCS1GB000000001", {"orderNumber": "OCS1GB000000001"})
    failed = ServerError("OC had a problem", endpoint_id="outbound.query")
    bar._show_outcome(Outcome("#1003", IdKind.REFERENCE, (found,), failures=(failed,)))
    assert "• Query outbound orders: " in bar.message.text()
    assert "outbound.query" not in bar.message.text()


def test_unknown_inbound_number_quotes_oc(qtbot: Any, bar: LookupBar) -> None:
    look_up(qtbot, bar, "OCI4GB00000001")

    assert "No inbound order OCI4GB00000001" in bar.message.text()
    assert "3A0529" in bar.message.text()  # OC's own words follow
    assert not bar.error_panel.isVisible()


def test_unknown_format_is_searched_as_a_reference_and_explained(
    qtbot: Any, bar: LookupBar
) -> None:
    bar.input.setText("OCO12345")
    assert "Not a complete outbound order number" in bar.hint.text()

    look_up(qtbot, bar, "no such thing 42")

    message = bar.message.text()
    assert "Nothing has the number “no such thing 42”" in message
    assert "outbound order" in message and "return" in message and "SKU" in message


def test_oc_error_shows_code_message_and_hint(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers
) -> None:
    look_up(qtbot, bar, numbers.a_return("cancelled")["orderNumber"])

    bar.card.view_label_button.click()
    qtbot.waitUntil(bar.error_panel.isVisible, timeout=10_000)

    panel = bar.error_panel
    assert panel.headline_label.text() == "OC refused the request"
    assert "EMU_STATE" in panel.details_label.text() or "cancelled" in panel.details_label.text()
    assert panel.hint_label.text()


def test_lost_login_asks_for_login_then_resumes(
    qtbot: Any, bar: LookupBar, context: AppContext, oc_session: Session, numbers: SandboxNumbers
) -> None:
    number = numbers.outbound("shipped")["orderNumber"]
    context.set_session(None)
    bar.input.setText(number)

    with qtbot.waitSignal(context.sig_reauth_needed, timeout=10_000):
        bar.input.returnPressed.emit()
    assert bar.error_panel.headline_label.text() == "Login needed"

    with qtbot.waitSignal(bar.sig_outcome, timeout=10_000) as blocker:
        context.set_session(oc_session)
    assert blocker.args[0].matches[0].number == number


def test_a_new_lookup_cancels_the_old_one(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers, shared_sandbox: Sandbox
) -> None:
    base = shared_sandbox.base_url
    fault = {"endpoint": "outbound.query", "kind": "latency", "delay_ms": 1500, "count": 1}
    requests.post(f"{base}/__emu/faults", json=fault, timeout=10)
    slow = numbers.outbound("shipped")["orderNumber"]
    fast = numbers.returns[0]["orderNumber"]
    shown: list[Any] = []
    bar.sig_outcome.connect(shown.append)

    bar.lookup(slow)
    look_up(qtbot, bar, fast)
    # Wait until the slow answer has come back from the sandbox, then let it reach the GUI.
    qtbot.waitUntil(
        lambda: all(e["status"] for e in received(base, "outbound.query")), timeout=10_000
    )
    qtbot.wait(200)

    assert [o.matches[0].number for o in shown] == [fast]
    assert fast in bar.card.details_text()


# --- actions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "status"),
    [(IdKind.OUTBOUND, "shipped"), (IdKind.OUTBOUND, "cancelled"), (IdKind.OUTBOUND, "picked"),
     (IdKind.RETURN, "received"), (IdKind.RETURN, "cancelled")],
)  # fmt: skip
def test_cancel_is_not_offered_where_oc_would_refuse_it(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers, kind: IdKind, status: str
) -> None:
    record = numbers.outbound(status) if kind is IdKind.OUTBOUND else numbers.a_return(status)
    look_up(qtbot, bar, record["orderNumber"])
    assert bar.card.badge.text().lower() == status
    assert not bar.card.cancel_button.isVisible()


def test_cancel_from_a_card_gone_stale_is_refused_without_asking_oc(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers, shared_sandbox: Sandbox
) -> None:
    sent_before = len(received(shared_sandbox.base_url, "outbound.cancel"))
    number = numbers.outbound("processing")["orderNumber"]
    look_up(qtbot, bar, number)
    assert bar.card.cancel_button.isVisible()
    shared_sandbox.world.set_outbound_status(number, "shipped")  # meanwhile, at the warehouse

    with qtbot.waitSignal(bar.card_actions.sig_info, timeout=10_000):
        bar.card.cancel_button.click()

    assert f"{number} cannot be cancelled: it is shipped" in bar.message.text()
    assert "Nothing was sent" in bar.message.text()
    assert bar.card_actions.dialog is None
    assert len(received(shared_sandbox.base_url, "outbound.cancel")) == sent_before
    qtbot.waitUntil(lambda: not bar.card.cancel_button.isVisible(), timeout=10_000)  # refreshed


@pytest.mark.parametrize(
    ("kind", "status", "endpoint_id"),
    [
        (IdKind.OUTBOUND, "created", "outbound.cancel"),
        (IdKind.RETURN, "label_issued", "returns.cancel_rma"),
    ],
)
def test_cancel_confirms_current_status_then_cancels_and_refreshes(
    qtbot: Any, bar: LookupBar, context: AppContext, numbers: SandboxNumbers,
    kind: IdKind, status: str, endpoint_id: str,
) -> None:  # fmt: skip
    record = numbers.outbound(status) if kind is IdKind.OUTBOUND else numbers.a_return(status, -1)
    number = record["orderNumber"]
    look_up(qtbot, bar, number)

    bar.card.cancel_button.click()
    qtbot.waitUntil(
        lambda: bar.card_actions.dialog is not None and bar.card_actions.dialog.isVisible()
    )
    dialog = bar.card_actions.dialog
    assert status.replace("_", " ") in dialog.findChild(type(bar.hint)).text().lower()
    assert dialog.reason.isVisible()  # a return is asked for a reason like an order
    dialog.reason.setText("customer changed their mind")
    with qtbot.waitSignal(bar.sig_outcome, timeout=10_000) as blocker:
        dialog.confirm_button.click()

    assert blocker.args[0].matches[0].record["status"] == "cancelled"
    assert bar.card.badge.text() == "Cancelled"
    assert "was cancelled at OC" in bar.message.text()
    qtbot.waitUntil(lambda: bool(context.stores.audit.entries(endpoint_prefix=endpoint_id)))
    entry = context.stores.audit.entries(endpoint_prefix=endpoint_id)[0]
    assert (entry.key_numbers, entry.outcome, entry.action) == ((number,), "ok", "cancel")
    assert entry.detail == "reason: customer changed their mind"


@pytest.mark.parametrize(
    ("kind", "size_mm"),
    [(IdKind.RETURN, (100, 150)), (IdKind.MFSKUID, (60, 30)), (IdKind.INBOUND, (100, 100))],
)
def test_view_label_sends_the_label_to_the_label_panel(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers, kind: IdKind, size_mm: tuple[int, int]
) -> None:
    number = {
        IdKind.RETURN: numbers.a_return("label_issued")["orderNumber"],
        IdKind.MFSKUID: numbers.mfskuid,
        IdKind.INBOUND: numbers.inbound["inboundNumber"],
    }[kind]
    look_up(qtbot, bar, number)

    with qtbot.waitSignal(bar._context.sig_show_labels, timeout=10_000) as shown:
        bar.card.view_label_button.click()
    endpoint_id, result = shown.args
    label = result.labels()[0]
    page = pdfium.PdfDocument(label.pdf)[0]
    width, height = (round(v * 25.4 / 72) for v in page.get_size())
    assert (width, height) == size_mm
    assert number in (label.number, label.name.removesuffix(".pdf"), endpoint_id) or number in str(
        result.payload
    )


def test_print_button_shows_only_when_printing_is_wired(
    qtbot: Any, bar: LookupBar, numbers: SandboxNumbers
) -> None:
    number = numbers.a_return("label_issued")["orderNumber"]
    look_up(qtbot, bar, number)
    assert not bar.card.print_label_button.isVisible()

    requested: list[tuple[str, Any, str]] = []
    bar.sig_print_requested.connect(lambda *args: requested.append(args))
    look_up(qtbot, bar, number)
    bar.card.print_label_button.click()

    assert requested == [("returns.label", {"orderNumber": number}, number)]
