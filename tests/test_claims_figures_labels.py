"""What a figure counts and how its measure reads: states, plurals, causes, additions.

Invented sentences, parsed with the real model (``read`` from the figure tests).
"""

from __future__ import annotations

import pytest

from test_claims_figures import read


def _measures(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.figure.measure for f in read(text)}


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # "left ... dead" says the workers died, not that they left.
        ("The fire left three bank workers dead in Homs.", "three bank workers", "killed"),
        # Irregular plurals as a person writes them.
        ("One man and two women died in Homs.", "One man", "men killed"),
        # A state standing for the people in it.
        ("Quake in Homs: 10 dead, 80 hurt.", "80 hurt", "people wounded"),
        # The object of a verb of harm counts people, not the verb's subject.
        ("The quake hit Homs, killing 10 and wounding 70.", "70", "people wounded"),
        # A prefix stays joined to its noun, also in a text tokenised with spaced hyphens.
        ("A clerk shot three co - workers in Homs on Friday.", "three co - workers", "co-workers"),
        ("A clerk shot three co-workers in Homs on Friday.", "three co-workers", "co-workers"),
    ],
)
def test_figures_measure_reads_as_a_person_writes(text: str, phrase: str, measure: str) -> None:
    assert measure in _measures(text)[phrase]


def test_figures_bodies_are_never_killed_and_harm_objects_are_people() -> None:
    found = _measures("Rescuers recovered 12 bodies after the flood killed dozens in Homs.")
    assert "killed" not in found["12 bodies"]
    assert found["dozens"].startswith("people killed")


def test_figures_a_building_is_where_not_what_killed() -> None:
    found = _measures("Three people were killed in the bank in Homs.")
    assert "by bank" not in found["Three people"]


def test_figures_a_figure_in_addition_to_another_is_a_part() -> None:
    text = "The attacks killed 1,114 people in Homs, in addition to 16 people in Idlib."
    spans = read(text)
    (added,) = [f for f in spans if text[f.start : f.end] == "16 people"]
    assert added.parent is not None


def test_figures_a_general_strike_is_workers_not_air_raids() -> None:
    found = _measures("Unions in Homs called a 24-hour general strike on Monday.")
    measure = next(m for phrase, m in found.items() if "24" in phrase)
    assert "airstrike" not in measure
    assert "strike" in measure


def test_figures_them_never_points_at_a_headline_s_count() -> None:
    text = (
        "Bakery Shooting: Baker Charged With Two Counts Of Murder\n"
        "A Homs bakery worker who had been suspended returned with a gun, found her foes in "
        "a break room and shot two of them, police said."
    )
    measure = _measures(text)["two of them"]
    assert "murder" not in measure
    assert "A workers" not in measure  # nor the headline's words run into the next line
