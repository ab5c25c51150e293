"""A game's result and a team's record as figures: one per side, whose side named."""

from __future__ import annotations

from pathlib import Path

import pytest

from triangulate import analyze
from triangulate.claims.quantities import find_quantities, result_sides
from triangulate.model import Report


def _analyze(tmp_path: Path, *texts: str) -> Report:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text)
        paths.append(str(path))
    return analyze(paths)


def _score_groups(report: Report) -> list[tuple[str, list[float | None]]]:
    """Each group of game sides: its label and its claims' values, sorted."""
    claims = {c.id: c for c in report.claims}
    out = []
    for group in report.groups:
        figures = [claims[c].figure for c in group.claims]
        if group.kind == "figure" and all(f is not None and f.kind == "score" for f in figures):
            out.append((group.label, sorted(f.low for f in figures if f is not None)))
    return sorted(out, key=lambda g: (g[0], g[1]))


@pytest.fixture(scope="module")
def two_teams(tmp_path_factory: pytest.TempPathFactory) -> Report:
    tmp = tmp_path_factory.mktemp("scores")
    return _analyze(
        tmp,
        "The Orvel Hawks beat the Corran Foxes 65-53 on Friday. The Hawks (25-7) play again "
        "on Saturday, while the Dalby Owls (25-9) wait.\n",
        "Ada Brandt scored 23 points as the Orvel Hawks beat the Corran Foxes 65-53 on "
        "Friday. The Hawks (25-7) meet the Dalby Owls next.\n",
    )


def test_figures_a_record_is_its_teams_wins_and_losses(two_teams: Report) -> None:
    groups = _score_groups(two_teams)
    # both reports' Hawks record meets in one group a side; the Owls' equal wins stay apart
    assert ("wins (Hawks)", [25, 25]) in groups
    assert ("losses (Hawks)", [7, 7]) in groups
    assert ("wins (Dalby Owls)", [25]) in groups
    assert ("losses (Dalby Owls)", [9]) in groups


def test_figures_a_games_result_is_the_winners_and_the_losers_points(two_teams: Report) -> None:
    groups = _score_groups(two_teams)
    assert ("winning points, game with Corran Foxes", [65, 65]) in groups
    assert ("losing points, game with Corran Foxes", [53, 53]) in groups


def test_figures_a_score_nobody_is_named_for_is_no_figure(tmp_path: Path) -> None:
    report = _analyze(tmp_path, "It was 45-35 with 13:41 left, and then 47-44 late on.\n")
    assert _score_groups(report) == []
    assert not any(c.figure is not None and c.figure.kind == "score" for c in report.claims)


def test_figures_two_games_with_one_score_stay_apart(tmp_path: Path) -> None:
    report = _analyze(
        tmp_path,
        "The Orvel Hawks beat the Corran Foxes 3-1 on Saturday.\n",
        "The Dalby Owls beat the Essen Bears 3-1 in the cup on Sunday.\n",
    )
    groups = _score_groups(report)
    assert ("winning points, game with Corran Foxes", [3]) in groups
    assert ("winning points, game with Essen Bears", [3]) in groups
    assert not any(g.verdict == "conflict" for g in report.groups)


def test_figures_a_team_named_by_a_number_and_by_its_nickname_is_one_side(
    tmp_path: Path,
) -> None:
    report = _analyze(
        tmp_path,
        "The Corran 58ers (11-6) fired their coach on Monday.\n",
        "The Eighters (11-6) fired their coach on Monday.\n",
        "The Orvel Hawks (11-6) play the Dalby Owls next week.\n",
        "The Essen Hawks (11-6) play on Sunday.\n",
    )
    groups = _score_groups(report)
    # "58ers" and "Eighters" are one team's record; two cities' Hawks stay apart
    wins = [values for label, values in groups if "wins (" in label]
    assert sorted(wins) == [[11], [11], [11, 11]], groups
    assert not any(g.verdict == "conflict" for g in report.groups)


def _dated(tmp_path: Path, *reports: tuple[str, str, str]) -> Report:
    """Reports, each a title, a publication day and a body, analysed together."""
    return _analyze(tmp_path, *(f"{title}\n\n{day}\n\n{body}\n" for title, day, body in reports))


def _group_of(report: Report, text: str, doc: int) -> tuple[str, str, list[float | None]]:
    """The verdict, label and values of the measure holding claim ``text`` of report ``doc``
    (the n-th report given); a family of look-alike measures is not one."""
    docs = {Path(d.source).name: d.id for d in report.documents}
    claims = {c.id: c for c in report.claims}
    for group in report.groups:
        members = [claims[c] for c in group.claims]
        if (
            group.kind == "figure"
            and "look-alikes" not in group.label
            and any(c.text == text and c.doc == docs[f"r{doc}.txt"] for c in members)
        ):
            values = sorted(c.figure.low for c in members if c.figure is not None)
            return group.verdict, group.label, values
    raise AssertionError(f"no group holds {text!r} of report {doc}")


@pytest.fixture(scope="module")
def one_game(tmp_path_factory: pytest.TempPathFactory) -> Report:
    tmp = tmp_path_factory.mktemp("one_game")
    return _dated(
        tmp,
        (
            "Hawks beat Owls",
            "March 9, 2031",
            "The Orvel Hawks beat the Dalby Owls 65-53 on Saturday. Tomas Brandt scored 30 "
            "points for the Hawks, and Ada Varga had 12 rebounds. Brandt also had 14 points "
            "in the first half.",
        ),
        (
            "Owls fall to Hawks",
            "March 9, 2031",
            "Dalby could not hold on in the second half. The Owls lost to the Orvel Hawks 65-55 "
            "on Saturday night, as Tomas Brandt had 28 points for the visitors. Ada Varga had "
            "12 rebounds, and Brandt, who is averaging 15.5 points per game this season, hit "
            "four free throws late.",
        ),
    )


def test_figures_two_reports_of_one_game_dispute_its_final(one_game: Report) -> None:
    # One names the winner first, the other the loser: the game is known by its two teams.
    verdict, _, values = _group_of(one_game, "53", 0)
    assert (verdict, values) == ("conflict", [53, 55])
    verdict, _, values = _group_of(one_game, "65", 1)
    assert (verdict, values) == ("agree", [65, 65])


def test_figures_a_players_line_in_one_game_is_one_quantity(one_game: Report) -> None:
    verdict, _, values = _group_of(one_game, "30 points", 0)
    assert (verdict, values) == ("conflict", [28, 30])
    verdict, _, values = _group_of(one_game, "12 rebounds", 1)
    assert (verdict, values) == ("agree", [12, 12])


def test_figures_an_average_or_a_half_is_no_games_line(one_game: Report) -> None:
    # "averaging 15.5 points per game" and the points of one half are not the game's total
    assert _group_of(one_game, "15.5 points", 1)[2] == [15.5]
    assert _group_of(one_game, "14 points", 0)[2] == [14]


def test_figures_two_games_of_the_same_teams_on_two_days_stay_apart(tmp_path: Path) -> None:
    report = _dated(
        tmp_path,
        ("Hawks win", "March 9, 2031", "The Orvel Hawks beat the Dalby Owls 65-53 on Saturday."),
        (
            "Hawks win again",
            "March 12, 2031",
            "The Orvel Hawks beat the Dalby Owls 70-61 on Tuesday.",
        ),
    )
    assert _group_of(report, "53", 0)[2] == [53]
    assert _group_of(report, "61", 1)[2] == [61]
    assert not any(g.verdict == "conflict" for g in report.groups)


def test_figures_a_score_of_a_game_going_on_is_not_its_result() -> None:
    text = "The Orvel Hawks led the Dalby Owls 30-28 at the half and beat them 65-53."
    assert result_sides(text, text.index("30"), text.index("30") + 2) is None
    assert result_sides(text, text.index("53"), text.index("53") + 2) is None  # "them"
    text = "The Orvel Hawks beat the Dalby Owls 65-53 on Saturday."
    assert result_sides(text, text.index("53"), text.index("53") + 2) == (
        "Orvel Hawks",
        "Dalby Owls",
    )


def test_figures_a_teams_records_of_two_days_are_never_in_conflict(tmp_path: Path) -> None:
    report = _dated(
        tmp_path,
        ("Hawks roll", "March 9, 2031", "The Orvel Hawks (25-7) beat the Dalby Owls on Saturday."),
        (
            "Hawks fall",
            "March 12, 2031",
            "The Orvel Hawks (25-8) lost to the Corran Foxes on Tuesday.",
        ),
    )
    assert not any(g.verdict == "conflict" for g in report.groups)


def test_figures_results_told_months_apart_or_of_an_election_are_no_one_game(
    tmp_path: Path,
) -> None:
    report = _dated(
        tmp_path,
        ("Hawks win", "February 2, 2031", "The Orvel Hawks beat the Dalby Owls 65-53."),
        ("Hawks win again", "May 9, 2031", "The Orvel Hawks beat the Dalby Owls 70-61."),
        ("Roe wins", "May 7, 2031", "Ann Roe beat Ed Lind 55-45 in the Kelvara primary."),
        ("Roe wins twice", "May 7, 2031", "Ann Roe beat Ed Lind 60-40 in the Orvel primary."),
    )
    # a result is news the day of its game or the next; a primary is one of many contests
    assert not any(g.verdict == "conflict" for g in report.groups)


def test_figures_a_team_named_by_its_place_or_its_nickname_plays_one_game_a_day(
    tmp_path: Path,
) -> None:
    report = _dated(
        tmp_path,
        ("Corran wins", "March 9, 2031", "Corran beat Dalby 65-53 on Saturday in the cup."),
        (
            "Bluebirds hold on",
            "March 10, 2031",
            "The top-seeded Bluebirds beat Dalby 65-55 on Saturday night to reach the final.",
        ),
    )
    # Dalby played one game on Saturday: whoever beat it, the two reports tell one final.
    verdict, _, values = _group_of(report, "53", 0)
    assert (verdict, values) == ("conflict", [53, 55])


def test_figures_a_result_printed_team_by_team_is_its_sides_points() -> None:
    final = [(q.text, q.unit) for q in find_quantities("Final: Rovers 71, Hawks 64")]
    assert final == [("71", "winning points"), ("64", "losing points")]
    text = "Orvel 65, Dalby 53"
    assert result_sides(text, 6, 8) == ("Orvel", "Dalby")
    assert result_sides(text, 16, 18) == ("Orvel", "Dalby")
    sides = [(q.text, q.kind, q.unit) for q in find_quantities(text)]
    assert sides == [("65", "score", "winning points"), ("53", "score", "losing points")]
    text = "No. 1 Orvel Hawks 65, No. 9 Dalby Owls 53"
    assert result_sides(text, text.index("65"), text.index("65") + 2) == (
        "Orvel Hawks",
        "Dalby Owls",
    )


def test_figures_a_list_of_three_or_a_poll_printed_team_by_team_is_no_result() -> None:
    # a third name and number make a table or a race, and a poll's shares are no points
    for text in ("Orvel 70, Dalby 65, Corran 53", "Poll: Brandt 52, Varga 48"):
        assert not any(q.kind == "score" for q in find_quantities(text)), text


def test_figures_a_headline_result_at_odds_with_the_stories_is_a_dispute(tmp_path: Path) -> None:
    report = _dated(
        tmp_path,
        (
            "Orvel 65, Dalby 5",
            "March 9, 2031",
            "Tomas Brandt scored 30 points as the top-seeded Hawks reached the semifinals.",
        ),
        (
            "Cup quarterfinal: Orvel 65, Dalby 5",
            "March 9, 2031",
            "The top-seeded Hawks beat Dalby 65-53 on Saturday in the cup quarterfinals.",
        ),
        (
            "Hawks through",
            "March 9, 2031",
            "The Orvel Hawks beat the Dalby Owls 65-53 on Saturday to reach the semifinals.",
        ),
        ("Box score", "March 9, 2031", "No. 1 Orvel Hawks 65, No. 9 Dalby Owls 53"),
    )
    # A game ends with one score: a headline's misprinted 5 disputes the 53 of every story,
    # its own story's too (no two things a report counts), and a team named by its city
    # is the team named in full.
    verdict, _, values = _group_of(report, "5", 0)
    assert (verdict, values) == ("conflict", [5, 5, 53, 53, 53])
    verdict, _, values = _group_of(report, "65", 3)
    assert (verdict, values) == ("agree", [65, 65, 65, 65, 65])


def test_figures_two_state_schools_on_one_day_are_two_games(tmp_path: Path) -> None:
    report = _dated(
        tmp_path,
        ("Orvel State wins", "March 9, 2031", "Orvel State beat the Dalby Owls 70-60 on Saturday."),
        (
            "Corran State wins",
            "March 9, 2031",
            "Corran State beat the Tallis Foxes 80-70 on Saturday.",
        ),
    )
    # "State" ends both names and names neither team alone: two games, no dispute.
    assert not any(g.verdict == "conflict" for g in report.groups)
    assert _group_of(report, "70", 0)[2] == [70]


@pytest.fixture(scope="module")
def a_game_told_twice(tmp_path_factory: pytest.TempPathFactory) -> Report:
    tmp = tmp_path_factory.mktemp("moments")
    return _analyze(
        tmp,
        "The Orvel Hawks beat the host Dalby Owls, 31-24, on Thursday. The Owls raced out to "
        "an early 14-0 lead and led 24-14 early in the fourth quarter, before Ada Brandt tied "
        "the game at 24-24. Coach Tomas Reyes has a 162-139 record in Orvel.\n",
        "Ada Brandt carried the Orvel Hawks over the Dalby Owls 31-24 on Thursday. The Hawks "
        "were trailing 14-0 in the second quarter and came back from a 24-14 deficit. He had "
        "a 162-139 record before the season.\n",
    )


def test_figures_a_score_at_a_moment_of_a_game_is_known_by_its_numbers(
    a_game_told_twice: Report,
) -> None:
    groups = _score_groups(a_game_told_twice)
    # "an early 14-0 lead" and "trailing 14-0" are one moment's score, whoever is named
    assert ("leading points, score 14-0", [14, 14]) in groups
    assert ("trailing points, score 14-0", [0, 0]) in groups
    # "led 24-14" and "a 24-14 deficit": another moment, never a dispute with the first
    assert ("leading points, score 24-14", [24, 24]) in groups
    assert ("points, score 24-24", [24, 24]) in groups
    assert not any(g.verdict == "conflict" for g in a_game_told_twice.groups)


def test_figures_a_result_after_a_comma_or_over_the_beaten_side_is_read(
    a_game_told_twice: Report,
) -> None:
    groups = _score_groups(a_game_told_twice)
    # "beat the host Dalby Owls, 31-24" and "carried the Hawks over the Dalby Owls 31-24"
    assert ("winning points, game with Dalby Owls", [31, 31]) in groups
    assert ("losing points, game with Dalby Owls", [24, 24]) in groups


def test_figures_a_record_whose_holder_is_a_pronoun_is_known_by_its_numbers(
    a_game_told_twice: Report,
) -> None:
    groups = _score_groups(a_game_told_twice)
    # "He had a 162-139 record": nobody named, the record's numbers name it
    assert ("wins, record 162-139", [162]) in groups
    assert ("losses, record 162-139", [139]) in groups


def test_figures_a_moment_needs_a_word_of_leading_or_a_tie() -> None:
    text = (
        "It was 45-35 with 13:41 left. Lind led 52-48 in the poll. The Owls overcame a 7-3 deficit."
    )
    units = [q.unit for q in find_quantities(text) if q.kind == "score"]
    assert units == ["leading points, score 7-3", "trailing points, score 7-3"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("They have a record of 12-30 this year.", ["wins, record 12-30", "losses, record 12-30"]),
        ("He owns a 101 - 140 (. 419) record.", ["wins, record 101-140", "losses, record 101-140"]),
        ("a 3-9 start to the season", []),  # nobody at all, not even a pronoun
    ],
)
def test_figures_a_record_told_of_a_pronoun_is_read(text: str, units: list[str]) -> None:
    assert [q.unit for q in find_quantities(text) if q.kind == "score"] == units


def test_figures_a_headline_ending_on_a_team_names_no_city_of_the_next_line(
    tmp_path: Path,
) -> None:
    report = _analyze(
        tmp_path,
        "Brandt out against Owls\nOrvel Hawks guard Tomas Brandt did not play. Orvel (11-4) "
        "won anyway. The Owls (5-10) lost again.\n",
        "Dalby (5-10) fell again on Thursday. The Dalby Owls host Orvel next week.\n",
    )
    # "Owls" closing the headline and "Orvel" opening the next line are two teams, while
    # "the Dalby Owls" makes Dalby the Owls: one 5-10 record, never a look-alike of Orvel's
    groups = _score_groups(report)
    assert ("wins (Owls)", [5, 5]) in groups
    assert ("wins (Orvel)", [11]) in groups
    assert not any("look-alikes" in g.label for g in report.groups)


def test_figures_a_player_hurt_in_a_game_leaves_its_result_whole(tmp_path: Path) -> None:
    report = _analyze(
        tmp_path,
        "Tomas Brandt left the game in the Hawks' 31-24 win over the Owls on Thursday.\n",
        "Ada Varga was injured in the Hawks' 31-24 win over the Owls on Thursday.\n",
    )
    # what befell a player in the result's sentence befalls no side's points: one result
    groups = _score_groups(report)
    assert ("winning points, game with Hawks", [31, 31]) in groups
    assert ("losing points, game with Hawks", [24, 24]) in groups


def test_figures_a_league_s_playoffs_and_a_rank_name_no_side_of_a_result() -> None:
    # "the Kelvara Conference playoffs" and "the No. 5 seed" name a competition and a rank:
    # the winner is the team the sentence names before them.
    text = (
        "The visiting Hawks secured the No. 5 seed in the Kelvara Conference playoffs with a "
        "31-24 victory over the Owls on Thursday night."
    )
    at = text.index("31")
    assert result_sides(text, at, at + 2) == ("Hawks", "Owls")
    text = "Orvel clinched the KFL title with a 65-53 win over the Dalby Owls on Sunday."
    at = text.index("65")
    assert result_sides(text, at, at + 2) == ("Orvel", "Dalby Owls")


def test_figures_a_nickname_cut_short_is_the_team_it_opens(tmp_path: Path) -> None:
    report = _analyze(
        tmp_path,
        "The Dalby Jaguars (5-10) fired their coach on Monday.\n",
        "The Jags (5-10) fired their coach on Monday.\n",
        "The Orvel Owls (9-6) play on Sunday.\n",
    )
    groups = _score_groups(report)
    # "the Jags" are the Jaguars: one team's record; the Owls' stays apart
    wins = [values for label, values in groups if "wins (" in label]
    assert sorted(wins) == [[5, 5], [9]], groups
