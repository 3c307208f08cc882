"""The local index of recent orders and returns: found by any number, per profile and host."""

from __future__ import annotations

import pytest

from ocdesk.store.record_index import IndexedRecord, RecordIndex, search_key
from ocdesk.store.sql import Store

HOST = "https://openapi.orangeconnex.com"
ORDER = IndexedRecord(
    "outbound", "OCO2000009385032GB", "shipped", "#1003", "02-05696-00555", ("AP484690306812",),
    created_at=1_000.0, seen_at=5_000.0, body={"orderNumber": "OCO2000009385032GB"},
)  # fmt: skip
A_RETURN = IndexedRecord(
    "return", "OCS1DE000453014", "in_transit", "RMA-1", "02-05696-00555", ("1Z999AA10123456784",),
    created_at=2_000.0, seen_at=5_000.0,
)  # fmt: skip


@pytest.fixture
def db(any_store: Store) -> Store:
    return any_store


def test_a_record_is_found_by_any_of_its_numbers_whatever_the_case_and_spaces(db) -> None:
    index = RecordIndex(db, "Shop", HOST)
    index.keep([ORDER])

    for typed in ("ap 4846 9030 6812", " OCO2000009385032gb", "#1003", "02-05696-00555"):
        assert [r.number for r in index.find(typed)] == [ORDER.number], typed
    assert index.find("AP48469030681") == []  # part of a number is not that number
    assert index.find("   ") == []
    assert index.find("AP484690306812")[0] == ORDER  # every field comes back as kept
    assert search_key(" ap 48\t46 ") == "AP4846"


def test_a_number_shared_by_several_records_finds_them_all_newest_first(db) -> None:
    index = RecordIndex(db, "Shop", HOST)
    index.keep([ORDER, A_RETURN])

    assert [r.number for r in index.find("02-05696-00555")] == [A_RETURN.number, ORDER.number]


def test_each_profile_has_its_own_index_and_a_new_host_starts_it_afresh(db) -> None:
    shop, other = RecordIndex(db, "Shop", HOST), RecordIndex(db, "Other", HOST)
    shop.keep([ORDER])
    shop.finish(covered_from=0.0, created_until=9_000.0, now=9_500.0)
    assert other.find(ORDER.number) == [] and other.state() is None

    state = shop.state()
    assert state is not None and (state.count, state.refreshed_at) == (1, 9_500.0)
    moved = RecordIndex(db, "Shop", "http://127.0.0.1:8123")
    assert moved.begin() is None and moved.find(ORDER.number) == []


def test_a_refresh_drops_records_older_than_it_covers_and_forget_drops_one(db) -> None:
    index = RecordIndex(db, "Shop", HOST)
    index.keep([ORDER, A_RETURN])

    index.finish(covered_from=1_500.0, created_until=9_000.0)
    assert index.find(ORDER.number) == [] and len(index.find(A_RETURN.number)) == 1

    index.forget("return", A_RETURN.number)
    assert index.find(A_RETURN.number) == []


def test_open_since_names_the_oldest_record_whose_status_may_still_move(db) -> None:
    index = RecordIndex(db, "Shop", HOST)
    open_order = IndexedRecord("outbound", "OCO1", "Packed", created_at=3_000.0, seen_at=1.0)
    index.keep([ORDER, open_order, A_RETURN])

    final = ("shipped", "cancelled")
    assert index.open_since("outbound", final, since=0.0) == 3_000.0
    assert index.open_since("outbound", final, since=3_500.0) is None
    assert index.open_since("return", ("completed",), since=0.0) == 2_000.0
