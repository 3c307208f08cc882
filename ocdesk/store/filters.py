"""The WHERE clause of a list a user narrows down: only the conditions given, in portable SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Condition = tuple[str, Sequence[Any]]


def where(*conditions: Condition | None) -> tuple[str, list[Any]]:
    """" WHERE a AND b" and its parameters, leaving out the conditions that are None.

    Each condition is SQL with `?` placeholders and its parameters; "" when none is given.
    """
    given = [condition for condition in conditions if condition is not None]
    if not given:
        return "", []
    sql = " AND ".join(f"({text})" for text, _ in given)
    return f" WHERE {sql}", [param for _, params in given for param in params]
