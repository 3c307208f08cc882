"""Lookup-box hints: which kind of number the user typed."""

from __future__ import annotations

import pytest

from ocdesk.api.identifiers import IdKind, classify, normalise


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("OCO2000009385032GB", IdKind.OUTBOUND),
        ("OCI4DE06746410", IdKind.INBOUND),
        ("OCS1DE000453014", IdKind.RETURN),
        ("OCV4DE00012345", IdKind.VAS),
        ("OC0000255606056", IdKind.MFSKUID),
        ("02-05696-00555", IdKind.EBAY_ORDER),
        ("#1003", IdKind.REFERENCE),
        ("OCO200000938503GB", IdKind.REFERENCE),  # one digit short
        ("", IdKind.EMPTY),
        ("   ", IdKind.EMPTY),
    ],
)
def test_classify(text: str, kind: IdKind) -> None:
    assert classify(text) is kind


def test_spaces_and_lower_case_are_tolerated() -> None:
    assert classify("  oco2000009385032gb \n") is IdKind.OUTBOUND
    assert normalise("  oco2000009385032gb \n") == "OCO2000009385032GB"
    assert normalise(" oc0000255606056") == "OC0000255606056"


def test_references_keep_their_case() -> None:
    assert normalise("  rma-2025-0042 ") == "rma-2025-0042"
    assert normalise(" 02-05696-00555 ") == "02-05696-00555"
