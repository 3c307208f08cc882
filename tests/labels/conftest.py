"""Label test fixtures: real sandbox label PDFs, a barcode scanner, and the real CUPS queue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from label_checks import Scanner, require_cups_queue  # noqa: E402
from label_checks import cups_output as find_cups_output  # noqa: E402

from ocdesk.labels.document import LabelDocument  # noqa: E402
from ocdesk.sandbox import labels as sandbox_labels  # noqa: E402
from ocdesk.store.sql import Store

RETURN_NUMBER = "OCS1DE000453014"
SKU_NUMBER = "OC0000255606056"
INBOUND_NUMBER = "OCI4DE06746410"


@pytest.fixture(scope="session")
def return_doc() -> LabelDocument:
    pdf = sandbox_labels.return_label(RETURN_NUMBER, region="DE", date="2025-03-11")
    return LabelDocument(
        pdf, label_type="return", number=RETURN_NUMBER, source_endpoint="returns.label"
    )


@pytest.fixture(scope="session")
def sku_doc() -> LabelDocument:
    """Two 60 x 30 mm pages of the same SKU."""
    pdf = sandbox_labels.sku_labels([(SKU_NUMBER, 2, "Bluetooth headphones")], date="2025-03-13")
    return LabelDocument(pdf, label_type="sku", number=SKU_NUMBER, source_endpoint="sku.label")


@pytest.fixture(scope="session")
def carton_doc() -> LabelDocument:
    pdf = sandbox_labels.carton_labels(
        INBOUND_NUMBER, ["C001", "C002"], region="UK", date="2025-03-12"
    )
    return LabelDocument(
        pdf, label_type="carton", number=INBOUND_NUMBER, source_endpoint="inbound.labels"
    )


@pytest.fixture
def db(any_store: Store) -> Store:
    """Each test of the print history, queue and cache runs on SQLite and on PostgreSQL."""
    return any_store


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner()


@pytest.fixture(scope="session")
def cups_queue() -> Path:
    """The folder cups-pdf writes `ocdesk-pdf` jobs to (skips without CUPS, fails under CI)."""
    return require_cups_queue()


@pytest.fixture(scope="session")
def cups_output(cups_queue: Path) -> Callable[[str], Path]:
    """Finds the complete PDF cups-pdf wrote for a job id."""
    return lambda job_id: find_cups_output(cups_queue, job_id)
