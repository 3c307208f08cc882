"""OC date formats, window splitting and the 12-month lookback."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ocdesk.api.dates import (
    MAX_WINDOW,
    check_lookback,
    format_date,
    format_datetime,
    lookback_limit,
    parse_datetime,
    split_window,
)

CST = timezone(timedelta(hours=8))


def test_format_datetime_uses_a_colonless_offset() -> None:
    moment = datetime(2024, 7, 15, 19, 48, 37, tzinfo=CST)
    assert format_datetime(moment) == "2024-07-15T19:48:37+0800"


def test_naive_datetime_is_local_time() -> None:
    naive = datetime(2024, 7, 15, 19, 48, 37)
    assert parse_datetime(format_datetime(naive)) == naive.astimezone()


def test_format_date() -> None:
    assert format_date(date(2022, 10, 31), CST) == "2022-10-31+0800"
    local = format_date(date(2022, 10, 31))
    assert local.startswith("2022-10-31") and len(local) == len("2022-10-31+0800")


@pytest.mark.parametrize(
    "text",
    ["2024-07-15T19:48:37+0800", "2024-07-15T19:48:37+08:00", "2024-07-15T11:48:37Z"],
)
def test_parse_accepts_every_offset_spelling(text: str) -> None:
    assert parse_datetime(text) == datetime(2024, 7, 15, 19, 48, 37, tzinfo=CST)


def test_parse_date_only() -> None:
    parsed = parse_datetime("2022-10-31+0800")
    assert parsed == datetime(2022, 10, 31, tzinfo=CST)
    assert format_date(parsed) == "2022-10-31+0800"


@pytest.mark.parametrize("value", [1741219200000, "1741219200000", 1741219200000.0])
def test_parse_epoch_milliseconds(value: int | str | float) -> None:
    assert parse_datetime(value) == datetime(2025, 3, 6, tzinfo=UTC)


def test_round_trip_keeps_the_instant_and_offset() -> None:
    for text in (
        "2024-07-15T19:48:37+0800",
        "2025-01-01T00:00:00+0000",
        "2025-06-01T08:00:00-0500",
    ):
        assert format_datetime(parse_datetime(text)) == text


@pytest.mark.parametrize(
    "text",
    ["2024-07-15T19:48:37+0800", "2025-01-01T00:00:00-0530", "2024-02-29T23:59:59+1400",
     "2025-06-01T08:00:00.250+0200", "2025-06-01 08:00:00+0200"],
)  # fmt: skip
def test_the_quick_reading_of_ocs_usual_shape_agrees_with_the_formats(text: str) -> None:
    by_format = next(
        parsed for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%d %H:%M:%S%z")
        if (parsed := _strptime_or_none(text, fmt)) is not None
    )
    parsed = parse_datetime(text)
    assert parsed == by_format and parsed.utcoffset() == by_format.utcoffset()


def _strptime_or_none(text: str, fmt: str) -> datetime | None:
    try:
        return datetime.strptime(text, fmt)
    except ValueError:
        return None


@pytest.mark.parametrize("bad", ["2024-07-15T19:48:37", "yesterday", "", "2024-13-01+0800",
                                 "2024-13-01T10:00:00+0800", True])  # fmt: skip
def test_parse_refuses_unclear_values(bad: object) -> None:
    with pytest.raises(ValueError, match="2024-07-15T19:48:37\\+0800"):
        parse_datetime(bad)  # type: ignore[arg-type]


def test_split_window_covers_30_days_in_5_chunks_without_gaps() -> None:
    start = datetime(2025, 1, 1, tzinfo=CST)
    end = start + timedelta(days=30)
    chunks = split_window(start, end)
    assert len(chunks) == 5
    assert chunks[0][0] == start and chunks[-1][1] == end
    for (_, prev_end), (next_start, _) in zip(chunks, chunks[1:], strict=False):
        assert next_start - prev_end == timedelta(seconds=1)
    assert all(b - a <= MAX_WINDOW for a, b in chunks)


def test_split_window_short_and_empty_ranges() -> None:
    start = datetime(2025, 1, 1, tzinfo=CST)
    assert split_window(start, start) == [(start, start)]
    assert split_window(start, start + MAX_WINDOW) == [(start, start + MAX_WINDOW)]
    with pytest.raises(ValueError):
        split_window(start, start - timedelta(seconds=1))


def test_lookback_limit_clamps_the_day_of_month() -> None:
    assert lookback_limit(datetime(2024, 2, 29, 10, 0)) == datetime(2023, 2, 28, 10, 0)
    assert lookback_limit(datetime(2025, 3, 31), months=1) == datetime(2025, 2, 28)
    assert lookback_limit(datetime(2025, 1, 15), months=13) == datetime(2023, 12, 15)


def test_check_lookback() -> None:
    now = datetime(2025, 3, 11, 12, 0, tzinfo=CST)
    assert check_lookback(datetime(2024, 3, 11, 12, 0, tzinfo=CST), now) is None
    refusal = check_lookback(datetime(2024, 3, 11, 11, 59, tzinfo=CST), now)
    assert refusal is not None
    assert refusal.startswith("Query timeslot is only valid for the last 12 months.")
    assert "2024-03-11T12:00:00+0800" in refusal
