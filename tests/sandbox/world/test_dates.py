"""The sandbox's 12-month look-back starts on the same calendar day a year earlier."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ocdesk.sandbox.world.dates import months_ago


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        (datetime(2026, 11, 27, 10, 0, tzinfo=UTC), 12, datetime(2025, 11, 27, 10, 0, tzinfo=UTC)),
        (datetime(2026, 11, 3, tzinfo=UTC), 12, datetime(2025, 11, 3, tzinfo=UTC)),
        (datetime(2026, 3, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2024, 2, 29, tzinfo=UTC), 12, datetime(2023, 2, 28, tzinfo=UTC)),
    ],
)
def test_months_ago_keeps_the_day_and_clamps_short_months(now, months, expected) -> None:
    assert months_ago(now, months) == expected
