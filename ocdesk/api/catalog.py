"""Every OC Open API endpoint, named once: the client, forms, CLI and tests all read this table."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


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
class Rule:
    """A conditional requirement: when its condition holds on an object, `require` must be sent.

    The condition holds when any field in `when` is sent (non-empty) or, with `equals`, when any
    of them has one of those values (compared as text, case-insensitively, so `2` matches "2"
    and `False` matches "false"). With `within`, the required fields are checked in every item
    of that array field instead of the object itself.
    """

    when: tuple[str, ...]
    require: tuple[str, ...]
    reason: str
    equals: tuple[str, ...] = ()
    within: str | None = None


@dataclass(frozen=True)
class TotalLimit:
    """A cap on the items of several list fields taken together (e.g. 100 ids in all)."""

    fields: tuple[str, ...]
    maximum: int
    noun: str = "ids"


@dataclass(frozen=True)
class Endpoint:
    """One OC endpoint. `result_path` leads from the payload to its row list (() = the payload).

    For Body.ARRAY endpoints `fields`, `rules` and the other object checks describe one item.
    `requires_one_of` names filters of which at least one must be non-empty.
    """

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
    rules: tuple[Rule, ...] = ()
    totals: tuple[TotalLimit, ...] = ()
    item_noun: str = "items"  # what one item of a Body.ARRAY batch is, for messages

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


# --- Request fields (REFERENCE.md §2-§11; keys spelled exactly as the request tables give them) ---


def _ids(name: str, key: str, help: str, *, key_required: bool = True, **kw: Any) -> Field:
    """A list of one-key objects, e.g. `mfSkuList: [{mfSkuId}]`."""
    return Field(name, "array", fields=(Field(key, required=key_required),), help=help, **kw)


def _strings(name: str, help: str, **kw: Any) -> Field:
    """A list of plain strings, e.g. `inboundNumberList: ["OCI4DE06746410"]`."""
    return Field(name, "array", item_kind="string", help=help, **kw)


def _dt(name: str, help: str, **kw: Any) -> Field:
    return Field(name, "datetime", help=help, **kw)


_CLIENT_ID = Field("client_id", required=True, help="Your client id (ClientKey) issued by OC")
_REDIRECT_URI = Field(
    "redirect_uri",
    required=True,
    help="Public web address OC sends the browser back to; the same on every step",
)
_AUTH_CODE = Field("code", help="The code exactly as it appeared in the browser's address bar")
_REFRESH_TOKEN = Field("refresh_token", help="The refresh token saved at login")

_AUTHORIZE = (
    Field("response_type", required=True, enum=("code",), help="Always 'code'"),
    _CLIENT_ID,
    _REDIRECT_URI,
    Field("state", required=True, help="Random text OC echoes back, to prove the answer is ours"),
)
_TOKEN = (
    Field("grant_type", required=True, enum=("authorization_code",), help="Always this value"),
    _CLIENT_ID,
    _REDIRECT_URI,
    replace(_AUTH_CODE, required=True),
)
_REFRESH = (
    Field("grant_type", required=True, enum=("refresh_token",), help="Always this value"),
    replace(_REFRESH_TOKEN, required=True),
    _CLIENT_ID,
)
_ANY_TOKEN = (
    Field(
        "grant_type",
        required=True,
        enum=("authorization_code", "refresh_token"),
        help="authorization_code after login, refresh_token to renew",
    ),
    _CLIENT_ID,
    replace(_REDIRECT_URI, required=False),
    _AUTH_CODE,
    _REFRESH_TOKEN,
)
_ANY_TOKEN_RULES = (
    Rule(
        ("grant_type",),
        ("code", "redirect_uri"),
        "when grant_type is authorization_code",
        equals=("authorization_code",),
    ),
    Rule(
        ("grant_type",),
        ("refresh_token",),
        "when grant_type is refresh_token",
        equals=("refresh_token",),
    ),
)

_REGION = Field("serviceRegion", required=True, help="OC warehouse code, e.g. UK, DE, US-East")
_REGION_FILTER = replace(_REGION, required=False, help="Only this warehouse, e.g. UK")
_MF_SKU = Field("mfSkuId", required=True, help="OC SKU id (MFSKUID), e.g. OC0000250260096")
_COUNTRY = Field("countryCode", required=True, max_length=2, help="ISO country code, e.g. FR")
_PAGE_NUMBER = Field("pageNumber", "int", minimum=1, help="Page to fetch, from 1")
_PAGE_SIZE = Field("pageSize", "int", minimum=1, maximum=200, help="Rows per page, up to 200")
_SKU_QUANTITIES = Field(
    "skuList",
    "array",
    required=True,
    min_items=1,
    fields=(_MF_SKU, Field("quantity", "int", required=True, minimum=1, help="Units")),
    help="The SKUs and how many units of each",
)

_SKU_CREATE_ITEM = (
    Field("referenceSKUID", required=True, help="Your own SKU id; unique per seller"),
    Field(
        "SKUNameList",
        "array",
        required=True,
        min_items=1,
        fields=(
            Field("SKUName", required=True, help="Product name"),
            Field("languageCode", help="Language of the name, e.g. en-US"),
            Field("attributeDescription", help="Variant, e.g. Green, Large"),
        ),
        help="Product names, one per language",
    ),
    Field("SKUdescription", help="Product description"),
    _ids("SKUPictureURLList", "SKUPictureURL", "Picture web addresses"),
    Field("salesURL", help="Product page web address"),
    Field("withBattery", "boolean", help="Does the product contain or come with a battery?"),
    Field(
        "batteryForm",
        enum=("PB", "BCE", "BPE"),
        help="PB pure battery, BCE in equipment, BPE packed with equipment",
    ),
    Field(
        "batteryType", enum=("BC", "OLB", "OT"), help="BC button cell, OLB other lithium, OT other"
    ),
    Field(
        "batteryTypeNew",
        enum=("PLB", "ALB", "OPB", "OAB", "BB", "BLB", "OBB"),
        help="Battery type (new codes)",
    ),
    Field("batteryNumber", "int", minimum=0, help="Batteries per SKU"),
    Field("countryOfOrigin", max_length=2, help="Where it was made, ISO code, e.g. CN"),
    Field("dimensionUnit", enum=("cm", "m", "in", "ft"), help="Unit of length/width/height"),
    Field("length", "number", help="In dimensionUnit"),
    Field("width", "number", help="In dimensionUnit"),
    Field("height", "number", help="In dimensionUnit"),
    Field("weight", "number", help="In weightUnit"),
    Field("weightUnit", enum=("g", "kg", "lb", "oz"), help="Unit of weight"),
    Field("SIOC", "boolean", help="Ships in its own container"),
    Field(
        "serviceRegionList",
        "array",
        fields=(
            replace(_REGION, help="Warehouse the SKU is for"),
            Field("withBrand", enum=("WB", "WOB"), help="WB with brand, WOB without brand"),
        ),
        help="Warehouses the SKU will be stored in",
    ),
    Field(
        "barcodeList",
        "array",
        fields=(
            Field("barcode", required=True, help="The barcode digits"),
            Field("barcodeType", enum=("EAN", "UPC", "OTHER"), help="EAN, UPC or OTHER"),
        ),
        help="Barcodes printed on the product",
    ),
    Field(
        "fileList",
        "array",
        fields=(
            Field("fileRegion", help="Warehouse region the file is for"),
            Field("fileType", help="e.g. BRANDAUTH, MSDS, CE"),
            Field("fileUrl", required=True, help="Web address of the document"),
        ),
        help="Compliance documents",
    ),
    Field(
        "hscodeList",
        "array",
        fields=(
            Field("destinationCountry", max_length=2, help="ISO country code"),
            Field("hsCode", help="Customs tariff code"),
        ),
        help="Customs tariff codes per destination",
    ),
    Field("WeeeRegistrationNo", help="WEEE number created in OC's seller portal"),
)
_SKU_CREATE_RULES = (
    Rule(("length", "width", "height"), ("dimensionUnit",), "when length, width or height is sent"),
    Rule(("weight",), ("weightUnit",), "when weight is sent"),
)

_SKU_QUERY = (
    Field("startTime", "date", help="Changed since this day, e.g. 2022-10-31+0800"),
    Field("endTime", "date", help="Changed until this day"),
    _ids("mfskulist", "mfskuid", "OC SKU ids (MFSKUID)"),
    Field(
        "referenceSKUIDList",
        "array",
        fields=(Field("referenceSKUID", help="Your SKU id"), Field("ebayCustomLabel")),
        help="Your own SKU ids",
    ),
    _ids("sellerSKUIDList", "sellerSKUID", "Seller SKU ids as shown in OC's portal"),
    Field("page", "int", minimum=1, help="Page to fetch, from 1"),
    Field("limit", "int", minimum=1, maximum=200, help="Rows per page, up to 200"),
)

_SKU_LABEL = (
    Field(
        "skuList",
        "array",
        required=True,
        min_items=1,
        max_items=200,
        fields=(
            _MF_SKU,
            Field("printQuantity", "int", minimum=1, maximum=999, help="Labels to print, 1-999"),
        ),
        help="SKUs to print labels for",
    ),
    Field("labelSize", help="OC's label size code, passed through"),
)

_SERVICE_CODE = Field("shippingServiceCode", required=True, help="e.g. GBDomesticStandard")
_EF_SETUP_ITEM = (
    _MF_SKU,
    Field(
        "fulfillmentCenterList",
        "array",
        required=True,
        min_items=1,
        fields=(
            replace(_REGION, help="Warehouse code from the service list"),
            Field(
                "domesticServiceList",
                "array",
                fields=(_SERVICE_CODE,),
                help="Domestic shipping services",
            ),
            Field(
                "internationalServiceList",
                "array",
                fields=(
                    _SERVICE_CODE,
                    Field("countryList", "array", fields=(_COUNTRY,), help="Destination countries"),
                ),
                help="International shipping services",
            ),
        ),
        help="One entry per warehouse",
    ),
)
_EF_QUERY = (
    _ids("mfSkuList", "mfSkuId", "OC SKU ids (MFSKUID)", required=True, min_items=1, max_items=200),
)

_MOVEMENT = (
    _dt("startTime", "From; within the last 12 months, window under 7 days"),
    _dt("endTime", "To; empty means now"),
    _ids("mfSkuList", "mfSkuId", "OC SKU ids (MFSKUID), up to 50", max_items=50),
)
_SNAPSHOT = (
    replace(_PAGE_NUMBER, required=True),
    replace(_PAGE_SIZE, required=True),
    _ids("skuList", "mfSkuId", "OC SKU ids (MFSKUID)"),
    _ids("serviceRegionList", "serviceRegion", "Warehouse codes, e.g. UK"),
)

_INBOUND_CREATE = (
    Field("sellerInboundNumber", required=True, help="Your own inbound number; must be unique"),
    replace(_REGION, help="Destination warehouse, e.g. DE"),
    Field("shippingFrom", required=True, max_length=2, help="Origin country, ISO code, e.g. CN"),
    Field("shippingMethod", required=True, enum=("TK", "EX"), help="TK truck, EX express"),
    Field(
        "transportMethod", enum=("OF", "AF", "RF", "TK"), help="OF ocean, AF air, RF rail, TK truck"
    ),
    Field("eta", "date", required=True, help="Expected arrival day, e.g. 2025-12-27+0800"),
    Field("vat", help="VAT number"),
    Field("needClearanceDoc", "boolean", help="Customs documents will be uploaded afterwards"),
    Field(
        "cartonList",
        "array",
        required=True,
        min_items=1,
        fields=(
            Field("cartonNumber", help="Carton number"),
            Field("sellerCartonNumber", required=True, help="Your carton number, e.g. C001"),
            Field("cartonOriginCountry", max_length=2, help="ISO country code"),
            Field("labelSize", help="OC's label size code, passed through"),
            Field(
                "productList",
                "array",
                required=True,
                min_items=1,
                fields=(
                    Field("mfskuid", required=True, help="OC SKU id (MFSKUID)"),
                    Field("quantity", "int", required=True, minimum=1, help="Units in the carton"),
                ),
                help="What the carton holds",
            ),
        ),
        help="The cartons you are sending",
    ),
)
_INBOUND_QUERY = (
    _dt("startTime", "Created or changed since; last 12 months, window under 7 days"),
    _dt("endTime", "Until; empty means now"),
    _strings("inboundNumberList", "OC inbound numbers, e.g. OCI4DE06746410"),
    _strings("sellerinboundNumberList", "Your own inbound numbers"),
)
_INBOUND_LABELS = (
    _ids(
        "inboundOrderList",
        "inboundOrder",
        "OC inbound numbers to print carton labels for",
        required=True,
        min_items=1,
    ),
)
_UPLOAD_TRACKING = (
    Field("inboundNumber", required=True, max_length=100, help="OC inbound number"),
    Field("referenceNumber", required=True, max_length=50, help="Your own inbound number"),
    Field(
        "trackingList",
        "array",
        required=True,
        min_items=1,
        fields=(
            Field("trackingNumber", required=True, help="Carrier tracking number"),
            Field("carrier", required=True, help="Carrier name, e.g. DHL"),
            Field("cartonNumber", help="The carton it belongs to"),
        ),
        help="Parcels on their way to the warehouse",
    ),
)
_UPLOAD_CLEARANCE = (
    Field("inboundNumber", required=True, help="OC inbound number"),
    Field(
        "fileList",
        "array",
        required=True,
        min_items=1,
        max_items=10,
        fields=(
            Field(
                "fileType",
                required=True,
                help="PL packing list, IN invoice, BL bill of lading, MAWB air waybill",
            ),
            Field("fileName", required=True, help="e.g. invoice.PDF"),
            Field("file", required=True, help="The document, base64-encoded (up to 10 MB)"),
        ),
        help="Customs documents, 1-10 files",
    ),
)

_REFERENCE_NUMBER = Field(
    "referenceNumber", required=True, max_length=50, help="Your own order number; must be unique"
)
_EBAY_ID = Field("ebayId", max_length=100, help="Buyer's eBay user id; needed for eBay orders")
_EBAY_ORDER_ID = Field(
    "ebayOrderId", max_length=100, help="eBay order number like 02-05696-00555; for eBay orders"
)
_EBAY_RULE = Rule(
    ("orderPlatform",), ("ebayId", "ebayOrderId"), "when orderPlatform is eBay", equals=("ebay",)
)
_PRODUCT_LIST = Field(
    "productList",
    "array",
    required=True,
    min_items=1,
    fields=(
        _MF_SKU,
        Field("skuQuantity", "int", required=True, minimum=1, help="Units, at least 1"),
        Field("declaredValue", "number", help="Declared value of one unit"),
        Field("currency", help="Currency of the declared value, e.g. GBP"),
        Field("eBayItemId", help="eBay item id; guards against duplicate eBay orders"),
        Field("eBayTransactionId", help="eBay transaction id"),
    ),
    help="The SKUs to ship",
)
_OUTBOUND_ITEM = (
    _REFERENCE_NUMBER,
    Field(
        "orderPlatform", max_length=50, help="Where the order came from: eBay, AliExpress, OTHERS"
    ),
    replace(_REGION, help="Warehouse that ships it, e.g. UK"),
    replace(_SERVICE_CODE, help="Shipping service from the service list"),
    _EBAY_ID,
    _EBAY_ORDER_ID,
    Field("consigneeName", required=True, max_length=100, help="Recipient's full name"),
    Field("companyName", max_length=100, help="Recipient's company"),
    Field("houseNumber", max_length=10, help="House number"),
    Field("consigneeAddress1", required=True, max_length=200, help="Street address"),
    Field("consigneeAddress2", max_length=200, help="Address, second line"),
    Field("consigneeCity", max_length=100, help="City"),
    Field("consigneeProvinceOrState", max_length=100, help="Province, state or county"),
    Field("consigneeZipCode", max_length=10, help="Postcode"),
    Field("consigneeCountryCode", required=True, max_length=2, help="ISO country code, e.g. GB"),
    Field("consigneePhone", max_length=100, help="Recipient's phone"),
    Field("consigneeEmail", max_length=100, help="Recipient's email"),
    Field("fileGroupID", max_length=255, help="Id of previously uploaded files"),
    Field("remark", max_length=500, help="Note for the warehouse"),
    _PRODUCT_LIST,
)
_THIRD_PARTY_ITEM = (
    _REFERENCE_NUMBER,
    Field("orderPlatform", required=True, help="Where the order came from, e.g. OTHERS"),
    Field("serviceCode", required=True, help="OC service product, usually OCW_TPL"),
    replace(_REGION, help="Warehouse that ships it, e.g. UK"),
    Field("carrierCode", required=True, help="Carrier of your label, e.g. UPS"),
    Field("trackingNumber", required=True, help="Tracking number printed on your label"),
    Field("labelFileName", required=True, help="e.g. TPL-0001.pdf"),
    Field("labelFile", required=True, help="Your label PDF, base64-encoded (up to 5 MB)"),
    _EBAY_ID,
    _EBAY_ORDER_ID,
    Field("consigneeName", help="Recipient's name, for display"),
    Field("consigneeCountryCode", max_length=2, help="ISO country code, for display"),
    Field("remark", help="Note for the warehouse"),
    _PRODUCT_LIST,
)
_OUTBOUND_QUERY = (
    _ids(
        "orderNumberList",
        "orderNumber",
        "OC order numbers, e.g. OCO2000009385032GB",
        key_required=False,
    ),
    _ids("referenceNumberList", "referenceNumber", "Your own order numbers", key_required=False),
    Field(
        "ebayOrderIdList",
        "array",
        fields=(Field("ebayId", help="Buyer's eBay user id"), Field("ebayOrderId")),
        help="eBay orders",
    ),
    _dt("startTime", "Orders created from"),
    _dt("endTime", "Orders created until"),
)
_CANCEL_TIME = _dt("cancelTime", "When the order was cancelled", required=True)
_OUTBOUND_CANCEL = (
    Field("orderNumber", required=True, help="OC order number, e.g. OCO2000011384024GB"),
    _CANCEL_TIME,
    Field("cancelReason", help="Why, in a few words"),
)

_PRICING = (
    Field("referenceId", required=True, help="Your own id for this estimate; must be unique"),
    replace(_REGION, help="Warehouse, e.g. UK, DE, US-East, AU-Sydney"),
    Field("consigneeCountryCode", required=True, max_length=2, help="Destination country, ISO"),
    Field("consigneePostCode", required=True, help="Destination postcode"),
    Field("warehouseRegionCode", help="e.g. AU"),
    Field("serviceType", enum=("EF", "OCN"), help="EF (default) or OCN"),
    Field("mfservice", "boolean", help="True for an eBay order"),
    Field("intlSelfPayment", "boolean", help="International service paid by you (default true)"),
    _strings("shippingServiceCode", "Services to price; empty prices all"),
    Field("skuType", "boolean", help="True: skuId values are OC SKU ids (no sizes needed)"),
    Field(
        "skuList",
        "array",
        required=True,
        min_items=1,
        fields=(
            Field("skuId", required=True, help="OC SKU id, or your own when skuType is false"),
            Field("pieceQuantity", "int", required=True, minimum=1, help="Units"),
            Field("length", "number", help="cm"),
            Field("width", "number", help="cm"),
            Field("height", "number", help="cm"),
            Field("weight", "number", help="g"),
            Field("polybag", help="Packed in a polybag ('true' or 'false')"),
            Field("siop", "boolean", help="Ships in its own packaging"),
            Field("withBattery", "boolean", help="Contains a battery"),
        ),
        help="What is in the parcel",
    ),
    Field("companyName", help="Recipient's company"),
    Field("consigneeName", help="Recipient's name"),
    Field("consigneeAddress1", help="Street address"),
    Field("consigneeAddress2", help="Address, second line"),
    Field("consigneeCity", help="City"),
    Field("consigneeProvinceOrState", help="Province or state"),
    Field("houseNumber", help="House number"),
    Field("consigneePhone", help="Phone"),
    Field("consigneeEmail", help="Email"),
)
_PRICING_RULES = (
    Rule(
        ("skuType",),
        ("length", "width", "height", "weight"),
        "when skuType is false",
        equals=("false",),
        within="skuList",
    ),
)
_PRICING_RESULT = (Field("referenceId", required=True, help="The id sent with the estimate"),)

_VAS_CREATE = (
    Field("sellerVasNumber", required=True, help="Your own VAS order number; must be unique"),
    _REGION,
    Field(
        "vasType",
        required=True,
        enum=("RELABEL", "REPACK", "KITTING", "INSPECTION", "PHOTO"),
        help="The service wanted",
    ),
    _SKU_QUANTITIES,
    Field("remark", help="Instructions for the warehouse"),
    Field(
        "fileList",
        "array",
        fields=(
            Field("fileName", required=True, help="e.g. new-label.pdf"),
            Field("file", required=True, help="The file, base64-encoded"),
        ),
        help="Files the warehouse needs, e.g. new labels",
    ),
)
_VAS_DETAIL = (
    _strings("vasNumberList", "OC VAS numbers, e.g. OCV4DE00012345"),
    _strings("sellerVasNumberList", "Your own VAS order numbers"),
)
_VAS_CANCEL = (
    Field("vasNumber", required=True, help="OC VAS number"),
    _CANCEL_TIME,
    Field("cancelReason", help="Why, in a few words"),
)

_WEBHOOK = (
    Field("eventId", required=True, help="Unique id of this event"),
    Field("status", required=True, help="The order's new status"),
    _dt("eventTime", "When the status changed", required=True),
    Field("orderNumber", required=True, help="OC order number"),
    Field("referenceNumber", help="Your own order number"),
    Field("serviceRegion", help="Warehouse"),
    Field("autoFulfillmentEF", "boolean", help="Automatic eBay Fulfilment order"),
    _dt("orderCreationTime", "When the order was created"),
    _dt("shippedTime", "When it shipped"),
    Field(
        "trackingNumberList",
        "array",
        fields=(
            Field("orderNumber"),
            Field("trackingNumber", help="Last-mile tracking number"),
            Field("LMCarrierCode"),
            Field("LMCarrierName"),
            Field("chargeableWeight"),
            Field("chargeableWeightUnit"),
            Field("feeAmount", "number"),
            Field("feeAmountCurrency"),
            Field(
                "SKUList",
                "array",
                fields=(Field("MFSKUID"), Field("SKUQuantity", "int"), Field("SN")),
            ),
        ),
        help="One entry per parcel",
    ),
)

_RETURN_NUMBER = Field("orderNumber", required=True, help="OC return number, e.g. OCS1DE000453014")
_RETURN_ORDERS = (
    replace(_RETURN_NUMBER, required=False),
    Field("referenceNumber", help="Your own return reference"),
    Field("status", help="e.g. created, received, completed"),
    _dt("startTime", "Created from"),
    _dt("endTime", "Created until"),
    _PAGE_NUMBER,
    _PAGE_SIZE,
)
_CANCEL_RMA = (
    _RETURN_NUMBER,
    Field(
        "cancelType",
        "int",
        required=True,
        enum=("1", "2"),
        help="1 cancels the return, 2 updates its tracking",
    ),
    Field("trackingNumber", help="New return tracking number (cancelType 2)"),
    Field("carrierName", help="Carrier of the return parcel (cancelType 2)"),
)
_CANCEL_RMA_RULES = (
    Rule(("cancelType",), ("trackingNumber", "carrierName"), "when cancelType is 2", equals=("2",)),
)
_RETURN_STOCK = (
    Field(
        "serviceType",
        required=True,
        enum=("SKU", "ORDER"),
        help="SKU: the ids are OC SKU ids; ORDER: they are return numbers",
    ),
    _strings(
        "uniqueIdList", "The ids to look up, 1-200", required=True, min_items=1, max_items=200
    ),
    _REGION_FILTER,
    _PAGE_NUMBER,
    _PAGE_SIZE,
)
_LINK_STOCK = (
    Field(
        "itemList",
        "array",
        required=True,
        min_items=1,
        max_items=200,
        fields=(
            Field("returnItemId", required=True, help="Returned item id, e.g. RI0000000002"),
            replace(_MF_SKU, help="The OC SKU it is"),
        ),
        help="Returned items to attach to an SKU, 1-200",
    ),
)
_ERP_SUBMIT = (
    Field("referenceNumber", required=True, help="Your own return reference; must be unique"),
    replace(_REGION, help="Warehouse receiving the return"),
    Field("originalOrderNumber", help="The OC outbound order, e.g. OCO2000011384031DE"),
    Field("ebayOrderId", help="eBay order number"),
    Field("returnReason", help="Why the buyer returns it"),
    Field("buyerName", help="Buyer's name"),
    Field("carrierName", help="Carrier, if the buyer already shipped"),
    Field("trackingNumber", help="Tracking number, if the buyer already shipped"),
    _SKU_QUANTITIES,
)
_FEE_DETAIL = (
    _dt("startTime", "Charged from; within the last 12 months", required=True),
    _dt("endTime", "Charged until; at most 31 days after the start", required=True),
    Field(
        "orderType",
        enum=("OUTBOUND", "INBOUND", "RETURN", "VAS", "STORAGE"),
        help="Only fees of this kind",
    ),
    _strings("orderNumberList", "Only these OC order numbers"),
    _REGION_FILTER,
    _PAGE_NUMBER,
    _PAGE_SIZE,
)

_WEEK = Window(max_days=7)
_INBOUND_FILTERS = ("inboundNumberList", "sellerinboundNumberList", "startTime")
_INBOUND_WINDOW = replace(_WEEK, unless_any=("inboundNumberList", "sellerinboundNumberList"))


# Short names keep the table one line per fact; the formatter would spread it thin.
V, R, OA = Dialect.VENDOR, Dialect.RETURNS, Dialect.OAUTH
TS = Auth.TOKEN_SIGNED

# fmt: off
_ENDPOINTS: tuple[Endpoint, ...] = (
    # --- OAuth (§2) ---
    Endpoint("oauth.authorize", "Authorize (browser)", "Account", "GET", "/oauth/authorize",
             Dialect.BROWSER, Auth.NONE, body=Body.QUERY, fields=_AUTHORIZE),
    Endpoint("oauth.token", "Access token", "Account", "POST", "/oauth/token", OA, Auth.NONE,
             body=Body.QUERY, fields=_TOKEN),
    Endpoint("oauth.refresh", "Refresh access token", "Account", "POST", "/oauth/token", OA,
             Auth.NONE, body=Body.QUERY, fields=_REFRESH),
    # --- SKU (§3) ---
    Endpoint("sku.create", "Create SKUs", "SKU", "POST", "/openapi/3pp/sku/v3/creation", V, TS,
             Effect.CREATE, Body.ARRAY, fields=_SKU_CREATE_ITEM, batch_limit=200,
             rules=_SKU_CREATE_RULES, item_noun="SKUs"),
    Endpoint("sku.query", "Query SKUs", "SKU", "POST", "/openapi/3pp/sku/v3/query", V, TS,
             fields=_SKU_QUERY, requires_one_of=("mfskulist", "referenceSKUIDList",
                                                 "sellerSKUIDList", "startTime", "endTime")),
    Endpoint("sku.label", "SKU labels", "SKU", "POST", "/openapi/3pp/sku/v1/label/print", V, TS,
             fields=_SKU_LABEL, label=LabelSpec(page_mm=(60, 30), label_type="sku")),
    Endpoint("sku.setup_ef_service", "Set up EF services", "SKU", "POST",
             "/openapi/3pp/sku/v1/ef/setup", V, TS, Effect.CHANGE, Body.ARRAY,
             fields=_EF_SETUP_ITEM, batch_limit=200, item_noun="SKUs"),
    Endpoint("sku.query_ef_service", "Query EF services", "SKU", "POST",
             "/openapi/3pp/sku/v1/ef/query", V, TS, fields=_EF_QUERY),
    # --- Stock (§4) ---
    Endpoint("stock.movement", "Stock movement", "Stock", "POST",
             "/openapi/3pp/inventory/v1/movement", V, TS, fields=_MOVEMENT,
             window=_WEEK,
             requires_one_of=("mfSkuList", "startTime")),
    Endpoint("stock.snapshot", "Stock snapshot", "Stock", "POST",
             "/openapi/3pp/inventory/v2/snapshot", V, TS, fields=_SNAPSHOT,
             requires_one_of=("skuList", "serviceRegionList"), result_path=("SKUList",)),
    Endpoint("stock.age", "Stock age", "Stock", "POST", "/openapi/3pp/inventory/v1/snapshotAge",
             V, TS, fields=_SNAPSHOT, requires_one_of=("skuList", "serviceRegionList"),
             result_path=("SKUList",)),
    # --- Inbound (§5) ---
    Endpoint("inbound.create", "Create inbound order", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/creation", V, TS, Effect.CREATE, fields=_INBOUND_CREATE,
             label=LabelSpec(file_key="labelFile", name_key="inboundNumber", page_mm=(100, 100),
                             label_type="carton")),
    Endpoint("inbound.list", "List inbound orders", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/query", V, TS, fields=_INBOUND_QUERY,
             window=_INBOUND_WINDOW, requires_one_of=_INBOUND_FILTERS,
             result_path=("inboundOrderList",)),
    Endpoint("inbound.detail", "Inbound order detail", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/detail", V, TS, fields=_INBOUND_QUERY,
             window=_INBOUND_WINDOW, requires_one_of=_INBOUND_FILTERS,
             result_path=("inboundOrderList",)),
    Endpoint("inbound.labels", "Carton labels", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/query/labels", V, TS, fields=_INBOUND_LABELS,
             result_path=("labelList",),
             label=LabelSpec(list_key="labelList", page_mm=(100, 100), label_type="carton")),
    Endpoint("inbound.upload_tracking", "Upload tracking numbers", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/upload/shipment-file", V, TS, Effect.CHANGE,
             fields=_UPLOAD_TRACKING),
    Endpoint("inbound.upload_clearance", "Upload clearance documents", "Inbound", "POST",
             "/openapi/3pp/inbound/v1/upload/customs-clearance-file", V, TS, Effect.CHANGE,
             fields=_UPLOAD_CLEARANCE),
    # --- Outbound (§6) ---
    Endpoint("outbound.create", "Create outbound orders", "Outbound", "POST",
             "/openapi/3pp/outbound/v1/creation", V, TS, Effect.CREATE, Body.ARRAY,
             fields=_OUTBOUND_ITEM, batch_limit=50, rules=(_EBAY_RULE,), item_noun="orders"),
    Endpoint("outbound.query", "Query outbound orders", "Outbound", "POST",
             "/openapi/3pp/outbound/v2/query", V, TS, fields=_OUTBOUND_QUERY,
             requires_one_of=tuple(f.name for f in _OUTBOUND_QUERY), api_version="2.0"),
    Endpoint("outbound.cancel", "Cancel outbound order", "Outbound", "POST",
             "/openapi/3pp/outbound/v1/cancel", V, TS, Effect.CHANGE, fields=_OUTBOUND_CANCEL),
    Endpoint("outbound.third_party_label", "Third-party-label order", "Outbound", "POST",
             "/openapi/3pp/ocw/v1/creation", V, TS, Effect.CREATE, Body.ARRAY,
             fields=_THIRD_PARTY_ITEM, batch_limit=50, rules=(_EBAY_RULE,), item_noun="orders"),
    Endpoint("outbound.freight_sync", "Freight estimate (instant)", "Outbound", "POST",
             "/openapi/calculate/v1/freightTrial/synced", V, TS, fields=_PRICING,
             rules=_PRICING_RULES),
    # --- Warehouse (§7) ---
    Endpoint("warehouse.services", "Service list", "Warehouse", "GET",
             "/openapi/3pp/base/v1/service", V, Auth.SIGNED, body=Body.NONE),
    # --- Pricing (§8) ---
    Endpoint("pricing.estimate", "Request cost estimate", "Pricing", "POST",
             "/openapi/calculate/v1/freightTrial", V, TS, Effect.CREATE, fields=_PRICING,
             rules=_PRICING_RULES),
    Endpoint("pricing.result", "Cost estimate result", "Pricing", "POST",
             "/openapi/calculate/v1/getFreightTrialDetail", V, TS, fields=_PRICING_RESULT),
    # --- VAS (§9) ---
    Endpoint("vas.create", "Create VAS order", "VAS", "POST", "/openapi/3pp/vas/v1/creation", V,
             TS, Effect.CREATE, fields=_VAS_CREATE),
    Endpoint("vas.detail", "VAS order detail", "VAS", "POST", "/openapi/3pp/vas/v1/detail", V, TS,
             fields=_VAS_DETAIL, requires_one_of=("vasNumberList", "sellerVasNumberList"),
             totals=(TotalLimit(("vasNumberList", "sellerVasNumberList"), 100),),
             result_path=("vasOrderList",)),
    Endpoint("vas.cancel", "Cancel VAS order", "VAS", "POST", "/openapi/3pp/vas/v1/cancel", V, TS,
             Effect.CHANGE, fields=_VAS_CANCEL),
    # --- Webhook (§10): OC calls us; listed so the tab and docs can name it ---
    Endpoint("webhook.outbound_callback", "Outbound callback (received)", "Webhook", "POST",
             "/oc/webhook/outbound", V, Auth.SIGNED, Effect.CHANGE, fields=_WEBHOOK),
    # --- Returns 2.0 and finance (§11) ---
    Endpoint("returns.orders", "Query return orders", "Returns", "GET",
             "/openapi/3pp/returns/v1/query/orders", R, TS, body=Body.QUERY,
             fields=_RETURN_ORDERS, result_path=("list",)),
    Endpoint("returns.label", "Return label", "Returns", "GET",
             "/openapi/3pp/returns/v1/query/label", R, TS, body=Body.QUERY,
             fields=(_RETURN_NUMBER,), label=LabelSpec(page_mm=(100, 150), label_type="return")),
    Endpoint("returns.cancel_rma", "Cancel RMA / update return tracking", "Returns", "POST",
             "/openapi/3pp/returns/v1/cancel/rma", R, TS, Effect.CHANGE, fields=_CANCEL_RMA,
             rules=_CANCEL_RMA_RULES),
    Endpoint("returns.stock", "Return stock snapshot", "Returns", "POST",
             "/openapi/3pp/returns/v1/query/stock", R, TS, fields=_RETURN_STOCK,
             result_path=("list",)),
    Endpoint("returns.link_stock", "Link returned items to SKUs", "Returns", "POST",
             "/openapi/3pp/returns/v1/link/stock", R, TS, Effect.CHANGE, fields=_LINK_STOCK),
    Endpoint("returns.erp_submit", "Submit return order (ERP)", "Returns", "POST",
             "/openapi/3pp/returns/v1/submit/order", R, TS, Effect.CREATE, fields=_ERP_SUBMIT),
    Endpoint("returns.token", "Access token (Return 2.0)", "Account", "POST", "/oauth/token", OA,
             Auth.NONE, body=Body.QUERY, fields=_ANY_TOKEN, rules=_ANY_TOKEN_RULES),
    Endpoint("finance.fee_detail", "Fee detail", "Finance", "POST",
             "/openapi/3pp/finance/v1/query/fee-detail", R, TS, fields=_FEE_DETAIL,
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
