"""Lenient reading of request data: case-insensitive keys with OC's aliases, numeric strings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, overload

from ocdesk.sandbox.core import EmuError

# Spellings OC uses for the same field (docs/OC-API.md); case differences need no entry.
_ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("mfskuid", "skuid"),
    ("remark", "remarks"),
    ("moventmentid", "movementid"),
    ("sellerskuid",),
    ("skuquantity", "quantity"),
)
_ALIASES: dict[str, tuple[str, ...]] = {name: group for group in _ALIAS_GROUPS for name in group}

VALIDATION = "EMU_VALIDATION"


def invalid(message: str, item_id: str | None = None) -> EmuError:
    """A refusal naming the offending field (check E12)."""
    return EmuError(VALIDATION, message, item_id=item_id)


class Keys:
    """A read-only, case-insensitive view of one request object.

    `get("mfSkuId")` also finds `MFSKUID`, `mfskuid` or `skuId`; the exact spelling asked for
    wins when several are present. `where` prefixes field names in error messages.
    """

    def __init__(self, data: Any, where: str = "") -> None:
        self._raw = data if isinstance(data, dict) else {}
        self._lower = {str(k).lower(): v for k, v in self._raw.items()}
        self.where = where

    @property
    def raw(self) -> dict[str, Any]:
        return self._raw

    def get(self, name: str, default: Any = None) -> Any:
        if name in self._raw:
            return self._raw[name]
        low = name.lower()
        if low in self._lower:
            return self._lower[low]
        for alias in _ALIASES.get(low, ()):
            if alias in self._lower:
                return self._lower[alias]
        return default

    def field(self, name: str) -> str:
        return f"{self.where}{name}"

    def text(self, name: str, *, required: bool = False, max_length: int | None = None) -> str:
        """A string field; numbers are accepted and turned into text."""
        value = self.get(name)
        text = "" if value is None or isinstance(value, dict | list) else str(value).strip()
        if required and not text:
            raise invalid(f"{self.field(name)} is required")
        if max_length is not None and len(text) > max_length:
            raise invalid(f"{self.field(name)} is longer than {max_length} characters")
        return text

    def number(
        self, name: str, *, required: bool = False, default: float | None = None
    ) -> float | None:
        """A number field; numeric strings count (leniency)."""
        value = self.get(name)
        if value is None or value == "":
            if required:
                raise invalid(f"{self.field(name)} is required")
            return default
        if isinstance(value, bool):
            raise invalid(f"{self.field(name)} must be a number")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise invalid(f"{self.field(name)} must be a number") from None

    # With an int default the answer is never None; callers need not check.
    @overload
    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        default: int,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int: ...

    @overload
    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        default: None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None: ...

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        default: int | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self.number(name, required=required)
        if value is None:
            return default
        if value != int(value):
            raise invalid(f"{self.field(name)} must be a whole number")
        number = int(value)
        if minimum is not None and number < minimum:
            raise invalid(f"{self.field(name)} must be at least {minimum}")
        if maximum is not None and number > maximum:
            raise invalid(f"{self.field(name)} must be at most {maximum}")
        return number

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def choice(self, name: str, allowed: Iterable[str], *, required: bool = False) -> str:
        """A documented enum: values are compared case-insensitively, returned as documented."""
        text = self.text(name, required=required)
        if not text:
            return ""
        for option in allowed:
            if option.lower() == text.lower():
                return option
        raise invalid(f"{self.field(name)} must be one of {', '.join(allowed)}")

    def items(self, name: str, *, required: bool = False) -> list[Keys]:
        """An array of objects, each as its own view."""
        return [
            Keys(v, f"{self.field(name)}[{i}].")
            for i, v in enumerate(self.array(name, required=required))
        ]

    def array(self, name: str, *, required: bool = False) -> list[Any]:
        value = self.get(name)
        if value is None or value == "":
            value = []
        if not isinstance(value, list):
            raise invalid(f"{self.field(name)} must be an array")
        if required and not value:
            raise invalid(f"{self.field(name)} is required")
        return value

    def strings(self, name: str, inner: str | None = None) -> list[str]:
        """Non-empty ids from an array of strings, or of objects `{inner: id}`."""
        out = []
        for value in self.array(name):
            if isinstance(value, dict):
                value = Keys(value).get(inner or "", None) if inner else None
            if value not in (None, "") and not isinstance(value, dict | list):
                out.append(str(value).strip())
        return out


def body_object(data: Any) -> Keys:
    """The request `data` as an object; a missing one counts as empty, an array is refused."""
    if data is None:
        return Keys({})
    if not isinstance(data, dict):
        raise invalid("data must be an object")
    return Keys(data)


def body_items(data: Any, limit: int) -> list[Keys]:
    """The request `data` as a batch array, refused whole when empty or over `limit` (E7)."""
    if isinstance(data, dict):
        data = [data]  # one order sent bare is read as a batch of one
    if not isinstance(data, list) or not data:
        raise EmuError("EMU_BATCH_LIMIT", f"data must hold 1 to {limit} items")
    if len(data) > limit:
        raise EmuError("EMU_BATCH_LIMIT", f"at most {limit} items per call, got {len(data)}")
    return [Keys(item, f"data[{i}].") for i, item in enumerate(data)]


def check_batch(count: int, limit: int, name: str) -> None:
    """E7 for a list inside an object request."""
    if count == 0:
        raise EmuError("EMU_BATCH_LIMIT", f"{name} must hold 1 to {limit} items")
    if count > limit:
        raise EmuError("EMU_BATCH_LIMIT", f"at most {limit} {name} items per call, got {count}")
