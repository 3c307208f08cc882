"""Request fields of every endpoint (docs/OC-API.md), spelled exactly as OC's request tables."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ocdesk.api.catalog.model import MB, Field, Rule, Window
from ocdesk.api.text import QT_TRANSLATE_NOOP

# --- Request fields (docs/OC-API.md; keys spelled exactly as the request tables give them) ---


def _ids(name: str, key: str, help: str, *, key_required: bool = True, **kw: Any) -> Field:
    """A list of one-key objects, e.g. `mfSkuList: [{mfSkuId}]`."""
    return Field(name, "array", fields=(Field(key, required=key_required),), help=help, **kw)


def _strings(name: str, help: str, **kw: Any) -> Field:
    """A list of plain strings, e.g. `inboundNumberList: ["OCI4DE06746410"]`."""
    return Field(name, "array", item_kind="string", help=help, **kw)


def _dt(name: str, help: str, **kw: Any) -> Field:
    return Field(name, "datetime", help=help, **kw)


CLIENT_ID = Field("client_id", required=True, help="Your client id (ClientKey) issued by OC")
REDIRECT_URI = Field(
    "redirect_uri",
    required=True,
    help="Public web address OC sends the browser back to; the same on every step",
)
AUTH_CODE = Field("code", help="The code exactly as it appeared in the browser's address bar")
REFRESH_TOKEN = Field("refresh_token", help="The refresh token saved at login")

AUTHORIZE = (
    Field("response_type", required=True, enum=("code",), help="Always 'code'"),
    CLIENT_ID,
    REDIRECT_URI,
    Field("state", required=True, help="Random text OC echoes back, to prove the answer is ours"),
)
TOKEN = (
    Field("grant_type", required=True, enum=("authorization_code",), help="Always this value"),
    CLIENT_ID,
    REDIRECT_URI,
    replace(AUTH_CODE, required=True),
)
REFRESH = (
    Field("grant_type", required=True, enum=("refresh_token",), help="Always this value"),
    replace(REFRESH_TOKEN, required=True),
    CLIENT_ID,
)
ANY_TOKEN = (
    Field(
        "grant_type",
        required=True,
        enum=("authorization_code", "refresh_token"),
        help="authorization_code after login, refresh_token to renew",
    ),
    CLIENT_ID,
    replace(REDIRECT_URI, required=False),
    AUTH_CODE,
    REFRESH_TOKEN,
)
ANY_TOKEN_RULES = (
    Rule(
        ("grant_type",),
        ("code", "redirect_uri"),
        QT_TRANSLATE_NOOP("catalog", "when grant_type is authorization_code"),
        equals=("authorization_code",),
    ),
    Rule(
        ("grant_type",),
        ("refresh_token",),
        QT_TRANSLATE_NOOP("catalog", "when grant_type is refresh_token"),
        equals=("refresh_token",),
    ),
)

REGION = Field("serviceRegion", required=True, help="OC warehouse code, e.g. UK, DE, US-East")
REGION_FILTER = replace(REGION, required=False, help="Only this warehouse, e.g. UK")
MF_SKU = Field("mfSkuId", required=True, help="OC SKU id (MFSKUID), e.g. OC0000250260096")
COUNTRY = Field("countryCode", required=True, max_length=2, help="ISO country code, e.g. FR")
PAGE_NUMBER = Field("pageNumber", "int", minimum=1, help="Page to fetch, from 1")
PAGE_SIZE = Field("pageSize", "int", minimum=1, maximum=200, help="Rows per page, up to 200")
SKU_QUANTITIES = Field(
    "skuList",
    "array",
    required=True,
    min_items=1,
    fields=(MF_SKU, Field("quantity", "int", required=True, minimum=1, help="Units")),
    help="The SKUs and how many units of each",
)

SKU_CREATE_ITEM = (
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
            replace(REGION, help="Warehouse the SKU is for"),
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
SKU_CREATE_RULES = (
    Rule(
        ("length", "width", "height"),
        ("dimensionUnit",),
        QT_TRANSLATE_NOOP("catalog", "when length, width or height is sent"),
    ),
    Rule(("weight",), ("weightUnit",), QT_TRANSLATE_NOOP("catalog", "when weight is sent")),
)

SKU_QUERY = (
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

SKU_LABEL = (
    Field(
        "skuList",
        "array",
        required=True,
        min_items=1,
        max_items=200,
        fields=(
            MF_SKU,
            Field("printQuantity", "int", minimum=1, maximum=999, help="Labels to print, 1-999"),
        ),
        help="SKUs to print labels for",
    ),
    Field("labelSize", help="OC's label size code, passed through"),
)

SERVICE_CODE = Field("shippingServiceCode", required=True, help="e.g. GBDomesticStandard")
EF_SETUP_ITEM = (
    MF_SKU,
    Field(
        "fulfillmentCenterList",
        "array",
        required=True,
        min_items=1,
        fields=(
            replace(REGION, help="Warehouse code from the service list"),
            Field(
                "domesticServiceList",
                "array",
                fields=(SERVICE_CODE,),
                help="Domestic shipping services",
            ),
            Field(
                "internationalServiceList",
                "array",
                fields=(
                    SERVICE_CODE,
                    Field("countryList", "array", fields=(COUNTRY,), help="Destination countries"),
                ),
                help="International shipping services",
            ),
        ),
        help="One entry per warehouse",
    ),
)
EF_QUERY = (
    _ids("mfSkuList", "mfSkuId", "OC SKU ids (MFSKUID)", required=True, min_items=1, max_items=200),
)

MOVEMENT = (
    _dt("startTime", "From; within the last 12 months, window under 7 days"),
    _dt("endTime", "To; empty means now"),
    _ids("mfSkuList", "mfSkuId", "OC SKU ids (MFSKUID), up to 50", max_items=50),
)
SNAPSHOT = (
    replace(PAGE_NUMBER, required=True),
    replace(PAGE_SIZE, required=True),
    _ids("skuList", "mfSkuId", "OC SKU ids (MFSKUID)"),
    _ids("serviceRegionList", "serviceRegion", "Warehouse codes, e.g. UK"),
)

INBOUND_CREATE = (
    Field("sellerInboundNumber", required=True, help="Your own inbound number; must be unique"),
    replace(REGION, help="Destination warehouse, e.g. DE"),
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
INBOUND_QUERY = (
    _dt("startTime", "Created or changed since; last 12 months, window under 7 days"),
    _dt("endTime", "Until; empty means now"),
    _strings("inboundNumberList", "OC inbound numbers, e.g. OCI4DE06746410"),
    _strings("sellerinboundNumberList", "Your own inbound numbers"),
)
INBOUND_LABELS = (
    _ids(
        "inboundOrderList",
        "inboundOrder",
        "OC inbound numbers to print carton labels for",
        required=True,
        min_items=1,
    ),
)
UPLOAD_TRACKING = (
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
UPLOAD_CLEARANCE = (
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
            Field(
                "file",
                required=True,
                help="The document, base64-encoded (up to 10 MB)",
                max_bytes=10 * MB,
            ),
        ),
        help="Customs documents, 1-10 files",
    ),
)

REFERENCE_NUMBER = Field(
    "referenceNumber", required=True, max_length=50, help="Your own order number; must be unique"
)
EBAY_ID = Field("ebayId", max_length=100, help="Buyer's eBay user id; needed for eBay orders")
EBAY_ORDER_ID = Field(
    "ebayOrderId", max_length=100, help="eBay order number like 02-05696-00555; for eBay orders"
)
EBAY_RULE = Rule(
    ("orderPlatform",),
    ("ebayId", "ebayOrderId"),
    QT_TRANSLATE_NOOP("catalog", "when orderPlatform is eBay"),
    equals=("ebay",),
)
PRODUCT_LIST = Field(
    "productList",
    "array",
    required=True,
    min_items=1,
    fields=(
        MF_SKU,
        Field("skuQuantity", "int", required=True, minimum=1, help="Units, at least 1"),
        Field("declaredValue", "number", help="Declared value of one unit"),
        Field("currency", help="Currency of the declared value, e.g. GBP"),
        Field("eBayItemId", help="eBay item id; guards against duplicate eBay orders"),
        Field("eBayTransactionId", help="eBay transaction id"),
    ),
    help="The SKUs to ship",
)
OUTBOUND_ITEM = (
    REFERENCE_NUMBER,
    Field(
        "orderPlatform", max_length=50, help="Where the order came from: eBay, AliExpress, OTHERS"
    ),
    replace(REGION, help="Warehouse that ships it, e.g. UK"),
    replace(SERVICE_CODE, help="Shipping service from the service list"),
    EBAY_ID,
    EBAY_ORDER_ID,
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
    PRODUCT_LIST,
)
THIRD_PARTY_ITEM = (
    REFERENCE_NUMBER,
    Field("orderPlatform", required=True, help="Where the order came from, e.g. OTHERS"),
    Field("serviceCode", required=True, help="OC service product, usually OCW_TPL"),
    replace(REGION, help="Warehouse that ships it, e.g. UK"),
    Field("carrierCode", required=True, help="Carrier of your label, e.g. UPS"),
    Field("trackingNumber", required=True, help="Tracking number printed on your label"),
    Field("labelFileName", required=True, help="e.g. TPL-0001.pdf"),
    Field(
        "labelFile",
        required=True,
        help="Your label PDF, base64-encoded (up to 5 MB)",
        max_bytes=5 * MB,
    ),
    EBAY_ID,
    EBAY_ORDER_ID,
    Field("consigneeName", help="Recipient's name, for display"),
    Field("consigneeCountryCode", max_length=2, help="ISO country code, for display"),
    Field("remark", help="Note for the warehouse"),
    PRODUCT_LIST,
)
OUTBOUND_QUERY = (
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
CANCEL_TIME = _dt("cancelTime", "When the order was cancelled", required=True)
OUTBOUND_CANCEL = (
    Field("orderNumber", required=True, help="OC order number, e.g. OCO2000011384024GB"),
    CANCEL_TIME,
    Field("cancelReason", help="Why, in a few words"),
)

PRICING = (
    Field("referenceId", required=True, help="Your own id for this estimate; must be unique"),
    replace(REGION, help="Warehouse, e.g. UK, DE, US-East, AU-Sydney"),
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
PRICING_RULES = (
    Rule(
        ("skuType",),
        ("length", "width", "height", "weight"),
        QT_TRANSLATE_NOOP("catalog", "when skuType is false"),
        equals=("false",),
        within="skuList",
    ),
)
PRICING_RESULT = (Field("referenceId", required=True, help="The id sent with the estimate"),)

VAS_CREATE = (
    Field("sellerVasNumber", required=True, help="Your own VAS order number; must be unique"),
    REGION,
    Field(
        "vasType",
        required=True,
        enum=("RELABEL", "REPACK", "KITTING", "INSPECTION", "PHOTO"),
        help="The service wanted",
    ),
    SKU_QUANTITIES,
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
VAS_DETAIL = (
    _strings("vasNumberList", "OC VAS numbers, e.g. OCV4DE00012345"),
    _strings("sellerVasNumberList", "Your own VAS order numbers"),
)
VAS_CANCEL = (
    Field("vasNumber", required=True, help="OC VAS number"),
    CANCEL_TIME,
    Field("cancelReason", help="Why, in a few words"),
)

WEBHOOK = (
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

RETURN_NUMBER = Field("orderNumber", required=True, help="OC return number, e.g. OCS1DE000453014")
RETURN_ORDERS = (
    replace(RETURN_NUMBER, required=False),
    Field("referenceNumber", help="Your own return reference"),
    Field("status", help="e.g. created, received, completed"),
    _dt("startTime", "Created from"),
    _dt("endTime", "Created until"),
    PAGE_NUMBER,
    PAGE_SIZE,
)
CANCEL_RMA = (
    RETURN_NUMBER,
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
CANCEL_RMA_RULES = (
    Rule(
        ("cancelType",),
        ("trackingNumber", "carrierName"),
        QT_TRANSLATE_NOOP("catalog", "when cancelType is 2"),
        equals=("2",),
    ),
)
RETURN_STOCK = (
    Field(
        "serviceType",
        required=True,
        enum=("SKU", "ORDER"),
        help="SKU: the ids are OC SKU ids; ORDER: they are return numbers",
    ),
    _strings(
        "uniqueIdList", "The ids to look up, 1-200", required=True, min_items=1, max_items=200
    ),
    REGION_FILTER,
    PAGE_NUMBER,
    PAGE_SIZE,
)
LINK_STOCK = (
    Field(
        "itemList",
        "array",
        required=True,
        min_items=1,
        max_items=200,
        fields=(
            Field("returnItemId", required=True, help="Returned item id, e.g. RI0000000002"),
            replace(MF_SKU, help="The OC SKU it is"),
        ),
        help="Returned items to attach to an SKU, 1-200",
    ),
)
ERP_SUBMIT = (
    Field("referenceNumber", required=True, help="Your own return reference; must be unique"),
    replace(REGION, help="Warehouse receiving the return"),
    Field("originalOrderNumber", help="The OC outbound order, e.g. OCO2000011384031DE"),
    Field("ebayOrderId", help="eBay order number"),
    Field("returnReason", help="Why the buyer returns it"),
    Field("buyerName", help="Buyer's name"),
    Field("carrierName", help="Carrier, if the buyer already shipped"),
    Field("trackingNumber", help="Tracking number, if the buyer already shipped"),
    SKU_QUANTITIES,
)
FEE_DETAIL = (
    _dt("startTime", "Charged from; within the last 12 months", required=True),
    _dt("endTime", "Charged until; at most 31 days after the start", required=True),
    Field(
        "orderType",
        enum=("OUTBOUND", "INBOUND", "RETURN", "VAS", "STORAGE"),
        help="Only fees of this kind",
    ),
    _strings("orderNumberList", "Only these OC order numbers"),
    REGION_FILTER,
    PAGE_NUMBER,
    PAGE_SIZE,
)

WEEK = Window(max_days=7)
INBOUND_FILTERS = ("inboundNumberList", "sellerinboundNumberList", "startTime")
INBOUND_WINDOW = replace(WEEK, unless_any=("inboundNumberList", "sellerinboundNumberList"))
