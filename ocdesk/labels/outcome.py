"""What happened to one print request, whichever way the label went (Qt, CUPS, or raw), and the
words every way shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate

BAD_LABEL = QT_TRANSLATE_NOOP(
    "printing", "the label file cannot be read ({detail}). Fetch the label from OC again."
)


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to one print request.

    `job_id` is the CUPS job to follow (the last one when copies went as separate jobs);
    `job_ids` lists them all. Both are empty when the system gives no id (a PDF file, a
    non-CUPS printer, or a label printer addressed directly). `note` is what the printer
    said about itself after taking the label (e.g. paper out), to be shown beside "Printed".
    `maybe_printed`: not ok, but part of the job reached the printer, so only someone looking
    at it can tell whether the label came out.
    """

    ok: bool
    job_id: str | None
    message: str
    job_ids: tuple[str, ...] = field(default=())
    note: str = ""
    maybe_printed: bool = False


def said(words: str, **values: object) -> str:
    """`words` (marked for the "printing" context) in the user's language, placeholders filled."""
    return translate("printing", words).format(**values)


def no_copies(copies: int) -> PrintOutcome:
    """Nothing printed, because fewer than one copy was asked for."""
    words = translate("printing", "nothing printed: {copies} copies asked for")
    return PrintOutcome(False, None, words.format(copies=copies))
