"""False attributions: the reporter's own words beside a report, credited to no one.
Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_false_reporters_measure_after_a_finding() -> None:
    # "about 2,000 more than officials expected" measures the finding against the
    # reporter's yardstick: the estimates did not say it.
    text = (
        "The county's early estimates show that 8,000 residents voted on Saturday, about "
        "2,000 more than most officials had expected."
    )
    speaker, _ = said(text, "8,000 residents")
    assert speaker is not None and "county" in speaker.name
    assert said(text, "about 2,000") == (None, ())


def test_claims_attribution_false_a_share_of_another_count_after_a_finding() -> None:
    text = (
        "Early ratings data suggest the station drew about 3 million viewers, less than half "
        "of the 7 million viewers for the mayoral debate last week."
    )
    speaker, _ = said(text, "about 3 million viewers")
    assert speaker is not None and "data" in speaker.name
    assert said(text, "7 million viewers") == (None, ())


def test_claims_attribution_false_a_finding_keeps_its_own_other_figure() -> None:
    # "versus ..." sets one share of the same poll against another: still the poll's.
    text = (
        "A Gazette poll found that residents backed the bridge by about three to one, versus "
        "about two to one among commuters."
    )
    speaker, _ = said(text, "about two to one")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_false_reporters_gloss_after_a_dash() -> None:
    # The dash hands the sentence back to the reporter, who says what the number means.
    text = (
        "Last year, Sen. Ada Reyes said that she did not want to bring up any more harbor "
        "legislation that could not get the support of at least 60 senators - the number "
        "necessary to end a filibuster in the Senate."
    )
    speaker, _ = said(text, "at least 60 senators")
    assert speaker is not None and "Reyes" in speaker.name
    assert said(text, "end a filibuster") == (None, ())


def test_claims_attribution_false_a_dash_before_a_figure_stays_the_speakers() -> None:
    # The same amount put another way after the dash is still what was announced.
    text = (
        "In October, the ministry announced it could pay only a fraction of the promised "
        "funds - not quite 13 cents on the dollar."
    )
    speaker, _ = said(text, "13 cents on the dollar")
    assert speaker is not None and "ministry" in speaker.name


_ABOUT_HER = (
    "As the Gazette's Ada Reyes pointed out in May, \u201cThe harbor board will have to vote "
    "on the plan in at least three sessions.\u201d\n\n"
    "\u201cOne of the weaknesses of Reyes\u2019s otherwise careful column is that it ignores "
    "the 40 ferries that still dock at the pier every night.\u201d"
)


def test_claims_attribution_false_quote_about_the_last_speaker_is_not_hers() -> None:
    # A quotation that speaks of Reyes by her surname, in the third person, is someone
    # else's words about her, not more of hers.
    speaker, _ = said(_ABOUT_HER, "at least three sessions")
    assert speaker is not None and "Reyes" in speaker.name
    assert said(_ABOUT_HER, "the 40 ferries") == (None, ())


def test_claims_attribution_false_next_quote_without_her_name_stays_hers() -> None:
    text = _ABOUT_HER.replace("Reyes\u2019s otherwise careful column", "the plan")
    speaker, _ = said(text, "the 40 ferries")
    assert speaker is not None and "Reyes" in speaker.name


def test_claims_attribution_false_concession_opening_a_credited_sentence() -> None:
    # "Despite ..." is the reporter's framing of the finding, not the survey's.
    text = (
        "Despite a month of 40 sharp attacks, Mayor Ada Reyes has failed to dent the lead of "
        "Tomas Brandt, who has 52 percent, according to a Gazette survey released on Thursday."
    )
    speaker, _ = said(text, "52 percent")
    assert speaker is not None and "Gazette" in speaker.name
    assert said(text, "40 sharp attacks") == (None, ())


def test_claims_attribution_false_a_scene_clause_stays_the_sources() -> None:
    # A clause of time with its own subject may be what the source tells.
    text = (
        "After 12 reporters asked about the ferry, the couple became angry once the cameras "
        "were off, according to a source at the station."
    )
    speaker, _ = said(text, "12 reporters")
    assert speaker is not None and "source" in speaker.name


_RANGE = (
    "The Gazette poll finds Reyes supported by an average of 13 percent across all "
    "counties, ranging from a low of 4 percent in Lakeside to a high of 25 percent in "
    "Harbor County, the county where she served two terms as sheriff."
)


def test_claims_attribution_false_background_on_a_place_after_a_finding() -> None:
    # What the county is to Reyes is the reporter's background, not the poll's finding.
    speaker, _ = said(_RANGE, "25 percent")
    assert speaker is not None and "Gazette" in speaker.name
    assert said(_RANGE, "two terms") == (None, ())


def test_claims_attribution_false_a_findings_own_apposition_stays() -> None:
    text = "The Gazette poll found Reyes ahead with 48 percent, a lead of 9 points over Brandt."
    speaker, _ = said(text, "9 points")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_false_comment_on_a_name_with_its_participle() -> None:
    # The relative clause on Brandt and the participle that goes on with it are the
    # reporter's background, not what the voters said.
    text = (
        "Several voters said they had not heard anything to pull them away from Mr. Brandt, "
        "who also held a rally in Lakeside on Wednesday night, drawing 1,110 people."
    )
    speaker, _ = said(text, "anything to pull them away")
    assert speaker is not None and "voters" in speaker.name
    assert said(text, "1,110 people") == (None, ())


def test_claims_attribution_false_how_often_it_was_said() -> None:
    # "five times" counts the sayings: the reporter's tally, not the speaker's words.
    text = 'In a short answer, Brandt said "Orvel" five times and named no rival.'
    assert said(text, "five times") == (None, ())
    speaker, _ = said(text, "Orvel")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_false_a_count_inside_what_was_said_stays() -> None:
    text = "Brandt said the port had flooded five times since 2010."
    speaker, _ = said(text, "five times")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_false_backing_told_by_its_margin_is_a_vote() -> None:
    # Supporting candidates "by double digits" is how a place voted, no stated position.
    text = (
        "Orvel has long been loyal to the Greens, supporting the party's candidates by "
        "double digits for over four decades."
    )
    assert said(text, "over four decades") == (None, ())


def test_claims_attribution_false_backing_without_a_margin_is_a_position() -> None:
    text = "Most Orvel residents support the harbor bridge, Reyes said."
    speaker, _ = said(text, "Most Orvel residents")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_false_who_a_survey_asked_is_the_reporters_account() -> None:
    # "were asked" tells how the survey was taken; its findings come later, if at all.
    text = (
        "In a survey published by the Gazette, Green voters in Orvel were asked a series of "
        "questions upon leaving the polls Tuesday, and 900 of them answered."
    )
    assert said(text, "Green voters in Orvel") == (None, ())


def test_claims_attribution_false_a_surveys_finding_after_those_asked_stays() -> None:
    text = "In the Gazette survey, voters who were asked about the bridge gave Reyes 48 percent."
    speaker, _ = said(text, "48 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_false_the_reporter_goes_on_about_the_speaker() -> None:
    # ", but he urged ...", ", but several of her findings ...": the reporter telling of
    # the speaker after what was said, not more of it.
    text = (
        "Brandt also said she was not qualified to judge the plan, but several of her "
        "findings contradicted the mayor."
    )
    speaker, _ = said(text, "not qualified")
    assert speaker is not None and speaker.name == "Brandt"
    assert said(text, "several of her findings") == (None, ())


def test_claims_attribution_false_a_modal_after_but_stays_the_speakers() -> None:
    text = "Reyes said the port was closed, but he would reopen it within 30 days."
    speaker, _ = said(text, "30 days")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_false_a_challenge_argues_nothing() -> None:
    # The participle's subject is Mr. Reyes's "challenge", which can say nothing.
    text = (
        "Now, Mr. Reyes's challenge as he enters the final months of his term is to find a "
        "way to acknowledge that the regional divides he vowed to close have only grown "
        "deeper and more acrimonious - while arguing that the way forward is to elect Ms. "
        "Brandt and reject Tomas Varga, the Green nominee."
    )
    assert said(text, "the way forward") == (None, ())


def test_claims_attribution_false_a_setting_after_an_announced_object() -> None:
    # "following a review of 40 sites" tells when the council acted: the reporter's
    # setting, not part of the grant the council announced.
    text = (
        "The Kelvara council announced a $5 million grant for the port, following a review "
        "of 40 sites."
    )
    speaker, _ = said(text, "$5 million grant")
    assert speaker is not None and speaker.name == "Kelvara council"
    assert said(text, "40 sites") == (None, ())
    text = (
        "On Feb. 27, the Orvel administration announced its intention to reverse the dock "
        "rule, following a 30-day comment period."
    )
    assert said(text, "30-day comment") == (None, ())


def test_claims_attribution_false_a_hyphened_comparative_is_no_yardstick() -> None:
    # "below-normal" is an adjective of the speaker's score, not the reporter's figure
    # set against another ("well above the $8.04 that analysts expected" is).
    text = (
        "Mr. Orvel's lawyers maintained that he had been disabled since 1969, with a "
        "below-normal score of 69 to 72."
    )
    speaker, _ = said(text, "69 to 72")
    assert speaker is not None and speaker.name == "Mr. Orvel's lawyers"
    text = "The board said it had 40 staff, below the 55 it needs."
    assert said(text, "55") == (None, ())
