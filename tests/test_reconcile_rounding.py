"""A whole number of a scale word ("three million", "$2bn") is told rounded to that word."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Figure, Group
from triangulate.model.claim import Hedge
from triangulate.reconcile import reconcile
from triangulate.reconcile.intervals import Interval, interval_of, told_scale


def fig(value: float, hedge: Hedge = "exact", unit: str | None = None) -> Figure:
    return Figure(
        measure="people living on Torvald",
        counted="people",
        qualifiers=(),
        low=value,
        high=value,
        hedge=hedge,
        unit=unit,
        kind="money" if unit else "count",
    )


@pytest.mark.parametrize(
    ("said", "value", "scale"),
    [
        ("three million people", 3e6, 1e6),
        ("3 million people", 3e6, 1e6),
        ("a million people", 1e6, 1e6),
        ("$2 billion", 2e9, 1e9),
        ("$2bn", 2e9, 1e9),
        ("£5m in aid", 5e6, 1e6),
        ("1 trillion yen", 1e12, 1e12),
        ("3,000 million dollars", 3e9, 1e6),  # told in millions, not billions
        ("3.3 million people", 3.3e6, None),  # told to a tenth of a million
        ("3,000,000 people", 3e6, None),  # no scale word
        ("30 people", 30.0, None),  # a small count is told to the unit
    ],
)
def test_rounding_the_scale_word_a_figure_is_told_a_whole_number_of(
    said: str, value: float, scale: float | None
) -> None:
    assert told_scale(fig(value), said) == scale


def test_rounding_a_whole_number_of_millions_allows_half_a_million_either_side() -> None:
    three = interval_of(fig(3e6), "three million people")
    assert three is not None and three.low == 2.5e6 and 3.49e6 < three.high < 3.5e6
    two = interval_of(fig(2e9, unit="USD"), "$2bn")
    assert two is not None and two.low == 1.5e9 and 2.49e9 < two.high < 2.5e9
    # Half a unit up rounds to the next: one million and two million never meet.
    one, both = interval_of(fig(1e6), "$1 million"), interval_of(fig(2e6), "$2 million")
    assert one is not None and both is not None and not one.meets(both)
    # Without its words the figure is read as before: a count ending in 00, 5 percent.
    assert interval_of(fig(3e6)) == Interval(2.85e6, 3.15e6)


def test_rounding_by_a_scale_word_never_narrows_what_a_hedge_allows() -> None:
    # "about 30 million" allows 10 percent either side, more than half a million.
    assert interval_of(fig(30e6, "about"), "about 30 million") == Interval(27e6, 33e6)
    # "more than 3 million" is a floor, whatever its rounding.
    floor = Figure(
        measure="m", counted=None, qualifiers=(), low=3e6, high=None, hedge="at_least", unit=None
    )
    assert interval_of(floor, "more than 3 million") == Interval(3e6, float("inf"))


ISLAND = "Torvald, an island of three million people, lost power."
CENSUS = "The census counted 3.3 million people living on Torvald."
SURVEY = "A survey found 3.6 million people living on Torvald."


def _verdict(first: str, one: str, low_one: float, second: str, two: str, low_two: float) -> Group:
    a = doc("a", first, "Coast Post")
    b = doc("b", second, "Valley News")
    claims = [
        figure_claim(
            a, one, low=low_one, high=low_one, measure="people living on Torvald", speaker="Coast"
        ),
        figure_claim(
            b, two, low=low_two, high=low_two, measure="people living on Torvald", speaker="census"
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    return group


def test_rounding_three_million_agrees_with_a_more_precise_figure_that_rounds_to_it() -> None:
    group = _verdict(ISLAND, "three million people", 3e6, CENSUS, "3.3 million people", 3.3e6)
    assert group.verdict == "agree"
    assert "a whole number of millions as rounded to the million" in group.explanation


def test_rounding_three_million_still_conflicts_with_a_figure_that_does_not_round_to_it() -> None:
    group = _verdict(ISLAND, "three million people", 3e6, SURVEY, "3.6 million people", 3.6e6)
    assert group.verdict == "conflict"
    assert "within half a million" in group.explanation


def test_rounding_a_small_count_is_no_rounding_of_another() -> None:
    group = _verdict(
        "Medics said 30 people died in Torvald.",
        "30 people",
        30,
        "Officials said 34 people died in Torvald.",
        "34 people",
        34,
    )
    assert group.verdict == "conflict"
