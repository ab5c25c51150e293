"""A second table of small invented piles, written as wire copy on campaigns, polls, money,
election nights, bills, courts, carmakers, airlines and tech companies: a real dispute (one
count of one set at one time, from two sources) stays a conflict, while the look-alikes that
such news is full of do not: two populations of one poll, two polls, a margin of error against
a lead, a state against the nation, pledged against all delegates, money raised against money
spent or held, a quarter against its year, one market against the world, one plant against
the company, a step against a running total, a range against a value inside it, a hedged
round figure against an exact one. A count that grows while it is being counted (votes as
precincts report, flights cancelled as a storm goes on) is an update."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from test_reconcile_helpers import amount, doc, share
from test_reconcile_probes import _calls, _pile, assert_called, probe_params
from triangulate.model import Claim, Document
from triangulate.reconcile.ballots import chamber, scope_place, still_counting, vote_side
from triangulate.reconcile.polls import poll_named

# (id, expectation, pile): "conflict" must be called; "apart" must call no conflict; "no
# update" must call neither an update nor a conflict; "update" must call an update and no
# conflict.
PROBES: list[tuple[str, str, dict[str, str]]] = [
    # Real disputes: one count of one set at one time, from two sources.
    (
        "one_poll_one_share_two_values",
        "conflict",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "DES MOINES, Iowa (Reuters) - Senator Ruth Calder has 44 percent support among "
                "likely voters in Iowa, according to a Marlow Research poll released on Tuesday.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 7, 2031",
                "Calder has 48 percent support among likely voters in Iowa, according to the "
                "Marlow Research poll released on Tuesday.",
            ),
        ),
    ),
    (
        "one_poll_one_margin_of_error",
        "conflict",
        _pile(
            (
                "coast",
                "Iowa poll\n\nOctober 7, 2031",
                "The Marlow Research poll of 800 likely voters in Iowa has a margin of error of "
                "plus or minus 3 percentage points, the firm said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Iowa poll\n\nOctober 7, 2031",
                "The Marlow Research poll of likely voters in Iowa has a margin of error of plus "
                "or minus 5 percentage points, the firm said on Tuesday.",
            ),
        ),
    ),
    (
        "one_poll_one_lead",
        "conflict",
        _pile(
            (
                "coast",
                "Calder leads\n\nOctober 7, 2031",
                "Calder leads Governor Paul Brandt by 6 percentage points in Iowa, the Marlow "
                "Research poll released on Tuesday showed.",
            ),
            (
                "valley",
                "Tight race\n\nOctober 7, 2031",
                "Calder leads Brandt by 2 percentage points in Iowa, the Marlow Research poll "
                "released on Tuesday showed.",
            ),
        ),
    ),
    (
        "final_votes_in_one_county",
        "conflict",
        _pile(
            (
                "coast",
                "Polk County result\n\nNovember 5, 2031",
                "With all precincts reporting, Calder won 51,230 votes in Polk County, county "
                "officials said on Wednesday.",
            ),
            (
                "valley",
                "In brief: Polk County result\n\nNovember 5, 2031",
                "With all precincts reporting, Calder won 57,400 votes in Polk County, her "
                "campaign said on Wednesday.",
            ),
        ),
    ),
    (
        "pledged_delegates_of_one_candidate",
        "conflict",
        _pile(
            (
                "coast",
                "Delegate count\n\nMarch 20, 2031",
                "Calder has won 412 pledged delegates so far, according to an Associated Press "
                "tally on Thursday.",
            ),
            (
                "valley",
                "In brief: Delegate count\n\nMarch 20, 2031",
                "Calder has won 389 pledged delegates so far, her campaign said on Thursday.",
            ),
        ),
    ),
    (
        "cash_on_hand_at_one_month_end",
        "conflict",
        _pile(
            (
                "coast",
                "Calder money\n\nApril 20, 2031",
                "Calder's campaign had $8.2 million in cash on hand at the end of March, a "
                "filing with the Federal Election Commission showed on Monday.",
            ),
            (
                "valley",
                "In brief: Calder money\n\nApril 20, 2031",
                "Calder's campaign had $5.1 million in cash on hand at the end of March, her "
                "aides said on Monday.",
            ),
        ),
    ),
    (
        "super_pac_raised_in_one_half",
        "conflict",
        _pile(
            (
                "coast",
                "Super PAC haul\n\nJuly 31, 2031",
                "Forward Iowa, a super PAC backing Calder, raised $20 million in the first half "
                "of the year, the group said on Friday.",
            ),
            (
                "valley",
                "In brief: Super PAC haul\n\nJuly 31, 2031",
                "Forward Iowa, a super PAC backing Calder, raised $14 million in the first half "
                "of the year, according to its filing on Friday.",
            ),
        ),
    ),
    (
        "spent_in_one_quarter",
        "conflict",
        _pile(
            (
                "coast",
                "Campaign spending\n\nApril 16, 2031",
                "Brandt's campaign spent $9 million in the first quarter, a filing showed on "
                "Wednesday.",
            ),
            (
                "valley",
                "In brief: Campaign spending\n\nApril 16, 2031",
                "Brandt's campaign spent $13 million in the first quarter, rivals said on "
                "Wednesday.",
            ),
        ),
    ),
    (
        "donors_of_one_campaign",
        "conflict",
        _pile(
            (
                "coast",
                "Small donors\n\nJuly 2, 2031",
                "Calder has drawn 210,000 individual donors since launching her bid, her campaign "
                "said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Small donors\n\nJuly 2, 2031",
                "Calder has drawn 150,000 individual donors since launching her bid, an analysis "
                "of filings showed on Tuesday.",
            ),
        ),
    ),
    (
        "electoral_votes_won",
        "conflict",
        _pile(
            (
                "coast",
                "Calder wins\n\nNovember 6, 2031",
                "Calder won 290 electoral votes, enough to claim the presidency, the Associated "
                "Press said on Thursday.",
            ),
            (
                "valley",
                "In brief: Calder wins\n\nNovember 6, 2031",
                "Calder won 306 electoral votes, enough to claim the presidency, her campaign "
                "said on Thursday.",
            ),
        ),
    ),
    (
        "turnout_in_one_primary",
        "conflict",
        _pile(
            (
                "coast",
                "Turnout\n\nMarch 4, 2031",
                "Turnout in the Ohio primary on Tuesday was 38 percent, the secretary of state's "
                "office said.",
            ),
            (
                "valley",
                "In brief: Turnout\n\nMarch 4, 2031",
                "Turnout in the Ohio primary on Tuesday was 45 percent, election monitors said.",
            ),
        ),
    ),
    (
        "debate_viewers",
        "conflict",
        _pile(
            (
                "coast",
                "Debate ratings\n\nSeptember 28, 2031",
                "Monday's debate between Calder and Brandt drew 24 million viewers, Nielsen said "
                "on Tuesday.",
            ),
            (
                "valley",
                "In brief: Debate ratings\n\nSeptember 28, 2031",
                "Monday's debate between Calder and Brandt drew 31 million viewers, the network "
                "said on Tuesday.",
            ),
        ),
    ),
    (
        "house_vote_on_one_bill",
        "conflict",
        _pile(
            (
                "coast",
                "House passes bill\n\nMay 14, 2031",
                "WASHINGTON (AP) - The House passed the highway bill on Wednesday with 232 votes, "
                "sending it to the Senate.",
            ),
            (
                "valley",
                "Highway bill\n\nMay 14, 2031",
                "The House passed the highway bill on Wednesday with 219 votes, sending it to "
                "the Senate.",
            ),
        ),
    ),
    (
        "senate_vote_on_one_bill",
        "conflict",
        _pile(
            (
                "coast",
                "Senate passes bill\n\nJune 3, 2031",
                "The Senate approved the highway bill with 61 votes on Tuesday.",
            ),
            (
                "valley",
                "In brief: Senate passes bill\n\nJune 3, 2031",
                "The Senate approved the highway bill with 67 votes on Tuesday, congressional "
                "aides said.",
            ),
        ),
    ),
    (
        "one_fine_two_sizes",
        "conflict",
        _pile(
            (
                "coast",
                "Airline fined\n\nFebruary 11, 2031",
                "A federal judge fined Skyline Airways $1.2 million on Monday for stranding "
                "passengers on the tarmac.",
            ),
            (
                "valley",
                "In brief: Airline fined\n\nFebruary 11, 2031",
                "A federal judge fined Skyline Airways $2.1 million on Monday for stranding "
                "passengers on the tarmac, court papers showed.",
            ),
        ),
    ),
    (
        "damages_sought_in_one_suit",
        "conflict",
        _pile(
            (
                "coast",
                "Pilots sue\n\nFebruary 11, 2031",
                "The pilots' union is seeking $50 million in damages from Skyline Airways in a "
                "lawsuit filed on Monday.",
            ),
            (
                "valley",
                "In brief: Pilots sue\n\nFebruary 11, 2031",
                "The pilots' union is seeking $15 million in damages from Skyline Airways in a "
                "lawsuit filed on Monday, its lawyer said.",
            ),
        ),
    ),
    (
        "passengers_on_one_flight",
        "conflict",
        _pile(
            (
                "coast",
                "Emergency landing\n\nAugust 9, 2031",
                "DENVER - Skyline Airways Flight 212, carrying 142 passengers, made an emergency "
                "landing in Denver on Sunday, the airline said.",
            ),
            (
                "valley",
                "In brief: Emergency landing\n\nAugust 9, 2031",
                "Skyline Airways Flight 212, carrying 124 passengers, made an emergency landing "
                "in Denver on Sunday, the FAA said.",
            ),
        ),
    ),
    (
        "flights_cancelled_on_one_day",
        "conflict",
        _pile(
            (
                "coast",
                "Storm grounds flights\n\nJanuary 12, 2031",
                "Skyline Airways cancelled 1,300 flights on Sunday as the storm hit Chicago, "
                "the airline said on Monday.",
            ),
            (
                "valley",
                "In brief: Storm grounds flights\n\nJanuary 12, 2031",
                "Skyline Airways cancelled 800 flights on Sunday as the storm hit Chicago, "
                "tracking site FlightWatch said on Monday.",
            ),
        ),
    ),
    (
        "vehicles_sold_in_one_quarter",
        "conflict",
        _pile(
            (
                "coast",
                "Vantor sales\n\nOctober 2, 2031",
                "DETROIT (Reuters) - Vantor Motors sold 310,000 vehicles in the United States in "
                "the third quarter, the company said on Wednesday.",
            ),
            (
                "valley",
                "In brief: Vantor sales\n\nOctober 2, 2031",
                "Vantor Motors sold 265,000 vehicles in the United States in the third quarter, "
                "industry analysts estimated on Wednesday.",
            ),
        ),
    ),
    (
        "one_recall_two_sizes",
        "conflict",
        _pile(
            (
                "coast",
                "Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling 240,000 SUVs over faulty airbags, the National "
                "Highway Traffic Safety Administration said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling 420,000 SUVs over faulty airbags, the company said "
                "on Tuesday.",
            ),
        ),
    ),
    (
        "workers_at_one_plant",
        "conflict",
        _pile(
            (
                "coast",
                "Dayton plant\n\nMay 6, 2031",
                "DAYTON, Ohio - Vantor's Dayton assembly plant employs 4,100 workers, the "
                "company said on Monday.",
            ),
            (
                "valley",
                "In brief: Dayton plant\n\nMay 6, 2031",
                "Vantor's Dayton assembly plant employs 3,200 workers, the union said on Monday.",
            ),
        ),
    ),
    (
        "earnings_per_share_in_one_quarter",
        "conflict",
        _pile(
            (
                "coast",
                "Quillon results\n\nJuly 24, 2031",
                "SAN JOSE, Calif. - Quillon Systems earned $1.12 a share in the second quarter, "
                "the company said on Thursday.",
            ),
            (
                "valley",
                "In brief: Quillon results\n\nJuly 24, 2031",
                "Quillon Systems earned $1.31 a share in the second quarter, the company said on "
                "Thursday.",
            ),
        ),
    ),
    (
        "net_income_in_one_quarter",
        "conflict",
        _pile(
            (
                "coast",
                "Quillon profit\n\nJuly 24, 2031",
                "Quillon Systems reported net income of $2.4 billion for the second quarter on "
                "Thursday.",
            ),
            (
                "valley",
                "In brief: Quillon profit\n\nJuly 24, 2031",
                "Quillon Systems reported net income of $3.1 billion for the second quarter on "
                "Thursday, beating forecasts.",
            ),
        ),
    ),
    (
        "one_analysts_price_target",
        "conflict",
        _pile(
            (
                "coast",
                "Target raised\n\nJuly 25, 2031",
                "Brenner Securities raised its price target on Quillon Systems to $180 on Friday.",
            ),
            (
                "valley",
                "In brief: Target raised\n\nJuly 25, 2031",
                "Brenner Securities raised its price target on Quillon Systems to $165 on Friday.",
            ),
        ),
    ),
    (
        "one_takeover_price",
        "conflict",
        _pile(
            (
                "coast",
                "Quillon deal\n\nSeptember 15, 2031",
                "Quillon Systems agreed on Monday to buy software maker Fenwick for $4.5 "
                "billion in cash.",
            ),
            (
                "valley",
                "In brief: Quillon deal\n\nSeptember 15, 2031",
                "Quillon Systems agreed on Monday to buy software maker Fenwick for $5.4 "
                "billion in cash, people familiar with the deal said.",
            ),
        ),
    ),
    (
        "one_days_share_drop",
        "conflict",
        _pile(
            (
                "coast",
                "Vantor shares\n\nMarch 10, 2031",
                "Vantor Motors shares fell 6 percent on Tuesday after the recall.",
            ),
            (
                "valley",
                "In brief: Vantor shares\n\nMarch 10, 2031",
                "Vantor Motors shares fell 11 percent on Tuesday after the recall.",
            ),
        ),
    ),
    (
        "jobs_to_go_at_one_company",
        "conflict",
        _pile(
            (
                "coast",
                "Quillon layoffs\n\nJanuary 21, 2031",
                "Quillon Systems will eliminate 6,000 jobs, the company said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Quillon layoffs\n\nJanuary 21, 2031",
                "Quillon Systems will eliminate 8,000 jobs, a person briefed on the plan said "
                "on Tuesday.",
            ),
        ),
    ),
    (
        "a_hedged_figure_far_from_an_exact_one",
        "conflict",
        _pile(
            (
                "coast",
                "Storm cancellations\n\nJanuary 13, 2031",
                "Skyline Airways cancelled nearly 2,000 flights on Monday, the airline said.",
            ),
            (
                "valley",
                "In brief: Storm cancellations\n\nJanuary 13, 2031",
                "Skyline Airways cancelled 2,600 flights on Monday, FlightWatch said.",
            ),
        ),
    ),
    (
        "a_range_and_a_value_outside_it",
        "conflict",
        _pile(
            (
                "coast",
                "Quillon cuts\n\nJanuary 21, 2031",
                "Quillon Systems will cut between 10,000 and 15,000 jobs, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "In brief: Quillon cuts\n\nJanuary 21, 2031",
                "Quillon Systems will cut 25,000 jobs, a union official said on Tuesday.",
            ),
        ),
    ),
    (
        "monthly_users_of_one_app",
        "conflict",
        _pile(
            (
                "coast",
                "Quillon app\n\nApril 29, 2031",
                "Quillon's messaging app has 300 million monthly users, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "In brief: Quillon app\n\nApril 29, 2031",
                "Quillon's messaging app has 210 million monthly users, according to estimates "
                "by research firm Appscope published on Tuesday.",
            ),
        ),
    ),
    # Look-alikes: different populations, polls, places or races under one noun.
    (
        "registered_and_likely_voters_in_two_reports",
        "apart",
        _pile(
            (
                "coast",
                "Iowa poll\n\nOctober 7, 2031",
                "Among registered voters in Iowa, Calder has 47 percent support, according to a "
                "Marlow Research poll released on Tuesday.",
            ),
            (
                "valley",
                "In brief: Iowa poll\n\nOctober 7, 2031",
                "Among likely voters in Iowa, Calder has 43 percent support, according to the "
                "Marlow Research poll released on Tuesday.",
            ),
        ),
    ),
    (
        "two_polls_by_two_firms",
        "apart",
        _pile(
            (
                "coast",
                "Iowa poll\n\nOctober 7, 2031",
                "Calder has 44 percent support among likely voters in Iowa, according to a "
                "Marlow Research poll released on Tuesday.",
            ),
            (
                "valley",
                "In brief: Iowa poll\n\nOctober 7, 2031",
                "Calder has 49 percent support among likely voters in Iowa, according to a "
                "Kessler Polling survey released on Tuesday.",
            ),
        ),
    ),
    (
        "a_lead_and_the_margin_of_error",
        "apart",
        _pile(
            (
                "coast",
                "Calder edges ahead\n\nOctober 7, 2031",
                "Calder leads Brandt by 3 percentage points in Iowa, the Marlow Research poll "
                "showed on Tuesday.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 7, 2031",
                "The Marlow Research poll, released on Tuesday, has a margin of error of 4 "
                "percentage points.",
            ),
        ),
    ),
    (
        "a_share_in_one_state_and_nationally",
        "apart",
        _pile(
            (
                "coast",
                "Calder in Ohio\n\nOctober 9, 2031",
                "Calder has 52 percent support in Ohio, a Marlow Research poll showed on Thursday.",
            ),
            (
                "valley",
                "National poll\n\nOctober 9, 2031",
                "Nationally, Calder has 41 percent support, a Marlow Research poll showed on "
                "Thursday.",
            ),
        ),
    ),
    (
        "shares_in_two_states",
        "apart",
        _pile(
            (
                "coast",
                "Ohio poll\n\nOctober 9, 2031",
                "A Kessler Polling survey released on Thursday gives Calder 46 percent in Ohio.",
            ),
            (
                "valley",
                "Florida poll\n\nOctober 9, 2031",
                "A Kessler Polling survey released on Thursday gives Calder 51 percent in Florida.",
            ),
        ),
    ),
    (
        "a_share_among_one_party_and_overall",
        "apart",
        _pile(
            (
                "coast",
                "Party faithful\n\nOctober 9, 2031",
                "Among Democrats, 78 percent back Calder, according to the Kessler Polling "
                "survey released on Thursday.",
            ),
            (
                "valley",
                "Ohio poll\n\nOctober 9, 2031",
                "Overall, 45 percent of voters back Calder, according to the Kessler Polling "
                "survey released on Thursday.",
            ),
        ),
    ),
    (
        "two_candidates_in_one_poll",
        "apart",
        _pile(
            (
                "coast",
                "Ohio poll\n\nOctober 9, 2031",
                "Calder has 46 percent support in Ohio, the Kessler Polling survey showed on "
                "Thursday.",
            ),
            (
                "valley",
                "In brief: Ohio poll\n\nOctober 9, 2031",
                "Brandt has 41 percent support in Ohio, the Kessler Polling survey showed on "
                "Thursday.",
            ),
        ),
    ),
    (
        "votes_in_two_counties",
        "apart",
        _pile(
            (
                "coast",
                "Polk County\n\nNovember 5, 2031",
                "Calder won 51,230 votes in Polk County, county officials said on Wednesday.",
            ),
            (
                "valley",
                "Linn County\n\nNovember 5, 2031",
                "Calder won 38,900 votes in Linn County, county officials said on Wednesday.",
            ),
        ),
    ),
    (
        "pledged_and_all_delegates",
        "apart",
        _pile(
            (
                "coast",
                "Delegate count\n\nMarch 20, 2031",
                "Calder has won 1,120 pledged delegates, according to an Associated Press tally "
                "on Thursday.",
            ),
            (
                "valley",
                "In brief: Delegate count\n\nMarch 20, 2031",
                "Counting superdelegates, Calder has 1,530 delegates, according to an Associated "
                "Press tally on Thursday.",
            ),
        ),
    ),
    (
        "house_and_senate_votes",
        "apart",
        _pile(
            (
                "coast",
                "House passes bill\n\nMay 14, 2031",
                "The House passed the highway bill with 232 votes on Wednesday.",
            ),
            (
                "valley",
                "Senate passes bill\n\nMay 14, 2031",
                "The Senate passed the highway bill with 61 votes on Wednesday.",
            ),
        ),
    ),
    (
        "votes_for_and_against_a_bill",
        "apart",
        _pile(
            (
                "coast",
                "House vote\n\nMay 14, 2031",
                "In the House, 232 lawmakers voted for the highway bill on Wednesday.",
            ),
            (
                "valley",
                "In brief: House vote\n\nMay 14, 2031",
                "In the House, 196 lawmakers voted against the highway bill on Wednesday.",
            ),
        ),
    ),
    # Different questions or measures of one campaign or company.
    (
        "raised_and_spent_in_a_month",
        "apart",
        _pile(
            (
                "coast",
                "Calder money\n\nMay 20, 2031",
                "Calder's campaign raised $14 million in April, a filing showed on Monday.",
            ),
            (
                "valley",
                "In brief: Calder money\n\nMay 20, 2031",
                "Calder's campaign spent $9 million in April, a filing showed on Monday.",
            ),
        ),
    ),
    (
        "raised_and_cash_on_hand",
        "apart",
        _pile(
            (
                "coast",
                "Calder money\n\nMay 20, 2031",
                "Calder's campaign raised $14 million in April, a filing showed on Monday.",
            ),
            (
                "valley",
                "In brief: Calder money\n\nMay 20, 2031",
                "Calder's campaign had $22 million in cash on hand at the end of April, a filing "
                "showed on Monday.",
            ),
        ),
    ),
    (
        "campaign_and_super_pac_money",
        "apart",
        _pile(
            (
                "coast",
                "Calder money\n\nJuly 31, 2031",
                "Calder's campaign raised $30 million in the first half of the year, it said on "
                "Friday.",
            ),
            (
                "valley",
                "Outside money\n\nJuly 31, 2031",
                "A super PAC backing Calder raised $45 million in the first half of the year, "
                "it said on Friday.",
            ),
        ),
    ),
    (
        "cash_on_hand_at_two_month_ends",
        "apart",
        _pile(
            (
                "coast",
                "Calder money\n\nMay 20, 2031",
                "Calder's campaign had $8.2 million in cash on hand at the end of March.",
            ),
            (
                "valley",
                "In brief: Calder money\n\nMay 20, 2031",
                "Calder's campaign had $5.1 million in cash on hand at the end of April.",
            ),
        ),
    ),
    (
        "adjusted_and_reported_earnings",
        "apart",
        _pile(
            (
                "coast",
                "Quillon results\n\nJuly 24, 2031",
                "Excluding one-time items, Quillon Systems earned $1.12 a share in the second "
                "quarter, the company said on Thursday.",
            ),
            (
                "valley",
                "In brief: Quillon results\n\nJuly 24, 2031",
                "Including a charge for job cuts, Quillon Systems earned 96 cents a share in the "
                "second quarter, the company said on Thursday.",
            ),
        ),
    ),
    (
        "earnings_and_the_forecast",
        "apart",
        _pile(
            (
                "coast",
                "Quillon results\n\nJuly 24, 2031",
                "Quillon Systems earned $1.12 a share in the second quarter, the company said on "
                "Thursday.",
            ),
            (
                "valley",
                "Quillon beats\n\nJuly 24, 2031",
                "Analysts had expected Quillon Systems to earn $1.05 a share in the second "
                "quarter, according to LSEG data.",
            ),
        ),
    ),
    (
        "revenue_and_profit",
        "apart",
        _pile(
            (
                "coast",
                "Quillon results\n\nJuly 24, 2031",
                "Quillon Systems said on Thursday its revenue rose to $12.4 billion in the "
                "second quarter.",
            ),
            (
                "valley",
                "In brief: Quillon results\n\nJuly 24, 2031",
                "Quillon Systems said on Thursday its profit rose to $2.4 billion in the second "
                "quarter.",
            ),
        ),
    ),
    (
        "a_price_target_and_the_price",
        "apart",
        _pile(
            (
                "coast",
                "Target raised\n\nJuly 25, 2031",
                "Brenner Securities raised its price target on Quillon Systems to $180 on Friday.",
            ),
            (
                "valley",
                "Quillon shares\n\nJuly 25, 2031",
                "Quillon Systems shares closed at $142 on Friday.",
            ),
        ),
    ),
    (
        "two_analysts_targets",
        "apart",
        _pile(
            (
                "coast",
                "Target raised\n\nJuly 25, 2031",
                "Brenner Securities raised its price target on Quillon Systems to $180 on Friday.",
            ),
            (
                "valley",
                "Target cut\n\nJuly 25, 2031",
                "Ashby Capital cut its price target on Quillon Systems to $150 on Friday.",
            ),
        ),
    ),
    (
        "two_plaintiffs_seeking_damages_from_one_airline",
        "apart",
        _pile(
            (
                "coast",
                "Pilots sue\n\nFebruary 11, 2031",
                "The pilots' union is seeking $50 million in damages from Skyline Airways in a "
                "lawsuit filed on Monday.",
            ),
            (
                "valley",
                "Passengers sue\n\nFebruary 11, 2031",
                "A group of stranded passengers is seeking $15 million in damages from Skyline "
                "Airways in a lawsuit filed on Monday, their lawyer said.",
            ),
        ),
    ),
    (
        "damages_sought_and_damages_awarded",
        "apart",
        _pile(
            (
                "coast",
                "Pilots sue\n\nFebruary 11, 2031",
                "The pilots' union is seeking $50 million in damages from Skyline Airways, its "
                "lawyer said on Monday.",
            ),
            (
                "valley",
                "Pilots win\n\nFebruary 11, 2031",
                "A jury awarded the pilots' union $15 million in damages from Skyline Airways "
                "on Monday, court papers showed.",
            ),
        ),
    ),
    (
        "cash_on_hand_of_a_campaign_and_a_super_pac",
        "apart",
        _pile(
            (
                "coast",
                "Calder money\n\nApril 20, 2031",
                "Calder's campaign had $8.2 million in cash on hand at the end of March, a "
                "filing showed on Monday.",
            ),
            (
                "valley",
                "Outside money\n\nApril 20, 2031",
                "A super PAC backing Calder had $5.1 million in cash on hand at the end of "
                "March, its aides said on Monday.",
            ),
        ),
    ),
    (
        "earnings_per_share_in_two_quarters",
        "apart",
        _pile(
            (
                "coast",
                "Quillon results\n\nJuly 24, 2031",
                "Quillon Systems earned $1.12 a share in the second quarter, the company said on "
                "Thursday.",
            ),
            (
                "valley",
                "Quillon filing\n\nJuly 24, 2031",
                "Quillon Systems earned $1.31 a share in the first quarter, according to a filing.",
            ),
        ),
    ),
    (
        "net_income_of_two_companies",
        "apart",
        _pile(
            (
                "coast",
                "Quillon profit\n\nJuly 24, 2031",
                "Quillon Systems reported net income of $2.4 billion for the second quarter, "
                "the company said on Thursday.",
            ),
            (
                "valley",
                "Fenwick profit\n\nJuly 24, 2031",
                "Fenwick Software reported net income of $3.1 billion for the second quarter, "
                "according to a filing.",
            ),
        ),
    ),
    (
        "two_buyers_prices_for_one_company",
        "apart",
        _pile(
            (
                "coast",
                "Quillon deal\n\nSeptember 15, 2031",
                "Quillon Systems agreed on Monday to buy software maker Fenwick for $4.5 "
                "billion in cash, the companies said.",
            ),
            (
                "valley",
                "Rival bid\n\nSeptember 15, 2031",
                "Ardent Holdings agreed on Monday to buy software maker Fenwick for $5.4 "
                "billion in cash, according to a filing.",
            ),
        ),
    ),
    (
        "a_fine_and_the_damages_sought",
        "apart",
        _pile(
            (
                "coast",
                "Airline fined\n\nFebruary 11, 2031",
                "A federal judge fined Skyline Airways $1.2 million on Monday.",
            ),
            (
                "valley",
                "Airline ruling\n\nFebruary 11, 2031",
                "The passengers' lawsuit against Skyline Airways had sought $50 million in "
                "damages, the judge noted on Monday.",
            ),
        ),
    ),
    (
        "a_proposed_fine_and_a_settlement",
        "apart",
        _pile(
            (
                "coast",
                "Airline penalty\n\nFebruary 11, 2031",
                "Regulators proposed a $3 million fine against Skyline Airways on Monday.",
            ),
            (
                "valley",
                "Airline settles\n\nFebruary 11, 2031",
                "Skyline Airways agreed on Monday to pay $1.5 million to settle the regulators' "
                "case.",
            ),
        ),
    ),
    (
        "monthly_and_daily_users",
        "apart",
        _pile(
            (
                "coast",
                "Quillon app\n\nApril 29, 2031",
                "Quillon's messaging app has 300 million monthly users, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "In brief: Quillon app\n\nApril 29, 2031",
                "Quillon's messaging app has 120 million daily users, the company said on Tuesday.",
            ),
        ),
    ),
    (
        "a_plants_capacity_and_its_output",
        "apart",
        _pile(
            (
                "coast",
                "Dayton plant\n\nMay 6, 2031",
                "Vantor's Dayton plant can build 250,000 vehicles a year, the company said.",
            ),
            (
                "valley",
                "In brief: Dayton plant\n\nMay 6, 2031",
                "Vantor's Dayton plant built 180,000 vehicles last year, the company said.",
            ),
        ),
    ),
    # A part against its whole, or a step against a running total.
    (
        "a_quarters_sales_and_the_years",
        "apart",
        _pile(
            (
                "coast",
                "Vantor sales\n\nJanuary 3, 2031",
                "Vantor Motors sold 410,000 vehicles in the United States in the fourth quarter, "
                "the company said on Thursday.",
            ),
            (
                "valley",
                "In brief: Vantor sales\n\nJanuary 3, 2031",
                "Vantor Motors sold 1.6 million vehicles in the United States last year, the "
                "company said on Thursday.",
            ),
        ),
    ),
    (
        "a_months_sales_and_the_half_years",
        "apart",
        _pile(
            (
                "coast",
                "Vantor sales\n\nJuly 2, 2031",
                "Vantor Motors sold 182,000 vehicles in the United States in June.",
            ),
            (
                "valley",
                "In brief: Vantor sales\n\nJuly 2, 2031",
                "Vantor Motors sold 1.1 million vehicles in the United States in the first half "
                "of the year.",
            ),
        ),
    ),
    (
        "us_and_global_sales",
        "apart",
        _pile(
            (
                "coast",
                "Vantor sales\n\nJanuary 3, 2031",
                "Vantor Motors sold 2.1 million vehicles in the United States last year, the "
                "company said on Thursday.",
            ),
            (
                "valley",
                "In brief: Vantor sales\n\nJanuary 3, 2031",
                "Vantor Motors sold 6.8 million vehicles worldwide last year, the company said "
                "on Thursday.",
            ),
        ),
    ),
    (
        "two_recalls_of_one_carmaker",
        "apart",
        _pile(
            (
                "coast",
                "Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling 120,000 sedans over faulty brakes, the company said "
                "on Tuesday.",
            ),
            (
                "valley",
                "In brief: Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling 340,000 pickups over a fuel pump defect, the company "
                "said on Tuesday.",
            ),
        ),
    ),
    (
        "a_recall_and_the_total_recalled",
        "apart",
        _pile(
            (
                "coast",
                "Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling 120,000 sedans over faulty brakes, the company said "
                "on Tuesday.",
            ),
            (
                "valley",
                "Vantor recall widens\n\nMarch 9, 2031",
                "The new recall brings to 460,000 the number of Vantor sedans recalled over the "
                "brakes this year, the company said on Tuesday.",
            ),
        ),
    ),
    (
        "workers_at_a_plant_and_at_the_company",
        "apart",
        _pile(
            (
                "coast",
                "Dayton plant\n\nMay 6, 2031",
                "Vantor's Dayton assembly plant employs 4,100 workers, the company said on Monday.",
            ),
            (
                "valley",
                "Vantor workforce\n\nMay 6, 2031",
                "Vantor employs 68,000 workers in the United States, the company said on Monday.",
            ),
        ),
    ),
    (
        "jobs_cut_now_and_in_total",
        "apart",
        _pile(
            (
                "coast",
                "Quillon layoffs\n\nJune 10, 2031",
                "Quillon Systems will cut 2,000 jobs, the company said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Quillon layoffs\n\nJune 10, 2031",
                "Quillon Systems has cut 9,000 jobs this year, including the 2,000 announced on "
                "Tuesday.",
            ),
        ),
    ),
    # Agreement: a range and a value inside it, a hedged figure and an exact one.
    (
        "a_range_and_a_value_inside_it",
        "apart",
        _pile(
            (
                "coast",
                "Quillon cuts\n\nJanuary 21, 2031",
                "Quillon Systems will cut between 10,000 and 15,000 jobs, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "In brief: Quillon cuts\n\nJanuary 21, 2031",
                "Quillon Systems will cut 12,000 jobs, a person briefed on the plan said on "
                "Tuesday.",
            ),
        ),
    ),
    (
        "nearly_a_round_figure_and_the_exact_one",
        "apart",
        _pile(
            (
                "coast",
                "Storm cancellations\n\nJanuary 13, 2031",
                "Skyline Airways cancelled nearly 2,000 flights on Monday, the airline said.",
            ),
            (
                "valley",
                "In brief: Storm cancellations\n\nJanuary 13, 2031",
                "Skyline Airways cancelled 1,987 flights on Monday, FlightWatch said.",
            ),
        ),
    ),
    (
        "about_a_round_figure_and_the_exact_one",
        "apart",
        _pile(
            (
                "coast",
                "Dayton plant\n\nMay 6, 2031",
                "Vantor's Dayton assembly plant employs about 4,000 workers, the union said on "
                "Monday.",
            ),
            (
                "valley",
                "In brief: Dayton plant\n\nMay 6, 2031",
                "Vantor's Dayton assembly plant employs 3,960 workers, the company said on Monday.",
            ),
        ),
    ),
    (
        "more_than_a_figure_and_one_above_it",
        "apart",
        _pile(
            (
                "coast",
                "Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling more than 300,000 SUVs over faulty airbags, "
                "regulators said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Vantor recall\n\nMarch 9, 2031",
                "Vantor Motors is recalling 312,000 SUVs over faulty airbags, the company said "
                "on Tuesday.",
            ),
        ),
    ),
    # Different times: change over time is no conflict, and no update unless a count grows.
    (
        "one_firms_poll_in_two_months",
        "apart",
        _pile(
            (
                "coast",
                "September poll\n\nSeptember 10, 2031",
                "Calder has 44 percent support in Iowa, a Marlow Research poll released on "
                "Wednesday showed.",
            ),
            (
                "valley",
                "October poll\n\nOctober 8, 2031",
                "Calder has 49 percent support in Iowa, a Marlow Research poll released on "
                "Wednesday showed.",
            ),
        ),
    ),
    (
        "flights_cancelled_on_two_days",
        "apart",
        _pile(
            (
                "coast",
                "Storm grounds flights\n\nJanuary 12, 2031",
                "Skyline Airways cancelled 1,300 flights on Sunday, the airline said.",
            ),
            (
                "valley",
                "In brief: Storm grounds flights\n\nJanuary 13, 2031",
                "Skyline Airways cancelled 800 flights on Monday, the airline said.",
            ),
        ),
    ),
    (
        "an_old_poll_recalled_beside_a_new_one",
        "no update",
        _pile(
            (
                "coast",
                "Iowa poll\n\nOctober 7, 2031",
                "Calder has 44 percent support in Iowa, a Marlow Research poll released on "
                "Tuesday showed.",
            ),
            (
                "valley",
                "New Iowa poll\n\nOctober 12, 2031",
                "A Kessler Polling survey released on Sunday gives Calder 49 percent in Iowa. A "
                "Marlow Research poll last week had her at 44 percent.",
            ),
        ),
    ),
    # Counts that grow while being counted: an update, not a conflict.
    (
        "votes_counted_as_precincts_report",
        "update",
        _pile(
            (
                "coast",
                "Early returns\n\nNovember 4, 2031",
                "DES MOINES, Iowa - With 40 percent of precincts reporting, Calder had won "
                "12,400 votes in Polk County, county officials said at 9 p.m. on Tuesday.",
            ),
            (
                "valley",
                "Late returns\n\nNovember 5, 2031",
                "With 95 percent of precincts reporting, Calder had won 31,800 votes in Polk "
                "County, county officials said early on Wednesday.",
            ),
        ),
    ),
    (
        "flights_cancelled_as_a_storm_goes_on",
        "update",
        _pile(
            (
                "coast",
                "Storm grounds flights\n\nJanuary 12, 2031",
                "By Sunday morning, Skyline Airways had cancelled 800 flights as the storm hit "
                "Chicago, the airline said.",
            ),
            (
                "valley",
                "In brief: Storm grounds flights\n\nJanuary 13, 2031",
                "By Sunday evening, Skyline Airways had cancelled 1,300 flights as the storm hit "
                "Chicago, the airline said.",
            ),
        ),
    ),
]

# Rows the analysis still gets wrong, each with the reason.
MISSED = {
    "pledged_delegates_of_one_candidate": "a tally named by its holder is not one measure",
    "donors_of_one_campaign": "a count of people with no act is not one measure",
}


@pytest.mark.parametrize(("expected", "texts"), probe_params(PROBES, MISSED))
def test_second_probe(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


def _figure(
    text: str, phrase: str, *, kind: str = "count", where: str | None = None
) -> tuple[Claim, dict[str, Document]]:
    """One figure of ``phrase`` (a count of its last word, or a share) in a one-sentence
    report, and the report by its id."""
    report = doc("a", text, "Coast Post")
    noun = phrase.split()[-1]
    if kind == "percent":
        return replace(share(report, phrase, 1), where=where), {"a": report}
    return amount(report, phrase, 1, counted=noun, measure=noun, where=where), {"a": report}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The Senate approved the highway bill with 61 votes on Tuesday.", "61 votes", "senate"),
        ("In the House, 232 lawmakers voted for the highway bill.", "232 lawmakers", "house"),
        ("The bill passed the lower house with 310 votes.", "310 votes", "house"),
        ("Republicans hold 54 seats in the state Senate.", "54 seats", "senate"),
        ("The bill passed the House and the Senate with 61 votes.", "61 votes", None),
        ("The White House said 61 votes were cast.", "61 votes", None),
        ("The Senate bill would give 300 schools new roofs.", "300 schools", None),
        ("Calder won 51,230 votes in Polk County.", "51,230 votes", None),
    ],
)
def test_a_count_of_votes_is_read_with_its_chamber(
    text: str, phrase: str, expected: str | None
) -> None:
    claim, documents = _figure(text, phrase)
    assert chamber(claim, documents) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("In the House, 232 lawmakers voted for the highway bill.", "232 lawmakers", "for"),
        ("In the House, 196 lawmakers voted against the bill.", "196 lawmakers", "against"),
        ("The measure won 61 votes in favor and 39 against.", "61 votes", "for"),
        ("The measure won 61 votes in favor and 39 votes against.", "39 votes", "against"),
        ("The plan drew 12 members opposed.", "12 members", "against"),
        ("Calder won 51,230 votes for her second term.", "51,230 votes", None),
        ("The House passed the bill with 232 votes.", "232 votes", None),
        ("Harlow will cut 1,500 jobs for good.", "1,500 jobs", None),
    ],
)
def test_a_count_of_votes_is_read_with_its_side(
    text: str, phrase: str, expected: str | None
) -> None:
    claim, documents = _figure(text, phrase)
    assert vote_side(claim, documents) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "where", "expected"),
    [
        ("Nationally, Calder has 41 percent support.", "41 percent", None, "nation"),
        ("Calder has 41 percent in a national poll.", "41 percent", None, "nation"),
        ("Calder has 41 percent support nationwide.", "41 percent", "ohio", "nation"),
        ("Calder has 52 percent support in Ohio.", "52 percent", "ohio", "place"),
        ("Calder has 52 percent support.", "52 percent", None, None),
    ],
)
def test_a_share_is_read_with_the_nation_or_the_place_it_is_of(
    text: str, phrase: str, where: str | None, expected: str | None
) -> None:
    claim, documents = _figure(text, phrase, kind="percent", where=where)
    assert scope_place(claim, documents) == expected


def test_a_count_told_nationwide_is_no_share_of_the_nation() -> None:
    text = "Vantor sold 2.1 million cars nationwide."
    claim, documents = _figure(text, "2.1 million cars", where="ohio")
    assert scope_place(claim, documents) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With 40 percent of precincts reporting, Calder had 12,400 votes.", True),
        ("With 95% of the vote counted, Calder had 12,400 votes.", True),
        ("Calder had 12,400 votes with most ballots counted.", True),
        ("Calder had 12,400 votes as returns came in.", True),
        ("With all precincts reporting, Calder had 12,400 votes.", False),
        ("With 100 percent of precincts reporting, Calder had 12,400 votes.", False),
        ("Calder had 12,400 votes in the final count.", False),
    ],
)
def test_a_count_told_with_part_of_the_vote_in_is_a_count_so_far(text: str, expected: bool) -> None:
    claim, documents = _figure(text, "12,400 votes")
    assert still_counting(claim, documents) is expected


def test_a_share_comes_from_the_poll_its_own_sentence_names() -> None:
    text = (
        "Iowa poll\n\nCalder has 49 percent support in Iowa, according to a Kessler Polling "
        "survey released on Tuesday."
    )
    report = doc("a", text, "Coast Post")
    assert poll_named(share(report, "49 percent", 49), {"a": report}) == {"kessler", "polling"}


def test_one_side_of_one_vote_from_two_sources_stays_in_dispute(tmp_path: Path) -> None:
    texts = _pile(
        (
            "coast",
            "House vote\n\nMay 14, 2031",
            "In the House, 232 lawmakers voted for the highway bill on Wednesday.",
        ),
        (
            "valley",
            "Bill passes\n\nMay 14, 2031",
            "In the House, 219 lawmakers voted for the highway bill on Wednesday, aides said.",
        ),
    )
    assert "conflict" in _calls(tmp_path / "pile", texts)
