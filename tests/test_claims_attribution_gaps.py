"""Small gaps in reading who speaks: the verb "hope" in the forms the lemmatiser takes
for "hop"; whom something is promised to; a role the report gives someone as a
title. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from test_claims_attribution import said
from triangulate.claims.attribution.context import relemmatised
from triangulate.nlp.tokens import Token, Tree


def _token(i: int, text: str, lemma: str) -> Token:
    return Token(
        i=i,
        start=0,
        end=0,
        text=text,
        lemma=lemma,
        pos="VERB",
        tag="VBZ",
        dep="ROOT",
        head=i,
        ent="",
        sent=0,
    )


def test_claims_attribution_hopes_is_read_as_hope_not_hop() -> None:
    tree = relemmatised(Tree([_token(0, "Hopes", "hop"), _token(1, "hopped", "hop")]))
    # "hopped" doubles the p: it is "hop", and stays so.
    assert [t.lemma for t in tree.tokens] == ["hope", "hop"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dana Reyes hopes to win 40 delegates in the state next week.",
        "Senator Dana Reyes hoped that turnout would reach 60 percent in the city.",
    ],
)
def test_claims_attribution_what_someone_hopes_is_theirs(text: str) -> None:
    figure = "40 delegates" if "40" in text else "60 percent"
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_a_hop_states_nothing() -> None:
    text = "The kangaroo hopped 40 meters across the yard near the river."
    assert said(text, "40 meters") == (None, ())


PROMISE = (
    "Meanwhile, Senator Dana Reyes is promising donors who raise $5,000 in new money two "
    "tickets to a dinner with the governor on Friday."
)


def test_claims_attribution_what_is_promised_is_the_promisers() -> None:
    speaker, _ = said(PROMISE, "two tickets")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_whom_something_is_promised_to_is_no_part_of_it() -> None:
    # What the donors must raise describes whom the tickets go to: the writer's words.
    assert said(PROMISE, "$5,000") == (None, ())


def test_claims_attribution_promised_to_a_dative_addressee() -> None:
    text = "Senator Dana Reyes promised voters a new port worth $40 million."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_a_titled_role_takes_a_position() -> None:
    # Named once by title, then called by the bare role.
    text = (
        "President Dana Reyes spoke in Lakeside on Monday. Earlier this week, the "
        "president proposed nearly $1 billion in funds to help states."
    )
    speaker, _ = said(text, "$1 billion")
    assert speaker is not None and speaker.name == "president"


@pytest.mark.parametrize(
    "first",
    [
        "Dana Reyes spoke in Lakeside on Monday.",
        "President Dana Reyes spoke in Lakeside on Monday.",
    ],
)
def test_claims_attribution_a_role_no_one_holds_by_title_takes_no_position(first: str) -> None:
    # Without "Governor ..." in the report, "the governor" names no one it knows.
    text = first + " Earlier this week, the governor proposed nearly $1 billion in funds."
    assert said(text, "$1 billion") == (None, ())
