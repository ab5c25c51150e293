"""How a toll sentence is read: what is counted and that the counted are dead.

Invented sentences, parsed with the real model (``read`` from the figure tests).
"""

from __future__ import annotations

import pytest

from test_claims_figures import read


def _figures(text: str) -> dict[str, tuple[str, str | None]]:
    return {text[f.start : f.end]: (f.figure.measure, f.figure.counted) for f in read(text)}


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("TALLIS, Varga - The death toll from the quake rose to 20 on Monday.", "death toll"),
        ("DALBY, Orvel - The toll from the floods climbed to 20.", "toll"),
    ],
)
def test_a_datelines_town_is_never_what_a_toll_counts(text: str, counted: str) -> None:
    measure, noun = _figures(text)["20"]
    assert noun == counted
    assert measure == "people killed"


@pytest.mark.parametrize(
    "text",
    [
        "The toll climbed to 20 on Monday.",
        "The toll from the floods rose to 20.",
        "The death toll from the floods rose to 20.",
    ],
)
def test_a_bare_toll_counts_the_dead(text: str) -> None:
    assert _figures(text)["20"][0] == "people killed"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The quake claimed 12 lives in Orvel.", "12 lives"),
        ("The fire cost 12 lives.", "12 lives"),
        ("Twelve lives were lost in the fire at Kelvara.", "Twelve lives"),
        ("12 people lost their lives in the storm.", "12 people"),
        ("The storm took the lives of 12 people.", "12 people"),
        ("The quake left 12 dead in Orvel.", "12 dead"),
        ("There were 12 fatalities in the crash.", "12 fatalities"),
    ],
)
def test_lives_taken_are_people_killed(text: str, phrase: str) -> None:
    assert _figures(text)[phrase][0].startswith("people killed")


def test_killing_with_no_noun_counts_people_killed() -> None:
    assert _figures("A bomb exploded in Orvel, killing 12.")["12"][0] == "people killed"


def test_lives_saved_are_not_killed() -> None:
    assert _figures("Doctors saved 12 lives on Monday.")["12 lives"][0] == "lives"


def test_jobs_lost_are_not_lives() -> None:
    assert _figures("Twelve people lost their jobs at the plant.")["Twelve people"][0] == "people"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The 23 victims of the crash were buried on Friday.", "23 victims of the crash"),
        ("Funerals for the 23 victims were held on Friday.", "23 victims"),
        ("Orvel mourned the 23 victims of the crash.", "23 victims of the crash"),
    ],
)
def test_victims_buried_or_mourned_are_dead(text: str, phrase: str) -> None:
    assert _figures(text)[phrase][0] == "victims killed"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Rescuers said 12 people were buried under the rubble.", "12 people"),
        ("Twelve miners were buried by a landslide.", "Twelve miners"),
        ("Twelve hikers were buried in the snow near Tallis.", "Twelve hikers"),
    ],
)
def test_people_a_disaster_buries_are_not_counted_dead(text: str, phrase: str) -> None:
    assert "killed" not in _figures(text)[phrase][0]


def test_victims_of_a_blast_that_killed_and_injured_are_not_all_dead() -> None:
    text = "The blast killed 3 and injured 40; the 43 victims were taken to hospital."
    assert "killed" not in _figures(text)["43 victims"][0]
