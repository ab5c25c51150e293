"""Verdicts on figures a month of news brings together: counts of different sets, times and
kinds that share a noun, and the disputes that must stay disputes."""

from __future__ import annotations

import functools
from dataclasses import replace

from test_reconcile_helpers import TORVALD, assertion_claim, doc, entity_in, figure_claim, share
from triangulate.model import Group, Published
from triangulate.reconcile import reconcile
from triangulate.reconcile.times import other_time


def _verdicts(groups: tuple[Group, ...], verdict: str) -> list[Group]:
    return [g for g in groups if g.verdict == verdict]


def test_months_a_toll_inside_a_since_clause_dated_last_month_is_of_that_time() -> None:
    now = doc("t1", "Officials said 49 people were killed in Torvald.", "Coast Post", "2032-06-12")
    toll = figure_claim(now, "49 people", low=49, high=49, speaker="Officials")
    then = doc(
        "t2",
        "Since the assaults that killed 130 in Torvald last November, patrols have grown.",
        "Bay",
        "2032-06-12",
    )
    claims = [figure_claim(then, "130", low=130, high=130), toll]
    groups = reconcile([then, now], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert 'for another month ("last November")' in scope.explanation
    # A toll counted since a month, after the clause the month ends, is the report's own.
    since = doc(
        "t3", "Since the floods began last November, 130 people have died.", "Bay", "2032-06-12"
    )
    claims = [figure_claim(since, "130 people", low=130, high=130), toll]
    assert _verdicts(reconcile([since, now], [TORVALD], claims).groups, "conflict")


def _count(document, phrase: str, value: float, noun: str):  # type: ignore[no-untyped-def]
    return figure_claim(
        document, phrase, low=value, high=value, measure=noun, counted=noun, qualifiers=()
    )


def test_months_a_margin_in_points_is_no_count_of_its_noun() -> None:
    one = doc("a1", "Cruz has two advantages working in his favor.", "Post", "2032-04-07")
    two = doc("a2", "Her lead fell from a 31-point advantage to two.", "Star", "2032-04-20")
    claims = [
        _count(one, "two advantages", 2, "advantages"),
        _count(two, "31-point advantage", 31, "advantages"),
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "as a difference between two figures" in scope.explanation
    # Two margins of one race are one quantity: sources that differ on it dispute it.
    other = doc("a3", "Polls gave her a 12-point advantage.", "Ledger", "2032-04-20")
    claims = [
        _count(other, "12-point advantage", 12, "advantages"),
        _count(two, "31-point advantage", 31, "advantages"),
    ]
    assert _verdicts(reconcile([other, two], [TORVALD], claims).groups, "conflict")


def test_months_a_number_a_candidate_must_win_is_a_bar_not_a_tally() -> None:
    one = doc("d1", "Trump gets 58 of the 98 delegates available Tuesday.", "Post", "2032-03-24")
    two = doc("d2", "To be nominated, a candidate must win 1,237 delegates.", "Star", "2032-03-08")
    claims = [
        _count(one, "98 delegates", 98, "delegates"),
        _count(two, "1,237 delegates", 1237, "delegates"),
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "as a number to reach" in scope.explanation
    # Two tallies of the delegates at stake that differ are a dispute.
    won = doc("d3", "Trump took 98 delegates on Tuesday.", "Post", "2032-03-24")
    other = doc("d4", "Trump took 120 delegates on Tuesday.", "Ledger", "2032-03-24")
    claims = [
        _count(won, "98 delegates", 98, "delegates"),
        _count(other, "120 delegates", 120, "delegates"),
    ]
    assert _verdicts(reconcile([won, other], [TORVALD], claims).groups, "conflict")


def test_months_the_foremost_of_a_kind_are_a_part_of_all_of_it() -> None:
    one = doc("r1", "Many of the 13 major candidates will fall away.", "Post", "2032-12-15")
    two = doc("r2", "Some 14 candidates are still in the race.", "Star", "2032-12-20")
    major = figure_claim(
        one,
        "13 major candidates",
        low=13,
        high=13,
        measure="candidates",
        counted="candidates",
        qualifiers=("major",),
    )
    claims = [major, _count(two, "14 candidates", 14, "candidates")]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "a part and its whole" in scope.explanation
    # The foremost counted above all of the kind: one of the two counts is wrong.
    few = doc("r3", "Ten candidates are still in the race.", "Star", "2032-12-20")
    claims = [major, _count(few, "Ten candidates", 10, "candidates")]
    assert _verdicts(reconcile([one, few], [TORVALD], claims).groups, "conflict")


def test_months_an_additional_count_is_more_besides_not_the_whole() -> None:
    one = doc(
        "x1",
        "It lists 2,400 billionaires. Its rival tracks an additional 500 billionaire fortunes.",
        "Post",
        "2032-06-26",
    )
    two = doc("x2", "Analysts count 2,400 billionaires in the world.", "Star", "2032-06-26")
    claims = [
        _count(one, "500 billionaire", 500, "billionaires"),
        _count(two, "2,400 billionaires", 2400, "billionaires"),
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "as a count of more besides those already counted" in scope.explanation
    # Another report giving the added count's value counts the same added set.
    same = doc("x4", "Its rival tracks 500 billionaire fortunes.", "Ledger", "2032-06-26")
    claims = [
        _count(one, "500 billionaire", 500, "billionaires"),
        _count(same, "500 billionaire", 500, "billionaires"),
        _count(two, "2,400 billionaires", 2400, "billionaires"),
    ]
    groups = reconcile([one, same, two], [TORVALD], claims).groups
    assert not any("besides those already counted" in g.explanation for g in groups)
    # Two reports' counts of the whole that differ are a dispute.
    three = doc("x3", "Forbes counts 1,800 billionaires in the world.", "Ledger", "2032-06-26")
    claims = [
        _count(three, "1,800 billionaires", 1800, "billionaires"),
        _count(two, "2,400 billionaires", 2400, "billionaires"),
    ]
    assert _verdicts(reconcile([three, two], [TORVALD], claims).groups, "conflict")


# A bare share with no noun of its own ("18 percent").
_share = functools.partial(share, of="percent", measure="percent")


def test_months_shares_set_side_by_side_are_sides_of_their_own_race() -> None:
    one = doc(
        "p1", "His rating sits at +32 points (50 percent to 18 percent).", "Post", "2032-03-24"
    )
    two = doc("p2", "She won the state (58 percent to 40 percent).", "Star", "2032-03-24")
    claims = [
        _share(one, "18 percent", 18),
        _share(two, "40 percent", 40),
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "sides of different pairs" in scope.explanation
    # One race's runner-up given two values beside one leader's: a dispute.
    three = doc("p3", "She won the state (58 percent to 36 percent).", "Ledger", "2032-03-24")
    claims = [
        _share(three, "36 percent", 36),
        _share(two, "40 percent", 40),
    ]
    assert _verdicts(reconcile([three, two], [TORVALD], claims).groups, "conflict")
    # Two values of a change ("fell from 50 to 18 percent") are no pair: the later value
    # is the share now, and another report's share of the race may dispute it.
    fell = doc("p4", "Her share fell from 50 to 18 percent.", "Ledger", "2032-03-24")
    claims = [
        _share(fell, "18 percent", 18),
        _share(two, "40 percent", 40),
    ]
    assert _verdicts(reconcile([fell, two], [TORVALD], claims).groups, "conflict")


def test_months_two_reports_he_names_no_one_actor() -> None:
    one = doc("h1", "Asked about Trump, he agrees Trump is a liar.", "Post", "2032-07-13")
    two = doc("h2", "He said he did not sign an agreement with Trump.", "Star", "2032-07-15")
    agrees = assertion_claim(
        one, "he agrees Trump is a liar", subject="he", predicate="agree", obj="Trump is a liar"
    )
    signed = assertion_claim(
        two,
        "he did not sign an agreement with Trump",
        subject="he",
        predicate="agree",
        obj="an agreement with Trump",
        polarity="negated",
    )
    assert not _verdicts(reconcile([one, two], [TORVALD], [agrees, signed]).groups, "conflict")
    # One named actor said to do it and not to do it: a dispute.
    three = doc("h3", "Sanders agrees Trump is a liar.", "Post", "2032-07-13")
    four = doc("h4", "Sanders does not agree that Trump is a liar.", "Star", "2032-07-15")
    claims = [
        assertion_claim(
            three,
            "Sanders agrees Trump is a liar",
            subject="Sanders",
            predicate="agree",
            obj="Trump is a liar",
        ),
        assertion_claim(
            four,
            "Sanders does not agree that Trump is a liar",
            subject="Sanders",
            predicate="agree",
            obj="that Trump is a liar",
            polarity="negated",
        ),
    ]
    assert _verdicts(reconcile([three, four], [TORVALD], claims).groups, "conflict")


def test_months_a_share_any_one_has_is_no_share_of_one_holder() -> None:
    one = doc(
        "f1",
        "Indirect emissions make up 95 per cent to 97 per cent of an investor's emissions.",
        "Post",
    )
    two = doc("f2", "The firms account for 70 per cent of the fund's emissions.", "Star")
    rule = figure_claim(
        one,
        "95 per cent to 97 per cent of an investor",
        low=95,
        high=97,
        measure="percent",
        counted="percent",
        qualifiers=(),
        kind="percent",
        unit="percent",
    )
    groups = reconcile(
        [one, two],
        [TORVALD],
        [rule, _share(two, "70 per cent of the fund", 70)],
    ).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "a rule of thumb and one holder's figure" in scope.explanation
    # Two reports' shares of the one fund's emissions dispute each other.
    three = doc("f3", "The firms account for 40 per cent of the fund's emissions.", "Ledger")
    claims = [
        _share(three, "40 per cent of the fund", 40),
        _share(two, "70 per cent of the fund", 70),
    ]
    assert _verdicts(reconcile([three, two], [TORVALD], claims).groups, "conflict")


def test_months_a_noun_a_participle_describes_names_no_agent() -> None:
    one = doc("v1", "The group bought commercials exclusively opposing Bush.", "Post")
    two = doc("v2", "Mr. Bush had been soundly rejected by an electorate.", "Star")
    ads = assertion_claim(
        one,
        "commercials exclusively opposing Bush",
        subject="commercials",
        predicate="reject",
        obj="Bush",
    )
    voters = assertion_claim(
        two,
        "Mr. Bush had been soundly rejected by an electorate",
        subject="an electorate",
        predicate="reject",
        obj="Mr. Bush",
    )
    assert not _verdicts(reconcile([one, two], [TORVALD], [ads, voters]).groups, "conflict")
    # So is one a present clause tells of: which ones are meant, not who did it.
    mail = doc("v4", "It sent mailings to voters that oppose Bush.", "Post")
    kind = assertion_claim(
        mail, "voters that oppose Bush", subject="voters", predicate="reject", obj="Bush"
    )
    assert not _verdicts(reconcile([mail, two], [TORVALD], [kind, voters]).groups, "conflict")
    # A clause telling of the act done is a rival account.
    did = doc("v5", "It was the donors who rejected Bush.", "Post")
    done = assertion_claim(
        did, "donors who rejected Bush", subject="donors", predicate="reject", obj="Bush"
    )
    assert _verdicts(reconcile([did, two], [TORVALD], [done, voters]).groups, "conflict")
    # A report naming another agent of the one rejection is a rival account.
    three = doc("v3", "The donors rejected Bush.", "Ledger")
    donors = assertion_claim(
        three, "The donors rejected Bush", subject="The donors", predicate="reject", obj="Bush"
    )
    assert _verdicts(reconcile([three, two], [TORVALD], [donors, voters]).groups, "conflict")


def _crowd(document, phrase: str, value: float):  # type: ignore[no-untyped-def]
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        hedge="about",
        measure="people",
        counted="people",
        qualifiers=(),
    )


def test_months_two_speakers_audiences_are_two_gatherings() -> None:
    one_text = "Trump took questions in a lodge in front of a crowd of about 230 people."
    two_text = "Rubio said in front of a crowd of about 1,000 people that he would win."
    one, two = doc("c1", one_text, "Post"), doc("c2", two_text, "Star")
    people = [
        entity_in(
            "Trump",
            ("c1", one_text),
            ("c3", "Trump spoke to a crowd of 2,000 people."),
            kind="PERSON",
        ),
        entity_in("Rubio", ("c2", two_text), kind="PERSON"),
    ]
    claims = [_crowd(one, "230 people", 230), _crowd(two, "1,000 people", 1000)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert "two gatherings" in scope.explanation
    # Two counts of one speaker's audience dispute each other.
    three = doc("c3", "Trump spoke to a crowd of 2,000 people.", "Star")
    claims = [_crowd(one, "230 people", 230), _crowd(three, "2,000 people", 2000)]
    assert _verdicts(reconcile([one, three], [TORVALD, *people], claims).groups, "conflict")


def test_months_a_speaker_read_as_a_body_is_still_heard_by_the_crowd() -> None:
    one_text = "Varga is taking questions in a lodge in front of a crowd of about 230 people."
    two_text = "Reyes said in front of a crowd of about 1,000 people that he would win."
    one, two = doc("c1", one_text, "Post"), doc("c2", two_text, "Star")
    people = [
        entity_in("Varga", ("c1", one_text), kind="ORG"),
        entity_in("Reyes", ("c2", two_text), kind="PERSON"),
    ]
    claims = [_crowd(one, "230 people", 230), _crowd(two, "1,000 people", 1000)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _verdicts(groups, "conflict")
    # A place opening the sentence is no one the crowd came to hear.
    three_text = "Kelvara saw Varga speak in front of a crowd of about 1,000 people."
    three = doc("c3", three_text, "Star")
    place = entity_in("Kelvara", ("c3", three_text), kind="GPE")
    claims = [_crowd(one, "230 people", 230), _crowd(three, "1,000 people", 1000)]
    assert _verdicts(reconcile([one, three], [TORVALD, place, *people], claims).groups, "conflict")


def test_months_a_month_named_with_its_year_is_another_time() -> None:
    now = doc("y1", "Only 5.8 million viewers tuned in to the show.", "Post", "2032-12-12")
    then = doc(
        "y2", "The February 2032 broadcast hit a low of 32 million viewers.", "Star", "2032-12-12"
    )
    claims = [
        _count(now, "5.8 million viewers", 5.8e6, "viewers"),
        _count(then, "32 million viewers", 32e6, "viewers"),
    ]
    groups = reconcile([now, then], [TORVALD], claims).groups
    assert not _verdicts(groups, "conflict")
    (scope,) = _verdicts(groups, "scope_differs")
    assert 'for another month ("February 2032")' in scope.explanation
    # The report's own month named with its year is no other time: the dispute stands.
    own = doc(
        "y3", "The December 2032 broadcast hit a low of 32 million viewers.", "Star", "2032-12-12"
    )
    claims = [
        _count(now, "5.8 million viewers", 5.8e6, "viewers"),
        _count(own, "32 million viewers", 32e6, "viewers"),
    ]
    assert _verdicts(reconcile([now, own], [TORVALD], claims).groups, "conflict")


def test_months_a_month_a_report_dated_to_a_range_may_be_of_is_its_own() -> None:
    # A report the evidence dates only to 28 April to 3 May 2032 may be of May: "in May"
    # is its own time, while a report surely of 28 April names another month.
    text = "In May, 40 people were hurt in Torvald."
    ranged = doc("m1", text, "Post")
    ranged = replace(
        ranged,
        published=Published(
            date="2032-04-28", precision="day", basis="inferred", latest="2032-05-03"
        ),
    )
    surely = doc("m2", text, "Post", "2032-04-28")
    claims = [figure_claim(d, "40 people", low=40, high=40) for d in (ranged, surely)]
    documents = {ranged.id: ranged, surely.id: surely}
    assert other_time(claims[0], documents) == ""
    assert other_time(claims[1], documents) == "In May"
