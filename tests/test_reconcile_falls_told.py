"""How far someone fell: each report tells it in its own words and units, and a story may
hold two falls.

Invented reports.
"""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.model import Report

# Two climbers killed in two falls on one range on two days; each fall told in metres or
# feet, with or without the place the climber fell from.
FALLS = {
    "a.txt": (
        "Two climbers die on Mount Corran\n\nMarch 3, 2031\n\n"
        "A 40-year-old climber died on Friday after slipping and falling about 150 metres "
        "from a ridge on Mount Corran, police said. On Saturday, Tomas Brandt fell about "
        "600 metres while climbing to a hut on the Orvel glacier.\n"
    ),
    "b.txt": (
        "Climber killed in fall\n\nMarch 3, 2031\n\n"
        "Tomas Brandt, 31, fell about 2,000 feet while climbing to a small hut on the Orvel "
        "glacier on Saturday, police said. A day earlier a 40-year-old man died after he "
        "slipped and fell some 150 metres down an icy gully on Mount Corran.\n"
    ),
    "c.txt": (
        "Second death on Mount Corran\n\nMarch 4, 2031\n\n"
        "Brandt has fallen some 600 metres to his death on the Orvel glacier, police said.\n"
    ),
}


@pytest.fixture(scope="module")
def falls(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("falls") / "pile", FALLS)


def test_one_fall_told_in_metres_and_in_feet_is_one_length(falls: Report) -> None:
    metres = measure_home(falls, "about 600 metres", "a.txt")
    assert metres is measure_home(falls, "about 2,000 feet", "b.txt")
    assert metres is measure_home(falls, "some 600 metres", "c.txt")
    assert metres.verdict == "agree"
    assert metres.label.startswith("length of the fall")


def test_one_fall_told_from_a_ridge_and_down_a_gully_is_one_length(falls: Report) -> None:
    # "A day earlier" is not read as a day, but the fall of no named climber told at
    # 150 metres is the fall told at 150 metres, not the one more reports tell.
    assert measure_home(falls, "about 150 metres", "a.txt") is measure_home(
        falls, "some 150 metres", "b.txt"
    )


def test_two_falls_of_one_story_are_never_set_against_each_other(falls: Report) -> None:
    first = measure_home(falls, "about 150 metres", "a.txt")
    second = measure_home(falls, "about 600 metres", "a.txt")
    assert first is not second
    assert "conflict" not in {first.verdict, second.verdict}


# One fall that reports measure differently, each naming what the climber fell from.
ONE_FALL = {
    "a.txt": (
        "Climber dies on Mount Corran\n\nMarch 3, 2031\n\n"
        "Ada Varga, 36, died on Friday after slipping and falling about 60 metres from a "
        "ridge near the Orvel glacier, police said.\n"
    ),
    "b.txt": (
        "Climber killed\n\nMarch 3, 2031\n\n"
        "A 36-year-old woman died on Friday after falling 150 meters from a ridge on Mount "
        "Corran.\n"
    ),
}


@pytest.fixture(scope="module")
def one_fall(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("one_fall") / "pile", ONE_FALL)


@pytest.mark.xfail(
    strict=True,
    reason="one fall set at two levels of its scene ('near the Orvel glacier', 'on Mount "
    "Corran') is told as the scene named at different levels (scope_differs), not a dispute",
)
def test_one_fall_from_one_place_told_at_two_lengths_is_a_dispute(one_fall: Report) -> None:
    group = measure_home(one_fall, "about 60 metres", "a.txt")
    assert group is measure_home(one_fall, "150 meters", "b.txt")
    assert group.verdict == "conflict"
