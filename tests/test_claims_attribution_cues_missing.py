"""Speakers of reporting verbs that a parse hides: a statement after a colon, a closing
or inserted "records show" that the tagger read as a verb with no subject, and a pronoun
that shows what a document credited just before holds. Every sentence is invented for
these tests."""

from __future__ import annotations

from test_claims_attribution import said

COLON = "The ads drew 40,000 viewers: Reyes said she raised $100,000 in three days."


def test_claims_attribution_statement_after_a_colon_is_the_speakers() -> None:
    # What follows "X said" after a colon is X's; the clause before the colon is the
    # reporter's, not what X said.
    speaker, _ = said(COLON, "$100,000")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_clause_before_the_colon_stays_the_writers() -> None:
    assert said(COLON, "40,000") == (None, ())


def test_claims_attribution_finding_after_a_colon_is_the_polls() -> None:
    text = (
        "National polling shows why the mood is grim: A recent Gazette poll showed that "
        "only 55 percent of Brandt voters would back Reyes."
    )
    speaker, _ = said(text, "55 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_closing_records_show_read_as_a_verb() -> None:
    text = (
        "In all, the host committee raised $57 million, Federal Election Commission records show."
    )
    speaker, _ = said(text, "$57 million")
    assert speaker is not None and speaker.name == "Federal Election Commission records"


def test_claims_attribution_inserted_records_show_read_as_a_verb() -> None:
    text = "During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours."
    speaker, _ = said(text, "216 hours")
    assert speaker is not None and speaker.name == "F.A.A. records"


def test_claims_attribution_records_in_the_next_sentence_leave_this_one_alone() -> None:
    text = (
        "The host committee raised $57 million. Federal Election Commission records show "
        "the money came from 300 donors."
    )
    assert said(text, "$57 million") == (None, ())


FILINGS = (
    "The council spent little on roads last year, according to its budget filings. "
    "They showed $200,000 in payments for signs."
)


def test_claims_attribution_pronoun_that_shows_is_the_document_before() -> None:
    speaker, _ = said(FILINGS, "$200,000")
    assert speaker is not None and speaker.name == "its budget filings"


def test_claims_attribution_pronoun_that_shows_after_a_person_credits_nothing() -> None:
    # A person is no document: "it showed" after what the mayor said is the writer's.
    text = "The council spent little on roads, Mayor Reyes said. It showed $200,000 in payments."
    assert said(text, "$200,000") == (None, ())


def test_claims_attribution_according_to_an_agreement_credits_its_party() -> None:
    # A plea or settlement agreement is a document that states terms: its owner speaks.
    text = "According to Tomas Reyes's plea agreement, he faces at least 2 years in prison."
    speaker, _ = said(text, "2 years")
    assert speaker is not None and "Reyes" in speaker.name


def test_claims_attribution_terms_under_an_agreement_stay_the_writers() -> None:
    text = "Under the agreement signed on Monday, 300 workers will return to the port."
    assert said(text, "300 workers") == (None, ())


def test_claims_attribution_a_closing_read_tagged_as_a_noun() -> None:
    text = '"If she wants the job, Ada Brandt should hire 40 nurses," the editorial read.'
    speaker, _ = said(text, "40 nurses")
    assert speaker is not None and speaker.name.endswith("editorial")


def test_claims_attribution_a_closing_verb_tagged_as_a_noun_before_where_it_was_said() -> None:
    text = (
        '"Kelvara has worked with its allies for 12 years," the Kelvarans state in the '
        'paper. "It has fought smugglers for over two decades."'
    )
    for figure in ("12 years", "over two decades"):
        speaker, _ = said(text, figure)
        assert speaker is not None and speaker.name.endswith("Kelvarans"), figure


def test_claims_attribution_states_in_a_place_is_no_verb() -> None:
    text = "The 40 crates, in the end, went to the Kelvara states in the north."
    assert said(text, "40 crates") == (None, ())


def test_claims_attribution_what_a_speaker_estimated_it_was() -> None:
    # "what X estimated were N": X says what the thing was, though the parser read the
    # relative as the subject of "were".
    for text in (
        "The law covered what advocates estimated were more than 100,000 children.",
        "The act gave citizenship to what advocates estimated were more than 100,000 "
        "adoptees younger than 18.",
    ):
        speaker, _ = said(text, "more than 100,000")
        assert speaker is not None and speaker.name == "advocates", text


def test_claims_attribution_what_was_once_is_no_one_saying() -> None:
    assert said("The storm hit what was once a town of 4,000 people.", "4,000 people") == (
        None,
        (),
    )
