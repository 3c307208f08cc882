"""Lenient reading of OC responses: keys in any case, the aliases of OC-API.md, numbers as text."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

# Different spellings OC uses for one concept (docs/OC-API.md). Pairs that differ only in case
# need no entry: every lookup ignores case anyway.
_ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("MFSKUID", "skuId"),
    ("remark", "remarks"),
    ("moventmentID", "movementID"),
    ("skuQuantity", "quantity"),
)
_ALIASES: dict[str, tuple[str, ...]] = {
    name.lower(): group for group in _ALIAS_GROUPS for name in group
}
# Where a list of rows hides when `data` is an object wrapping it (paged results, snapshots).
_WRAPPER_KEYS = ("list", "skuList")


def _candidates(names: tuple[str, ...]) -> list[str]:
    """The names asked for first, then their aliases, each once."""
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    for name in names:
        for alias in _ALIASES.get(name.lower(), ()):
            seen.setdefault(alias, None)
    return list(seen)


def get(mapping: Any, *names: str, default: Any = None) -> Any:
    """The value of the first of `names` present in `mapping`, case-insensitively, with aliases.

    An exact spelling wins over one that differs only in case. Anything that is not a mapping
    gives `default`, so callers can chain lookups through `null`s.
    """
    if not isinstance(mapping, Mapping):
        return default
    if len(names) == 1 and names[0] in mapping:  # the usual case: OC spelled it as asked
        return mapping[names[0]]
    lowered = {str(key).lower(): key for key in reversed(list(mapping))}
    for name in _candidates(names):
        if name in mapping:
            return mapping[name]
        key = lowered.get(name.lower())
        if key is not None:
            return mapping[key]
    return default


def _wrapped_list(node: Mapping[str, Any]) -> list[Any] | None:
    found = get(node, *_WRAPPER_KEYS)
    return found if isinstance(found, list) else None


def _as_rows(node: Any) -> list[dict[str, Any]]:
    if node is None:
        return []
    if isinstance(node, Mapping):
        wrapped = _wrapped_list(node)
        return _as_rows(wrapped) if wrapped is not None else [dict(node)]
    if isinstance(node, list):
        # A list of scalars still shows as rows rather than vanishing from the table.
        return [dict(item) if isinstance(item, Mapping) else {"value": item} for item in node]
    return [{"value": node}]


def rows_at(payload: Any, path: tuple[str, ...]) -> list[dict[str, Any]]:
    """The row list found by following `path` from `payload`, tolerating OC's variations.

    `data` may already be the list, may wrap it under `list` / `skuList`, or may be `null`; keys
    on the path match case-insensitively (`SKUList` / `skuList`).
    """
    node = payload
    for key in path:
        if not isinstance(node, Mapping):
            break
        found = get(node, key)
        node = found if found is not None else _wrapped_list(node)
    return _as_rows(node)


def as_number(value: Any) -> int | float | None:
    """A number from an int, a float or numeric text (`"11000.0000"`); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
