"""Speakers a report gives by their office, not their name: "the former governor wants
...", "Republican senators have vowed ...". Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_an_office_holder_unnamed_holds_a_view() -> None:
    # The report named her before; here only her office stands as the subject of a
    # verb of intention, and what she wants is still hers, not the writer's.
    text = (
        "Dana Reyes spoke in Lakeside on Monday. "
        "The former governor wants to cut the port toll to $12 by next spring."
    )
    speaker, _ = said(text, "$12")
    assert speaker is not None and "governor" in speaker.name


def test_claims_attribution_senators_vowing_to_block_a_bill() -> None:
    text = "Republican senators have vowed to block the $40 million port bill."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and "senators" in speaker.name


def test_claims_attribution_an_office_that_is_no_person_holds_nothing() -> None:
    # "general" here names a kind of store, not an officer: no one wants anything.
    text = "The general store wants to sell 400 bags of rice this week."
    assert said(text, "400 bags") == (None, ())


def test_claims_attribution_a_promise_given_as_the_means_is_the_subjects() -> None:
    text = "Dana Reyes rallied crowds in Lakeside by promising to cut the port toll to $12."
    speaker, _ = said(text, "$12")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_a_promise_not_made_is_no_ones() -> None:
    text = "Dana Reyes rallied crowds in Lakeside without promising to cut the toll to $12."
    assert said(text, "$12") == (None, ())


def test_claims_attribution_who_else_holds_a_proposal_is_the_reporters_comment() -> None:
    text = (
        "Mrs. Reyes has gone further than Mr. Brandt on Lakeside by proposing that a "
        "coalition put in place a no-fly zone to provide safe areas for refugees, an "
        "approach several Republican presidential candidates have also embraced."
    )
    speaker, _ = said(text, "safe areas for refugees")
    assert speaker is not None and speaker.name == "Reyes"
    assert said(text, "several Republican presidential candidates") == (None, ())


def test_claims_attribution_an_apposition_saying_what_the_content_is_stays_in_it() -> None:
    # "whose ..." tells what the counterweight is, not who else holds the view.
    text = (
        "Reyes had sought to present herself as a counterweight - a cheerful reformer "
        "whose age and roots represented the future of the party."
    )
    speaker, _ = said(text, "the future of the party")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_who_shares_a_view_set_off_after_it_is_the_reporters() -> None:
    text = (
        "At a rally in Lakeside last week, Ms. Reyes rejected attacks from Mr. Brandt. "
        "She dismissed ideological labels altogether, a sentiment endorsed by the 10,000 "
        "people in the arena, who thundered their approval over and over."
    )
    assert said(text, "10,000 people") == (None, ())


def test_claims_attribution_an_earlier_figure_the_writer_tells_is_the_reporters() -> None:
    text = (
        "Harlow Motors indicated it would give $75,000 to the fair, down sharply from "
        "the more than $600,000 it contributed four years ago."
    )
    speaker, _ = said(text, "$75,000")
    assert speaker is not None and speaker.name == "Harlow Motors"
    assert said(text, "more than $600,000") == (None, ())


def test_claims_attribution_a_change_the_speaker_gives_stays_the_speakers() -> None:
    text = (
        "Harlow Motors reported it sold $30.4 million in cars, up 31 percent from a year earlier."
    )
    speaker, _ = said(text, "31 percent")
    assert speaker is not None and speaker.name == "Harlow Motors"
