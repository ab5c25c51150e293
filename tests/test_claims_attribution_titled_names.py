"""A speaker named with an office of a place or body run before the name ("Orvel Mayor
Tomas Brandt said"): the name is the person's own, and the place and title are the role.
Every sentence is invented for these tests; the people and places are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Two people were hurt, Orvel Mayor Tomas Brandt said.", "Tomas Brandt", "Orvel Mayor"),
        ("Orvel Mayor Tomas Brandt said two people were hurt.", "Tomas Brandt", "Orvel Mayor"),
        ("Two people were hurt, Kelvara Gov. Ana Reyes said.", "Ana Reyes", "Kelvara Gov."),
        (
            "Dalby Police Chief Ada Varga said two people were hurt.",
            "Ada Varga",
            "Dalby Police Chief",
        ),
        (
            "Two people were hurt, Orvel Foreign Minister Tomas Brandt said.",
            "Tomas Brandt",
            "Orvel Foreign Minister",
        ),
        ("Two people were hurt, Acme Corp CEO Ada Varga said.", "Ada Varga", "Acme Corp CEO"),
        (
            "Two people were hurt, Interior Secretary Ana Reyes said.",
            "Ana Reyes",
            "Interior Secretary",
        ),
        (
            "'Two people were hurt,' Tallis governor Tomas Dalby was quoted as saying.",
            "Tomas Dalby",
            "Tallis governor",
        ),
        (
            "Two people were hurt, Secretary of State Ana Reyes said.",
            "Ana Reyes",
            "Secretary of State",
        ),
        (
            "Minister of Defence Ada Varga said two people were hurt.",
            "Ada Varga",
            "Minister of Defence",
        ),
        (
            "Two people were hurt, Minister of Orvel Affairs Tomas Brandt said.",
            "Tomas Brandt",
            "Minister of Orvel Affairs",
        ),
    ],
)
def test_claims_attribution_office_of_a_place_is_the_role(text: str, name: str, role: str) -> None:
    speaker, _ = said(text, "Two people" if "Two people" in text else "two people")
    assert speaker is not None
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        "Two people were hurt, Gov. Ana Reyes said.",
        "Two people were hurt, Lt. Col. Ana Reyes said.",
        "Two people were hurt, Prime Minister Ana Reyes said.",
        "Two people were hurt, Mayor Tomas Brandt said.",
    ],
)
def test_claims_attribution_a_bare_title_is_no_part_of_the_name(text: str) -> None:
    # A rank or title alone names no office of a place: it is neither name nor role.
    speaker, _ = said(text, "Two people")
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Ana Reyes" if "Ana" in text else "Tomas Brandt", None)


def test_claims_attribution_a_firm_opened_by_a_title_word_keeps_its_name() -> None:
    # "General" opens firms' names too; no person's name follows it here.
    speaker, _ = said("Two plants will close, General Orvel Motors Co said.", "Two plants")
    assert speaker is not None and speaker.name == "General Orvel Motors Co"
