"""Who said it: wire agencies as sources, reckonings credited with "by", joint credits and
speakers set in the middle of a sentence. Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import _parse, make_doc, said
from triangulate.claims.attribution import attribute, source_of
from triangulate.claims.entity_index import EntityIndex


def _wire(text: str, figure: str, *, outlet: str | None):  # type: ignore[no-untyped-def]
    document = make_doc(text, agency="AP", outlet=outlet)
    tree, entities = _parse(text)
    found = attribute(document, tree, EntityIndex(entities, document.id))
    start = text.index(figure)
    return source_of(document, found, start, start + len(figure))


WIRE = (
    "LAKESIDE (AP) — Mayor Ada Brandt leads the council race by 31 votes, according to "
    "a count by The Associated Press."
)


def test_claims_attribution_wire_agency_named_in_its_own_report_is_a_source() -> None:
    # Known only from the dateline, the agency is the source of its count, not the
    # publisher speaking for itself; it is not repeated as its own relay.
    speaker, via = _wire(WIRE, "31 votes", outlet="AP")
    assert speaker is not None and "Associated Press" in speaker.name
    assert via == ()


def test_claims_attribution_wire_agency_of_a_named_publisher() -> None:
    speaker, via = _wire(WIRE, "31 votes", outlet="Harbour Gazette")
    assert speaker is not None and "Associated Press" in speaker.name
    assert via == ()


def test_claims_attribution_survey_in_the_polls_credits_nothing() -> None:
    # After the verb, "in the polls" only says where a figure stands; "voters in the
    # poll" hangs "in" on the voters.
    assert said("Tomas Reyes gained 12 points in the polls this month.", "12 points") == (
        None,
        (),
    )
    assert said("Some 300 voters in the Gazette poll were under 30.", "300 voters") == (
        None,
        (),
    )


def test_claims_attribution_joint_credit_before_a_colon() -> None:
    text = (
        "TURNOUT ROSE ALL ALONG - Ada Brandt and Tomas Reyes: “Our survey of the valley "
        "found 55 percent of voters undecided.”"
    )
    speaker, _ = said(text, "55 percent")
    assert speaker is not None and speaker.name == "Ada Brandt and Tomas Reyes"


def test_claims_attribution_joint_names_without_a_quotation_are_a_tally() -> None:
    text = "The count ended at noon.\n\nBrandt and Reyes: 40 percent each."
    assert said(text, "40 percent") == (None, ())


def test_claims_attribution_speaker_in_the_middle_of_a_sentence_with_quoted_words() -> None:
    text = (
        "Harbour master Tomas Reyes, Ada Brandt said, had served for 40 years and signed "
        '"hundreds of permits."'
    )
    speaker, _ = said(text, "40 years")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_by_a_count_credits_its_owner() -> None:
    text = (
        "By the Gazette's tally, Tomas Reyes has 739 delegates. Ada Brandt has 210 "
        "delegates, by a count of the Harbour Post. The port plan passed by a count of 52 "
        "votes."
    )
    first, _ = said(text, "739 delegates")
    assert first is not None and first.name == "Gazette"
    second, _ = said(text, "210")
    assert second is not None and second.name == "Harbour Post"
    # A margin, not a source.
    assert said(text, "52 votes") == (None, ())


def test_claims_attribution_surname_taken_for_an_adverb_after_said() -> None:
    text = (
        "Ada Brightly, a harbour pilot, spoke at the dock.\n\n"
        "“Having a boat and two people who can sail it is enough,” said Brightly, "
        "explaining she worked more closely with the port."
    )
    speaker, _ = said(text, "two people")
    assert speaker is not None and speaker.name == "Brightly"


def test_claims_attribution_papers_and_reviews_are_documents() -> None:
    text = (
        "The levy would raise $110 million, according to the 2019 paper. The port paid "
        "$169,758 to the firm, according to a Gazette review of customs filings."
    )
    paper, _ = said(text, "$110 million")
    assert paper is not None and paper.name == "the 2019 paper"
    review, _ = said(text, "$169,758")
    assert review is not None and review.name == "Gazette"
