"""Those an assailant held at gunpoint or overpowered, told by a different verb in each
report. Invented reports."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.model import Report

# One escape, each report telling by its own verb what the prisoner did to the two guards.
ESCAPE = {
    "a.txt": (
        "Inmate escapes prison van\n\nMarch 3, 2031\n\n"
        "An inmate pulled a gun on two guards during a transfer to Kelvara on Monday and "
        "fled on foot, officials said.\n"
    ),
    "b.txt": (
        "Prisoner on the run\n\nMarch 3, 2031\n\n"
        "Tomas Brandt overpowered two prison guards on Monday, handcuffed them and walked "
        "off wearing one of their uniforms.\n"
    ),
    "c.txt": (
        "Manhunt for Brandt\n\nMarch 4, 2031\n\n"
        "Officials said Brandt took two transport officers hostage on Monday and escaped "
        "near Kelvara. Police searched 40 homes.\n"
    ),
}


@pytest.fixture(scope="module")
def escape(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("escape") / "pile", ESCAPE)


def test_those_held_at_gunpoint_overpowered_or_taken_hostage_are_one_count(
    escape: Report,
) -> None:
    group = measure_home(escape, "two guards", "a.txt")
    assert group is measure_home(escape, "two prison guards", "b.txt")
    assert group is measure_home(escape, "two transport officers", "c.txt")
    assert group.verdict == "agree"
    assert "held at gunpoint or overpowered" in group.label
    assert measure_home(escape, "40 homes", "c.txt") is not group
