"""Several read calls at once, bounded, with progress, cancellation and partial results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

from ocdesk.api.result import OcResult
from ocdesk.api.text import translate
from ocdesk.jobs.base import Call, Cancelled, Progress, stopped, tell

MAX_WORKERS = 4
RowsOf = Callable[[OcResult], list[dict[str, Any]]]


def fetch_many(
    call: Call,
    endpoint_id: str,
    requests: Sequence[Any],
    *,
    rows_of: RowsOf = OcResult.rows,
    max_workers: int = MAX_WORKERS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[list[dict[str, Any]] | None]:
    """The rows of each request, in request order; None for a request skipped after a cancel.

    At most `max_workers` calls run at once (OC's rate limits are undocumented). The first
    error stops the requests not yet started and is raised.
    """
    results: list[list[dict[str, Any]] | None] = [None] * len(requests)
    if not requests:
        return results
    workers = max(1, min(max_workers, MAX_WORKERS, len(requests)))
    fetched = translate("fetching", "Fetched {done} of {total} parts")

    def fetch(index: int) -> None:
        if not stopped(cancelled):
            results[index] = rows_of(call(endpoint_id, requests[index]))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocdesk-fetch") as pool:
        pending: set[Future[None]] = {pool.submit(fetch, i) for i in range(len(requests))}
        done_count = 0
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            done_count += len(done)
            tell(progress, done_count, len(requests),
                 fetched.format(done=done_count, total=len(requests)))  # fmt: skip
            failed = next((f for f in done if f.exception() is not None), None)
            if failed is not None:
                for future in pending:
                    future.cancel()
                raise failed.exception()  # type: ignore[misc]
    return results
