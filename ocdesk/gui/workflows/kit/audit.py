"""Audit records of the desk pages' writes: who, when, profile, endpoint, numbers, outcome."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ocdesk.gui.context import AppContext


def profile_name(context: AppContext) -> str:
    return context.session.profile.name if context.session is not None else ""


def outcome_text(outcome: object) -> str:
    """ "ok", or "error: ..." for anything else (an exception, a message)."""
    return "ok" if outcome == "ok" else f"error: {outcome}"


def record_audit(
    context: AppContext,
    endpoint_id: str,
    action: str,
    numbers: Iterable[str],
    outcome: str,
    detail: str = "",
) -> None:
    """Record one write call in the audit log, off the GUI thread (the database is on disk)."""
    audit, profile = context.stores.audit, profile_name(context)
    kept = [n for n in numbers if n]
    context.api.run(
        lambda: audit.record(profile, endpoint_id, action, kept, outcome, detail)
    ).start()


def worker_audit(context: AppContext, action: str) -> Callable[[str, list[str], str], None]:
    """An audit function for a job already on a worker thread (bulk_create's `audit`)."""
    audit, profile = context.stores.audit, profile_name(context)

    def record(endpoint_id: str, numbers: list[str], outcome: str) -> None:
        audit.record(profile, endpoint_id, action, numbers, outcome)

    return record
