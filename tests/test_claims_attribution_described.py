"""A public view given with "described ... as" ("X described the plan as a failure") is
its giver's, as "X sees the plan as ..." is; describing a thing without "as" gives no view.
Every sentence is invented for these tests; the people are made up."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_a_view_described_as_is_its_givers() -> None:
    text = "Mayor Ada Okafor described the plan as a 40 million dollar giveaway."
    speaker, _ = said(text, "40 million")
    assert speaker is not None and speaker.name == "Ada Okafor"


def test_claims_attribution_describing_without_as_gives_no_view() -> None:
    # Describing a scene tells what is there: the writer's account, not a view.
    text = "Ada Okafor is a nurse. She described the 12 beds of the ward to visitors."
    speaker, _ = said(text, "12 beds")
    assert speaker is None
