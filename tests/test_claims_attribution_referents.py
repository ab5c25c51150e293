"""Who a reporting verb's speaker is when the text refers back to them: quotations whose
marks do not match, pronouns, and speakers named after their verb. Every sentence is
invented for these tests; the people and places are made up."""

from __future__ import annotations

from test_claims_attribution import said
from triangulate.claims.attribution.text import quote_spans


def _quoted(text: str) -> list[str]:
    return [text[inner:end] for _, inner, end, _ in quote_spans(text)]


def test_claims_attribution_straight_quote_closed_by_a_curly_mark() -> None:
    # Text pasted from two sources opens a quotation with a straight mark and closes it
    # with a curly one; the curly mark after the comma still closes it.
    text = (
        '"The port lost 40 cranes in the storm,” said Daniel Brandt, a harbour official. '
        '"He is wrong about the cost." The mayor spoke later.'
    )
    assert _quoted(text) == ["The port lost 40 cranes in the storm,", "He is wrong about the cost."]
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "Daniel Brandt"


def test_claims_attribution_curly_mark_inside_a_straight_quote_closes_nothing() -> None:
    # A curly pair inside a straight quotation is a quotation inside it.
    text = '"They called it “the best deal,” and it cost 40 jobs," said Daniel Brandt.'
    assert _quoted(text)[0] == "They called it “the best deal,” and it cost 40 jobs,"
