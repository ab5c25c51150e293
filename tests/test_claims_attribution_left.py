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
