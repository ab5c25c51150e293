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


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The employee, a registered Republican who voted twice for Reyes, said the "
            "office lost 40 files.",
            "40 files",
        ),
        ("The clerk, a longtime Democrat, said 40 files were lost.", "40 files"),
        ("The sergeant, a Marine who served in Orvel, said 12 people died.", "12 people"),
    ],
)
def test_claims_attribution_a_description_in_apposition_does_not_replace_the_speaker(
    text: str, figure: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None
    head = text.split(",", 1)[0].split()[-1]
    assert head in speaker.name
    assert not any(word in speaker.name for word in ("Republican", "Democrat", "Marine"))


def test_claims_attribution_a_name_in_apposition_still_names_the_speaker() -> None:
    text = "The clerk, Ada Brandt, said 40 files were lost."
    speaker, _ = said(text, "40 files")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_named_speaker_with_a_party_keeps_the_name() -> None:
    text = "Tomas Reyes, a registered Republican who voted for Varga, said 40 files were lost."
    speaker, _ = said(text, "40 files")
    assert speaker is not None and speaker.name == "Tomas Reyes"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The party, the Greens, said 12 seats were won.", "Greens"),
        ("The bloc, the Democrats, said 12 seats were lost.", "Democrats"),
    ],
)
def test_claims_attribution_a_body_named_in_apposition_still_speaks(text: str, name: str) -> None:
    # "the Greens" names a body: it is the speaker, as without the description before it.
    speaker, _ = said(text, "12 seats")
    assert speaker is not None and speaker.name == name
