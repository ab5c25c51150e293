"""A streak counted by rank: "their eighth straight win" is a run of eight wins.

An ordinal ranks ("the third quake", "his second term") and is no figure; before a word of
unbroken succession ("straight", "consecutive", "successive", "... in a row") it counts the
things of the run, as many as its rank, which sports and business copy compare across
reports ("eighth consecutive victory", "8th straight game").
"""

from __future__ import annotations

import pytest

from triangulate.claims import find_quantities
from triangulate.claims.quantities import passed_over


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.low) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The Hawks won their eighth straight game on Sunday.", [("eighth", 8)]),
        ("Orvel clinched a seventh consecutive playoff berth.", [("seventh", 7)]),
        ("It was the Owls' 12th successive defeat.", [("12th", 12)]),
        ("Tallis took her third title in a row in Dalby.", [("third", 3)]),
        (
            "The Foxes beat the Owls 31-24 for their fifth straight win.",
            [("31", 31), ("24", 24), ("fifth", 5)],
        ),
    ],
)
def test_claims_an_ordinal_before_a_word_of_succession_counts_the_run(
    text: str, counts: list[tuple[str, float]]
) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "The third quake struck at noon.",
        "Brandt won a second term in Kelvara.",
        "The 12th floor was evacuated.",
        "It was the first straight answer from the council.",  # "first" ranks, counts nothing
        "Orvel finished second in a row of boats.",
    ],
)
def test_claims_an_ordinal_alone_only_ranks(text: str) -> None:
    assert _counts(text) == []


def test_claims_a_streak_is_no_ordinal_left_out() -> None:
    text = "The Hawks won their 8th straight game."
    assert [p.text for p in passed_over(text)] == []
