"""What happened to one print request, whichever way the label went (Qt, CUPS, or raw)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to one print request.

    `job_id` is the CUPS job to follow (the last one when copies went as separate jobs);
    `job_ids` lists them all. Both are empty when the system gives no id (a PDF file, a
    non-CUPS printer, or a label printer addressed directly). `note` is what the printer
    said about itself after taking the label (e.g. paper out), to be shown beside "Printed".
    """

    ok: bool
    job_id: str | None
    message: str
    job_ids: tuple[str, ...] = field(default=())
    note: str = ""
