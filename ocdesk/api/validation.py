"""Check request data against the catalog before anything is sent, naming every bad field."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from ocdesk.api import dates
from ocdesk.api.catalog import Body, Endpoint, Field, Rule, Window
from ocdesk.api.errors import FieldProblem, ValidationError
from ocdesk.api.text import QT_TRANSLATE_NOOP, translate

_INT_TEXT = re.compile(r"[-+]?\d+")
_NUMBER_TEXT = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}([+-]\d{2}:?\d{2}|Z)")
_DATE_HINT = QT_TRANSLATE_NOOP("validation", "must be a date like 2022-10-31+0800")
_DATETIME_HINT = QT_TRANSLATE_NOOP(
    "validation", "must be a date and time like 2024-07-15T19:48:37+0800"
)

Problems = list[FieldProblem]


def validate(endpoint: Endpoint, data: Any, *, now: datetime | None = None) -> None:
    """Raise ValidationError listing every problem in `data`, or return quietly."""
    problems = problems_for(endpoint, data, now=now)
    if problems:
        raise ValidationError(problems, endpoint_id=endpoint.id)


def problems_for(endpoint: Endpoint, data: Any, *, now: datetime | None = None) -> Problems:
    """Every problem in `data` (empty when it may be sent); forms use this to mark fields."""
    moment = (now or datetime.now()).astimezone()  # a naive `now` is local time
    if endpoint.body is Body.NONE:
        no_data = translate("validation", "this call takes no data")
        return [] if not data else [FieldProblem("data", no_data)]
    if endpoint.body is Body.ARRAY:
        return _check_batch(endpoint, data, moment)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        message = translate("validation", "must be an object holding the request fields")
        return [FieldProblem("data", message)]
    return _check_request_object(endpoint, data, "data", moment)


def _check_batch(endpoint: Endpoint, data: Any, now: datetime) -> Problems:
    """A Body.ARRAY call: the count first, then every item on its own."""
    noun = translate("catalog", endpoint.item_noun)
    if not isinstance(data, list):
        message = translate("validation", "must be a list of {noun}").format(noun=noun)
        return [FieldProblem("data", message)]
    problems: Problems = []
    limit = endpoint.batch_limit
    if not data:
        message = translate("validation", "has no {noun}; add at least one").format(noun=noun)
        problems.append(FieldProblem("data", message))
    elif limit is not None and len(data) > limit:
        message = translate(
            "validation", "at most {limit} {noun} per call (you sent {count}); split the batch"
        ).format(limit=limit, noun=noun, count=len(data))
        problems.append(FieldProblem("data", message))
    for index, item in enumerate(data):
        path = f"data[{index}]"
        if isinstance(item, dict):
            problems += _check_request_object(endpoint, item, path, now)
        else:
            message = translate("validation", "must be an object holding the fields")
            problems.append(FieldProblem(path, message))
    return problems


def _check_request_object(
    endpoint: Endpoint, obj: dict[str, Any], path: str, now: datetime
) -> Problems:
    """One request object: its fields, then the endpoint's cross-field rules."""
    problems = _check_fields(endpoint.fields, obj, path)
    for rule in endpoint.rules:
        problems += _check_rule(rule, obj, path)
    problems += _check_one_of(endpoint.requires_one_of, obj, path)
    for total in endpoint.totals:
        count = sum(len(v) for v in (obj.get(n) for n in total.fields) if isinstance(v, list))
        if count > total.maximum:
            names = ", ".join(total.fields)
            message = translate(
                "validation", "at most {maximum} {noun} in all across {names} (you sent {count})"
            ).format(
                maximum=total.maximum, noun=translate("catalog", total.noun), names=names,
                count=count,
            )
            problems.append(FieldProblem(path, message))
    if endpoint.window is not None:
        problems += _check_window(endpoint.window, obj, path, now)
    return problems


def is_sent(value: Any) -> bool:
    """True when a value carries something: None, "", [] and lists of empty objects do not."""
    if value is None or value == "":
        return False
    if isinstance(value, list):
        return any(is_sent(v) for v in value)
    if isinstance(value, dict):
        return any(is_sent(v) for v in value.values())
    return True


def _check_fields(fields: Sequence[Field], obj: dict[str, Any], path: str) -> Problems:
    problems: Problems = []
    for field in fields:
        problems += _check_value(field, obj.get(field.name), f"{path}.{field.name}")
    return problems


def _check_value(field: Field, value: Any, path: str) -> Problems:
    """One field's value: presence, kind, then the limits that kind has."""
    if value is None or value == "":
        required = translate("validation", "is required")
        return [FieldProblem(path, required)] if field.required else []
    if field.kind == "array":
        return _check_array(field, value, path)
    if field.kind == "object":
        if not isinstance(value, dict):
            return [FieldProblem(path, translate("validation", "must be an object"))]
        return _check_fields(field.fields, value, path)
    return _check_scalar(field, value, path)


def _check_array(field: Field, value: Any, path: str) -> Problems:
    if not isinstance(value, list):
        return [FieldProblem(path, translate("validation", "must be a list"))]
    problems = _check_count(field, len(value), path)
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        if field.fields:
            if isinstance(item, dict):
                problems += _check_fields(field.fields, item, item_path)
            else:
                message = translate("validation", "must be an object")
                problems.append(FieldProblem(item_path, message))
        elif field.item_kind:
            item_field = Field(field.name, field.item_kind, required=True)
            problems += _check_value(item_field, item, item_path)
    return problems


def _check_count(field: Field, count: int, path: str) -> Problems:
    lowest = field.min_items if field.min_items is not None else (1 if field.required else None)
    if lowest is not None and count < lowest:
        if lowest == 1:
            return [FieldProblem(path, translate("validation", "needs at least 1 item"))]
        message = translate("validation", "needs at least {lowest} items")
        return [FieldProblem(path, message.format(lowest=lowest))]
    if field.max_items is not None and count > field.max_items:
        limit = field.max_items
        if limit == 1:
            message = translate("validation", "must have at most 1 item (it has {count})")
        else:
            message = translate("validation", "must have at most {limit} items (it has {count})")
        return [FieldProblem(path, message.format(limit=limit, count=count))]
    return []


def _check_scalar(field: Field, value: Any, path: str) -> Problems:
    """Kind first: a wrong kind makes the other limits meaningless."""
    kind_problem = _KIND_CHECKS.get(field.kind, _is_text)(value)
    if kind_problem:
        return [FieldProblem(path, kind_problem)]
    problems: Problems = []
    if field.enum and _enum_text(field, value) not in field.enum:
        message = translate("validation", "must be one of: {values}")
        problems.append(FieldProblem(path, message.format(values=", ".join(field.enum))))
    if field.max_length is not None and isinstance(value, str) and len(value) > field.max_length:
        message = translate(
            "validation", "must be at most {limit} characters (it has {count})"
        ).format(limit=field.max_length, count=len(value))
        problems.append(FieldProblem(path, message))
    if field.kind in ("int", "number"):
        problems += _check_range(field, _as_number(value), path)
    return problems


def _check_range(field: Field, number: float | None, path: str) -> Problems:
    if number is None:
        return []
    if field.minimum is not None and number < field.minimum:
        message = translate("validation", "must be at least {minimum}")
        return [FieldProblem(path, message.format(minimum=f"{field.minimum:g}"))]
    if field.maximum is not None and number > field.maximum:
        message = translate("validation", "must be at most {maximum}")
        return [FieldProblem(path, message.format(maximum=f"{field.maximum:g}"))]
    return []


def _enum_text(field: Field, value: Any) -> str:
    """Enum values are text in the catalog; `2` and "2" both match "2" for whole numbers."""
    if field.kind == "int":
        return str(_as_int(value))
    return str(value)


def _as_int(value: Any) -> int | None:
    """A whole number, from an int or numeric text (OC accepts both); never from a bool."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INT_TEXT.fullmatch(value.strip()):
        return int(value)
    return None


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
        return float(value)
    return None


def _is_text(value: Any) -> str | None:
    return None if isinstance(value, str) else translate("validation", "must be text")


def _is_int(value: Any) -> str | None:
    return None if _as_int(value) is not None else translate("validation", "must be a whole number")


def _is_number(value: Any) -> str | None:
    return None if _as_number(value) is not None else translate("validation", "must be a number")


def _is_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else translate("validation", "must be true or false")


def _parses(value: Any) -> bool:
    try:
        dates.parse_datetime(value)
    except ValueError:
        return False
    return True


def _is_date(value: Any) -> str | None:
    ok = isinstance(value, str) and _DATE_TEXT.fullmatch(value.strip()) is not None
    return None if ok and _parses(value) else translate("validation", _DATE_HINT)


def _is_datetime(value: Any) -> str | None:
    ok = isinstance(value, str) and "T" in value.upper()
    return None if ok and _parses(value) else translate("validation", _DATETIME_HINT)


_KIND_CHECKS = {
    "string": _is_text,
    "int": _is_int,
    "number": _is_number,
    "boolean": _is_bool,
    "date": _is_date,
    "datetime": _is_datetime,
}


def _check_rule(rule: Rule, obj: dict[str, Any], path: str) -> Problems:
    """A conditional requirement (e.g. eBay orders need ebayId and ebayOrderId)."""
    if not _condition_holds(rule, obj):
        return []
    problems: Problems = []
    for target, target_path in _rule_targets(rule, obj, path):
        for name in rule.require:
            if not is_sent(target.get(name)):
                message = translate("validation", "is required {reason}").format(
                    reason=translate("catalog", rule.reason)
                )
                problems.append(FieldProblem(f"{target_path}.{name}", message))
    return problems


def _condition_holds(rule: Rule, obj: dict[str, Any]) -> bool:
    values = [obj.get(name) for name in rule.when]
    if not rule.equals:
        return any(is_sent(v) for v in values)
    wanted = {e.casefold() for e in rule.equals}
    return any(is_sent(v) and str(v).strip().casefold() in wanted for v in values)


def _rule_targets(rule: Rule, obj: dict[str, Any], path: str) -> list[tuple[dict[str, Any], str]]:
    if rule.within is None:
        return [(obj, path)]
    items = obj.get(rule.within)
    if not isinstance(items, list):
        return []
    return [
        (item, f"{path}.{rule.within}[{i}]")
        for i, item in enumerate(items)
        if isinstance(item, dict)
    ]


def _check_one_of(names: Sequence[str], obj: dict[str, Any], path: str) -> Problems:
    if not names or any(is_sent(obj.get(n)) for n in names):
        return []
    message = translate("validation", "give at least one of: {names}")
    return [FieldProblem(path, message.format(names=", ".join(names)))]


def _parsed(value: Any) -> datetime | None:
    try:
        return dates.parse_datetime(value)
    except ValueError:
        return None


def _check_window(window: Window, obj: dict[str, Any], path: str, now: datetime) -> Problems:
    """OC's query windows: span and lookback; ids in the query take precedence over them."""
    if any(is_sent(obj.get(name)) for name in window.unless_any):
        return []
    start = _parsed(obj.get(window.start)) if is_sent(obj.get(window.start)) else None
    end_sent = is_sent(obj.get(window.end))
    end = _parsed(obj.get(window.end)) if end_sent else now
    if start is None or end is None:
        return []  # missing or unreadable: reported by the field checks
    start_path, end_path = f"{path}.{window.start}", f"{path}.{window.end}"
    if end < start:
        if end_sent:
            message = translate("validation", "must not be before {start}")
            return [FieldProblem(end_path, message.format(start=window.start))]
        return [FieldProblem(start_path, translate("validation", "must not be in the future"))]
    problems: Problems = []
    span_problem = _span_problem(window, end - start)
    if span_problem:
        problems.append(FieldProblem(end_path, span_problem))
    refusal = dates.check_lookback(start, now, window.lookback_months)
    if refusal:
        problems.append(FieldProblem(start_path, refusal))
    return problems


def _span_problem(window: Window, span: timedelta) -> str | None:
    limit = timedelta(days=window.max_days)
    days = f"{window.max_days:g}"
    if window.inclusive and span > limit:
        message = translate(
            "validation", "the window must be at most {days} days (it is {span}); split the range"
        )
        return message.format(days=days, span=_describe(span))
    if not window.inclusive and span >= limit:
        message = translate(
            "validation",
            "the window must be shorter than {days} days (it is {span}); split the range",
        )
        return message.format(days=days, span=_describe(span))
    return None


def _describe(span: timedelta) -> str:
    whole = timedelta(seconds=int(span.total_seconds()))
    rest = str(whole - timedelta(days=whole.days))
    if whole.days == 1:
        day_text = translate("validation", "1 day")
    else:
        day_text = translate("validation", "{count} days").format(count=whole.days)
    return day_text if rest == "0:00:00" else f"{day_text} {rest}"
