"""A table of small invented piles written as 2016-style campaign wire news: two outlets give
different numbers that are not one quantity (another subgroup of one poll, another state,
date, poll, candidate, period or measure, a figure told in passing) and no conflict may be
called, while a few real disputes (one count of one set at one time, from two sources) must
be."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import amount, doc, share
from test_reconcile_probes import _pile, assert_called, probe_params
from triangulate.reconcile.events import numbered_event
from triangulate.reconcile.polls import poll_screen
from triangulate.reconcile.shares import share_holder
from triangulate.reconcile.things import crowd_side, stretch


def _two(day: str, first: str, second: str) -> dict[str, str]:
    """Two outlets' reports of one day, each a headline, a date line and a body."""
    return _pile(
        ("coast", f"Campaign news\n\n{day}", first), ("valley", f"Campaign\n\n{day}", second)
    )


# (id, expectation, pile): "conflict" must be called; "apart" must call no conflict.
PROBES: list[tuple[str, str, dict[str, str]]] = [
    # Real disputes: one count of one set at one time, from two sources.
    (
        "one_poll_one_share",
        "conflict",
        _two(
            "March 2, 2032",
            "Senator Ann Moss has 41 percent support among likely Republican voters in "
            "Florida, according to a Quinlan University poll released on Tuesday.",
            "Moss has 47 percent support among likely Republican voters in Florida in the "
            "Quinlan University poll released on Tuesday, her campaign said.",
        ),
    ),
    (
        "one_primary_one_candidate_votes",
        "conflict",
        _two(
            "March 9, 2032",
            "Governor Tom Reyes won 212,000 votes in the Michigan primary on Tuesday, "
            "state officials said.",
            "Reyes won 245,000 votes in the Michigan primary on Tuesday, his campaign said.",
        ),
    ),
    (
        "one_rally_crowd",
        "conflict",
        _two(
            "April 3, 2032",
            "About 4,000 people attended the Moss rally in Denver on Saturday, police said.",
            "About 11,000 people attended the Moss rally in Denver on Saturday, her campaign said.",
        ),
    ),
    (
        "one_debate_viewers",
        "conflict",
        _two(
            "Feb. 5, 2032",
            "Thursday's Republican debate drew 18 million viewers, Nielsen said on Friday.",
            "Thursday's Republican debate drew 24 million viewers, the network said on Friday.",
        ),
    ),
    (
        "one_numbered_debate_viewers",
        "conflict",
        _two(
            "Sept. 28, 2032",
            "The first debate drew 84 million viewers on Monday, Nielsen said.",
            "The first debate drew 71 million viewers on Monday, the network said.",
        ),
    ),
    (
        "one_poll_likely_voters_share",
        "conflict",
        _two(
            "Oct. 4, 2032",
            "Moss has 46 percent among likely voters in the Marlow poll released on Tuesday.",
            "Moss has 40 percent among likely voters in the Marlow poll released on Tuesday, "
            "her rival's campaign said.",
        ),
    ),
    # Look-alikes: different numbers of different things.
    (
        "poll_likely_against_registered_voters",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss leads with 46 percent among likely voters in the Marlow poll released on "
            "Tuesday.",
            "Moss has 42 percent among registered voters in the Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_women_against_men",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss wins 58 percent of women in the Marlow poll released on Tuesday.",
            "Moss wins 39 percent of men in the Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_two_candidates_shares",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss has 44 percent in the Marlow poll released on Tuesday.",
            "Reyes has 40 percent in the Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_two_states",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss has 48 percent in Ohio, according to a Marlow poll released on Tuesday.",
            "Moss has 43 percent in Pennsylvania, according to a Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_two_pollsters",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss has 45 percent nationally in a Quinlan University poll released on Tuesday.",
            "Moss has 41 percent nationally in a Harlow Research poll released on Tuesday.",
        ),
    ),
    (
        "poll_two_months",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss had 38 percent in the Marlow poll in August.",
            "Moss has 46 percent in the Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_lead_against_share",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss leads Reyes by 6 percentage points in the Marlow poll released on Tuesday.",
            "Moss has 47 percent in the Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_margin_of_error_against_lead",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss leads by 5 points in the Marlow poll released on Tuesday.",
            "The Marlow poll released on Tuesday has a margin of error of 3 percentage points.",
        ),
    ),
    (
        "poll_favorable_against_vote_share",
        "apart",
        _two(
            "Oct. 4, 2032",
            "In the Marlow poll released on Tuesday, 52 percent of voters view Moss unfavorably.",
            "Moss has 44 percent support in the Marlow poll released on Tuesday.",
        ),
    ),
    (
        "poll_sample_sizes_of_two_polls",
        "apart",
        _two(
            "Oct. 4, 2032",
            "The Marlow poll surveyed 1,012 likely voters from Sept. 28 to Oct. 2.",
            "The Quinlan poll surveyed 804 likely voters from Sept. 29 to Oct. 3.",
        ),
    ),
    (
        "delegates_two_states",
        "apart",
        _two(
            "March 16, 2032",
            "Moss won 66 delegates in Florida on Tuesday.",
            "Moss won 38 delegates in Illinois on Tuesday.",
        ),
    ),
    (
        "delegates_won_against_needed",
        "apart",
        _two(
            "March 16, 2032",
            "Moss now has 673 delegates, her campaign said.",
            "A candidate needs 1,237 delegates to win the nomination.",
        ),
    ),
    (
        "delegates_two_candidates",
        "apart",
        _two(
            "March 16, 2032",
            "Moss has 673 delegates after Tuesday's primaries.",
            "Reyes has 410 delegates after Tuesday's primaries.",
        ),
    ),
    (
        "delegates_pledged_against_superdelegates",
        "apart",
        _two(
            "March 16, 2032",
            "Moss has won 1,130 pledged delegates.",
            "Moss has the support of 460 superdelegates.",
        ),
    ),
    (
        "fundraising_two_months",
        "apart",
        _two(
            "July 2, 2032",
            "Moss raised $26 million in May, her campaign said.",
            "Moss raised $42 million in June, her campaign said.",
        ),
    ),
    (
        "fundraising_two_candidates",
        "apart",
        _two(
            "July 2, 2032",
            "Moss raised $26 million in June, her campaign said.",
            "Reyes raised $19 million in June, his campaign said.",
        ),
    ),
    (
        "fundraising_campaign_against_super_pac",
        "apart",
        _two(
            "July 2, 2032",
            "The Moss campaign raised $26 million in June.",
            "A super PAC supporting Moss raised $61 million in June.",
        ),
    ),
    (
        "raised_against_cash_on_hand",
        "apart",
        _two(
            "July 21, 2032",
            "Moss raised $26 million in June, her filing showed.",
            "Moss had $42 million in cash on hand at the end of June, her filing showed.",
        ),
    ),
    (
        "ad_buys_two_states",
        "apart",
        _two(
            "Sept. 9, 2032",
            "The Moss campaign is spending $4 million on television ads in Ohio.",
            "The Moss campaign is spending $7 million on television ads in Florida.",
        ),
    ),
    (
        "ad_buy_against_total_spent",
        "apart",
        _two(
            "Sept. 9, 2032",
            "The campaign has reserved $2 million in ads for the final week.",
            "The campaign has spent $58 million on ads since March.",
        ),
    ),
    (
        "debate_viewers_two_debates",
        "apart",
        _two(
            "Oct. 11, 2032",
            "The first debate drew 84 million viewers.",
            "Sunday's second debate drew 66 million viewers, Nielsen said.",
        ),
    ),
    (
        "rally_crowds_two_cities",
        "apart",
        _two(
            "April 3, 2032",
            "About 9,000 people came to the Moss rally in Phoenix on Saturday.",
            "About 3,000 people came to the Moss rally in Tucson on Sunday.",
        ),
    ),
    (
        "rally_crowd_against_protesters",
        "apart",
        _two(
            "April 3, 2032",
            "About 9,000 people attended the Moss rally in Phoenix on Saturday.",
            "About 200 protesters gathered outside the Moss rally in Phoenix on Saturday.",
        ),
    ),
    (
        "votes_two_states",
        "apart",
        _two(
            "March 9, 2032",
            "Reyes won 212,000 votes in Michigan on Tuesday.",
            "Reyes won 98,000 votes in Mississippi on Tuesday.",
        ),
    ),
    (
        "votes_two_candidates_one_state",
        "apart",
        _two(
            "March 9, 2032",
            "Reyes won 212,000 votes in Michigan on Tuesday.",
            "Moss won 198,000 votes in Michigan on Tuesday.",
        ),
    ),
    (
        "vote_share_against_turnout",
        "apart",
        _two(
            "March 9, 2032",
            "Reyes won 49 percent of the vote in Michigan on Tuesday.",
            "Turnout in the Michigan primary was 36 percent on Tuesday, officials said.",
        ),
    ),
    (
        "precincts_reporting_against_vote_share",
        "apart",
        _two(
            "March 9, 2032",
            "With 92 percent of precincts reporting, Reyes led in Michigan.",
            "Reyes won 49 percent of the vote in Michigan.",
        ),
    ),
    (
        "jobs_added_two_months",
        "apart",
        _two(
            "June 3, 2032",
            "Employers added 38,000 jobs in May, the Labor Department said on Friday.",
            "Employers added 123,000 jobs in April, the Labor Department said.",
        ),
    ),
    (
        "unemployment_rate_against_jobs_share",
        "apart",
        _two(
            "June 3, 2032",
            "The unemployment rate fell to 4.7 percent in May, the Labor Department said.",
            "Wages rose 2.5 percent from a year earlier, the Labor Department said.",
        ),
    ),
    (
        "jobs_manufacturing_against_all",
        "apart",
        _two(
            "June 3, 2032",
            "Employers added 38,000 jobs in May, the Labor Department said.",
            "Manufacturers cut 10,000 jobs in May, the Labor Department said.",
        ),
    ),
    (
        "ages_of_two_candidates",
        "apart",
        _two(
            "May 1, 2032",
            "Moss, 69, spoke to voters in Ohio on Sunday.",
            "Reyes, 74, spoke to voters in Ohio on Sunday.",
        ),
    ),
    (
        "years_in_office_against_age",
        "apart",
        _two(
            "May 1, 2032",
            "Moss, 69, has served in the Senate for 30 years.",
            "Moss, who has been in Washington for 38 years, campaigned in Ohio.",
        ),
    ),
    (
        "sentence_told_in_passing",
        "apart",
        _two(
            "May 1, 2032",
            "A former aide to Moss was sentenced to 18 months in prison in 2019.",
            "A Reyes donor served 3 years in prison for fraud, records show.",
        ),
    ),
    (
        "emails_two_sets",
        "apart",
        _two(
            "Aug. 23, 2032",
            "The State Department released 30,000 of Moss's emails on Monday.",
            "Investigators found 14,900 more emails that Moss had not turned over.",
        ),
    ),
    (
        "states_won_against_states_voting",
        "apart",
        _two(
            "March 2, 2032",
            "Moss won seven of the 11 states that voted on Super Tuesday.",
            "Reyes won four states on Super Tuesday.",
        ),
    ),
    (
        "candidates_two_fields",
        "apart",
        _two(
            "Jan. 12, 2032",
            "Twelve Republican candidates remain in the race.",
            "Three Democratic candidates remain in the race.",
        ),
    ),
    (
        "debate_stage_against_field",
        "apart",
        _two(
            "Jan. 12, 2032",
            "Seven candidates will take the stage at Thursday's main debate.",
            "Twelve Republican candidates remain in the race.",
        ),
    ),
    (
        "donors_against_average_gift",
        "apart",
        _two(
            "July 2, 2032",
            "Moss received gifts from 2.3 million donors, her campaign said.",
            "The average donation to Moss was $27, her campaign said.",
        ),
    ),
    (
        "tax_plan_cost_two_studies",
        "apart",
        _two(
            "Dec. 22, 2032",
            "The Tax Policy Center said the Moss tax plan would cost $9.5 trillion over a decade.",
            "The Tax Foundation said the Reyes tax plan would cost $3.6 trillion over a decade.",
        ),
    ),
    (
        "viewers_of_a_speech_against_a_debate",
        "apart",
        _two(
            "Sept. 1, 2032",
            "The convention speech drew 32 million viewers.",
            "The debate drew 24 million viewers.",
        ),
    ),
    (
        "registered_voters_two_parties",
        "apart",
        _two(
            "Oct. 14, 2032",
            "In Florida, 4.9 million voters are registered as Democrats.",
            "In Florida, 4.6 million voters are registered as Republicans.",
        ),
    ),
    (
        "one_group_one_share_made_up",
        "conflict",
        _two(
            "Oct. 14, 2032",
            "Hispanic voters make up 17 percent of the Florida electorate, state officials said.",
            "Hispanic voters make up 24 percent of the Florida electorate, the Moss campaign said.",
        ),
    ),
    (
        "shares_two_groups_make_up",
        "apart",
        _two(
            "Oct. 14, 2032",
            "Hispanics make up 17 percent of the population.",
            "Black Americans make up 13 percent of the population.",
        ),
    ),
    (
        "refugees_plan_against_admitted",
        "apart",
        _two(
            "Nov. 18, 2032",
            "The administration plans to admit 10,000 Syrian refugees next year.",
            "The United States admitted 1,682 Syrian refugees last year.",
        ),
    ),
    (
        "wall_length_against_border",
        "apart",
        _two(
            "Sept. 1, 2032",
            "Reyes wants a wall along 1,000 miles of the border.",
            "The border with Mexico runs nearly 2,000 miles.",
        ),
    ),
    (
        "poll_two_field_periods",
        "apart",
        _two(
            "Oct. 4, 2032",
            "Moss had 41 percent in a Marlow poll taken Sept. 10-13.",
            "Moss has 46 percent in a Marlow poll taken Sept. 28 to Oct. 2.",
        ),
    ),
    (
        "fundraising_quarter_against_year",
        "apart",
        _two(
            "Oct. 15, 2032",
            "Moss raised $81 million in the third quarter, her campaign said.",
            "Moss has raised $250 million this year, her campaign said.",
        ),
    ),
    (
        "staff_two_states",
        "apart",
        _two(
            "Jan. 5, 2032",
            "The Moss campaign has 40 paid staff in Iowa.",
            "The Moss campaign has 120 paid staff in New Hampshire.",
        ),
    ),
    (
        "electoral_votes_state_against_needed",
        "apart",
        _two(
            "Nov. 7, 2032",
            "Florida has 29 electoral votes.",
            "A candidate needs 270 electoral votes to win the White House.",
        ),
    ),
    (
        "votes_county_against_state",
        "apart",
        _two(
            "March 9, 2032",
            "Reyes won 61,000 votes in Wayne County on Tuesday.",
            "Reyes won 212,000 votes in Michigan on Tuesday.",
        ),
    ),
    (
        "growth_two_quarters",
        "apart",
        _two(
            "July 29, 2032",
            "The economy grew at a 1.2 percent rate in the second quarter, the Commerce "
            "Department said.",
            "The economy grew at a 0.8 percent rate in the first quarter, the Commerce "
            "Department said.",
        ),
    ),
    (
        "crowd_against_turned_away",
        "apart",
        _two(
            "April 3, 2032",
            "About 9,000 people attended the Moss rally in Phoenix on Saturday.",
            "About 2,000 people were turned away from the Moss rally in Phoenix on Saturday.",
        ),
    ),
    (
        "debate_viewers_main_against_undercard",
        "apart",
        _two(
            "Jan. 15, 2032",
            "Thursday's main debate drew 11 million viewers.",
            "The earlier undercard debate on Thursday drew 4 million viewers.",
        ),
    ),
    (
        "poll_undecided_against_third_party",
        "apart",
        _two(
            "Oct. 4, 2032",
            "In the Marlow poll released on Tuesday, 9 percent of voters are undecided.",
            "A third-party candidate draws 7 percent in the Marlow poll released on Tuesday.",
        ),
    ),
]


# Look-alikes the analysis still calls a conflict, each with its reason, as strict expected
# failures.
MISSED: dict[str, str] = {
    "viewers_of_a_speech_against_a_debate": "viewers of two broadcasts named by different "
    "nouns share one measure, and the noun of the event that drew them is not read: outlets "
    "name one broadcast by several nouns (the debate, the telecast, the show)",
}


@pytest.mark.parametrize(("expected", "texts"), probe_params(PROBES, MISSED))
def test_probe(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moss has 46 percent among likely voters in the poll.", "likely voters"),
        ("Moss has 46 percent among registered voters in the poll.", "registered voters"),
        ("Moss has 46 percent among all adults in the poll.", "adults"),
        ("Moss has 46 percent among voters in the poll.", None),
        ("Moss has 46 percent among women in the poll.", None),
    ],
)
def test_a_polls_share_is_read_with_the_screen_of_those_asked(
    text: str, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post")
    assert poll_screen(share(report, "46 percent", 46), {"a": report}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday's second presidential debate drew 66 million viewers.", "second debate"),
        ("The economy grew 1.2 percent in the third quarter.", "third quarter"),
        ("The earlier undercard debate drew 66 million viewers.", "undercard debate"),
        ("Thursday's debate drew 66 million viewers.", None),
        ("He was the first to say 66 million viewers watched.", None),
    ],
)
def test_a_figure_is_read_with_the_numbered_event_of_its_sentence(
    text: str, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post")
    number = "1.2 percent" if "percent" in text else "66 million viewers"
    claim = amount(report, number, 66e6, counted="viewers", measure="viewers")
    assert numbered_event(claim, {"a": report}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 200 protesters gathered outside the rally.", "outside"),
        ("About 200 people were turned away from the rally.", "outside"),
        ("About 200 people attended the rally.", "at"),
        ("About 200 people came to the rally.", "at"),
        ("About 200 people marched on Saturday.", None),
    ],
)
def test_a_crowd_is_read_as_at_or_outside_its_event(text: str, expected: str | None) -> None:
    report = doc("a", text, "Coast Post")
    phrase = text.split(" gathered")[0].split(" were")[0].split(" attended")[0]
    phrase = phrase.split(" came")[0].split(" marched")[0]
    claim = amount(report, phrase, 200, counted="people", measure="people")
    assert crowd_side(claim, {"a": report}) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("He wants a wall along 1,000 miles of the border.", "1,000 miles", "part"),
        ("The border runs nearly 2,000 miles.", "2,000 miles", "whole"),
        ("The candidate drove 2,000 miles last month.", "2,000 miles", None),
    ],
)
def test_a_length_is_read_as_a_stretch_or_the_whole(
    text: str, phrase: str, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post")
    claim = amount(report, phrase, 1000, counted=None, measure="length", kind="length", unit="mi")
    assert stretch(claim, {"a": report}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Black Americans make up 13 percent of the population.", {"black", "americans"}),
        ("Voters under 30 accounted for 19 percent of the turnout.", {"voters", "under"}),
        ("They make up 13 percent of the population.", None),
        ("Moss has 13 percent of the vote.", None),
    ],
)
def test_a_share_is_read_with_the_part_that_makes_it_up(
    text: str, expected: set[str] | None
) -> None:
    report = doc("a", text, "Coast Post")
    phrase = "19 percent" if "19 percent" in text else "13 percent"
    claim = share(report, phrase, 13)
    assert share_holder(claim, {"a": report}) == (None if expected is None else expected)
