"""Small invented piles of campaign and company news, each analysed as a user would: a real
dispute (one count of one set at one time, two sources) stays a conflict, while the kinds of
look-alike that news holds do not: different sets or populations under one noun, different
questions or measures, a part against a total, a count now against a count over a span, a
figure of speech, several people doing one act, and two figures of different things (or a
later report that is the earlier) read as an update."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim, share
from triangulate.reconcile.holders import Names, holder
from triangulate.reconcile.members import span, stake_in
from triangulate.reconcile.verdicts import planned


def _pile(*reports: tuple[str, str, str]) -> dict[str, str]:
    """Reports as (outlet file stem, dateline and date line, body)."""
    return {f"{stem}.txt": f"{head}\n\n{body}\n" for stem, head, body in reports}


# (id, expectation, pile): "conflict" must be called; "apart" must call no conflict;
# "no update" must call neither an update nor a conflict.
PROBES: list[tuple[str, str, dict[str, str]]] = [
    # Real disputes: one count of one set at one time, from two sources.
    (
        "delegates_won_in_one_state",
        "conflict",
        _pile(
            (
                "coast",
                "Moss wins Ohio\n\nMarch 16, 2032",
                "COLUMBUS, Ohio - Senator Ann Moss won 62 delegates in the Ohio primary on "
                "Tuesday, her campaign said.",
            ),
            (
                "valley",
                "Moss takes Ohio\n\nMarch 16, 2032",
                "Moss won 58 delegates in the Ohio primary on Tuesday, party officials said.",
            ),
        ),
    ),
    (
        "jobs_cut_by_one_company",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow to cut jobs\n\nMay 4, 2032",
                "DETROIT - Harlow Motors will cut 1,200 jobs at its Flint plant, the company "
                "said on Tuesday.",
            ),
            (
                "valley",
                "Harlow plant layoffs\n\nMay 4, 2032",
                "Harlow Motors will cut 1,500 jobs at its Flint plant, a union official said on "
                "Tuesday.",
            ),
        ),
    ),
    (
        "money_raised_in_one_month",
        "conflict",
        _pile(
            (
                "coast",
                "Moss raises millions\n\nJune 2, 2032",
                "Senator Ann Moss raised $12 million in May, her campaign said on Monday.",
            ),
            (
                "valley",
                "Moss haul\n\nJune 2, 2032",
                "Moss raised $15 million in May, according to a filing with the Federal "
                "Election Commission on Monday.",
            ),
        ),
    ),
    (
        "one_poll_two_shares",
        "conflict",
        _pile(
            (
                "coast",
                "Poll: Moss ahead\n\nApril 2, 2032",
                "A Quinnipiac University poll released on Wednesday gives Senator Ann Moss 45 "
                "percent of the vote in Ohio.",
            ),
            (
                "valley",
                "Moss leads in Ohio\n\nApril 2, 2032",
                "The Quinnipiac University poll released on Wednesday gives Moss 49 percent of "
                "the vote in Ohio.",
            ),
        ),
    ),
    (
        "cars_sold_in_one_market_one_year",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow sales\n\nJanuary 5, 2032",
                "Harlow Motors sold 1.2 million cars in China last year, the company said on "
                "Monday.",
            ),
            (
                "valley",
                "Harlow in China\n\nJanuary 5, 2032",
                "Harlow Motors sold 1.5 million cars in China last year, analysts said on Monday.",
            ),
        ),
    ),
    (
        "vehicles_recalled",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow recall\n\nJuly 8, 2032",
                "Harlow Motors is recalling 400,000 vehicles over faulty airbags, the company "
                "said on Thursday.",
            ),
            (
                "valley",
                "Airbag recall\n\nJuly 8, 2032",
                "Harlow Motors is recalling 450,000 vehicles over faulty airbags, safety "
                "regulators said on Thursday.",
            ),
        ),
    ),
    (
        "rally_crowd",
        "conflict",
        _pile(
            (
                "coast",
                "Moss rallies in Denver\n\nOctober 3, 2032",
                "About 5,000 people attended the Moss rally in Denver on Saturday, police said.",
            ),
            (
                "valley",
                "Big crowd for Moss\n\nOctober 3, 2032",
                "Some 12,000 people attended the Moss rally in Denver on Saturday, her "
                "campaign said.",
            ),
        ),
    ),
    (
        "workers_laid_off",
        "conflict",
        _pile(
            (
                "coast",
                "Plant to close\n\nMarch 3, 2032",
                "Harlow Motors will lay off 2,000 workers when it closes its Lansing plant, "
                "the company said on Tuesday.",
            ),
            (
                "valley",
                "Lansing closure\n\nMarch 3, 2032",
                "Harlow Motors will lay off 2,600 workers when it closes its Lansing plant, the "
                "union said on Tuesday.",
            ),
        ),
    ),
    # Different sets or populations under one noun.
    (
        "supporters_and_voters",
        "apart",
        _pile(
            (
                "coast",
                "Moss in Iowa\n\nJanuary 30, 2032",
                "Senator Ann Moss drew 3,000 supporters to a rally in Des Moines on Sunday, "
                "her campaign said.",
            ),
            (
                "valley",
                "Iowa turnout\n\nJanuary 30, 2032",
                "About 120,000 voters took part in the Iowa caucuses on Monday, party officials "
                "said.",
            ),
        ),
    ),
    (
        "delegates_won_and_needed",
        "apart",
        _pile(
            (
                "coast",
                "Moss delegate lead\n\nMay 10, 2032",
                "Senator Ann Moss has won 1,100 delegates so far, an Associated Press count "
                "showed on Tuesday.",
            ),
            (
                "valley",
                "Road to the nomination\n\nMay 10, 2032",
                "A candidate needs 1,237 delegates to clinch the nomination, party rules say.",
            ),
        ),
    ),
    (
        "delegates_won_and_outstanding",
        "apart",
        _pile(
            (
                "coast",
                "Moss delegate lead\n\nMay 10, 2032",
                "Senator Ann Moss has 1,100 delegates, an Associated Press count showed on "
                "Tuesday.",
            ),
            (
                "valley",
                "Still to play for\n\nMay 10, 2032",
                "About 900 delegates remain to be won in the last ten primaries, party officials "
                "said on Tuesday.",
            ),
        ),
    ),
    (
        "jobs_added_and_jobs_lost",
        "apart",
        _pile(
            (
                "coast",
                "Hiring picks up\n\nJune 6, 2032",
                "Employers added 211,000 jobs in May, the Labor Department said on Friday.",
            ),
            (
                "valley",
                "Factories shed jobs\n\nJune 6, 2032",
                "Manufacturers lost 15,000 jobs in May, the Labor Department said on Friday.",
            ),
        ),
    ),
    (
        "registered_and_likely_voters",
        "apart",
        _pile(
            (
                "coast",
                "Poll of Ohio\n\nSeptember 8, 2032",
                "Moss has 47 percent among registered voters in Ohio, a Quinnipiac University "
                "poll found on Tuesday.",
            ),
            (
                "valley",
                "Likely voters\n\nSeptember 8, 2032",
                "Among likely voters in Ohio, Moss has 52 percent, the Quinnipiac University "
                "poll found on Tuesday.",
            ),
        ),
    ),
    (
        "share_among_a_group_and_among_all",
        "apart",
        _pile(
            (
                "coast",
                "Moss wins Florida\n\nMarch 16, 2032",
                "Moss won 48 percent of the vote in the Florida primary on Tuesday, returns "
                "showed.",
            ),
            (
                "valley",
                "Women back Moss\n\nMarch 16, 2032",
                "Moss won 61 percent of women in the Florida primary on Tuesday, exit polls "
                "showed.",
            ),
        ),
    ),
    (
        "sales_in_one_market_and_worldwide",
        "apart",
        _pile(
            (
                "coast",
                "Harlow US sales\n\nJanuary 5, 2032",
                "Harlow Motors sold 2.9 million vehicles in the United States last year, the "
                "company said on Monday.",
            ),
            (
                "valley",
                "Harlow global sales\n\nJanuary 5, 2032",
                "Harlow Motors sold 9.8 million vehicles worldwide last year, the company said on "
                "Monday.",
            ),
        ),
    ),
    (
        "employees_in_one_state_and_in_all",
        "apart",
        _pile(
            (
                "coast",
                "Harlow in Michigan\n\nFebruary 2, 2032",
                "Harlow Motors employs 48,000 people in Michigan, the company said.",
            ),
            (
                "valley",
                "Harlow workforce\n\nFebruary 2, 2032",
                "Harlow Motors employs 210,000 people around the world, the company said.",
            ),
        ),
    ),
    (
        "states_won_and_states_voting",
        "apart",
        _pile(
            (
                "coast",
                "Moss sweeps the South\n\nMarch 2, 2032",
                "Moss won seven states on Super Tuesday, returns showed on Wednesday.",
            ),
            (
                "valley",
                "Super Tuesday\n\nMarch 2, 2032",
                "Voters in 12 states went to the polls on Super Tuesday.",
            ),
        ),
    ),
    (
        "donors_and_donations",
        "apart",
        _pile(
            (
                "coast",
                "Small donors\n\nApril 15, 2032",
                "Moss has 400,000 donors, her campaign said on Wednesday.",
            ),
            (
                "valley",
                "Moss money\n\nApril 15, 2032",
                "Moss has received 1.2 million donations, her campaign said on Wednesday.",
            ),
        ),
    ),
    # A part against a total.
    (
        "raised_in_a_month_and_in_the_year",
        "apart",
        _pile(
            (
                "coast",
                "Moss raises millions\n\nJune 2, 2032",
                "Senator Ann Moss raised $12 million in May, her campaign said on Monday.",
            ),
            (
                "valley",
                "Moss war chest\n\nJune 2, 2032",
                "Moss has raised $48 million this year, her campaign said on Monday.",
            ),
        ),
    ),
    (
        "sales_in_a_quarter_and_in_the_year",
        "apart",
        _pile(
            (
                "coast",
                "Harlow quarter\n\nJanuary 28, 2032",
                "Harlow Motors sold 700,000 cars in the fourth quarter, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "Harlow year\n\nJanuary 28, 2032",
                "Harlow Motors sold 2.6 million cars in 2031, the company said on Tuesday.",
            ),
        ),
    ),
    # A count now against a count over a span.
    (
        "lawsuits_now_and_over_decades",
        "apart",
        _pile(
            (
                "coast",
                "Harlow in court\n\nMarch 9, 2032",
                "Harlow Motors faces three lawsuits over its ignition switches, its lawyers "
                "said on Monday.",
            ),
            (
                "valley",
                "A long record\n\nMarch 9, 2032",
                "Harlow Motors has been hit by 3,500 lawsuits over three decades, court records "
                "show.",
            ),
        ),
    ),
    (
        "debates_this_week_and_in_the_campaign",
        "apart",
        _pile(
            (
                "coast",
                "Debate night\n\nOctober 12, 2032",
                "Moss and Berg meet for two debates this week, organisers said on Monday.",
            ),
            (
                "valley",
                "Debate record\n\nOctober 12, 2032",
                "Moss has taken part in 14 debates since she entered the race last year.",
            ),
        ),
    ),
    # Different questions or measures.
    (
        "two_questions_of_one_poll",
        "apart",
        _pile(
            (
                "coast",
                "Poll on the economy\n\nApril 2, 2032",
                "Forty-five percent of voters approve of the president's handling of the "
                "economy, a Gallup poll found on Wednesday.",
            ),
            (
                "valley",
                "Right track\n\nApril 2, 2032",
                "Thirty-one percent of voters say the country is headed in the right direction, "
                "the Gallup poll found on Wednesday.",
            ),
        ),
    ),
    (
        "favourable_and_vote_share",
        "apart",
        _pile(
            (
                "coast",
                "Moss liked\n\nApril 2, 2032",
                "Fifty-five percent of voters have a favorable view of Moss, a Pew poll found.",
            ),
            (
                "valley",
                "Moss leads\n\nApril 2, 2032",
                "Moss has 44 percent support in the race, the Pew poll found.",
            ),
        ),
    ),
    (
        "units_sold_and_units_made",
        "apart",
        _pile(
            (
                "coast",
                "Harlow sales\n\nJanuary 5, 2032",
                "Harlow Motors sold 2.4 million cars last year, the company said on Monday.",
            ),
            (
                "valley",
                "Harlow output\n\nJanuary 5, 2032",
                "Harlow Motors built 2.1 million cars last year, the company said on Monday.",
            ),
        ),
    ),
    (
        "a_stake_and_its_value",
        "apart",
        _pile(
            (
                "coast",
                "Harlow sells finance arm\n\nApril 3, 2032",
                "Harlow Motors will sell 51 percent of its finance arm for $14 billion, the "
                "company said on Monday.",
            ),
            (
                "valley",
                "Harlow keeps a stake\n\nApril 3, 2032",
                "Harlow Motors will keep a 49 percent stake in its finance arm, worth $7.4 "
                "billion, the company said on Monday.",
            ),
        ),
    ),
    (
        "market_share_and_sales_growth",
        "apart",
        _pile(
            (
                "coast",
                "Harlow share\n\nFebruary 2, 2032",
                "Harlow Motors holds 18 percent of the US car market, analysts said.",
            ),
            (
                "valley",
                "Harlow sales up\n\nFebruary 2, 2032",
                "Harlow Motors sales rose 7 percent in January, the company said.",
            ),
        ),
    ),
    (
        "price_and_revenue",
        "apart",
        _pile(
            (
                "coast",
                "Harlow results\n\nFebruary 2, 2032",
                "Harlow Motors earned $2 billion in the fourth quarter, the company said.",
            ),
            (
                "valley",
                "Harlow revenue\n\nFebruary 2, 2032",
                "Harlow Motors had $38 billion in revenue in the fourth quarter, the company said.",
            ),
        ),
    ),
    # A figure of speech, and several people doing one act.
    (
        "a_figure_of_speech",
        "apart",
        _pile(
            (
                "coast",
                "Moss on taxes\n\nMay 5, 2032",
                "Moss said on Monday she had told voters a thousand times that she would not "
                "raise taxes.",
            ),
            (
                "valley",
                "Tax pledge\n\nMay 5, 2032",
                "Moss repeated her pledge not to raise taxes three times at a town hall in Reno "
                "on Monday.",
            ),
        ),
    ),
    (
        "a_million_reasons",
        "apart",
        _pile(
            (
                "coast",
                "Moss fires back\n\nMay 5, 2032",
                "There are a million reasons to vote against Berg, Moss told supporters on Monday.",
            ),
            (
                "valley",
                "Moss on Berg\n\nMay 5, 2032",
                "Moss gave voters five reasons to vote against Berg at a rally on Monday.",
            ),
        ),
    ),
    (
        "several_people_one_act",
        "apart",
        _pile(
            (
                "coast",
                "Senators back Moss\n\nMay 5, 2032",
                "Three senators endorsed Moss in a joint letter on Monday.",
            ),
            (
                "valley",
                "An endorsement\n\nMay 5, 2032",
                "Moss won one endorsement on Monday, a letter signed by a group of senators.",
            ),
        ),
    ),
    (
        "several_plaintiffs_one_suit",
        "apart",
        _pile(
            (
                "coast",
                "Harlow sued\n\nMay 5, 2032",
                "Four dealers sued Harlow Motors on Monday in a single lawsuit, court papers show.",
            ),
            (
                "valley",
                "Lawsuit filed\n\nMay 5, 2032",
                "One lawsuit was filed against Harlow Motors on Monday by its dealers.",
            ),
        ),
    ),
    # Two figures of different things on two days, or a later report that is the earlier.
    (
        "different_states_on_two_days",
        "no update",
        _pile(
            (
                "coast",
                "Moss wins Iowa\n\nFebruary 2, 2032",
                "Moss won 23 delegates in Iowa on Monday, party officials said.",
            ),
            (
                "valley",
                "Moss wins New Hampshire\n\nFebruary 10, 2032",
                "Moss won 14 delegates in New Hampshire on Tuesday, party officials said.",
            ),
        ),
    ),
    (
        "workforce_and_cuts_on_two_days",
        "no update",
        _pile(
            (
                "coast",
                "Harlow in Ohio\n\nMarch 1, 2032",
                "Harlow Motors employs 12,000 workers in Ohio, the company said on Monday.",
            ),
            (
                "valley",
                "Harlow cuts in Ohio\n\nMarch 8, 2032",
                "Harlow Motors will cut 3,000 workers in Ohio, the company said on Monday.",
            ),
        ),
    ),
    (
        "a_later_report_of_an_earlier_count",
        "no update",
        _pile(
            (
                "coast",
                "Moss haul\n\nJuly 2, 2032",
                "Moss raised $20 million in June, her campaign said on Monday.",
            ),
            (
                "valley",
                "Looking back\n\nJuly 20, 2032",
                "Moss raised $11 million in April, her campaign said at the time.",
            ),
        ),
    ),
    # Different times.
    (
        "a_lead_in_two_months",
        "apart",
        _pile(
            (
                "coast",
                "Moss lead\n\nJanuary 20, 2032",
                "Moss led Berg by 5 points in January, a Gallup poll found.",
            ),
            (
                "valley",
                "Moss pulls ahead\n\nMarch 20, 2032",
                "Moss led Berg by 12 points in March, a Gallup poll found.",
            ),
        ),
    ),
    # A plan beside what was later done, and two guesses at what a plan will be.
    (
        "a_planned_cut_and_the_cut_made",
        "apart",
        _pile(
            (
                "coast",
                "Harlow to cut jobs\n\nMay 4, 2032",
                "Harlow Motors will cut 1,500 jobs at its Flint plant, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "Harlow cuts jobs\n\nSeptember 9, 2032",
                "Harlow Motors cut 1,200 jobs at its Flint plant, the company said on Friday.",
            ),
        ),
    ),
    (
        "two_guesses_at_a_cut",
        "apart",
        _pile(
            (
                "coast",
                "Harlow may cut jobs\n\nMay 4, 2032",
                "Harlow Motors could cut 1,500 jobs at its Flint plant, analysts said on Tuesday.",
            ),
            (
                "valley",
                "Flint worries\n\nMay 4, 2032",
                "Harlow Motors is expected to cut 2,000 jobs at its Flint plant, a union "
                "official said on Tuesday.",
            ),
        ),
    ),
    # Harder forms: one noun and one verb, only the words around them differ.
    (
        "delegates_had_and_needed_by_one_candidate",
        "apart",
        _pile(
            (
                "coast",
                "Moss closes in\n\nMay 10, 2032",
                "Moss has 1,100 delegates, an Associated Press count showed on Tuesday.",
            ),
            (
                "valley",
                "Moss short\n\nMay 10, 2032",
                "Moss needs 1,237 delegates to win the nomination, party officials said on "
                "Tuesday.",
            ),
        ),
    ),
    (
        "delegates_of_two_candidates",
        "apart",
        _pile(
            (
                "coast",
                "Delegate race\n\nMay 10, 2032",
                "Moss has won 1,100 delegates, an Associated Press count showed on Tuesday.",
            ),
            (
                "valley",
                "Berg trails\n\nMay 10, 2032",
                "Berg has won 870 delegates, the Associated Press count showed on Tuesday.",
            ),
        ),
    ),
    (
        "people_at_a_rally_and_at_the_caucuses",
        "apart",
        _pile(
            (
                "coast",
                "Moss in Iowa\n\nJanuary 30, 2032",
                "About 3,000 people turned out for Moss in Des Moines on Sunday, her campaign "
                "said.",
            ),
            (
                "valley",
                "Iowa turnout\n\nJanuary 30, 2032",
                "About 120,000 people turned out for the Iowa caucuses on Monday, party "
                "officials said.",
            ),
        ),
    ),
    (
        "sales_in_one_market_and_unnamed_whole",
        "apart",
        _pile(
            (
                "coast",
                "Harlow US sales\n\nJanuary 5, 2032",
                "Harlow Motors sold 2.9 million vehicles last year in the United States, the "
                "company said on Monday.",
            ),
            (
                "valley",
                "Harlow sales\n\nJanuary 5, 2032",
                "Harlow Motors sold 9.8 million vehicles last year, the company said on Monday.",
            ),
        ),
    ),
    (
        "share_among_women_and_overall",
        "apart",
        _pile(
            (
                "coast",
                "Moss wins Florida\n\nMarch 16, 2032",
                "Moss won 48 percent in the Florida primary on Tuesday, returns showed.",
            ),
            (
                "valley",
                "Women back Moss\n\nMarch 16, 2032",
                "Among women, Moss won 61 percent in the Florida primary on Tuesday, exit "
                "polls showed.",
            ),
        ),
    ),
    (
        "jobs_added_by_one_and_cut_by_another",
        "apart",
        _pile(
            (
                "coast",
                "Harlow hires\n\nMay 4, 2032",
                "Harlow Motors added 2,000 jobs in Ohio this year, the company said on Tuesday.",
            ),
            (
                "valley",
                "Harlow cuts\n\nMay 4, 2032",
                "Harlow Motors cut 500 jobs in Ohio this year, a union official said on Tuesday.",
            ),
        ),
    ),
    (
        "arrests_per_person_and_one_raid",
        "apart",
        _pile(
            (
                "coast",
                "Protest at Moss rally\n\nMay 4, 2032",
                "Police arrested five protesters at the Moss rally in Phoenix on Saturday.",
            ),
            (
                "valley",
                "Rally raid\n\nMay 4, 2032",
                "Police made one raid at the Moss rally in Phoenix on Saturday, arresting a "
                "group of protesters.",
            ),
        ),
    ),
    (
        "cars_on_two_dates_of_one_year",
        "no update",
        _pile(
            (
                "coast",
                "Harlow recall\n\nJuly 8, 2032",
                "Harlow Motors is recalling 400,000 vehicles over faulty airbags, the company "
                "said on Thursday.",
            ),
            (
                "valley",
                "Harlow exports\n\nJuly 15, 2032",
                "Harlow Motors shipped 90,000 vehicles to Canada in June, the company said on "
                "Thursday.",
            ),
        ),
    ),
    (
        "lawsuits_now_and_since_a_year",
        "apart",
        _pile(
            (
                "coast",
                "Harlow in court\n\nMarch 9, 2032",
                "Harlow Motors faces four lawsuits over its brakes, its lawyers said on Monday.",
            ),
            (
                "valley",
                "A long record\n\nMarch 9, 2032",
                "Harlow Motors has been sued 1,200 times since 1990, court records show.",
            ),
        ),
    ),
    (
        "a_toll_over_years_and_this_week",
        "apart",
        _pile(
            (
                "coast",
                "Mine blast\n\nMarch 9, 2032",
                "Two miners were killed in a blast at the Harlow mine in Wyoming on Monday, the "
                "company said.",
            ),
            (
                "valley",
                "Deadly mine\n\nMarch 9, 2032",
                "Forty miners have been killed at the Harlow mine in Wyoming over the past 20 "
                "years, records show.",
            ),
        ),
    ),
    (
        "one_tally_over_decades",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow in court\n\nMarch 9, 2032",
                "Harlow Motors has been hit by 3,000 lawsuits over three decades, its lawyers "
                "said on Monday.",
            ),
            (
                "valley",
                "A long record\n\nMarch 9, 2032",
                "Harlow Motors has been hit by 3,500 lawsuits over three decades, court records "
                "show.",
            ),
        ),
    ),
    (
        "stakes_in_two_companies",
        "apart",
        _pile(
            (
                "coast",
                "Harlow and Fiat\n\nMarch 1, 2032",
                "Harlow Motors holds a 20 percent stake in Fiat, filings show.",
            ),
            (
                "valley",
                "Harlow finance arm\n\nMarch 1, 2032",
                "Harlow Motors holds a 51 percent stake in its finance arm, filings show.",
            ),
        ),
    ),
    (
        "one_stake_two_sizes",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow and Fiat\n\nMarch 1, 2032",
                "Harlow Motors holds a 20 percent stake in Fiat, filings show.",
            ),
            (
                "valley",
                "Fiat holder\n\nMarch 1, 2032",
                "Harlow Motors holds a 25 percent stake in Fiat, analysts said.",
            ),
        ),
    ),
    (
        "shares_sold_and_shares_owned",
        "apart",
        _pile(
            (
                "coast",
                "Harlow sells Fiat shares\n\nMarch 1, 2032",
                "Harlow Motors sold 20 million shares of Fiat on Monday, filings show.",
            ),
            (
                "valley",
                "Harlow holding\n\nMarch 1, 2032",
                "Harlow Motors owns 80 million shares of Fiat, filings show.",
            ),
        ),
    ),
    (
        "shares_owned_two_counts",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow holding\n\nMarch 1, 2032",
                "Harlow Motors owns 80 million shares of Fiat, filings show.",
            ),
            (
                "valley",
                "Harlow holding\n\nMarch 1, 2032",
                "Harlow Motors owns 95 million shares of Fiat, analysts said.",
            ),
        ),
    ),
    (
        "shares_of_two_named_candidates",
        "apart",
        _pile(
            (
                "coast",
                "Ohio votes\n\nMarch 1, 2032",
                "Ohio voted on Tuesday.\n\nSenator Ann Moss won 44 percent of the vote in Ohio, "
                "returns showed.",
            ),
            (
                "valley",
                "Ohio votes\n\nMarch 1, 2032",
                "Ohio voted on Tuesday.\n\nGovernor Tom Berg won 39 percent of the vote in Ohio, "
                "returns showed.",
            ),
        ),
    ),
    # Two holders named with their titles, or plural names, each with a figure of its own.
    (
        "counties_won_by_two_titled_candidates",
        "apart",
        _pile(
            (
                "a",
                "Caucus night\n\nMarch 1, 2032",
                "Senator Ann Moss won 20 counties in Iowa on Monday.",
            ),
            (
                "b",
                "Caucus night\n\nMarch 1, 2032",
                "Governor Tom Berg won 60 counties in Iowa on Monday.",
            ),
        ),
    ),
    (
        "counties_won_by_one_titled_candidate",
        "conflict",
        _pile(
            (
                "coast",
                "Caucus night\n\nMarch 1, 2032",
                "Senator Ann Moss won 20 counties in Iowa on Monday, officials said.",
            ),
            (
                "valley",
                "Caucus night\n\nMarch 1, 2032",
                "Moss won 26 counties in Iowa on Monday, her campaign said.",
            ),
        ),
    ),
    (
        "followers_of_two_titled_candidates",
        "apart",
        _pile(
            (
                "coast",
                "Moss online\n\nMarch 1, 2032",
                "Senator Ann Moss has 5 million followers on Twitter, her aides said on Monday.",
            ),
            (
                "valley",
                "Berg online\n\nMarch 1, 2032",
                "Governor Tom Berg has 3 million followers on Twitter, his aides said on Monday.",
            ),
        ),
    ),
    (
        "seats_held_by_two_parties",
        "apart",
        _pile(
            ("a", "On the Hill\n\nMarch 1, 2032", "Republicans hold 54 seats in the Senate."),
            ("b", "On the Hill\n\nMarch 1, 2032", "Democrats hold 46 seats in the Senate."),
        ),
    ),
    (
        "seats_held_by_one_party",
        "conflict",
        _pile(
            (
                "coast",
                "On the Hill\n\nMarch 1, 2032",
                "Republicans hold 54 seats in the Senate, the Senate clerk said.",
            ),
            (
                "valley",
                "On the Hill\n\nMarch 1, 2032",
                "Republicans hold 51 seats in the Senate, analysts said.",
            ),
        ),
    ),
    (
        "workforces_of_two_companies",
        "apart",
        _pile(
            (
                "a",
                "Carmakers in Ohio\n\nMarch 1, 2032",
                "In Ohio, Harlow's 48,000 workers build trucks, the company said.",
            ),
            (
                "b",
                "Carmakers in Ohio\n\nMarch 1, 2032",
                "In Ohio, Toyota's 36,000 workers build cars, the company said.",
            ),
        ),
    ),
    (
        "market_shares_of_two_companies",
        "apart",
        _pile(
            (
                "a",
                "Harlow slips\n\nJune 3, 2032",
                "Harlow Motors' share of the US market fell to 19 percent in May, analysts said.",
            ),
            (
                "b",
                "Toyota gains\n\nJune 3, 2032",
                "Toyota's share of the US market rose to 16 percent in May, analysts said.",
            ),
        ),
    ),
    (
        "market_share_of_one_company",
        "conflict",
        _pile(
            (
                "a",
                "Car market\n\nJune 3, 2032",
                "Harlow Motors' share of the US market fell to 19 percent in May, analysts said.",
            ),
            (
                "b",
                "Car market\n\nJune 3, 2032",
                "Harlow's share of the US market fell to 15 percent in May, the company said.",
            ),
        ),
    ),
]


# Real disputes the analysis misses would be listed here, each with its reason, as strict
# expected failures: none is left.
MISSED: dict[str, str] = {}


def _calls(folder: Path, texts: dict[str, str]) -> list[str]:
    return sorted(g.verdict for g in analysed(folder, texts).groups)


def probe_params(
    probes: list[tuple[str, str, dict[str, str]]], missed: dict[str, str]
) -> list[object]:
    """A table's piles as test cases named after them, each a known miss (``missed``, with
    its reason) marked a strict expected failure, so that fixing one is noticed."""
    return [
        pytest.param(
            expected,
            texts,
            id=name,
            marks=[pytest.mark.xfail(reason=missed[name], strict=True)] if name in missed else [],
        )
        for name, expected, texts in probes
    ]


def assert_called(folder: Path, expected: str, texts: dict[str, str]) -> None:
    """The pile's verdicts are what a careful reader expects: a real dispute is called a
    conflict; look-alikes kept ``apart`` are none; a later reading of one running count is an
    ``update`` and no conflict; anything else neither."""
    calls = _calls(folder, texts)
    if expected == "conflict":
        assert "conflict" in calls
    elif expected == "apart":
        assert "conflict" not in calls
    elif expected == "update":
        assert "update" in calls and "conflict" not in calls
    else:
        assert "conflict" not in calls and "update" not in calls


@pytest.mark.parametrize(("expected", "texts"), probe_params(PROBES, MISSED))
def test_probe(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Harlow has faced 3,500 lawsuits over three decades.", "3,500 lawsuits", "30 years"),
        ("Forty miners died at the mine over the past 20 years.", "Forty miners", "20 years"),
        ("Over the years, Harlow has faced 900 lawsuits.", "900 lawsuits", "years"),
        ("Harlow has been sued in 1,200 lawsuits since 1990.", "1,200 lawsuits", "since 1990"),
        ("Harlow, founded three decades ago, faces 3 lawsuits.", "3 lawsuits", ""),
        ("Harlow sold 2.4 million cars in the past year.", "2.4 million cars", ""),
    ],
)
def test_a_tally_over_years_is_read_with_its_span(text: str, phrase: str, expected: str) -> None:
    report = doc("a", text, "Coast Post")
    noun = phrase.split()[-1]
    claim = figure_claim(report, phrase, low=1, high=1, measure=noun, counted=noun)
    assert span(claim, {"a": report}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow Motors will cut 1,500 jobs at its Flint plant.", True),
        ("Harlow will lay off about 300 workers.", True),
        ("Harlow could cut 1,500 jobs at its Flint plant.", False),
        ("Harlow is expected to cut 1,500 jobs.", False),
        ("If sales slow, Harlow will cut 1,500 jobs.", False),
        ("Harlow will not cut 1,500 jobs.", False),
        ("Harlow cut 1,500 jobs at its Flint plant.", False),
    ],
)
def test_a_plan_stated_as_settled_is_read_at_its_size(text: str, expected: bool) -> None:
    report = doc("a", text, "Coast Post")
    phrase = next(w for w in ("1,500 jobs", "300 workers") if w in text)
    noun = phrase.split()[-1]
    claim = figure_claim(report, phrase, low=1, high=1, measure=noun, counted=noun)
    assert planned(claim, {"a": report}) is expected


def test_a_stake_is_read_with_what_it_is_in() -> None:
    report = doc("a", "Harlow keeps a 49 percent stake in its finance arm, worth $7 billion.", "C")
    plain = doc("b", "Harlow's share of the market is 18 percent.", "V")
    documents = {"a": report, "b": plain}
    assert stake_in(share(report, "49 percent", 49), documents) == {"finance", "arm"}
    assert stake_in(share(plain, "18 percent", 18), documents) is None


@pytest.mark.parametrize(
    ("text", "name", "phrase", "expected"),
    [
        ("Senator Ann Moss won 20 counties in Iowa.", "Ann Moss", "20 counties", "ann moss"),
        ("Former Florida Gov. Tom Berg won 60 counties.", "Tom Berg", "60 counties", "tom berg"),
        ("Republicans hold 54 seats in the Senate.", "Republicans", "54 seats", "republicans"),
        ("Reuters said Ann Moss won 20 counties.", "Ann Moss", "20 counties", None),
        ("In Ohio, Harlow's 48,000 workers build trucks.", "Harlow", "48,000 workers", "harlow"),
        ("Toyota's share of the market rose to 16 percent.", "Toyota", "16 percent", "toyota"),
    ],
)
def test_a_figure_is_held_by_a_titled_or_plural_name_opening_its_clause(
    text: str, name: str, phrase: str, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post")
    start = text.index(name)
    names = Names({"a": ((start, start + len(name), name, "PERSON"),)})
    noun = phrase.split()[-1]
    claim = figure_claim(report, phrase, low=1, high=1, measure=noun, counted=noun)
    assert holder(claim, {"a": report}, names) == expected
