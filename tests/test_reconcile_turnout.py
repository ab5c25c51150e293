"""Turnout: the share of voters who voted is one quantity however a report tells it ("turnout
was 61 percent", "61 percent of registered voters cast ballots"), while a group's own turnout
and a group's share OF the turnout ("voters under 30 were 19 percent of the turnout") are
other quantities, never set against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from test_reconcile_probes import _pile, assert_called

_BOARD = "Vote count\n\nNovember 9, 2031"
_CLERK = "Election results\n\nNovember 9, 2031"
_TURNOUT = (
    "Turnout in the Ardmore mayoral election was 61 percent, the county election board said "
    "on Tuesday."
)


def _two(first: str, second: str) -> dict[str, str]:
    return _pile(("coast", _BOARD, first), ("valley", _CLERK, second))


PROBES: list[tuple[str, str, dict[str, str]]] = [
    (
        "turnout_and_ballots_cast_differ",
        "conflict",
        _two(
            _TURNOUT,
            "Only 52 percent of registered voters cast ballots in the Ardmore mayoral election, "
            "the county clerk said on Tuesday.",
        ),
    ),
    (
        "a_turnout_of_and_turnout_was_differ",
        "conflict",
        _two(
            "The Ardmore mayoral election drew a 61 percent turnout, the county election board "
            "said on Tuesday.",
            "Voter turnout in the Ardmore mayoral election was about 52 percent, the county "
            "clerk said on Tuesday.",
        ),
    ),
    (
        "turnout_and_a_groups_share_of_it",
        "apart",
        _two(
            _TURNOUT,
            "Voters under 30 were 19 percent of the turnout in the Ardmore mayoral election, "
            "the county clerk said on Tuesday.",
        ),
    ),
    (
        "turnout_and_a_groups_own_turnout",
        "apart",
        _two(
            _TURNOUT,
            "Turnout among voters under 30 was 35 percent in the Ardmore mayoral election, the "
            "county clerk said on Tuesday.",
        ),
    ),
    (
        "a_groups_turnout_and_its_share_of_the_turnout",
        "apart",
        _two(
            "Turnout among voters under 30 was 35 percent in the Ardmore mayoral election, the "
            "county election board said on Tuesday.",
            "Voters under 30 made up 19 percent of the turnout in the Ardmore mayoral election, "
            "the county clerk said on Tuesday.",
        ),
    ),
    (
        "turnout_and_a_share_who_voted_for_a_candidate",
        "apart",
        _two(
            _TURNOUT,
            "About 52 percent of registered voters voted for Calder in the Ardmore mayoral "
            "election, the county clerk said on Tuesday.",
        ),
    ),
]


@pytest.mark.parametrize(("expected", "texts"), [pytest.param(e, t, id=n) for n, e, t in PROBES])
def test_turnout(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


def test_turnout_told_two_ways_agrees_and_is_labelled_turnout(tmp_path: Path) -> None:
    texts = _two(
        _TURNOUT,
        "About 61 percent of registered voters cast ballots in the Ardmore mayoral election, "
        "the county clerk said on Tuesday.",
    )
    (group,) = [g for g in analysed(tmp_path / "pile", texts).groups if len(g.claims) == 2]
    assert group.verdict == "agree", group.explanation
    assert group.label.startswith("turnout in Ardmore"), group.label


def test_a_groups_share_of_the_turnout_is_labelled_as_the_groups(tmp_path: Path) -> None:
    texts = _two(
        _TURNOUT,
        "Voters under 30 were 19 percent of the turnout in the Ardmore mayoral election, the "
        "county clerk said on Tuesday.",
    )
    labels = {g.label.split(",")[0] for g in analysed(tmp_path / "pile", texts).groups}
    assert "voters under 30 as a share of the turnout in Ardmore" in labels, labels
    assert "turnout in Ardmore" in labels, labels
