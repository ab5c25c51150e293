"""Where a figure is, and what a figure with no noun of its own counts.

Invented sentences, parsed with the real model (``read`` from the figure tests).
"""

from __future__ import annotations

import pytest

from test_claims_figures import _entities, place_name, read
from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.figures import FigureSpan, _Places
from triangulate.nlp.spacy_model import parse
from triangulate.nlp.tokens import Tree


def _span(text: str, phrase: str) -> FigureSpan:
    (found,) = [f for f in read(text) if text[f.start : f.end] == phrase]
    return found


def read_one(text: str, start: str) -> FigureSpan:
    """The one figure whose words begin with ``start``."""
    (found,) = [f for f in read(text) if text[f.start : f.end].startswith(start)]
    return found


def test_figures_a_where_clause_is_at_the_place_it_stands_for() -> None:
    text = "Crowds gathered in Basra, where 5,000 people marched from Cairo."
    assert place_name(text, _span(text, "5,000 people")) == "Basra"


def test_figures_a_distance_is_measured_from_its_reference_point_only() -> None:
    text = "The quake, centred 40 miles south of Tartus, destroyed 30 homes."
    assert place_name(text, _span(text, "40 miles")) == "Tartus"
    assert place_name(text, _span(text, "30 homes")) != "Tartus"


def test_figures_a_clause_carrying_on_the_sentence_before_keeps_its_place_and_time() -> None:
    text = "In March, a strong quake hit the town of Sirte.\nIt killed 9 people."
    span = _span(text, "9 people")
    assert place_name(text, span) == "Sirte"
    assert span.figure.scope == "In March"


def test_figures_a_harm_with_no_noun_counts_people() -> None:
    text = "Three die in bank fire in Cairo"
    assert _span(text, "Three").figure.measure.startswith("people killed")


def test_figures_a_count_with_its_own_who_clause_counts_people() -> None:
    text = "Tens of thousands who marched through Cairo on Friday were peaceful."
    assert _span(text, "Tens of thousands").figure.measure.startswith("people")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The attack left at least three employees dead in Cairo.", "at least three employees"),
        ("A firebomb left three people dead in a Cairo bank.", "three people"),
    ],
)
def test_figures_left_dead_says_they_died_not_that_they_left(text: str, phrase: str) -> None:
    assert _span(text, phrase).figure.measure.split(" in ")[0].endswith("killed")


def test_figures_a_place_noun_naming_its_own_place_points_at_no_earlier_one() -> None:
    text = "Shells fell in Aleppo on Monday. The island lies off the port city of Tarvik Dal."
    parsed = next(parse([("t", text)]))
    tree = Tree(parsed.tokens)
    places = _Places(text, tree, EntityIndex(_entities(text), "t"))
    city = [t for t in tree.tokens if t.text == "city"][-1]
    # "the port city of Tarvik Dal" is Tarvik Dal, whatever the tagger makes of the name.
    assert places.anaphor(city) is None


@pytest.mark.parametrize(
    "text",
    [
        "A climber who lived in Homs fell 200 metres from a ridge near Sirte on Friday.",
        "A guide, originally from Homs, fell 200 metres from a ridge near Sirte.",
    ],
)
def test_figures_where_a_person_lives_is_not_where_the_figure_happened(text: str) -> None:
    assert place_name(text, _span(text, "200 metres")) == "Sirte"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("About 300 people living in Sirte were evacuated, officials in Homs said.",
         "About 300 people living in Sirte"),
        ("Some 300 people who live in Sirte were evacuated, officials in Homs said.",
         "Some 300 people who live in Sirte"),
    ],
)  # fmt: skip
def test_figures_those_counted_where_they_live_keep_that_place(text: str, phrase: str) -> None:
    assert place_name(text, _span(text, phrase)) == "Sirte"


@pytest.mark.parametrize(
    "text",
    [
        "Repairs to the cable between Sirte (Homs) and Cairo (Basra) will take 12 days.",
        "The gulf between Homs and Cairo is busy.\nThe navy seized 12 boats there on Friday.",
    ],
)
def test_figures_the_ends_of_a_stretch_are_not_where_the_figure_is(text: str) -> None:
    # A cable or a sea "between" two places is at neither of them.
    assert place_name(text, read_one(text, "12")) not in {"Basra", "Cairo", "Homs", "Sirte"}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Twelve people were killed on Friday, Ada Varga, a rights advocate, said from Cairo.",
         "Twelve"),
        ("Twelve people were killed in the raid, Varga told reporters by telephone from Cairo.",
         "Twelve"),
        ("Varga said from Cairo that twelve people were killed on Friday.", "twelve"),
    ],
)  # fmt: skip
def test_figures_where_a_teller_spoke_from_is_not_where_the_figure_is(
    text: str, start: str
) -> None:
    # "said from Cairo": where the one telling was, not where the twelve were killed.
    assert place_name(text, read_one(text, start)) != "Cairo"


def test_figures_a_place_things_came_from_stays_their_place() -> None:
    text = "The convoy carried 40 tonnes of flour from Cairo."
    assert place_name(text, read_one(text, "40")) == "Cairo"
