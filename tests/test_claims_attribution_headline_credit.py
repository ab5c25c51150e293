"""A wire headline names its source after a colon at its end ("Fire Kills 3 in Warehouse:
Police"): the headline is that source's. Every headline and sentence is invented for these
tests; the places and bodies are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "Fired Worker Kills 2 Men in Bakery Shooting: Police\n"
            "The man had been escorted out an hour earlier.",
            "2 Men",
            "Police",
        ),
        (
            "Toll in ferry sinking rises to 40: officials\nRescuers searched the bay.",
            "40",
            "officials",
        ),
    ],
)
def test_claims_attribution_a_headline_credit_after_a_colon_is_its_source(
    text: str, figure: str, name: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None
    assert speaker.name == name
    assert speaker.anonymous
    assert speaker.start is not None and text[speaker.start : speaker.end] == name


def test_claims_attribution_the_sentence_after_a_credited_headline_is_the_writers() -> None:
    text = (
        "Fired Worker Kills 2 Men in Bakery Shooting: Police\n"
        "The bakery employs 40 people on two shifts."
    )
    speaker, _ = said(text, "40 people")
    assert speaker is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A section name and its label: no statement before the colon.
        ("Weekend Sports Roundup: Results\nThe home side won 3-1.", "3-1"),
        # A name, not a word for a source.
        ("Storm Update: Mayor Ada Brandt\nThe storm cut power to 4,000 homes.", "4,000"),
        # A series label after the colon.
        ("Bridge Repairs Cost $4 Million: Part Two\nCrews are at work.", "$4 Million"),
    ],
)
def test_claims_attribution_other_colons_at_a_lines_end_credit_no_one(
    text: str, figure: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is None


def test_claims_attribution_a_headline_label_before_a_colon_is_no_source() -> None:
    # "Harbour Fire" labels what the story is about: the story writes "the fire" in
    # lower case, so the capital only dresses a common noun up.
    text = (
        "Harbour Fire: Ada Okafor Charged With 2 Counts Of Arson\n"
        "The fire destroyed 12 boats on Tuesday."
    )
    assert said(text, "2 Counts") == (None, ())


def test_claims_attribution_a_name_before_a_headline_colon_is_still_its_source() -> None:
    text = "Ada Okafor: We Will Rebuild 12 Docks\nThe fire destroyed the docks on Tuesday."
    speaker, _ = said(text, "12 Docks")
    assert speaker is not None and speaker.name == "Ada Okafor"


def test_claims_attribution_a_quotation_after_a_quoted_headline_goes_on_with_its_name() -> None:
    # "Name: 'Quote'" over the interview: the quotation opening the next paragraph, with
    # no speaker of its own, goes on with the name.
    text = (
        "Ada Brandt: \u2018I Am Tired Of Waiting For The Port.\u2019\n\n"
        '"The plans were, one, reckless. Tomas Reyes has signed 18 different orders to '
        'close the docks."\n\n'
        "Brandt spoke on Lakeside Radio on Sunday."
    )
    speaker, _ = said(text, "18 different orders")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_quotation_after_an_unquoted_headline_credit_is_no_ones() -> None:
    text = (
        "Ada Brandt: Port Will Close Before Winter\n\n"
        '"Tomas Reyes has signed 18 different orders to close the docks."'
    )
    assert said(text, "18 different orders") == (None, ())


def test_claims_attribution_an_office_before_a_name_leading_a_quotation() -> None:
    text = (
        "The hearing ran for 11 hours.\n\n"
        'Former governor Tomas Reyes: "We learned that from the department, which kept '
        '40 boxes."'
    )
    speaker, _ = said(text, "40 boxes")
    assert speaker is not None and speaker.name == "Tomas Reyes"


@pytest.mark.parametrize("tag", ["(D-Orvel)", "(R-S.C.)", "(I-Vt.)"])
def test_claims_attribution_a_party_tag_after_a_name_leading_a_quotation(tag: str) -> None:
    # A lawmaker's party and state in brackets stand between the name and the colon.
    text = f'The hearing ran for 11 hours.\n\nRep. Ada Brandt {tag}: "We lost 40 berths last year."'
    speaker, _ = said(text, "40 berths")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_party_tag_and_a_colon_with_no_space_before_the_quotation() -> None:
    text = (
        'The hearing ran for 11 hours.\n\nRep. Ada Brandt (D-Orvel):"We lost 40 berths last year."'
    )
    speaker, _ = said(text, "40 berths")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_bracketed_note_before_a_colon_is_no_party_tag() -> None:
    assert said("Harbour Fire (Update 2): 40 berths lost", "40 berths") == (None, ())


def test_claims_attribution_an_office_before_a_name_with_no_quotation_credits_no_one() -> None:
    text = "The port reopened.\n\nState senator Ada Varga: 12 ships are docked."
    assert said(text, "12 ships") == (None, ())
