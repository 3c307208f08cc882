"""Every OC Open API endpoint, named once: the client, forms, CLI and tests all read this table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Dialect(StrEnum):
    """The response envelope an endpoint answers with (REFERENCE.md §1.3)."""

    VENDOR = "vendor"
    RETURNS = "returns"
    OAUTH = "oauth"
    BROWSER = "browser"


class Auth(StrEnum):
    """What an endpoint needs on the wire."""

    NONE = "none"  # /oauth/*: neither token nor signature
    SIGNED = "signed"  # signature required, Access-Token sent when we have one
    TOKEN_SIGNED = "token_signed"  # Access-Token and signature both required


class Effect(StrEnum):
    """What a call does at OC; only reads are ever retried automatically."""

    READ = "read"
    CREATE = "create"
    CHANGE = "change"


class Body(StrEnum):
    """How the `data` part of a request is carried."""

    OBJECT = "object"  # POST, envelope `data` is an object
    ARRAY = "array"  # POST, envelope `data` is an array of items
    QUERY = "query"  # GET, the data are query parameters
    NONE = "none"  # GET with nothing to send


@dataclass(frozen=True)
class Field:
    """One request field: enough to validate it and to build a form for it.

    `kind` is one of: string, int, number, boolean, date (OC date-only, `2022-10-31+0800`),
    datetime (`2024-07-15T19:48:37+0800`), array, object.
    For an array of objects, `fields` describes one item; for an array of scalars, `item_kind`
    names the scalar kind.
    """

    name: str
    kind: str = "string"
    required: bool = False
    enum: tuple[str, ...] = ()
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    fields: tuple[Field, ...] = ()
    item_kind: str | None = None
    help: str = ""


@dataclass(frozen=True)
class Window:
    """A time-window rule: `end - start` under `max_days`, start within `lookback_months`.

    The rule is skipped when any field in `unless_any` is non-empty (ids take precedence).
    """

    start: str = "startTime"
    end: str = "endTime"
    max_days: float = 7
    inclusive: bool = False  # True: span <= max_days; False: span < max_days
    lookback_months: int = 12
    unless_any: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelSpec:
    """Where label PDFs live in a response payload (`data` or `result`).

    `list_key` names a list of label items when there are several (inbound.labels); otherwise
    the payload itself holds `file_key` / `name_key`.
    """

    file_key: str = "file"
    name_key: str = "fileName"
    list_key: str | None = None
    page_mm: tuple[float, float] = (100, 150)
    label_type: str = "label"


@dataclass(frozen=True)
class Endpoint:
    """One OC endpoint. `result_path` leads from the payload to its row list (() = the payload)."""

    id: str
    title: str
    group: str
    method: str
    path: str
    dialect: Dialect
    auth: Auth
    effect: Effect = Effect.READ
    body: Body = Body.OBJECT
    fields: tuple[Field, ...] = ()
    batch_limit: int | None = None
    window: Window | None = None
    requires_one_of: tuple[str, ...] = ()
    result_path: tuple[str, ...] = ()
    label: LabelSpec | None = None
    api_version: str | None = None

    @property
    def creates(self) -> bool:
        return self.effect is Effect.CREATE

    @property
    def retry_safe(self) -> bool:
        """Only reads may be resent after a timeout, a reset or a 5xx."""
        return self.effect is Effect.READ

    @property
    def is_business(self) -> bool:
        """True for the /openapi calls that `ocdesk call` and the tabs send through the client."""
        return self.path.startswith("/openapi/")


GROUPS = (
    "Account",
    "SKU",
    "Stock",
    "Inbound",
    "Outbound",
    "Warehouse",
    "Pricing",
    "VAS",
    "Webhook",
    "Returns",
    "Finance",
)

V, R, O = Dialect.VENDOR, Dialect.RETURNS, Dialect.OAUTH
TS = Auth.TOKEN_SIGNED

_ENDPOINTS: tuple[Endpoint, ...] = (
    # --- OAuth (§2) ---
    Endpoint("oauth.authorize", "Authorize (browser)", "Account", "GET", "/oauth/authorize",
             Dialect.BROWSER, Auth.NONE, body=Body.QUERY),
    Endpoint("oauth.token", "Access token", "Account", "POST", "/oauth/token", O, Auth.NONE,
             body=Body.QUERY),
    Endpoint("oauth.refresh", "Refresh access token", "Account", "POST", "/oauth/token", O,
             Auth.NONE, body=Body.QUERY),
    # --- SKU (§3) ---
    Endpoint("sku.create", "Create SKUs", "SKU", "POST", "/openapi/3pp/sku/v3/creation", V, TS,
             Effect.CREATE, Body.ARRAY, batch_limit=200),
    Endpoint("sku.query", "Query SKUs", "SKU", "POST", "/openapi/3pp/sku/v3/query", V, TS),
    Endpoint("sku.label", "SKU labels", "SKU", "POST", "/openapi/3pp/sku/v1/label/print", V, TS,
             label=LabelSpec(page_mm=(60, 30), label_type="sku")),
    Endpoint("sku.setup_ef_service", "Set up EF services", "SKU", "POST",
             "/openapi/3pp/sku/v1/ef/setup", V, TS, Effect.CHANGE, Body.ARRAY, batch_limit=200),
    Endpoint("sku.query_ef_service", "Query EF services", "SKU", "POST",
             "/openapi/3pp/sku/v1/ef/query", V, TS),
    # --- Stock (§4) ---
    Endpoint("stock.movement", "Stock movement", "Stock", "POST",
             "/openapi/3pp/inventory/v1/movement", V, TS),
    Endpoint("stock.snapshot", "Stock snapshot", "Stock", "POST",
             "/openapi/3pp/inventory/v2/snapshot", V, TS, result_path=("SKUList",)),
    Endpoint("stock.age", "Stock age", "Stock", "POST", "/openapi/3pp/inventory/v1/snapshotAge",
             V, TS, result_path=("SKUList",)),
    # --- Inbound (§5) ---
    Endpoint("inbound.create", "Create inbound order", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/creation", V, TS, Effect.CREATE,
             label=LabelSpec(file_key="labelFile", name_key="inboundNumber", page_mm=(100, 100),
                             label_type="carton")),
    Endpoint("inbound.list", "List inbound orders", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/query", V, TS, result_path=("inboundOrderList",)),
    Endpoint("inbound.detail", "Inbound order detail", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/detail", V, TS, result_path=("inboundOrderList",)),
    Endpoint("inbound.labels", "Carton labels", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/query/labels", V, TS, result_path=("labelList",),
             label=LabelSpec(list_key="labelList", page_mm=(100, 100), label_type="carton")),
    Endpoint("inbound.upload_tracking", "Upload tracking numbers", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/upload/shipment-file", V, TS, Effect.CHANGE),
    Endpoint("inbound.upload_clearance", "Upload clearance documents", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/upload/customs-clearance-file", V, TS, Effect.CHANGE),
    # --- Outbound (§6) ---
    Endpoint("outbound.create", "Create outbound orders", "Outbound", "POST",
             "/openapi/3pp/outbound/v1/creation", V, TS, Effect.CREATE, Body.ARRAY,
             batch_limit=50),
    Endpoint("outbound.query", "Query outbound orders", "Outbound", "POST",
             "/openapi/3pp/outbound/v2/query", V, TS, api_version="2.0"),
    Endpoint("outbound.cancel", "Cancel outbound order", "Outbound", "POST",
             "/openapi/3pp/outbound/v1/cancel", V, TS, Effect.CHANGE),
    Endpoint("outbound.third_party_label", "Third-party-label order", "Outbound", "POST",
             "/openapi/3pp/ocw/v1/creation", V, TS, Effect.CREATE, Body.ARRAY, batch_limit=50),
    Endpoint("outbound.freight_sync", "Freight estimate (instant)", "Outbound", "POST",
             "/openapi/calculate/v1/freightTrial/synced", V, TS),
    # --- Warehouse (§7) ---
    Endpoint("warehouse.services", "Service list", "Warehouse", "GET",
             "/openapi/3pp/base/v1/service", V, Auth.SIGNED, body=Body.NONE),
    # --- Pricing (§8) ---
    Endpoint("pricing.estimate", "Request cost estimate", "Pricing", "POST",
             "/openapi/calculate/v1/freightTrial", V, TS, Effect.CREATE),
    Endpoint("pricing.result", "Cost estimate result", "Pricing", "POST",
             "/openapi/calculate/v1/getFreightTrialDetail", V, TS),
    # --- VAS (§9) ---
    Endpoint("vas.create", "Create VAS order", "VAS", "POST", "/openapi/3pp/vas/v1/creation", V,
             TS, Effect.CREATE),
    Endpoint("vas.detail", "VAS order detail", "VAS", "POST", "/openapi/3pp/vas/v1/detail", V, TS,
             result_path=("vasOrderList",)),
    Endpoint("vas.cancel", "Cancel VAS order", "VAS", "POST", "/openapi/3pp/vas/v1/cancel", V, TS,
             Effect.CHANGE),
    # --- Webhook (§10): OC calls us; listed so the tab and docs can name it ---
    Endpoint("webhook.outbound_callback", "Outbound callback (received)", "Webhook", "POST",
             "/oc/webhook/outbound", V, Auth.SIGNED, Effect.CHANGE),
    # --- Returns 2.0 and finance (§11) ---
    Endpoint("returns.orders", "Query return orders", "Returns", "GET",
             "/openapi/3pp/returns/v1/query/orders", R, TS, body=Body.QUERY,
             result_path=("list",)),
    Endpoint("returns.label", "Return label", "Returns", "GET",
             "/openapi/3pp/returns/v1/query/label", R, TS, body=Body.QUERY,
             label=LabelSpec(page_mm=(100, 150), label_type="return")),
    Endpoint("returns.cancel_rma", "Cancel RMA / update return tracking", "Returns", "POST",
             "/openapi/3pp/returns/v1/cancel/rma", R, TS, Effect.CHANGE),
    Endpoint("returns.stock", "Return stock snapshot", "Returns", "POST",
             "/openapi/3pp/returns/v1/query/stock", R, TS, result_path=("list",)),
    Endpoint("returns.link_stock", "Link returned items to SKUs", "Returns", "POST",
             "/openapi/3pp/returns/v1/link/stock", R, TS, Effect.CHANGE),
    Endpoint("returns.erp_submit", "Submit return order (ERP)", "Returns", "POST",
             "/openapi/3pp/returns/v1/submit/order", R, TS, Effect.CREATE),
    Endpoint("returns.token", "Access token (Return 2.0)", "Account", "POST", "/oauth/token", O,
             Auth.NONE, body=Body.QUERY),
    Endpoint("finance.fee_detail", "Fee detail", "Finance", "POST",
             "/openapi/3pp/finance/v1/query/fee-detail", R, TS, result_path=("list",)),
)

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
