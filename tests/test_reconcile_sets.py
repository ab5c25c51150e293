"""Different sets of one counted thing: a count of states, delegates, candidates or
elections is the size of one set only with what is said of its members, so two such counts
saying different things of them are two sets, while two reports telling the same of them
still dispute; counts of other things described in other words are left to dispute. A
courtesy title two names share ("Mr. Brown", "Mr. Coleman") makes them no one person."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, assertion_claim, doc, figure_claim
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile
from triangulate.reconcile.kinds import amount_kind
from triangulate.reconcile.sets import said_of_members
from triangulate.reconcile.sources import Upstreams
from triangulate.reconcile.topics import topic_of
from triangulate.reconcile.verdicts import split, split_series


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(g.verdict for g in reconcile(documents, [TORVALD], claims).groups)


def _members(
    document: Document,
    phrase: str,
    value: float,
    noun: str,
    said: tuple[str, ...],
    scope: str | None = None,
) -> Claim:
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure=noun,
        counted=noun,
        qualifiers=said,
        scope=scope,
    )


def test_states_swept_one_day_and_states_in_play_another_are_two_sets() -> None:
    a = doc("a", "Berg was swept by Moss in five states last Tuesday.", "Coast Post")
    b = doc("b", "The race moves on to Super Tuesday, when 11 states are in play.", "Valley")
    claims = [
        _members(a, "five states", 5, "states", (), "last Tuesday"),
        _members(b, "11 states", 11, "states", ("in play",), "on Super Tuesday"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_delegates_it_takes_to_win_and_delegates_a_candidate_has_are_two_sets() -> None:
    a = doc("a", "It takes 2,383 delegates to win the nomination.", "Coast Post")
    b = doc("b", "As of Wednesday, Moss had 2,205 delegates in all.", "Valley News")
    claims = [
        _members(a, "2,383 delegates", 2383, "delegates", ("takes", "win")),
        _members(b, "2,205 delegates", 2205, "delegates", ("had",)),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_candidate_hurt_is_not_counted_with_voters() -> None:
    a = doc("a", "Exit polls found 10 voters in Torvald said the mill hurt them.", "Coast Post")
    b = doc("b", "The rules hurt one candidate, his spokesman said.", "Valley News")
    claims = [
        _members(a, "10 voters", 10, "voters", ("said",)),
        _members(b, "one candidate", 1, "candidate", ("hurt",)),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_two_reports_telling_the_same_of_the_states_still_dispute() -> None:
    a = doc("a", "Moss won seven states on Tuesday, a sweep of the south.", "Coast Post")
    b = doc("b", "Moss won six states on Tuesday, a sweep of the south.", "Valley News")
    claims = [
        _members(a, "seven states", 7, "states", ("won",), "on Tuesday"),
        _members(b, "six states", 6, "states", ("won",), "on Tuesday"),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_counts_of_other_things_told_in_other_words_still_dispute() -> None:
    # One event's damage in two reports: "cut" and "damaged" tell the same of the cables.
    a = doc("a", "Two undersea cables were cut off Torvald on Monday.", "Coast Post")
    b = doc("b", "Four cables were damaged off Torvald on Monday.", "Valley News")
    claims = [
        _members(a, "Two undersea cables", 2, "cables", ("undersea", "cut")),
        _members(b, "Four cables", 4, "cables", ("damaged",)),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_said_of_members_reads_the_set_a_count_names() -> None:
    a = doc(
        "a",
        "Five states voted. Three states hold caucuses. The 13 major candidates met. Two ships "
        "sank. Of the three states, one voted.",
        "Coast",
    )
    bare = _members(a, "Five states", 5, "states", ())
    told = _members(a, "Three states", 3, "states", ("hold",), "Tuesday")
    other = _members(a, "Two ships", 2, "ships", ("sank",))
    major = _members(a, "13 major candidates", 13, "candidates", ("major",))
    alone = _members(a, "three states", 3, "states", ())
    assert said_of_members(bare, {"a": a}) == "voted"  # read from its own clause
    assert said_of_members(alone, {"a": a}) == alone.id  # nothing said: only the noun
    assert said_of_members(major, {"a": a}) is None  # words before the noun narrow it, no more
    assert said_of_members(told, {"a": a}) == "hold / tuesday"
    assert said_of_members(other, {"a": a}) == ""


def _endorses(document: Document, phrase: str, subject: str, obj: str, negated: bool) -> Claim:
    return assertion_claim(
        document,
        phrase,
        subject=subject,
        predicate="agree",
        obj=obj,
        polarity="negated" if negated else "affirmed",
    )


def test_two_men_sharing_only_a_courtesy_title_are_two_people() -> None:
    a = doc("a", "Mr. Brown does not plan to endorse Mr. Cruz from his pulpit.", "Coast Post")
    b = doc("b", "Mr. Coleman had endorsed Mr. Bush before backing Mr. Rubio.", "Valley News")
    claims = [
        _endorses(a, "Mr. Brown does not plan to endorse Mr. Cruz", "Mr. Brown", "Mr. Cruz", True),
        _endorses(b, "Mr. Coleman had endorsed Mr. Bush", "Mr. Coleman", "Mr. Bush", False),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_one_man_said_to_endorse_and_not_to_endorse_one_man_still_disputes() -> None:
    a = doc("a", "Mr. Brown does not plan to endorse Mr. Cruz, his aides said.", "Coast Post")
    b = doc("b", "Mr. Brown endorsed Mr. Cruz at a rally on Monday.", "Valley News")
    claims = [
        _endorses(a, "Mr. Brown does not plan to endorse Mr. Cruz", "Mr. Brown", "Mr. Cruz", True),
        _endorses(b, "Mr. Brown endorsed Mr. Cruz", "Mr. Brown", "Mr. Cruz", False),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_race_run_level_and_harm_to_a_cause_befall_nobody() -> None:
    a = doc("a", "According to a new poll, the two candidates are in a dead heat.", "Coast Post")
    b = doc(
        "b",
        "More than 6 in 10 voters said that the banks do more to hurt the economy than help.",
        "Valley News",
    )
    tied = figure_claim(
        a,
        "two candidates",
        low=2,
        high=2,
        measure="candidates",
        counted="candidates",
        qualifiers=("in a dead heat",),
    )
    voters = figure_claim(
        b, "10 voters", low=10, high=10, measure="voters", counted="voters", qualifiers=("said",)
    )
    harms = {"killed", "injured", "casualties"}
    assert topic_of(tied, a, {}).state not in harms
    assert topic_of(voters, b, {}).state not in harms


def test_people_left_dead_or_hurt_still_befall() -> None:
    a = doc("a", "Two people were found dead and three were hurt in the blast.", "Coast Post")
    dead = figure_claim(a, "Two people", low=2, high=2, qualifiers=("found", "dead"))
    hurt = figure_claim(a, "three", low=3, high=3, counted="", measure="unknown", qualifiers=())
    assert topic_of(dead, a, {}).state == "killed"
    assert topic_of(hurt, a, {}).state == "injured"


def _votes(document: Document, phrase: str, value: float) -> Claim:
    return figure_claim(
        document, phrase, low=value, high=value, measure="votes", counted="votes", qualifiers=()
    )


def test_a_winning_margin_is_no_tally_of_votes() -> None:
    a = doc("a", "In 2012 Moss carried Torvald by about 74,000 votes.", "Coast Post")
    b = doc("b", "Berg got 13 million votes in the primaries, a record.", "Valley News")
    claims = [_votes(a, "about 74,000 votes", 74000), _votes(b, "13 million votes", 13e6)]
    assert "conflict" not in _verdicts([a, b], claims)
    assert amount_kind(claims[0], {"a": a}) == "gap"


def test_two_reports_of_one_winning_margin_still_dispute() -> None:
    a = doc("a", "Moss won Torvald by 1,200 votes on Tuesday.", "Coast Post")
    b = doc("b", "Moss won Torvald by 1,500 votes on Tuesday.", "Valley News")
    claims = [_votes(a, "1,200 votes", 1200), _votes(b, "1,500 votes", 1500)]
    assert "conflict" in _verdicts([a, b], claims)


def test_people_carried_by_rescuers_are_no_margin() -> None:
    a = doc("a", "The wounded were carried by three rescuers to the road.", "Coast Post")
    rescuers = figure_claim(
        a, "three rescuers", low=3, high=3, measure="rescuers", counted="rescuers", qualifiers=()
    )
    assert amount_kind(rescuers, {"a": a}) == "amount"


def test_countries_a_force_works_in_and_countries_a_man_has_seen_are_two_sets() -> None:
    a = doc("a", "Half the troops are posted abroad, operating in 85 countries.", "Coast Post")
    b = doc("b", "He said: I've been to 57 different countries, I have common sense.", "Valley")
    claims = [
        _members(a, "85 countries", 85, "countries", ()),
        _members(b, "57 different countries", 57, "countries", ("different",)),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_the_dead_mourned_so_far_are_no_toll_a_later_count_revises() -> None:
    a = doc("a", "Wakes were under way for at least three victims.", "Coast", "2032-06-16")
    b = doc("b", "Two days before, the gunman shot 100 people in Torvald.", "Valley", "2032-06-14")
    wakes = figure_claim(a, "at least three victims", low=3, high=None, hedge="at_least")
    shot = figure_claim(b, "100 people", low=100, high=100, qualifiers=("shot",))
    found = split_series([wakes, shot], {"a": a, "b": b})
    assert found is not None
    assert "a rite is held for" in found.reason


def test_two_tolls_told_days_apart_stay_one_count_revised() -> None:
    a = doc("a", "At least three people were killed in Torvald.", "Coast", "2032-06-14")
    b = doc("b", "The toll in Torvald rose to 100 people.", "Valley", "2032-06-16")
    three = figure_claim(a, "At least three people", low=3, high=None, hedge="at_least")
    hundred = figure_claim(b, "100 people", low=100, high=100)
    assert split_series([three, hundred], {"a": a, "b": b}) is None


def test_those_still_in_hospital_are_no_toll_a_later_count_revises() -> None:
    a = doc("a", "Of the 53 wounded, six remained in critical condition.", "Coast", "2032-06-16")
    b = doc("b", "Two days before, the gunman shot 100 people in Torvald.", "Valley", "2032-06-14")
    six = figure_claim(a, "six", low=6, high=6, counted=None, measure="unknown", qualifiers=())
    shot = figure_claim(b, "100 people", low=100, high=100, qualifiers=("shot",))
    found = split_series([six, shot], {"a": a, "b": b})
    assert found is not None
    assert {tuple(c.text for c in part) for part in found.parts} == {("six",), ("100 people",)}
    assert "in hospital" in found.reason


def test_two_counts_of_those_in_hospital_may_be_one_count_revised() -> None:
    a = doc("a", "Twelve people were in hospital in Torvald on Monday.", "Coast", "2032-06-14")
    b = doc("b", "Eight people were in hospital in Torvald on Wednesday.", "Valley", "2032-06-16")
    twelve = figure_claim(a, "Twelve people", low=12, high=12, qualifiers=())
    eight = figure_claim(b, "Eight people", low=8, high=8, qualifiers=())
    assert split_series([twelve, eight], {"a": a, "b": b}) is None


def test_the_reason_says_what_each_count_says_of_its_members() -> None:
    a = doc("a", "Berg was swept by Moss in five states last Tuesday.", "Coast Post")
    b = doc("b", "The race moves on to Super Tuesday, when 11 states are in play.", "Valley")
    claims = [
        _members(a, "five states", 5, "states", (), "last Tuesday"),
        _members(b, "11 states", 11, "states", ("in play",), "on Super Tuesday"),
    ]
    docs = {"a": a, "b": b}
    found = split(claims, Upstreams(claims, docs), docs)
    assert found is not None
    assert "(said: last tuesday)" in found.reason
    assert "(said: in play, on super tuesday)" in found.reason
