"""Yards gained in a game of gridiron football: a player's statistic, however a report tells
it ("threw for", "completed 24 of 31 passes for", "95 yards on 18 carries"), one quantity
across reports, and two players' yards stay apart; a passer's completions "of" attempts
("completed 24 of 31 passes", "was 24 of 31 for 312 yards") are two counts, the first one
with "24 completions"; how far one play went ("returned it 35 yards for a touchdown", "a
35-yard interception return") is the player's play, one length across reports; a bare
number a player "scored" is his points; a team's record is one whether a report names
the team by its city or its nickname, when a report of the pile names it by both."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_grouping_probes import D, Pile, _group_of, _r
from test_reconcile_helpers import analysed
from triangulate.model import Report
from triangulate.reconcile.matches import team_aliases

YARDS = Pile(
    "a_passers_yards_told_three_ways",
    _r(
        a=(
            "Hawks top Owls",
            D,
            "ORVEL (AP) - Tomas Brandt threw for 312 yards and two touchdowns as the Hawks "
            "beat the Owls 27-20 on Sunday. Ada Varga ran for 95 yards for the Owls.",
        ),
        b=(
            "Brandt leads Hawks",
            D,
            "Tomas Brandt completed 24 of 31 passes for 312 yards in the Hawks' 27-20 win "
            "over the Owls on Sunday. Ada Varga had 95 yards on 18 carries.",
        ),
        c=(
            "Owls fall",
            D,
            "Tomas Brandt passed for 312 yards as the Hawks beat the Owls 27-20. The Owls' "
            "Ada Varga rushed 18 times for 95 yards. Lena Dalby kicked a 45-yard field goal.",
        ),
    ),
    one=(
        ("a", "threw for {312} yards"),
        ("b", "passes for {312} yards"),
        ("c", "passed for {312} yards"),
    ),
    apart=(
        (("a", "threw for {312} yards"), ("a", "ran for {95} yards")),
        (("b", "passes for {312} yards"), ("b", "had {95} yards")),
        (("c", "times for {95} yards"), ("c", "a {45}-yard")),
    ),
)


@pytest.fixture(scope="module")
def yards(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("yards") / "pile", YARDS.reports)


def test_yards_a_passers_yards_are_one_quantity_however_told(yards: Report) -> None:
    homes = [_group_of(yards, stem, marked) for stem, marked in YARDS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    verdicts = {g.id: g.verdict for g in yards.groups}
    assert verdicts[homes[0] or ""] == "agree"


def test_yards_a_runners_yards_are_one_quantity_apart_from_the_passers(yards: Report) -> None:
    runs = [
        _group_of(yards, "a", "ran for {95} yards"),
        _group_of(yards, "b", "had {95} yards"),
        _group_of(yards, "c", "times for {95} yards"),
    ]
    assert None not in runs and len(set(runs)) == 1, runs
    for (s1, m1), (s2, m2) in YARDS.apart:
        g1, g2 = _group_of(yards, s1, m1), _group_of(yards, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)


COMPLETIONS = Pile(
    "a_passers_completions_of_attempts",
    _r(
        a=(
            "Hawks top Owls",
            D,
            "ORVEL (AP) - Tomas Brandt completed 24 of 31 passes for 312 yards as the Hawks "
            "beat the Owls 27-20 on Sunday.",
        ),
        b=(
            "Brandt leads Hawks",
            D,
            "The Hawks beat the Owls 27-20 on Sunday. Tomas Brandt, who was 24 of 31 for 312 "
            "yards, threw two touchdowns. Ada Varga completed 18 passes for the Owls.",
        ),
        c=(
            "Owls fall",
            D,
            "The Hawks beat the Owls 27-20 on Sunday. Tomas Brandt finished with 24 "
            "completions. Ada Varga completed 18 of 30 passes.",
        ),
    ),
    one=(
        ("a", "completed {24} of 31"),
        ("b", "was {24} of 31"),
        ("c", "with {24} completions"),
    ),
    apart=(
        (("a", "completed {24} of 31"), ("a", "24 of {31} passes")),
        (("b", "was {24} of 31"), ("b", "24 of {31} for")),
        (("c", "with {24} completions"), ("c", "completed {18} of 30")),
        (("c", "completed {18} of 30"), ("c", "18 of {30} passes")),
    ),
)


def test_yards_completions_and_attempts_are_a_passers_two_counts(tmp_path: Path) -> None:
    report = analysed(tmp_path / "completions", COMPLETIONS.reports)
    homes = [_group_of(report, stem, marked) for stem, marked in COMPLETIONS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    varga = [_group_of(report, "b", "completed {18} passes"), _group_of(report, "c", "{18} of 30")]
    assert None not in varga and len(set(varga)) == 1, varga
    for (s1, m1), (s2, m2) in COMPLETIONS.apart:
        g1, g2 = _group_of(report, s1, m1), _group_of(report, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)


PLAYS = Pile(
    "one_plays_length_told_four_ways",
    _r(
        a=(
            "Hawks top Owls",
            D,
            "ORVEL (AP) - The Hawks beat the Owls 27-20 on Sunday. Lena Dalby returned an "
            "interception 35 yards for a touchdown. Ada Varga kicked a 35-yard field goal.",
        ),
        b=(
            "Dalby seals it",
            D,
            "The Hawks beat the Owls 27-20 on Sunday. Dalby intercepted the pass and ran 35 "
            "yards for the touchdown.",
        ),
        c=(
            "Owls fall",
            D,
            "The Hawks beat the Owls 27-20 on Sunday. Lena Dalby scored on a 35-yard "
            "interception return.",
        ),
        d=(
            "Late pick",
            D,
            "The Hawks beat the Owls 27-20 on Sunday. Lena Dalby raced in from 35 yards out "
            "for the winning touchdown.",
        ),
    ),
    one=(
        ("a", "interception {35} yards"),
        ("b", "ran {35} yards"),
        ("c", "a {35}-yard interception"),
        ("d", "from {35} yards out"),
    ),
    apart=((("a", "interception {35} yards"), ("a", "a {35}-yard field goal")),),
)


def test_yards_one_plays_length_is_one_quantity_however_told(tmp_path: Path) -> None:
    report = analysed(tmp_path / "plays", PLAYS.reports)
    homes = [_group_of(report, stem, marked) for stem, marked in PLAYS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    for (s1, m1), (s2, m2) in PLAYS.apart:
        g1, g2 = _group_of(report, s1, m1), _group_of(report, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)


def test_yards_a_named_players_yards_are_his_however_little_is_said(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "named",
        _r(
            a=("Hawks top Owls", D, "Tomas Brandt threw for 312 yards as the Hawks beat the Owls."),
            b=(
                "Brandt shines",
                D,
                "The Hawks beat the Owls. Tomas Brandt finished with 312 yards.",
            ),
            c=("Owls fall", D, "The Hawks beat the Owls. Brandt's 312 yards set a club record."),
        ),
    )
    homes = [
        _group_of(report, "a", "for {312} yards"),
        _group_of(report, "b", "with {312} yards"),
        _group_of(report, "c", "Brandt's {312} yards"),
    ]
    assert None not in homes and len(set(homes)) == 1, homes


def test_yards_a_bare_number_a_player_scored_is_his_points(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "scored",
        _r(
            a=("Hawks win", D, "The Hawks beat the Owls 88-80. Ada Varga scored 22 points."),
            b=("Varga leads", D, "The Hawks beat the Owls 88-80. Ada Varga scored 22 on Sunday."),
            c=("Owls fall", D, "The Hawks beat the Owls 88-80. Tomas Brandt scored 22 points."),
        ),
    )
    varga = [_group_of(report, "a", "scored {22} points"), _group_of(report, "b", "scored {22} on")]
    assert None not in varga and len(set(varga)) == 1, varga
    assert _group_of(report, "c", "scored {22} points") not in varga


def test_yards_a_team_named_by_its_city_is_the_team_a_report_names_in_full() -> None:
    texts = ["The Orvel Hawks beat the Dalby Owls 27-20.", "Orvel (11-4) won its eighth."]
    assert team_aliases({"orvel", "hawks", "owls", "dalby"}, texts) == {
        "orvel": "hawks",
        "dalby": "owls",
    }
    assert team_aliases({"orvel", "hawks"}, ["Orvel beat the Hawks on Sunday."]) == {}


def test_yards_a_teams_record_is_one_whether_told_by_city_or_nickname(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "record",
        _r(
            a=(
                "Hawks win",
                D,
                "The Orvel Hawks beat the Dalby Owls 27-20. Orvel (11-4) won.",
            ),
            b=("Hawks roll", D, "The Hawks beat the Owls 27-20. The Hawks (11-4) won."),
        ),
    )
    homes = [_group_of(report, "a", "Orvel ({11}-4)"), _group_of(report, "b", "Hawks ({11}-4)")]
    assert None not in homes and len(set(homes)) == 1, homes


KINDS = Pile(
    "a_players_yards_told_with_their_kind",
    _r(
        a=(
            "Hawks top Owls",
            D,
            "ORVEL (AP) - Tomas Brandt had 312 passing yards and two touchdowns as the Hawks "
            "beat the Owls 27-20 on Sunday. Ada Varga added 95 rushing yards for the Owls.",
        ),
        b=(
            "Brandt leads Hawks",
            D,
            "Tomas Brandt threw for 312 yards in the Hawks' 27-20 win over the Owls on Sunday. "
            "Ada Varga ran for 95 yards and caught four passes for 40 yards.",
        ),
        c=(
            "Owls fall",
            D,
            "The Hawks beat the Owls 27-20 on Sunday. Ada Varga had 40 receiving yards. The "
            "Owls' training ground is 285 metres long.",
        ),
    ),
    one=(("a", "had {312} passing yards"), ("b", "threw for {312} yards")),
    apart=(
        (("a", "had {312} passing yards"), ("a", "added {95} rushing yards")),
        (("b", "ran for {95} yards"), ("b", "passes for {40} yards")),
        (("a", "had {312} passing yards"), ("c", "is {285} metres")),
    ),
)


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("kinds") / "pile", KINDS.reports)


def test_yards_told_with_their_kind_are_a_players_yards(kinds: Report) -> None:
    homes = [_group_of(kinds, stem, marked) for stem, marked in KINDS.one]
    assert None not in homes and len(set(homes)) == 1, homes
    runs = [_group_of(kinds, "a", "added {95} rushing"), _group_of(kinds, "b", "ran for {95}")]
    assert None not in runs and len(set(runs)) == 1, runs
    catches = [
        _group_of(kinds, "b", "passes for {40}"),
        _group_of(kinds, "c", "had {40} receiving"),
    ]
    assert None not in catches and len(set(catches)) == 1, catches
    for (s1, m1), (s2, m2) in KINDS.apart:
        g1, g2 = _group_of(kinds, s1, m1), _group_of(kinds, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)
    assert all(g.verdict != "conflict" for g in kinds.groups if "yards" in g.label)


def test_yards_a_players_statistic_is_labelled_by_its_kind_and_whose(kinds: Report) -> None:
    labels = {g.id: g.label for g in kinds.groups}
    assert labels[_group_of(kinds, "a", "had {312} passing yards") or ""] == (
        "passing yards (Brandt)"
    )
    # a player by the name the story knows him by: his surname, or all of it
    run = labels[_group_of(kinds, "b", "ran for {95} yards") or ""]
    assert run.startswith("rushing yards (") and run.endswith("Varga)"), run
    catch = labels[_group_of(kinds, "c", "had {40} receiving") or ""]
    assert catch.startswith("receiving yards (") and catch.endswith("Varga)"), catch


def test_yards_a_plays_length_and_completions_are_labelled_whose(yards: Report) -> None:
    labels = {g.id: g.label for g in yards.groups}
    assert labels[_group_of(yards, "c", "a {45}-yard") or ""] == "length of a play (Dalby)"
    run = labels[_group_of(yards, "a", "ran for {95} yards") or ""]
    assert run.startswith("rushing yards (") and run.endswith("Varga)"), run
