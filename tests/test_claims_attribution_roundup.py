"""Roundup credits: a further quotation from a source already quoted, led by "More from
X:" or by a verb of saying set before the name ("Added X:", "Continued X:"). Every
sentence is invented for these tests; the people and outlets are made up."""

from __future__ import annotations

import pytest

from test_claims_attribution import said


@pytest.mark.parametrize(
    "text",
    [
        # A roundup line: the reporter's summary, a dash, then more from the same source.
        "Turnout held up in the hills -More from Ada Brandt: “Two counties reported late. "
        "The rest came in by noon.”",
        "Turnout held up in the hills - More from Ada Brandt: “Two counties reported late.”",
        # The same at the head of a paragraph.
        "Ada Brandt said the count was slow.\n\nMore from Ada Brandt: “Two counties "
        "reported late. The rest came in by noon.”",
    ],
)
def test_claims_attribution_roundup_more_from_a_source(text: str) -> None:
    speaker, _ = said(text, "Two counties")
    assert speaker is not None and speaker.name == "Ada Brandt"


@pytest.mark.parametrize("verb", ["Added", "Continued"])
def test_claims_attribution_roundup_verb_before_the_speaker(verb: str) -> None:
    text = (
        "“We counted every ballot,” Tomas Reyes said.\n\n"
        f"{verb} Reyes: “So I think two counties were late. The rest came in by noon.”"
    )
    speaker, _ = said(text, "two counties")
    assert speaker is not None and speaker.name.endswith("Reyes")


@pytest.mark.parametrize(
    "text",
    [
        # No quotation after the colon: the reporter's own summary, no credit.
        "Turnout held up in the hills -More from Ada Brandt: two counties reported late.",
        # "More from" a place or a time is no source.
        "Turnout held up -More from the hills: “Two counties reported late.”",
        # A verb before the colon with no name is the writer's heading.
        "Continued below: “Two counties reported late.”",
    ],
)
def test_claims_attribution_roundup_needs_a_name_and_a_quotation(text: str) -> None:
    assert said(text, "Two counties" if "Two" in text else "two counties") == (None, ())
