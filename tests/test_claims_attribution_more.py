"""More of who said it: the reporter's words beside a report, and speakers the reader
missed. Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said
from triangulate.claims.attribution.text import quote_spans


def test_claims_attribution_more_a_semicolon_ends_the_reporters_statement() -> None:
    # The clause before the semicolon is the reporter's; the port speaks only after it.
    text = (
        "Tomas Brandt, a ferry captain who vanished near Lakeside in 2019, was not part of "
        "the exchange of 12 prisoners; the port authority insists it does not know where he is."
    )
    assert said(text, "12 prisoners") == (None, ())
    speaker, _ = said(text, "it does not know where he is")
    assert speaker is not None and "port authority" in speaker.name


def test_claims_attribution_more_a_clause_before_the_speaker_is_still_reported() -> None:
    # With no semicolon and no clause after the verb, the clause before is the speaker's.
    text = "The ferry will carry 300 passengers a day, the port authority insists."
    speaker, _ = said(text, "300 passengers")
    assert speaker is not None and "port authority" in speaker.name


def test_claims_attribution_more_the_main_clause_after_an_as_clause_is_the_reporters() -> None:
    # "As X sought to ..." sets the time; what the rivals did is the reporter's statement.
    # The parser makes "sought" the sentence's root and hangs the main clause inside it.
    text = (
        "Throughout Tuesday, as Reyes's campaign sought to quash concerns about his weak "
        "fundraising and decision to fire campaign manager Ada Brandt, 40 anti-Reyes "
        "delegates seized on glimmers of hope."
    )
    speaker, _ = said(text, "his weak fundraising")
    assert speaker is not None and "Reyes" in speaker.name
    assert said(text, "40 anti-Reyes delegates") == (None, ())


def test_claims_attribution_more_as_the_speaker_said_still_reports_the_main_clause() -> None:
    text = "As the Gazette reported, the port had collected $3 million by Friday."
    speaker, _ = said(text, "$3 million")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_more_a_speaker_described_by_who_before_said() -> None:
    # The parser takes "Reyes" and "who" both for subjects of "sits"; Reyes is the speaker.
    text = (
        "Ada Brandt has 31 endorsements in the state senate. Reyes, meanwhile, who sits at "
        "zero such endorsements, said that fact speaks volumes about which of the two "
        'candidates is "ready to take on the establishment."'
    )
    speaker, _ = said(text, "the two candidates")
    assert speaker is not None and speaker.name == "Reyes"
    assert said(text, "31 endorsements") == (None, ())


def test_claims_attribution_more_some_of_the_people_just_named_speak() -> None:
    text = (
        "While many union members have expressed discomfort with Reyes, many said Monday "
        "that the ruling would cost 300 jobs."
    )
    speaker, _ = said(text, "300 jobs")
    assert speaker is not None and speaker.name == "many" and speaker.anonymous


def test_claims_attribution_more_several_of_the_people_just_named_hold_a_position() -> None:
    text = (
        "Mr. Reyes's supporters showed no sign of backing down on Tuesday. In interviews, "
        "several threatened to disrupt the convention with 300 protesters."
    )
    speaker, _ = said(text, "300 protesters")
    assert speaker is not None and speaker.name == "several"


def test_claims_attribution_more_many_after_a_poll_are_its_answers_not_speakers() -> None:
    # People answering a poll are its finding: no speaker of their own.
    text = "The poll found voters split on the tax. Many said it would cost them $300 a year."
    assert said(text, "$300 a year") == (None, ())


def test_claims_attribution_more_many_with_no_people_named_is_no_speaker() -> None:
    text = "Many said Monday that the ruling would cost 300 jobs."
    assert said(text, "300 jobs") == (None, ())


def test_claims_attribution_more_an_average_share_of_voters_is_no_speaker() -> None:
    # An average of a share of people answering is a poll's result, not a speaker.
    text = (
        'An average of 10 percent of registered voters reported "no opinion" when asked '
        "whether they would vote for Reyes or Brandt, but the share is twice as high in "
        "Lakeside at 19 percent."
    )
    assert said(text, "19 percent") == (None, ())


def test_claims_attribution_more_a_groups_answers_split_in_shares_are_a_polls() -> None:
    text = (
        "By a much wider margin, supporters of Ada Brandt say the ferry should keep running "
        "at night, 76%-21%."
    )
    assert said(text, "76%-21%") == (None, ())


def test_claims_attribution_more_a_group_saying_without_a_split_still_speaks() -> None:
    text = "Supporters of Ada Brandt say the ferry should carry 300 cars at night."
    speaker, _ = said(text, "300 cars")
    assert speaker is not None and "Supporters" in speaker.name


def test_claims_attribution_more_a_short_year_after_a_turned_apostrophe_opens_no_quote() -> None:
    # "‘08" is 2008 with its apostrophe turned the wrong way, not a quotation opening.
    text = (
        "Rep. Ada Brandt said in ‘08 that the early support of rural voters threw old "
        "assumptions into doubt. “It does away with the ‘blame game’ for good,” she said."
    )
    assert [text[a:b] for _, a, b, _ in quote_spans(text)] == [
        "It does away with the ‘blame game’ for good,"
    ]
    assert said(text, "08") == (None, ())


def test_claims_attribution_more_a_quotation_opening_with_two_digits_is_still_one() -> None:
    text = "‘90 percent of them will stay,’ Brandt said."
    assert [text[a:b] for _, a, b, _ in quote_spans(text)] == ["90 percent of them will stay,"]


def test_claims_attribution_more_both_office_holders_just_named_hold_a_position() -> None:
    text = (
        "Both senators had to respond to the videos. And both vowed to hire 300 more border agents."
    )
    speaker, _ = said(text, "300 more border agents")
    assert speaker is not None and speaker.name == "both"


def test_claims_attribution_curly_quote_closed_by_a_straight_mark_after_a_word() -> None:
    # The comma left out: a straight mark right after a word closes the curly quotation,
    # and the quotation after the speaker goes on being that speaker's.
    text = (
        '“As a builder, he put a lot of people out of business, too" Reyes said after an '
        'event in Orvel on Wednesday. "In fact, you would bid him 20 percent higher."'
    )
    speaker, _ = said(text, "20 percent")
    assert speaker is not None and speaker.name == "Reyes"
    short = '“definitely not support" him, the highest share for any candidate.'
    assert [short[a:b] for _, a, b, _ in quote_spans(short)] == ["definitely not support"]
    inner = '“He called it "a disaster" and left,” Reyes said.'
    assert [inner[a:b] for _, a, b, _ in quote_spans(inner)] == [
        'He called it "a disaster" and left,'
    ]
