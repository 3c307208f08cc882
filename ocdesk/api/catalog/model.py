"""The shapes the endpoint catalog is written in: endpoints, request fields and their rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate

# The .ts contexts of the catalog's English titles and help texts, which the window shows in the
# user's language (tools/i18n-catalog marks them for extraction). OC's field names stay as OC
# spells them: they are what goes on the wire.
TITLE_CONTEXT = "endpoint_titles"
HELP_CONTEXT = "field_help"


class Dialect(StrEnum):
    """The response envelope an endpoint answers with (docs/OC-API.md)."""

    VENDOR = "vendor"
    RETURNS = "returns"
    OAUTH = "oauth"
    BROWSER = "browser"


class Auth(StrEnum):
    """What an endpoint needs on the wire."""

    NONE = "none"  # /oauth/*: neither token nor signature
    SIGNED = "signed"  # signature required, Access-Token sent when we have one
    TOKEN_SIGNED = "token_signed"  # Access-Token and signature both required


class Effect(StrEnum):
    """What a call does at OC; only reads are ever retried automatically."""

    READ = "read"
    CREATE = "create"
    CHANGE = "change"


class Body(StrEnum):
    """How the `data` part of a request is carried."""

    OBJECT = "object"  # POST, envelope `data` is an object
    ARRAY = "array"  # POST, envelope `data` is an array of items
    QUERY = "query"  # GET, the data are query parameters
    NONE = "none"  # GET with nothing to send


MB = 1024 * 1024


def megabytes(size: int) -> float:
    """A file size in MB, as OC states its limits."""
    return size / MB


@dataclass(frozen=True)
class Field:
    """One request field: enough to validate it and to build a form for it.

    `kind` is one of: string, int, number, boolean, date (OC date-only, `2022-10-31+0800`),
    datetime (`2024-07-15T19:48:37+0800`), array, object.
    For an array of objects, `fields` describes one item; for an array of scalars, `item_kind`
    names the scalar kind.
    """

    name: str
    kind: str = "string"
    required: bool = False
    enum: tuple[str, ...] = ()
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    fields: tuple[Field, ...] = ()
    item_kind: str | None = None
    help: str = ""
    max_bytes: int | None = None  # a base64 file: the most bytes OC accepts before encoding

    @property
    def shown_help(self) -> str:
        """The help text in the user's language."""
        return translate(HELP_CONTEXT, self.help) if self.help else ""


@dataclass(frozen=True)
class Window:
    """A time-window rule: `end - start` under `max_days`, start within `lookback_months`.

    The rule is skipped when any field in `unless_any` is non-empty (ids take precedence).
    """

    start: str = "startTime"
    end: str = "endTime"
    max_days: float = 7
    inclusive: bool = False  # True: span <= max_days; False: span < max_days
    lookback_months: int = 12
    unless_any: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelSpec:
    """Where label PDFs live in a response payload (`data` or `result`).

    `list_key` names a list of label items when there are several (inbound.labels); otherwise
    the payload itself holds `file_key` / `name_key`.
    """

    file_key: str = "file"
    name_key: str = "fileName"
    list_key: str | None = None
    page_mm: tuple[float, float] = (100, 150)
    label_type: str = "label"


@dataclass(frozen=True)
class Rule:
    """A conditional requirement: when its condition holds on an object, `require` must be sent.

    The condition holds when any field in `when` is sent (non-empty) or, with `equals`, when any
    of them has one of those values (compared as text, case-insensitively, so `2` matches "2"
    and `False` matches "false"). With `within`, the required fields are checked in every item
    of that array field instead of the object itself.
    """

    when: tuple[str, ...]
    require: tuple[str, ...]
    reason: str
    equals: tuple[str, ...] = ()
    within: str | None = None


@dataclass(frozen=True)
class TotalLimit:
    """A cap on the items of several list fields taken together (e.g. 100 ids in all)."""

    fields: tuple[str, ...]
    maximum: int
    noun: str = QT_TRANSLATE_NOOP("catalog", "ids")


@dataclass(frozen=True)
class Endpoint:
    """One OC endpoint. `result_path` leads from the payload to its row list (() = the payload).

    For Body.ARRAY endpoints `fields`, `rules` and the other object checks describe one item.
    `requires_one_of` names filters of which at least one must be non-empty.
    """

    id: str
    title: str
    group: str
    method: str
    path: str
    dialect: Dialect
    auth: Auth
    effect: Effect = Effect.READ
    body: Body = Body.OBJECT
    fields: tuple[Field, ...] = ()
    batch_limit: int | None = None
    window: Window | None = None
    requires_one_of: tuple[str, ...] = ()
    result_path: tuple[str, ...] = ()
    label: LabelSpec | None = None
    api_version: str | None = None
    rules: tuple[Rule, ...] = ()
    totals: tuple[TotalLimit, ...] = ()
    # What one item of a Body.ARRAY batch is, for messages.
    item_noun: str = QT_TRANSLATE_NOOP("catalog", "items")
    # For a write: the request fields naming what it acts on (in each item of an array body),
    # i.e. what to look up at OC when its outcome is unknown.
    reference: tuple[str, ...] = ()
    # A query OC answers with at most this many rows and no paging (the rest are left out).
    row_cap: int | None = None
    # OC sets no window, but ocdesk asks for at most this many days per call so that each
    # answer stays under `row_cap` (a full answer is split further).
    query_days: float | None = None

    @property
    def shown_title(self) -> str:
        """The title in the user's language (`title` stays English: the CLI's, and the key)."""
        return translate(TITLE_CONTEXT, self.title)

    @property
    def creates(self) -> bool:
        return self.effect is Effect.CREATE

    @property
    def retry_safe(self) -> bool:
        """Only reads may be resent after a timeout, a reset or a 5xx."""
        return self.effect is Effect.READ

    def references_in(self, data: object) -> list[str]:
        """The values of the `reference` fields in request `data` (each item of an array body);
        `list.key` reaches into the items of a list field."""
        items = data if isinstance(data, list) else [data]
        found: list[str] = []
        for item in items:
            for spec in self.reference:
                found += _values_at(item, spec.split("."))
        return found

    def field(self, path: str) -> Field:
        """The request field at `path`; `list.key` reaches into the items of a list field."""
        fields, found = self.fields, None
        for name in path.split("."):
            found = next((f for f in fields if f.name == name), None)
            if found is None:
                raise KeyError(f"{self.id} has no request field {path!r}")
            fields = found.fields
        assert found is not None
        return found

    def item_limit(self, path: str) -> int:
        """The most items OC takes in the list field at `path` in one call."""
        limit = self.field(path).max_items
        if limit is None:
            raise KeyError(f"{self.id}: {path!r} has no item limit")
        return limit

    @property
    def is_business(self) -> bool:
        """True for the /openapi calls that `ocdesk call` and the tabs send through the client."""
        return self.path.startswith("/openapi/")


def _values_at(value: object, keys: list[str]) -> list[str]:
    if not keys:
        return [] if value in (None, "") else [str(value)]
    if isinstance(value, list):
        return [found for item in value for found in _values_at(item, keys)]
    if isinstance(value, dict):
        return _values_at(value.get(keys[0]), keys[1:])
    return []

