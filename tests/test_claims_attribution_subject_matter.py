"""Who speaks when the subject of a sentence is not its speaker: a person someone else
expects something of, and a description set between a speaker and the verb of saying.
Every sentence is invented for these tests; the people are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    "text",
    [
        "Varga tore a ligament in his left knee in Sunday's loss and is expected to be out "
        "six to eight months after surgery.",
        "Tomas Varga hurt his knee and was expected to be out six to eight months.",
        "Varga tore a ligament in his knee and is expected to miss six to eight months.",
    ],
)
def test_claims_attribution_one_expected_to_do_something_is_not_its_speaker(text: str) -> None:
    # Coordinated with what he did, "is expected to" is someone else's expectation of
    # him: no speaker, not the player.
    speaker, _ = said(text, "six to eight months")
    assert speaker is None


def test_claims_attribution_an_expectation_goes_to_the_one_who_says_it() -> None:
    text = (
        "Varga tore a ligament in his knee and is expected to be out six to eight months, "
        "coach Ada Brandt said."
    )
    speaker, _ = said(text, "six to eight months")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_one_who_expects_something_still_holds_it() -> None:
    # The active verb is the subject's own expectation.
    text = "Varga hurt his knee and expects to be out eight games."
    speaker, _ = said(text, "eight games")
    assert speaker is not None and speaker.name == "Varga"
