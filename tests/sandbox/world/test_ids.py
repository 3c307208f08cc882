"""The seeded world is the same for a seed, draw for draw: tests and demos rely on its numbers."""

from __future__ import annotations

import random

import pytest

from ocdesk.sandbox.world.model import IdMaker


def _digits_by_choice(rng: random.Random, count: int) -> str:
    """How the digits of an OC number were drawn before: one `choice` per digit."""
    return "".join(rng.choice("0123456789") for _ in range(count))


@pytest.mark.parametrize("seed", [1, 2, 7, 12345])
def test_minted_numbers_keep_the_draws_of_one_choice_per_digit(seed: int) -> None:
    minted, reference = random.Random(seed), random.Random(seed)
    ids = IdMaker(minted)

    numbers = [ids.sku() for _ in range(200)] + [ids.outbound("DE") for _ in range(200)]
    expected = [f"OC00{_digits_by_choice(reference, 11)}" for _ in range(200)]
    expected += [f"OCO2{_digits_by_choice(reference, 12)}DE" for _ in range(200)]

    assert numbers == expected
    assert minted.random() == reference.random()  # and the stream goes on where it did
