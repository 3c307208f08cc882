"""What one OC call gave back: the raw exchange (rule C1) and the parsed, dialect-neutral result."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ocdesk.api import catalog, lenient
from ocdesk.api.redact import MASK, is_secret_name, redact

# Keys that name the thing a label belongs to, in the order to prefer them.
_NUMBER_KEYS = ("orderNumber", "inboundOrder", "inboundNumber", "MFSKUID")


def mask_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers safe to show and log: tokens and signatures replaced, the auth scheme kept.

    Other values pass through `redact()`: a redirect's `Location` carries the OAuth code.
    """
    masked = {}
    for name, value in headers.items():
        if is_secret_name(name):
            scheme, _, rest = value.partition(" ")
            value = f"{scheme} {MASK}" if rest else MASK
        else:
            value = redact(value)
        masked[name] = value
    return masked


def mask_url(url: str) -> str:
    """The URL with OAuth codes, tokens and other secrets in its query replaced."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    # Split by hand so every other parameter stays exactly as it went on the wire.
    pairs = []
    for pair in parts.query.split("&"):
        key, sep, _ = pair.partition("=")
        pairs.append(f"{key}={MASK}" if sep and is_secret_name(key, in_url=True) else pair)
    return urlunsplit(parts._replace(query="&".join(pairs)))


def mask_token_fields(text: str) -> str:
    """An OAuth response body with its token values replaced; other text unchanged."""
    try:
        body = json.loads(text)
    except ValueError:
        return text
    if not isinstance(body, dict) or not any(is_secret_name(str(key)) for key in body):
        return text
    return json.dumps({k: MASK if is_secret_name(str(k)) else v for k, v in body.items()})


@dataclass(frozen=True)
class RawExchange:
    """One HTTP request and its answer, exactly as shown in the Raw pane (secrets masked)."""

    method: str
    url: str
    request_headers: dict[str, str]
    request_body: str
    status: int | None
    response_headers: dict[str, str]
    response_text: str
    elapsed_ms: float


@dataclass(frozen=True)
class LabelFile:
    """One label PDF from a response, with the number it belongs to when OC names one."""

    name: str
    pdf: bytes
    number: str | None = None


@dataclass
class OcResult:
    """A parsed OC answer in either dialect; `body` keeps every field OC sent, known or not."""

    endpoint_id: str
    dialect: str
    ok: bool
    code: str | int | None
    message: str | None
    message_id: str | None
    payload: Any
    errors: list[dict[str, Any]]
    warnings: list[str]
    body: Any
    exchange: RawExchange

    @property
    def endpoint(self) -> catalog.Endpoint:
        return catalog.get(self.endpoint_id)

    def rows(self) -> list[dict[str, Any]]:
        """The result rows for a table, found via the endpoint's `result_path`."""
        return lenient.rows_at(self.payload, self.endpoint.result_path)

    def labels(self) -> list[LabelFile]:
        """The label PDFs in the payload, decoded; empty when the endpoint has none or OC sent none."""
        spec = self.endpoint.label
        if spec is None:
            return []
        items: Sequence[Mapping[str, Any]]
        if spec.list_key:
            items = lenient.rows_at(self.payload, (spec.list_key,))
        else:
            items = [self.payload] if isinstance(self.payload, Mapping) else []
        return [label for item in items if (label := _label_from(item, spec)) is not None]


def _label_number(item: Mapping[str, Any]) -> str | None:
    number = lenient.get(item, *_NUMBER_KEYS)
    if number is None:
        # sku.label: one PDF for all lines; a single line still names its SKU.
        lines = lenient.get(item, "labelList")
        if isinstance(lines, list) and len(lines) == 1:
            number = lenient.get(lines[0], *_NUMBER_KEYS)
    return str(number) if number not in (None, "") else None


def _label_from(item: Mapping[str, Any], spec: catalog.LabelSpec) -> LabelFile | None:
    encoded = lenient.get(item, spec.file_key)
    if not encoded:
        return None
    number = _label_number(item)
    name = str(lenient.get(item, spec.name_key) or number or spec.label_type)
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    try:
        pdf = base64.b64decode(encoded)
    except (binascii.Error, TypeError, ValueError) as exc:
        raise ValueError(f"label {name} is not valid base64: {exc}") from exc
    return LabelFile(name=name, pdf=pdf, number=number)
