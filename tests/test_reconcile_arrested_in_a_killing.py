"""Those arrested or charged in a killing, told with the killing's name in one report and
without it in another: one count of the arrested, never a toll. Invented reports."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.model import Report

# One arrest after one killing: one report names the case the two men are held in.
ARREST = {
    "a.txt": (
        "Two held after Kelvara deputy shot\n\nMay 9, 2031\n\n"
        "Two suspected gang members were arrested in the fatal shooting of a sheriff's "
        "deputy who was murdered as she was leaving for work, officials announced "
        "Saturday.\n"
    ),
    "b.txt": (
        "Arrests in Kelvara\n\nMay 9, 2031\n\n"
        "Two suspected gang members are under arrest, police said on Saturday. Deputy Ada Varga, "
        "41, was shot dead outside her home in Kelvara on Thursday.\n"
    ),
    "c.txt": (
        "Suspects charged\n\nMay 10, 2031\n\n"
        "Two men were charged with the murder of Deputy Ada Varga, prosecutors in Kelvara "
        "said on Sunday. One deputy was killed in the shooting.\n"
    ),
}


@pytest.fixture(scope="module")
def arrest(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("arrest") / "pile", ARREST)


def test_those_arrested_in_a_killing_are_the_arrested_not_the_dead(arrest: Report) -> None:
    group = measure_home(arrest, "Two suspected gang members", "a.txt")
    assert group is measure_home(arrest, "Two suspected gang members", "b.txt")
    assert "killed" not in group.label
    assert group.verdict == "agree"


def test_those_charged_with_a_murder_are_no_toll(arrest: Report) -> None:
    charged = measure_home(arrest, "Two men", "c.txt")
    assert charged is not measure_home(arrest, "One deputy", "c.txt")
    assert "killed" not in charged.label
