"""Small pieces the handler modules share: error items, warehouses, paging, id sets, base64."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any, TypeVar

from ocdesk.sandbox.core import EmuError, Reply
from ocdesk.sandbox.keys import Keys, invalid
from ocdesk.sandbox.world.services import SERVICES

T = TypeVar("T")
NOT_FOUND = "EMU_NOT_FOUND"
DUPLICATE = "EMU_DUPLICATE"
STATE = "EMU_STATE"


def item_error(exc: EmuError, item_id: str) -> dict[str, Any]:
    """One vendor `errors[]` entry for a batch item that was refused."""
    return {"code": exc.code, "id": item_id, "message": exc.message}


def duplicate(field: str, value: str) -> EmuError:
    return EmuError(DUPLICATE, f"Duplicate {field}: {value}", item_id=value)


def not_found(kind: str, value: str) -> EmuError:
    return EmuError(NOT_FOUND, f"{kind} {value} does not exist", item_id=value)


def batch_reply(created: list[dict[str, Any]], errors: list[dict[str, Any]], total: int) -> Reply:
    """A batch create's answer: what was created, plus the refused items (partial failure)."""
    message = f"{len(errors)} of {total} items failed" if errors else None
    return Reply(payload=created, errors=errors, message=message)


def warehouse(keys: Keys) -> str:
    """A required `serviceRegion` that names a §7.1 warehouse (case-insensitive)."""
    region = keys.text("serviceRegion", required=True)
    match = next((r for r in SERVICES if r.lower() == region.lower()), None)
    if match is None:
        raise invalid(f"{keys.field('serviceRegion')} {region} is not a warehouse")
    return match


def paging(keys: Keys) -> tuple[int, int]:
    """`pageNumber` / `pageSize` of the returns group: default 1 / 50, size at most 200."""
    number = keys.integer("pageNumber", default=1, minimum=1) or 1
    size = keys.integer("pageSize", default=50, minimum=1, maximum=200) or 50
    return number, size


def page[T](rows: list[T], number: int, size: int) -> list[T]:
    start = (max(number, 1) - 1) * size
    return rows[start : start + size]


def returns_page(rows: list[Any], number: int, size: int) -> dict[str, Any]:
    """The §11.0 page object."""
    return {
        "total": len(rows),
        "pageNumber": number,
        "pageSize": size,
        "list": page(rows, number, size),
    }


def lookup[T](index: dict[str, T], values: Iterable[str]) -> list[T]:
    """The records of `values` that exist, each once, in request order."""
    seen: dict[int, T] = {}
    for value in values:
        record = index.get(value)
        if record is not None:
            seen.setdefault(id(record), record)
    return list(seen.values())


def b64(pdf: bytes) -> str:
    """Standard-alphabet base64 without line breaks (§12.3)."""
    return base64.b64encode(pdf).decode("ascii")
