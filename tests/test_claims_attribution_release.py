"""Records made public, positions backed, plans held and acts of speech are their
holder's word: what a body releases (a list, figures, pages of a record), what voters
support, what a plan someone has would do and what someone "made a plea for". Deeds
stated as fact stay the writer's. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("The Reyes campaign released a list of more than 2,000 donors.", "2,000", "campaign"),
        ("The water agency released roughly 5,500 pages of emails on Friday.", "5,500", "agency"),
        ("The ministry unveiled a budget of $4 billion for next year.", "$4 billion", "ministry"),
    ],
)
def test_claims_attribution_a_released_record_is_the_releasers(
    text: str, figure: str, holder: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and holder in speaker.name


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police released 12 detainees on Monday.", "12 detainees"),
        ("The ministry issued 40,000 fishing permits last year.", "40,000"),
    ],
)
def test_claims_attribution_people_or_goods_released_are_the_writers(
    text: str, figure: str
) -> None:
    assert said(text, figure) == (None, ())


def test_claims_attribution_what_voters_support_is_their_position() -> None:
    speaker, _ = said("Most voters support a ban on new towers.", "a ban on new towers")
    assert speaker is not None and speaker.name == "Most voters"


def test_claims_attribution_what_a_fund_supports_it_pays_for() -> None:
    # Supporting a counted thing is funding it, a deed the writer states.
    assert said("The foundation supports 40 schools in the valley.", "40 schools") == (None, ())


def test_claims_attribution_a_plan_someone_has_is_their_proposal() -> None:
    text = "Governor Ada Lind's plan to move 40,000 residents drew protests."
    speaker, _ = said(text, "40,000 residents")
    assert speaker is not None and speaker.name == "Ada Lind"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Lind's plan would move 40,000 residents inland.",
        "Ada Lind's proposal would send 40,000 residents inland.",
    ],
)
def test_claims_attribution_what_someones_plan_would_do_is_their_proposal(text: str) -> None:
    speaker, _ = said(text, "40,000 residents")
    assert speaker is not None and speaker.name == "Ada Lind"


@pytest.mark.parametrize(
    "text",
    [
        "The plan's cost would rise to $40 million.",
        "Ada Lind's plan would raise only $40 million, according to the Orvel Tax Center.",
        "Ada Lind's house would fetch $40 million.",
        "Ada Lind's plan will cost $40 million.",
    ],
)
def test_claims_attribution_what_a_thing_would_do_is_not_its_owners(text: str) -> None:
    # Only a position that someone holds proposes; "will" tells what it does, and
    # another source's reckoning of what it would do is that source's.
    speaker, _ = said(text, "$40 million")
    assert speaker is None or "Lind" not in speaker.name


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Senator Ada Lind made a plea for the council to approve 40 new homes.", "40 new homes"),
        (
            "On Monday Tom Reyes made the case to union leaders that 12 piers would reopen.",
            "12 piers",
        ),
        ("Tom Reyes met reporters and made several statements backing the 12 new pumps.", "12 new"),
    ],
)
def test_claims_attribution_what_an_act_of_speech_says_is_its_makers(
    text: str, figure: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name in {"Ada Lind", "Tom Reyes"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tom Reyes made a $5 million payment to the fund.", "$5 million"),
        ("Tom Reyes will make the case for 40 new homes.", "40 new homes"),
    ],
)
def test_claims_attribution_a_deed_or_a_forecast_act_is_the_writers(text: str, figure: str) -> None:
    # A payment is no act of speech; a case someone will make is the writer's forecast.
    assert said(text, figure) == (None, ())


def test_claims_attribution_a_split_of_shares_backing_someone_is_a_polls_result() -> None:
    # A group backing someone by a split of shares is how a survey's respondents answered,
    # not the group taking a public position.
    text = "Officers favored Tom Reyes 46 percent to 32 percent, the highest of any group."
    speaker, _ = said(text, "46 percent")
    assert speaker is None or speaker.name != "Officers"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("According to the autopsy, 12 people died of smoke.", "12 people", "the autopsy"),
        ("The investigation found that 3 officers had lied.", "3 officers", "The investigation"),
        ("Tests showed that 12 wells in Dalby held lead.", "12 wells", "Tests"),
    ],
)
def test_claims_attribution_findings_of_an_examination_speak_as_documents(
    text: str, figure: str, source: str
) -> None:
    # An autopsy, an investigation or a test is written up: what it found is its word.
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == source


def test_claims_attribution_footage_from_a_scene_is_no_owners() -> None:
    # "from" after a recording names where it was filmed, not who speaks by it.
    speaker, _ = said("Footage from the game shows 12 students dressed in flags.", "12 students")
    assert speaker is not None and speaker.name == "Footage from the game"
