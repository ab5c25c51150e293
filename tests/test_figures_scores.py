"""A game's result and a team's record as figures: one per side, whose side named."""

from __future__ import annotations

from pathlib import Path

import pytest

from triangulate import analyze
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
