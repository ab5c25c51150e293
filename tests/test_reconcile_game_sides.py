"""A game's quantities and a team's run of wins, however the reports name the team.

A team is named by its city ("Orvel"), its nickname ("the Hawks") or both ("the Orvel
Hawks"): a result told with the cities and one told with the nicknames are one game when a
report of the pile writes the full names. A game won is a win, whether a report calls it a
win or a victory.
"""

from __future__ import annotations

from pathlib import Path

from test_reconcile_grouping_probes import D, _group_of, _r
from test_reconcile_helpers import analysed


def test_game_sides_a_result_told_by_cities_is_the_game_told_by_nicknames(
    tmp_path: Path,
) -> None:
    report = analysed(
        tmp_path / "cities",
        _r(
            a=("Hawks edge Owls", D, "The Hawks beat the Owls 27-20 on Sunday."),
            b=("Orvel wins", D, "Orvel beat Dalby 27-20 on Sunday."),
            c=(
                "Preview",
                D,
                "The Orvel Hawks and the Dalby Owls meet again in the spring, the league said.",
            ),
        ),
    )
    homes = [_group_of(report, "a", "Owls {27}-20"), _group_of(report, "b", "Dalby {27}-20")]
    assert None not in homes and len(set(homes)) == 1, homes


def test_game_sides_cities_no_report_pairs_with_a_nickname_stay_two_games(
    tmp_path: Path,
) -> None:
    report = analysed(
        tmp_path / "unpaired",
        _r(
            a=("Hawks edge Owls", D, "The Hawks beat the Owls 27-20 on Sunday."),
            b=("Orvel wins", D, "Orvel beat Dalby 27-20 on Sunday."),
        ),
    )
    homes = [_group_of(report, "a", "Owls {27}-20"), _group_of(report, "b", "Dalby {27}-20")]
    assert None not in homes and homes[0] != homes[1], homes


def test_game_sides_a_run_of_victories_is_a_run_of_wins(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "run",
        _r(
            a=(
                "Hawks roll on",
                D,
                "The Hawks beat the Owls 27-20 on Sunday for their sixth straight win.",
            ),
            b=(
                "Owls fall again",
                D,
                "The Hawks beat the Owls 27-20 on Sunday for their sixth consecutive victory.",
            ),
        ),
    )
    homes = [
        _group_of(report, "a", "their {sixth} straight win"),
        _group_of(report, "b", "their {sixth} consecutive victory"),
    ]
    assert None not in homes and len(set(homes)) == 1, homes


def test_game_sides_a_run_a_player_led_the_team_to_is_the_teams(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "led",
        _r(
            a=(
                "Hawks roll on",
                D,
                "Tomas Brandt threw for 312 yards and led the Hawks to their sixth straight win, "
                "27-20 over the Owls on Sunday.",
            ),
            b=(
                "Owls fall again",
                D,
                "The Hawks beat the Owls 27-20 on Sunday for their sixth straight win.",
            ),
        ),
    )
    homes = [
        _group_of(report, "a", "their {sixth} straight win, 27"),
        _group_of(report, "b", "their {sixth} straight win."),
    ]
    assert None not in homes and len(set(homes)) == 1, homes
