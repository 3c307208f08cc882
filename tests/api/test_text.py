"""The translate hook of the Qt-free layers: English until a translator is installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ocdesk.api import catalog, text
from ocdesk.api.errors import ValidationError
from ocdesk.api.validation import validate


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    text.uninstall()


def test_without_a_translator_the_english_comes_back_as_written() -> None:
    assert text.translate("validation", "is required") == "is required"
    assert text.QT_TRANSLATE_NOOP("validation", "must be text") == "must be text"


def test_placeholders_are_filled_after_translation_so_the_words_can_move_around() -> None:
    seen: list[tuple[str, str]] = []

    def upper_first(context: str, source: str) -> str:
        seen.append((context, source))
        return "{limit}: AT MOST" if "at most {limit}" in source else ""

    text.install(upper_first)
    with pytest.raises(ValidationError) as caught:
        validate(catalog.get("sku.create"), [{}] * 201)

    batch = next(p for p in caught.value.problems if p.path == "data")
    assert batch.message == "200: AT MOST"
    # The template reached the translator unformatted; a miss ("") falls back to the English.
    template = "at most {limit} {noun} per call (you sent {count}); split the batch"
    assert ("validation", template) in seen
    assert any(p.message == "is required" for p in caught.value.problems)
