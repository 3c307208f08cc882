"""Splitting batches to OC's per-call limits."""

from __future__ import annotations

import pytest

from ocdesk.api import catalog
from ocdesk.api.batches import chunks, limit_for


def test_chunks_keep_order_and_size() -> None:
    orders = list(range(120))
    parts = chunks(orders, 50)
    assert [len(p) for p in parts] == [50, 50, 20]
    assert [x for p in parts for x in p] == orders


def test_chunks_of_nothing_is_nothing() -> None:
    assert chunks([], 50) == []


@pytest.mark.parametrize("size", [0, -1])
def test_chunk_size_must_be_positive(size: int) -> None:
    with pytest.raises(ValueError):
        chunks([1, 2], size)


def test_limits_come_from_the_catalog() -> None:
    assert limit_for("outbound.create") == 50
    assert limit_for("outbound.third_party_label") == 50
    assert limit_for(catalog.get("sku.create")) == 200
    assert limit_for("sku.query") is None


def test_unknown_endpoint_is_named() -> None:
    with pytest.raises(catalog.UnknownEndpoint, match="outbound.create"):
        limit_for("outbound.creat")
