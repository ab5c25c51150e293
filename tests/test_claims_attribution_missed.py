"""Speakers the reader missed or got wrong on verbs of saying: a clause reported before
"..., said X" whose own subject the parser hung on the verb. Every sentence is invented
for these tests."""

from __future__ import annotations

import pytest

from test_claims_attribution import said

INVERTED = (
    "The promise to “bring the boats back” appeals to fishermen who want a return to a "
    "time when 40 trawlers sailed from the harbor each morning, said Ada Brandt, who has "
    "studied the port for 30 years."
)


def test_claims_attribution_clause_before_said_x_is_xs() -> None:
    # The parser reads "The promise" as a second subject of "said": the speaker is
    # still the one named right after the verb, and the clause before is hers.
    speaker, _ = said(INVERTED, "40 trawlers")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_words_on_the_inverted_speaker_are_not_what_was_said() -> None:
    # What the report says of the speaker after "said Ada Brandt" is not her statement,
    # nor anyone else's.
    assert said(INVERTED, "30 years") == (None, ())


def test_claims_attribution_what_someone_calculates_is_their_estimate() -> None:
    text = (
        "Ada Brandt, an economist at Lakeside Bank, calculates that 600 jobs at the port "
        "pay $15 an hour or less."
    )
    speaker, _ = said(text, "600 jobs")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_calculation_with_no_clause_reports_nothing() -> None:
    text = "The engineers calculated the load of 40 tonnes before the bridge opened."
    assert said(text, "40 tonnes") == (None, ())


def test_claims_attribution_quotation_after_telling_reporters_is_the_tellers() -> None:
    # The parser hangs the quotation on "brushed off", not on "telling".
    text = (
        "The mayor brushed off the criticism, telling reporters, “The port will reopen "
        "with 40 berths next spring.”"
    )
    speaker, _ = said(text, "40 berths")
    assert speaker is not None and speaker.name == "mayor"


def test_claims_attribution_whom_someone_tells_is_not_what_is_told() -> None:
    text = "The mayor ended the briefing on Monday, telling 40 reporters to leave the hall."
    assert said(text, "40 reporters") == (None, ())


DASHED = (
    "The mayor's inability to reopen the 12 piers is costing him votes — a Gazette poll "
    "showed him trailing by 9 points."
)


def test_claims_attribution_what_follows_a_verb_after_a_dash_is_what_it_reports() -> None:
    speaker, _ = said(DASHED, "9 points")
    assert speaker is not None and speaker.name == "Gazette"


def test_claims_attribution_the_clause_before_the_dash_is_the_reporters() -> None:
    # The parser hangs the clause before the dash on "showed"; the poll showed what
    # follows the verb, and the clause before is the reporter's own reading.
    assert said(DASHED, "12 piers") == (None, ())


URGING = (
    "“Give the council 30 days,” said Ada Brandt, urging the 12 members who oppose the "
    "plan to “wait.”"
)


def test_claims_attribution_quotation_before_said_x_urging_stays_xs() -> None:
    speaker, _ = said(URGING, "30 days")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_whom_a_speaker_urges_after_a_quotation_is_not_quoted() -> None:
    # "urging ..." after "said Ada Brandt" is another act of hers, not more of the
    # quotation: the members she urges are the reporter's words.
    assert said(URGING, "12 members") == (None, ())


STRESSING = (
    "“It may be entertaining, but it has no effect on how you live,” Ada Brandt said, {tail}."
)


def test_claims_attribution_a_bare_weak_participle_after_said_is_how_it_was_said() -> None:
    text = STRESSING.format(tail="stressing those last three words and pausing after each one")
    assert said(text, "three words") == (None, ())


def test_claims_attribution_a_weak_participle_with_a_clause_still_reports() -> None:
    text = STRESSING.format(tail="stressing that 40 piers remain closed")
    speaker, _ = said(text, "40 piers")
    assert speaker is not None and speaker.name == "Ada Brandt"


VOWS = (
    "Mark Olsen has welded at the plant for 20 years. “We have all worked hard for this "
    "plant,” he said. {middle} At rally after rally, he vows to impose a 35 percent tax on "
    "imported parts."
)


def test_claims_attribution_he_after_a_sentence_about_no_person_is_its_clauses_subject() -> None:
    # "That is what Reyes has threatened to do" is about Reyes: the "he" after it is
    # Reyes, not the welder quoted before.
    text = VOWS.format(middle="That is pretty much what Tomas Reyes has threatened to do.")
    speaker, _ = said(text, "35 percent tax")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_he_skips_a_name_inside_what_someone_said() -> None:
    # A name in a clause the union reports is part of the union's words.
    text = VOWS.format(middle="The union said that Tomas Reyes had visited the plant.")
    speaker, _ = said(text, "35 percent tax")
    assert speaker is not None and speaker.name == "Mark Olsen"


ASIDE = (
    "Few {lead} would ever admit this, but Sen. Ada Brandt (a Lakeside Democrat so boyish "
    "she has been mistaken for a junior staffer) says she was unfocused, a bit adrift, in "
    "the 12 weeks after being elected."
)


def test_claims_attribution_speaker_before_a_bracketed_aside_says_what_follows() -> None:
    # The parser leaves "says" without a subject after the bracket: the speaker is the
    # name the aside describes.
    speaker, _ = said(ASIDE.format(lead="politicians"), "12 weeks")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_the_lead_in_naming_the_speaker_is_not_what_was_said() -> None:
    assert said(ASIDE.format(lead="of the 40 senators"), "40 senators") == (None, ())


def test_claims_attribution_quotation_before_a_described_name_and_its_verb() -> None:
    # The parser reads "tweeted" as a participle describing the name ("Brandt [who
    # was] tweeted"): the name after the quotation is still the one who wrote it.
    text = (
        "“The port lost 40 ships last year,” Ada Brandt, the analyst who founded the "
        "Orvel Ledger, tweeted on Wednesday."
    )
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_description_between_the_quotation_and_its_verb_is_not_said() -> None:
    text = (
        "“The port lost 40 ships last year,” Ada Brandt, who ran the port for 30 years, "
        "tweeted on Wednesday."
    )
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Ada Brandt"
    assert said(text, "30 years") == (None, ())


@pytest.mark.parametrize(
    "text",
    [
        "The Orvel Ledger responded with a statement saying that Dalby had 79 billionaires.",
        "The Orvel Ledger shot back in an article stating that Dalby had 79 billionaires.",
        "The Orvel Ledger replied with a post saying Dalby had 79 billionaires.",
    ],
)
def test_claims_attribution_an_answer_given_in_a_document_is_the_answerers(text: str) -> None:
    speaker, _ = said(text, "79")
    assert speaker is not None and speaker.name == "Orvel Ledger"


def test_claims_attribution_a_document_someone_is_named_in_is_not_theirs() -> None:
    text = "Tomas Reyes was named in a lawsuit claiming that Dalby owed 79 workers."
    assert said(text, "79 workers") == (None, ())


def test_claims_attribution_a_quotation_before_a_described_name_and_a_weak_verb() -> None:
    text = (
        "“The port lost 40 ships last year,” Ada Brandt, the analyst who founded the "
        "Orvel Ledger, posted on Wednesday."
    )
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_report_read_as_a_participle_of_its_subject() -> None:
    # Parsed as "outlets [that were] reported on Wednesday" with the agency's clause as
    # the main one: the outlets report it.
    text = "Several outlets reported on Wednesday the agency held two meetings with Reyes."
    speaker, _ = said(text, "two meetings")
    assert speaker is not None and speaker.name == "Several outlets"


def test_claims_attribution_a_shop_called_an_outlet_reports_nothing() -> None:
    assert said("The outlet sold 40 televisions on Friday.", "40 televisions") == (None, ())


def test_claims_attribution_a_quotation_after_a_participle_and_a_colon() -> None:
    # Parsed as "Brandt [who was] tweeted in response", with the quotation's clause as the
    # sentence's main one.
    text = 'Ada Brandt, the former governor, tweeted in response: "The port lost 40 ships."'
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_fragment_before_the_speaker_and_verb_is_what_is_said() -> None:
    # Parsed with "Reyes" and "Brandt" both subjects of "says": the one right before the
    # verb speaks, and her quotation after goes on in her words.
    text = (
        "Or maybe Reyes, digital consultant Ada Brandt says. “Several surveys suggest a "
        "second look is occurring for Reyes in Orvel.”"
    )
    speaker, _ = said(text, "Several surveys")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_contracted_has_is_no_passive() -> None:
    # "who's called for" is "who has called for", read by the parser as "is called".
    text = (
        "Other than Sen. Tomas Varga, who's called for 20,000 troops in the region, the "
        "candidates offer no plan."
    )
    speaker, _ = said(text, "20,000 troops")
    assert speaker is not None and speaker.name == "Tomas Varga"


def test_claims_attribution_a_contracted_is_stays_passive() -> None:
    # "it's said that": no one named said it; "is called for" is a passive.
    assert said("It's said that 300 jobs will go.", "300 jobs")[0] is None
    assert said("Tomas Varga is called for 20,000 troops in the region.", "20,000")[0] is None


def test_claims_attribution_after_a_dash_a_verb_reports_its_own_object() -> None:
    # The parser hangs the clause before the dash on "reported": with an object of its
    # own after it, the verb reports that, and "he" is the man the clause names.
    text = (
        "The club has been a money-maker for Tomas Reyes, however — he reported earning "
        "$132 million from the club on his form."
    )
    speaker, _ = said(text, "$132 million")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    assert said(text, "money-maker") == (None, ())


def test_claims_attribution_a_speaker_opening_the_sentence_reports_the_clause_after() -> None:
    # Parsed as "..., he claimed" hung on the clause after the comma.
    text = (
        "Tomas Reyes described the rally. He claimed at one point, a supporter asked 40 "
        "people in the audience to clap."
    )
    speaker, _ = said(text, "40 people")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_clause_after_a_verb_with_its_own_object_is_not_reported() -> None:
    text = "Tomas Reyes wrote a letter at one point, and the port lost 40 ships in a year."
    assert said(text, "40 ships") == (None, ())


def test_claims_attribution_a_second_predicate_after_a_quotation_is_the_speakers() -> None:
    # "vowed" is hung on "said" as a second predicate of the same subject: what Reyes
    # vowed is his position, not part of what he said.
    text = (
        "Tomas Reyes spoke Monday. He has also railed against plans by the firm to shift "
        "production - ''I love the port,'' he said, ''I will never go there again'' - and "
        "vowed to impose a tariff unless the company cancels a $2.5 billion investment."
    )
    speaker, _ = said(text, "$2.5 billion")
    assert speaker is not None and speaker.name == "Tomas Reyes"


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes said nothing, and the port lost 40 ships.",
        "Tomas Reyes said no more, and the port lost 40 ships.",
        "Ada Varga, the harbour master, said little, and the port lost 40 ships.",
    ],
)
def test_claims_attribution_one_who_said_nothing_reports_nothing(text: str) -> None:
    # Saying nothing is no report: what the sentence goes on to tell is the reporter's.
    assert said(text, "40 ships") == (None, ())


def test_claims_attribution_nothing_as_the_subject_of_what_was_said_is_still_said() -> None:
    speaker, _ = said("Tomas Reyes said nothing had changed since 40 ships left.", "40 ships")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_what_one_said_nothing_about_stays_the_topic_of_the_saying() -> None:
    speaker, _ = said("The ministry's page says nothing about closing 40 schools.", "40 schools")
    assert speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "As Tomas Reyes said on Monday, the port lost 40 berths last year.",
        "As Tomas Reyes told reporters in Dalby on Monday, the port lost 40 berths last year.",
        "The port lost 40 berths last year, as Tomas Reyes said on Monday.",
        "In May, as Tomas Reyes noted on Monday, the port lost 40 berths.",
    ],
)
def test_claims_attribution_as_someone_said_at_a_time_is_theirs(text: str) -> None:
    # When and where it was said, after the verb of an "as" frame, are no content: the
    # clause the frame stands beside is what was said.
    speaker, _ = said(text, "40 berths")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_as_someone_spoke_at_a_time_credits_nothing() -> None:
    text = "As Tomas Reyes walked in on Monday, a crowd of 400 cheered."
    assert said(text, "400") == (None, ())


def test_claims_attribution_as_someone_reported_between_two_clauses_leaves_the_next_alone() -> None:
    # The "as" frame modifies the clause before it; the clause after "and" is no part of it.
    text = (
        "Tomas Reyes met the mayor that day, as the Gazette reported on Tuesday, and he will "
        "lead 40 talks."
    )
    assert said(text, "40 talks") == (None, ())
