"""A guess or a speculation with a clause after it is its subject's estimate, as a belief
is ("Brandt guessed that the diet added 10 years to his life"). Every sentence is
invented for these tests; the people are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "In an interview with the Orvel Courier, Brandt guessed that the diet of his "
            "months in prison added 10 years to his life.",
            "10 years",
            "Brandt",
        ),
        ("Tomas Brandt speculated that the repairs would take 12 days.", "12 days", "Tomas Brandt"),
        ("Reyes surmised that about 40 people had left the town.", "40", "Reyes"),
    ],
)
def test_claims_attribution_a_guess_with_a_clause_is_its_subjects(
    text: str, figure: str, name: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == name


def test_claims_attribution_a_guess_as_a_noun_names_no_one() -> None:
    assert said("The best guess was 30 people.", "30")[0] is None
