"""How far a cue in a figure's own sentence reaches: a speaker set off by commas inside a
relative clause, a document's source with the verb of showing misread as a noun, an
announcement or a claim whose maker "by" names, and a description credited by "by" to
its describer. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


def test_claims_attribution_speaker_inserted_in_a_relative_clause_reports_it() -> None:
    text = (
        "A vigil on Monday drew 300 people, after which, the police said, someone hit an "
        "officer with a brick, and there were 46 arrests."
    )
    speaker, _ = said(text, "46")
    assert speaker is not None and speaker.name == "police"
    # The sentence before the relative clause stays the writer's.
    assert said(text, "300") == (None, ())


@pytest.mark.parametrize(
    "text",
    [
        "Data from the state show that 412 people died on the roads last year.",
        "Statistics from the state show 412 people died on the roads last year.",
    ],
)
def test_claims_attribution_data_from_a_body_show_its_finding(text: str) -> None:
    speaker, _ = said(text, "412")
    assert speaker is not None and speaker.name == "state"


def test_claims_attribution_data_from_a_show_that_shows_nothing_stay_the_writers() -> None:
    assert said("Data from the talk show were lost for 12 weeks.", "12 weeks") == (None, ())


@pytest.mark.parametrize(
    ("text", "figure", "maker"),
    [
        (
            "The announcement by the ministry that 300 jobs would go came on Friday.",
            "300",
            "ministry",
        ),
        (
            "Putting the vote at risk was this week's announcement by the union that "
            "ballots will be mailed to its 12,000 members on May 2.",
            "12,000",
            "union",
        ),
        ("The claim by Tallis that 40 ferries were idle came late.", "40", "Tallis"),
    ],
)
def test_claims_attribution_what_by_names_the_maker_of_is_theirs(
    text: str, figure: str, maker: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and maker in speaker.name


def test_claims_attribution_a_statement_said_nothing_without_a_clause() -> None:
    assert said("The statement by the ministry was read out in 12 towns.", "12") == (None, ())


@pytest.mark.parametrize(
    "text",
    [
        "Ada Varga, who was characterized by Reyes's lawyers as the mother of three of his "
        "eight children, lived in Dalby.",
        "Ada Varga was described by Reyes's lawyers as the mother of three of his eight children.",
    ],
)
def test_claims_attribution_a_description_by_someone_is_theirs(text: str) -> None:
    speaker, _ = said(text, "eight")
    assert speaker is not None and speaker.name == "Reyes's lawyers"


def test_claims_attribution_a_description_by_no_one_stays_the_writers() -> None:
    text = "Ada Varga was described as the mother of three of his eight children."
    assert said(text, "eight") == (None, ())
