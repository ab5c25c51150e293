"""A thought does not hold a bracketed clause of its own. Every sentence is invented for
these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_a_thought_holds_no_bracketed_clause() -> None:
    text = (
        "Reyes is expecting a raise for the sequel (he was given $3 million upfront with "
        "his first deal) but it is unclear whether the studio will pay it."
    )
    speaker, _ = said(text, "$3 million")
    assert speaker is None or speaker.name != "Reyes"
    # the thought itself is still his
    text = "Reyes is expecting a raise of $2 million (he was given $3 million last year)."
    speaker, _ = said(text, "$2 million")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_a_bracket_with_its_own_speaker_keeps_it() -> None:
    text = "Reyes is expecting a raise (he was given $3 million last year, the club said)."
    speaker, _ = said(text, "$3 million")
    assert speaker is not None and speaker.name == "club"
