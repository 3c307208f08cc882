"""What a desk page says while it fetches is in the desk's language: the line under a search is
read while the rows come, so none of it may stay English."""

from __future__ import annotations

from typing import Any

from ocdesk.gui.pages.outbound.orders import orders_by_ids
from ocdesk.gui.pages.sku.find import find_by_numbers
from ocdesk.gui.pages.vas.tab import vas_details

pytest_plugins = ("chinese_fixtures",)


class _Answer:
    """OC's answer as these jobs read it: its rows (and, for paged queries, no total)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self._rows = rows
        self.payload: dict[str, Any] = {}

    def rows(self) -> list[dict[str, Any]]:
        return self._rows


def _progress(said: list[str]) -> Any:
    return lambda _done, _total, text: said.append(text)


def test_finding_orders_by_their_numbers_says_how_far_it_got_in_chinese(chinese: Any) -> None:
    said: list[str] = []
    orders_by_ids(lambda _endpoint, _data: _Answer([]), ["OCO2497577178395AU"],
                  progress=_progress(said))  # fmt: skip
    assert said == ["正在向 OC 查询 1 个单号", "完成"]


def test_reading_vas_orders_says_how_many_in_chinese(chinese: Any) -> None:
    said: list[str] = []
    vas_details(lambda _endpoint, _data: _Answer([{"vasNumber": "VAS01"}]), ["VAS01"],
                _progress(said), None)  # fmt: skip
    assert said == ["已读取 1 个增值服务单"]


def test_finding_skus_by_their_numbers_says_how_many_in_chinese(chinese: Any) -> None:
    said: list[str] = []
    find_by_numbers(lambda _endpoint, _data: _Answer([]), ["SKU-1", "SKU-2"], _progress(said),
                    lambda: False)  # fmt: skip
    assert said == ["已查询 2 个编号"]
