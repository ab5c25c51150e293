"""Passive attributions with "by" (naming, describing, penalties) and the bracketed clause
a thought does not hold. Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_identified_by_police_as() -> None:
    # Who the dead woman is, and her age, is what police identified her as.
    speaker, _ = said("The dead woman was identified by police as Ada Brandt, 34.", "34")
    assert speaker is not None and speaker.name == "police"


def test_claims_attribution_described_by_lawyers_as() -> None:
    text = (
        "The house belonged to Lea Dalby, who was described by Mr. Varga's lawyers as his "
        "wife and the mother of three of his eight children."
    )
    speaker, _ = said(text, "eight children")
    assert speaker is not None and speaker.name == "Mr. Varga's lawyers"


def test_claims_attribution_only_the_as_phrase_is_the_describers() -> None:
    # The rest of the sentence is the reporter's account.
    text = "Tomas Brandt, described by his neighbours as a recluse, owned 12 houses in Orvel."
    assert said(text, "12 houses") == (None, ())


def test_claims_attribution_identified_by_a_means_is_no_source() -> None:
    text = "The victims were identified by DNA as two hikers from Dalby."
    assert said(text, "two hikers") == (None, ())


def test_claims_attribution_a_penalty_is_the_imposers() -> None:
    text = "Corran has been fined $25,000 by the league for two late hits on Reyes last weekend."
    speaker, _ = said(text, "$25,000")
    assert speaker is not None and speaker.name == "league"
    # what the penalty was for is the reporter's account
    assert said(text, "two late hits") == (None, ())
    speaker, _ = said("Tallis was suspended for four games by the league on Tuesday.", "four games")
    assert speaker is not None and speaker.name == "league"


def test_claims_attribution_a_penalty_not_imposed_reports_nothing() -> None:
    assert said("Varga was not fined $5,000 by the league.", "$5,000") == (None, ())


def test_claims_attribution_by_a_cause_is_no_source() -> None:
    text = "The Orvel ferry was damaged by a storm that brought 90 mph winds."
    assert said(text, "90 mph") == (None, ())


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
