"""Audit records of the GUI's writes: begun before the request leaves, settled with how it ended.

Both steps run on the worker thread that sends (the database is on disk), around the request
itself, so neither a Cancel in the window nor a closed screen can keep a write out of the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ocdesk.api import catalog, lenient
from ocdesk.api.client import proves_not_done
from ocdesk.api.errors import OcError, OutcomeUnknown
from ocdesk.gui.context import AppContext
from ocdesk.store.audit import AuditLog, WriteState

log = logging.getLogger(__name__)

Call = Callable[[str, Any], Any]

# Fields whose values name what a create/change call was about: the request's references and
# the numbers OC answers with.
KEY_FIELDS = (
    "referenceNumber",
    "orderNumber",
    "inboundNumber",
    "sellerInboundNumber",
    "MFSKUID",
    "mfSkuId",
    "mfskuid",
    "vasNumber",
    "sellerVasNumber",
    "referenceId",
    "returnItemId",
)
MAX_KEY_NUMBERS = 50


def key_numbers(*values: Any) -> list[str]:
    """The numbers (order, reference, SKU...) named anywhere in request data and results."""
    found: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in KEY_FIELDS and isinstance(item, str | int) and item != "":
                    found.setdefault(str(item), None)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return list(found)[:MAX_KEY_NUMBERS]


def profile_name(context: AppContext) -> str:
    return context.session.profile.name if context.session is not None else ""


@dataclass(frozen=True)
class SentWrite:
    """One create or change as it was sent: what to look up at OC, and its audit entry (0: none)."""

    endpoint_id: str
    data: Any
    references: tuple[str, ...]
    entry_id: int = 0


class AuditedCall:
    """A call function for a worker thread that records every create and change it sends.

    The entry is begun ("sending") before the request leaves and settled after: done with OC's
    numbers, refused with OC's words, or unknown when no answer proves what happened (any failure
    that is not OC's comes out as OutcomeUnknown). Reads pass straight through. `sent` lists the writes in order; the GUI thread reads it once the op
    running this call has reported.
    """

    def __init__(
        self, call: Call, audit: AuditLog, profile: str, action: str, detail: str = ""
    ) -> None:
        self._call = call
        self._audit = audit
        self._profile = profile
        self._action = action
        self._detail = detail
        self.sent: list[SentWrite] = []

    @property
    def last(self) -> SentWrite | None:
        return self.sent[-1] if self.sent else None

    def __call__(self, endpoint_id: str, data: Any) -> Any:
        endpoint = catalog.get(endpoint_id)
        if endpoint.retry_safe:
            return self._call(endpoint_id, data)
        references = endpoint.references_in(data)
        entry = self._audit.begin(self._profile, endpoint_id, self._action, references)
        self.sent.append(SentWrite(endpoint_id, data, tuple(references), entry.id))
        try:
            result = self._call(endpoint_id, data)
        except OcError as error:
            self._settle(entry.id, *settled_state(error))
            raise
        except Exception as error:  # not OC's answer: nothing proves the request did not leave
            cause = OcError(f"{type(error).__name__}: {error}", endpoint_id=endpoint_id)
            unknown = OutcomeUnknown(cause, references)
            self._settle(entry.id, *settled_state(unknown))
            raise unknown from error
        numbers = key_numbers(getattr(result, "payload", None))
        self._settle(entry.id, WriteState.DONE, done_outcome(result), numbers)
        return result

    def _settle(self, entry_id: int, state: str, outcome: str, numbers: Sequence[str] = ()) -> None:
        try:
            self._audit.settle(entry_id, state, outcome, numbers, self._detail)
        except Exception:
            # What OC did matters more than the log line; the entry stays open ("sending") and
            # is listed among the writes to look up.
            log.exception("could not settle audit entry %s", entry_id)


def done_outcome(result: Any) -> str:
    """ "ok", or the items OC refused inside an answer that succeeded (a batch can partly work)."""
    rows = result.rows() if hasattr(result, "rows") else []
    refused = [row for row in rows if lenient.get(row, "success") is False]
    if not refused:
        return "ok"
    return f"ok; {len(refused)} of {len(rows)} refused: {', '.join(key_numbers(refused))}"


def settled_state(error: OcError) -> tuple[str, str]:
    """(state, outcome text) of a write that failed with `error`."""
    if proves_not_done(error):
        return WriteState.REFUSED, f"refused: {error}"
    return WriteState.UNKNOWN, f"unknown: {error}"


def audited_call(context: AppContext, action: str, detail: str = "") -> AuditedCall:
    """An AuditedCall bound to the session current now, recording under `action`."""
    audit, profile = context.stores.audit, profile_name(context)
    return AuditedCall(context.bound_caller(), audit, profile, action, detail)


def worker_audit(context: AppContext, action: str) -> Callable[[str, list[str], str], None]:
    """An audit function for a job already on a worker thread (bulk_create's `audit`)."""
    audit, profile = context.stores.audit, profile_name(context)

    def record(endpoint_id: str, numbers: list[str], outcome: str) -> None:
        audit.record(profile, endpoint_id, action, numbers, outcome)

    return record
