"""Label documents from an OC answer: one per label file, typed by the endpoint's catalog entry."""

from __future__ import annotations

from ocdesk.api.result import OcResult
from ocdesk.labels.document import LabelDocument, LabelError


def documents_from(result: OcResult) -> list[LabelDocument]:
    """Every label PDF in `result`; LabelError when OC sent none or one is not a PDF.

    Runs on a worker thread: measuring pages opens each PDF.
    """
    spec = result.endpoint.label
    if spec is None:
        raise LabelError(f"{result.endpoint_id} returns no labels")
    files = result.labels()
    if not files:
        raise LabelError(f"OC answered {result.endpoint_id} without a label file")
    return [
        LabelDocument(
            file.pdf,
            label_type=spec.label_type,
            number=file.number,
            source_endpoint=result.endpoint_id,
            name=file.name,
        )
        for file in files
    ]
