"""The warehouse's desks and who works at each, on both backends."""

from __future__ import annotations

from ocdesk.store.desks import Desk, DeskRegister
from ocdesk.store.operator import Operator
from ocdesk.store.sql import Store


def test_each_desk_keeps_its_latest_operator_and_names_come_newest_first(
    any_store: Store,
) -> None:
    desks = DeskRegister(any_store)
    desks.seen(Operator("Li Wei", "DESK-A", named=True), now=100)
    desks.seen(Operator("Anna Berg", "DESK-B", named=True), now=200)
    desks.seen(Operator("Wang Fang", "DESK-A", named=True), now=300)  # a new shift at desk A
    desks.seen(Operator("root", "DESK-C", named=False), now=400)  # only the OS login: no name

    assert desks.listed() == [Desk("DESK-A", "Wang Fang", 300), Desk("DESK-B", "Anna Berg", 200)]
    assert desks.operator_names() == ["Wang Fang", "Anna Berg"]
