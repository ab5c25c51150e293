"""A person's identification set off by commas inside reported words is the reporter's:
"A hospital spokesman said Brandt, a 20-year veteran of the force, is in intensive care"
credits the spokesman with the care, not with the 20 years. Every sentence is invented
for these tests; the people and bodies are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A hospital spokesman said Tomas Brandt, a 20-year veteran of the force with two "
            "daughters, is in intensive care.",
            "20-year",
        ),
        (
            "Police say the fight began after the night clerk, 43-year-old Ada Varga, was "
            "sent home.",
            "43-year-old",
        ),
        (
            "The escape by Tomas Brandt, a convicted thief caught last month after eight days "
            "on the run, has led to sweeping changes, said Orvel warden Ada Varga.",
            "eight days",
        ),
    ],
)
def test_claims_attribution_an_identification_in_reported_words_is_the_outlets(
    text: str, figure: str
) -> None:
    assert said(text, figure)[0] is None


def test_claims_attribution_the_reported_words_around_an_identification_stay_the_speakers() -> None:
    text = (
        "A hospital spokesman said Tomas Brandt, a 20-year veteran of the force, lost 3 "
        "litres of blood."
    )
    speaker, _ = said(text, "3 litres")
    assert speaker is not None and speaker.name == "A hospital spokesman"


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        # Inside a quotation the words are the speaker's own.
        ('Reyes said, "Brandt, a 20-year veteran, is a hero."', "20-year", "Reyes"),
        # An apposition of what is no person ("two sons, ages 16 and 6") is reported.
        (
            "Reyes said the deputy is survived by his wife and two sons, ages 16 and 6.",
            "ages 16",
            "Reyes",
        ),
    ],
)
def test_claims_attribution_words_beside_a_person_that_stay_the_speakers(
    text: str, figure: str, name: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == name
