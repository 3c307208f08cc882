"""Every OC Open API endpoint, named once: the client, forms, CLI and tests all read this table."""

from __future__ import annotations

from ocdesk.api.catalog import fields as F
from ocdesk.api.catalog.model import (
    Auth,
    Body,
    Dialect,
    Effect,
    Endpoint,
    Field,
    LabelSpec,
    Rule,
    TotalLimit,
    Window,
)
from ocdesk.api.groups import GROUPS
from ocdesk.api.text import QT_TRANSLATE_NOOP

__all__ = [
    "Dialect",
    "Auth",
    "Effect",
    "Body",
    "Field",
    "Window",
    "LabelSpec",
    "Rule",
    "TotalLimit",
    "Endpoint",
    "GROUPS",
    "ENDPOINTS",
    "UnknownEndpoint",
    "get",
    "business_endpoints",
    "by_group",
]


# Short names keep the table one line per fact; the formatter would spread it thin.
V, R, OA = Dialect.VENDOR, Dialect.RETURNS, Dialect.OAUTH
TS = Auth.TOKEN_SIGNED
SKUS, ORDERS = QT_TRANSLATE_NOOP("catalog", "SKUs"), QT_TRANSLATE_NOOP("catalog", "orders")

# fmt: off
_ENDPOINTS: tuple[Endpoint, ...] = (
    # --- OAuth (§2) ---
    Endpoint("oauth.authorize", "Authorize (browser)", "Account", "GET", "/oauth/authorize",
             Dialect.BROWSER, Auth.NONE, body=Body.QUERY, fields=F.AUTHORIZE),
    Endpoint("oauth.token", "Access token", "Account", "POST", "/oauth/token", OA, Auth.NONE,
             body=Body.QUERY, fields=F.TOKEN),
    Endpoint("oauth.refresh", "Refresh access token", "Account", "POST", "/oauth/token", OA,
             Auth.NONE, body=Body.QUERY, fields=F.REFRESH),
    # --- SKU (§3) ---
    Endpoint("sku.create", "Create SKUs", "SKU", "POST", "/openapi/3pp/sku/v3/creation", V, TS,
             Effect.CREATE, Body.ARRAY, fields=F.SKU_CREATE_ITEM, batch_limit=200,
             rules=F.SKU_CREATE_RULES, item_noun=SKUS, reference=("referenceSKUID",)),
    Endpoint("sku.query", "Query SKUs", "SKU", "POST", "/openapi/3pp/sku/v3/query", V, TS,
             fields=F.SKU_QUERY, requires_one_of=("mfskulist", "referenceSKUIDList",
                                                 "sellerSKUIDList", "startTime", "endTime")),
    Endpoint("sku.label", "SKU labels", "SKU", "POST", "/openapi/3pp/sku/v1/label/print", V, TS,
             fields=F.SKU_LABEL, label=LabelSpec(page_mm=(60, 30), label_type="sku")),
    Endpoint("sku.setup_ef_service", "Set up EF services", "SKU", "POST",
             "/openapi/3pp/sku/v1/ef/setup", V, TS, Effect.CHANGE, Body.ARRAY,
             fields=F.EF_SETUP_ITEM, batch_limit=200, item_noun=SKUS, reference=("mfSkuId",)),
    Endpoint("sku.query_ef_service", "Query EF services", "SKU", "POST",
             "/openapi/3pp/sku/v1/ef/query", V, TS, fields=F.EF_QUERY),
    # --- Stock (§4) ---
    Endpoint("stock.movement", "Stock movement", "Stock", "POST",
             "/openapi/3pp/inventory/v1/movement", V, TS, fields=F.MOVEMENT,
             window=F.WEEK,
             requires_one_of=("mfSkuList", "startTime")),
    Endpoint("stock.snapshot", "Stock snapshot", "Stock", "POST",
             "/openapi/3pp/inventory/v2/snapshot", V, TS, fields=F.SNAPSHOT,
             requires_one_of=("skuList", "serviceRegionList"), result_path=("SKUList",)),
    Endpoint("stock.age", "Stock age", "Stock", "POST", "/openapi/3pp/inventory/v1/snapshotAge",
             V, TS, fields=F.SNAPSHOT, requires_one_of=("skuList", "serviceRegionList"),
             result_path=("SKUList",)),
    # --- Inbound (§5) ---
    Endpoint("inbound.create", "Create inbound order", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/creation", V, TS, Effect.CREATE, fields=F.INBOUND_CREATE,
             reference=("sellerInboundNumber",),
             label=LabelSpec(file_key="labelFile", name_key="inboundNumber", page_mm=(100, 100),
                             label_type="carton")),
    Endpoint("inbound.list", "List inbound orders", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/query", V, TS, fields=F.INBOUND_QUERY,
             window=F.INBOUND_WINDOW, requires_one_of=F.INBOUND_FILTERS,
             result_path=("inboundOrderList",)),
    Endpoint("inbound.detail", "Inbound order detail", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/detail", V, TS, fields=F.INBOUND_QUERY,
             window=F.INBOUND_WINDOW, requires_one_of=F.INBOUND_FILTERS,
             result_path=("inboundOrderList",)),
    Endpoint("inbound.labels", "Carton labels", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/query/labels", V, TS, fields=F.INBOUND_LABELS,
             result_path=("labelList",),
             label=LabelSpec(list_key="labelList", page_mm=(100, 100), label_type="carton")),
    Endpoint("inbound.upload_tracking", "Upload tracking numbers", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/upload/shipment-file", V, TS, Effect.CHANGE,
             fields=F.UPLOAD_TRACKING, reference=("inboundNumber",)),
    Endpoint("inbound.upload_clearance", "Upload clearance documents", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/upload/customs-clearance-file", V, TS, Effect.CHANGE,
             fields=F.UPLOAD_CLEARANCE, reference=("inboundNumber",)),
    # --- Outbound (§6) ---
    Endpoint("outbound.create", "Create outbound orders", "Outbound", "POST",
             "/openapi/3pp/outbound/v1/creation", V, TS, Effect.CREATE, Body.ARRAY,
             fields=F.OUTBOUND_ITEM, batch_limit=50, rules=(F.EBAY_RULE,), item_noun=ORDERS,
             reference=("referenceNumber",)),
    Endpoint("outbound.query", "Query outbound orders", "Outbound", "POST",
             "/openapi/3pp/outbound/v2/query", V, TS, fields=F.OUTBOUND_QUERY,
             requires_one_of=tuple(f.name for f in F.OUTBOUND_QUERY), api_version="2.0",
             row_cap=1000, query_days=7),
    Endpoint("outbound.cancel", "Cancel outbound order", "Outbound", "POST",
             "/openapi/3pp/outbound/v1/cancel", V, TS, Effect.CHANGE, fields=F.OUTBOUND_CANCEL,
             reference=("orderNumber",)),
    Endpoint("outbound.third_party_label", "Third-party-label order", "Outbound", "POST",
             "/openapi/3pp/ocw/v1/creation", V, TS, Effect.CREATE, Body.ARRAY,
             fields=F.THIRD_PARTY_ITEM, batch_limit=50, rules=(F.EBAY_RULE,), item_noun=ORDERS,
             reference=("referenceNumber",)),
    Endpoint("outbound.freight_sync", "Freight estimate (instant)", "Outbound", "POST",
             "/openapi/calculate/v1/freightTrial/synced", V, TS, fields=F.PRICING,
             rules=F.PRICING_RULES),
    # --- Warehouse (§7) ---
    Endpoint("warehouse.services", "Service list", "Warehouse", "GET",
             "/openapi/3pp/base/v1/service", V, Auth.SIGNED, body=Body.NONE),
    # --- Pricing (§8) ---
    Endpoint("pricing.estimate", "Request cost estimate", "Pricing", "POST",
             "/openapi/calculate/v1/freightTrial", V, TS, Effect.CREATE, fields=F.PRICING,
             rules=F.PRICING_RULES, reference=("referenceId",)),
    Endpoint("pricing.result", "Cost estimate result", "Pricing", "POST",
             "/openapi/calculate/v1/getFreightTrialDetail", V, TS, fields=F.PRICING_RESULT),
    # --- VAS (§9) ---
    Endpoint("vas.create", "Create VAS order", "VAS", "POST", "/openapi/3pp/vas/v1/creation", V,
             TS, Effect.CREATE, fields=F.VAS_CREATE, reference=("sellerVasNumber",)),
    Endpoint("vas.detail", "VAS order detail", "VAS", "POST", "/openapi/3pp/vas/v1/detail", V, TS,
             fields=F.VAS_DETAIL, requires_one_of=("vasNumberList", "sellerVasNumberList"),
             totals=(TotalLimit(("vasNumberList", "sellerVasNumberList"), 100),),
             result_path=("vasOrderList",)),
    Endpoint("vas.cancel", "Cancel VAS order", "VAS", "POST", "/openapi/3pp/vas/v1/cancel", V, TS,
             Effect.CHANGE, fields=F.VAS_CANCEL, reference=("vasNumber",)),
    # --- Webhook (§10): OC calls us; listed so the tab and docs can name it ---
    Endpoint("webhook.outbound_callback", "Outbound callback (received)", "Webhook", "POST",
             "/oc/webhook/outbound", V, Auth.SIGNED, Effect.CHANGE, fields=F.WEBHOOK,
             reference=("eventId",)),
    # --- Returns 2.0 and finance (§11) ---
    Endpoint("returns.orders", "Query return orders", "Returns", "GET",
             "/openapi/3pp/returns/v1/query/orders", R, TS, body=Body.QUERY,
             fields=F.RETURN_ORDERS, result_path=("list",)),
    Endpoint("returns.label", "Return label", "Returns", "GET",
             "/openapi/3pp/returns/v1/query/label", R, TS, body=Body.QUERY,
             fields=(F.RETURN_NUMBER,), label=LabelSpec(page_mm=(100, 150), label_type="return")),
    Endpoint("returns.cancel_rma", "Cancel RMA / update return tracking", "Returns", "POST",
             "/openapi/3pp/returns/v1/cancel/rma", R, TS, Effect.CHANGE, fields=F.CANCEL_RMA,
             rules=F.CANCEL_RMA_RULES, reference=("orderNumber",)),
    Endpoint("returns.stock", "Return stock snapshot", "Returns", "POST",
             "/openapi/3pp/returns/v1/query/stock", R, TS, fields=F.RETURN_STOCK,
             result_path=("list",)),
    Endpoint("returns.link_stock", "Link returned items to SKUs", "Returns", "POST",
             "/openapi/3pp/returns/v1/link/stock", R, TS, Effect.CHANGE, fields=F.LINK_STOCK,
             reference=("itemList.returnItemId",)),
    Endpoint("returns.erp_submit", "Submit return order (ERP)", "Returns", "POST",
             "/openapi/3pp/returns/v1/submit/order", R, TS, Effect.CREATE, fields=F.ERP_SUBMIT,
             reference=("referenceNumber",)),
    Endpoint("returns.token", "Access token (Return 2.0)", "Account", "POST", "/oauth/token", OA,
             Auth.NONE, body=Body.QUERY, fields=F.ANY_TOKEN, rules=F.ANY_TOKEN_RULES),
    Endpoint("finance.fee_detail", "Fee detail", "Finance", "POST",
             "/openapi/3pp/finance/v1/query/fee-detail", R, TS, fields=F.FEE_DETAIL,
             window=Window(max_days=31, inclusive=True), result_path=("list",)),
)
# fmt: on

ENDPOINTS: dict[str, Endpoint] = {e.id: e for e in _ENDPOINTS}


class UnknownEndpoint(KeyError):
    """An endpoint id that the catalog does not name."""


def get(endpoint_id: str) -> Endpoint:
    """The endpoint under `endpoint_id`, or UnknownEndpoint listing close matches."""
    try:
        return ENDPOINTS[endpoint_id]
    except KeyError:
        near = [i for i in ENDPOINTS if i.split(".")[0] == endpoint_id.split(".")[0]]
        hint = f"; known in that group: {', '.join(near)}" if near else ""
        raise UnknownEndpoint(f"unknown endpoint id {endpoint_id!r}{hint}") from None


def business_endpoints() -> list[Endpoint]:
    """The endpoints a user calls through the client (all but OAuth and the webhook)."""
    return [e for e in _ENDPOINTS if e.is_business]


def by_group(group: str) -> list[Endpoint]:
    return [e for e in _ENDPOINTS if e.group == group]
