"""The endpoint catalog: complete, consistent, and spelled as OC's request tables spell it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ocdesk.api import catalog
from ocdesk.api.catalog import Body, Endpoint, Field

KINDS = {"string", "int", "number", "boolean", "date", "datetime", "array", "object"}
ALL = list(catalog.ENDPOINTS.values())


def walk(fields: tuple[Field, ...]) -> Iterator[Field]:
    for field in fields:
        yield field
        yield from walk(field.fields)


def names(fields: tuple[Field, ...]) -> set[str]:
    return {f.name for f in fields}


def field(endpoint_id: str, dotted: str) -> Field:
    fields = catalog.get(endpoint_id).fields
    found = None
    for part in dotted.split("."):
        found = next(f for f in fields if f.name == part)
        fields = found.fields
    assert found is not None
    return found


def test_catalog_lists_all_37_endpoints() -> None:
    assert len(ALL) == 37
    assert {e.group for e in ALL} <= set(catalog.GROUPS)


@pytest.mark.parametrize("endpoint", ALL, ids=lambda e: e.id)
def test_every_endpoint_with_a_body_has_fields(endpoint: Endpoint) -> None:
    assert bool(endpoint.fields) is (endpoint.body is not Body.NONE)


@pytest.mark.parametrize("endpoint", ALL, ids=lambda e: e.id)
def test_fields_are_well_formed(endpoint: Endpoint) -> None:
    for f in walk(endpoint.fields):
        assert f.kind in KINDS, f.name
        assert len(names(f.fields)) == len(f.fields), f"duplicate key under {f.name}"
        if f.kind == "array":
            assert bool(f.fields) != bool(f.item_kind), f"{f.name}: items undescribed"
        if f.enum:
            assert f.kind in ("string", "int"), f.name
        if f.minimum is not None and f.maximum is not None:
            assert f.minimum <= f.maximum
        if f.min_items is not None and f.max_items is not None:
            assert f.min_items <= f.max_items
    assert len(names(endpoint.fields)) == len(endpoint.fields)


@pytest.mark.parametrize("endpoint", ALL, ids=lambda e: e.id)
def test_top_level_fields_explain_themselves(endpoint: Endpoint) -> None:
    assert all(f.help for f in endpoint.fields), [f.name for f in endpoint.fields if not f.help]


@pytest.mark.parametrize("endpoint", ALL, ids=lambda e: e.id)
def test_rules_name_real_fields(endpoint: Endpoint) -> None:
    top = names(endpoint.fields)
    assert set(endpoint.requires_one_of) <= top
    for total in endpoint.totals:
        assert set(total.fields) <= top
    if endpoint.window:
        w = endpoint.window
        assert {w.start, w.end, *w.unless_any} <= top
        assert field(endpoint.id, w.start).kind == "datetime"
    for rule in endpoint.rules:
        assert set(rule.when) <= top
        target = field(endpoint.id, rule.within).fields if rule.within else endpoint.fields
        assert set(rule.require) <= names(target)


def test_batches_have_limits_and_nouns() -> None:
    for endpoint in ALL:
        if endpoint.body is Body.ARRAY:
            assert endpoint.batch_limit in (50, 200)
            assert endpoint.item_noun in ("orders", "SKUs")
    assert catalog.get("outbound.create").batch_limit == 50
    assert catalog.get("sku.create").batch_limit == 200


def test_windows() -> None:
    movement = catalog.get("stock.movement").window
    assert movement is not None and movement.max_days == 7 and not movement.inclusive
    for endpoint_id in ("inbound.list", "inbound.detail"):
        window = catalog.get(endpoint_id).window
        assert window is not None
        assert set(window.unless_any) == {"inboundNumberList", "sellerinboundNumberList"}
    fees = catalog.get("finance.fee_detail").window
    assert fees is not None and fees.max_days == 31 and fees.inclusive
    assert fees.lookback_months == 12


@pytest.mark.parametrize(
    ("endpoint_id", "dotted"),
    [
        ("sku.create", "SKUdescription"),
        ("sku.query", "mfskulist.mfskuid"),
        ("sku.query", "sellerSKUIDList.sellerSKUID"),
        ("stock.movement", "mfSkuList.mfSkuId"),
        ("inbound.create", "cartonList.productList.mfskuid"),
        ("inbound.detail", "sellerinboundNumberList"),
        ("outbound.create", "consigneeZipCode"),
        ("outbound.create", "productList.skuQuantity"),
        ("outbound.create", "remark"),
        ("pricing.estimate", "consigneePostCode"),
        ("pricing.estimate", "skuList.skuId"),
    ],
)
def test_keys_are_spelled_as_the_request_tables_spell_them(endpoint_id: str, dotted: str) -> None:
    assert field(endpoint_id, dotted).name == dotted.rsplit(".", 1)[-1]


def test_documented_limits_and_enums() -> None:
    assert field("outbound.create", "referenceNumber").max_length == 50
    assert field("outbound.create", "houseNumber").max_length == 10
    assert field("outbound.create", "remark").max_length == 500
    assert field("inbound.upload_tracking", "inboundNumber").max_length == 100
    assert field("inbound.upload_tracking", "referenceNumber").max_length == 50
    assert field("inbound.upload_clearance", "fileList").max_items == 10
    assert field("sku.label", "skuList.printQuantity").maximum == 999
    assert field("sku.query", "limit").maximum == 200
    assert field("returns.stock", "uniqueIdList").max_items == 200
    assert field("sku.query", "startTime").kind == "date"
    assert field("inbound.create", "eta").kind == "date"
    assert field("outbound.cancel", "cancelTime").kind == "datetime"
    assert field("inbound.create", "shippingMethod").enum == ("TK", "EX")
    assert field("returns.cancel_rma", "cancelType").enum == ("1", "2")
    assert field("pricing.estimate", "serviceType").enum == ("EF", "OCN")
    assert field("sku.create", "serviceRegionList.withBrand").enum == ("WB", "WOB")


def test_requires_one_of_where_oc_says_at_least_one() -> None:
    expected = {
        "sku.query", "stock.movement", "stock.snapshot", "stock.age", "inbound.list",
        "inbound.detail", "outbound.query", "vas.detail",
    }  # fmt: skip
    assert {e.id for e in ALL if e.requires_one_of} == expected


def test_lookup_functions() -> None:
    assert catalog.get("outbound.query").api_version == "2.0"
    assert all(e.path.startswith("/openapi/") for e in catalog.business_endpoints())
    assert "oauth.token" not in {e.id for e in catalog.business_endpoints()}
    assert {e.id for e in catalog.by_group("VAS")} == {"vas.create", "vas.detail", "vas.cancel"}
    with pytest.raises(catalog.UnknownEndpoint, match="vas.detail"):
        catalog.get("vas.details")


def test_limits_the_pages_and_jobs_read_are_stated_once_here() -> None:
    """OC-API.md / E7 / E13: the numbers OC enforces, as the catalog states them."""
    outbound = catalog.get("outbound.query")
    assert (outbound.row_cap, outbound.query_days, outbound.window) == (1000, 7, None)
    assert catalog.get("returns.link_stock").item_limit("itemList") == 200
    assert catalog.get("returns.stock").item_limit("uniqueIdList") == 200
    assert catalog.get("stock.movement").item_limit("mfSkuList") == 50
    clearance = catalog.get("inbound.upload_clearance")
    assert clearance.item_limit("fileList") == 10
    assert clearance.field("fileList.file").max_bytes == 10 * 1024 * 1024
    label = catalog.get("outbound.third_party_label").field("labelFile")
    assert label.max_bytes == 5 * 1024 * 1024 and "5 MB" in label.help


def test_asking_for_a_field_or_limit_the_catalog_lacks_names_it() -> None:
    with pytest.raises(KeyError, match="fileList.size"):
        catalog.get("inbound.upload_clearance").field("fileList.size")
    with pytest.raises(KeyError, match="no item limit"):
        catalog.get("inbound.upload_clearance").item_limit("inboundNumber")
