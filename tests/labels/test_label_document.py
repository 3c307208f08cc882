"""Label documents: true page sizes, a stable content hash, and clear errors on bad bytes."""

from __future__ import annotations

import hashlib

import pytest

from ocdesk.labels.document import LabelDocument, LabelError, LabelIdentity


def test_a_return_label_is_one_100_by_150_mm_page(return_doc: LabelDocument) -> None:
    assert return_doc.page_count == 1
    assert return_doc.page_size_mm(0) == pytest.approx((100.0, 150.0), abs=0.01)


def test_carton_labels_have_a_square_page_per_carton(carton_doc: LabelDocument) -> None:
    assert carton_doc.page_count == 2
    for index in range(2):
        assert carton_doc.page_size_mm(index) == pytest.approx((100.0, 100.0), abs=0.01)


def test_sku_labels_are_landscape_60_by_30_mm(sku_doc: LabelDocument) -> None:
    assert sku_doc.page_size_mm(1) == pytest.approx((60.0, 30.0), abs=0.01)


def test_identity_names_type_number_and_the_sha256_of_the_bytes(
    return_doc: LabelDocument,
) -> None:
    expected = hashlib.sha256(return_doc.pdf).hexdigest()
    assert return_doc.content_hash == expected
    assert return_doc.identity == LabelIdentity("return", return_doc.number or "", expected)


def test_the_same_bytes_give_the_same_identity(return_doc: LabelDocument) -> None:
    again = LabelDocument(
        return_doc.pdf, label_type="return", number=return_doc.number, source_endpoint=None
    )
    assert again.identity == return_doc.identity


def test_a_page_past_the_end_is_refused(return_doc: LabelDocument) -> None:
    with pytest.raises(IndexError, match="page 1 of a 1-page label"):
        return_doc.page_size_mm(1)


def test_bytes_that_are_not_a_pdf_are_refused_clearly() -> None:
    with pytest.raises(LabelError, match="OCS1DE000000001 is not a PDF"):
        LabelDocument(
            b'{"code": 3, "message": "not found"}',
            label_type="return",
            number="OCS1DE000000001",
            source_endpoint="returns.label",
        )


def test_a_damaged_pdf_fails_when_opened_not_when_printed() -> None:
    with pytest.raises(LabelError, match="not a readable PDF"):
        LabelDocument(
            b"%PDF-1.4\n" + b"\x00garbage" * 50, label_type="sku", number="X", source_endpoint=None
        )
