"""A team's run told as a player's deed ("Brandt guides Kelvara to eighth straight win")
is the team's, the team named by its city alone: one count with the reports that credit
the run to the team by its full name. Invented reports."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.model import Report

STREAK = {
    "a.txt": (
        "Tomas Brandt guides Kelvara to eighth straight win\n\nDecember 19, 2031\n\n"
        "Tomas Brandt threw three touchdown passes on Thursday night and led the Kelvara "
        "Hawks to their eighth straight win, a 31-24 victory over the Dalby Owls.\n"
    ),
    "b.txt": (
        "Hawks beat Owls\n\nDecember 19, 2031\n\n"
        "The Kelvara Hawks earned their eighth consecutive win on Thursday, beating the "
        "Dalby Owls 31-24 as Tomas Brandt passed for 300 yards.\n"
    ),
}


@pytest.fixture(scope="module")
def streak(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("streak") / "pile", STREAK)


def test_a_run_a_player_led_a_team_to_is_the_teams(streak: Report) -> None:
    headline = measure_home(streak, "eighth straight win", "a.txt")
    assert headline is measure_home(streak, "eighth consecutive win", "b.txt")
    assert headline.verdict == "agree"
    assert len(headline.claims) == 3  # the headline's, the body's and the other report's
