"""Hedge-aware intervals: the tolerance table of triangulate.reconcile.intervals."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from triangulate.model import Figure
from triangulate.model.claim import Hedge
from triangulate.reconcile.intervals import (
    Interval,
    all_agree,
    describe,
    interval_of,
    magnitude_of,
    vague_words,
)


def fig(low: float | None, high: float | None, hedge: Hedge, unit: str | None = None) -> Figure:
    return Figure(
        measure="goats counted",
        counted="goats",
        qualifiers=(),
        low=low,
        high=high,
        hedge=hedge,
        unit=unit,
        vague=hedge == "vague",
    )


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (fig(43, 43, "exact"), Interval(43, 43)),
        (fig(60, 60, "about"), Interval(54, 66)),
        (fig(1000, None, "at_least"), Interval(1000, math.inf)),
        (fig(None, 8000, "at_most"), Interval(0, 8000)),
        (fig(600, 700, "range"), Interval(600, 700)),
    ],
)
def test_intervals_follow_the_table(figure: Figure, expected: Interval) -> None:
    got = interval_of(figure)
    assert got is not None
    assert got.low == pytest.approx(expected.low)
    assert got.high == pytest.approx(expected.high)


def test_intervals_vague_amounts_never_decide() -> None:
    assert interval_of(fig(24, None, "vague")) is None


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (fig(None, 8000, "at_most"), fig(8000, 8000, "exact"), True),
        (fig(1000, None, "at_least"), fig(1130, 1130, "exact"), True),
        (fig(90, 90, "about", "percent"), fig(90, 90, "exact", "percent"), True),
        # Shares differ by percentage points: "around 80" and "around 90" percent differ,
        # while "about 60" and 58 percent, or 20 and 20.4 percent, agree.
        (fig(80, 80, "about", "percent"), fig(90, 90, "about", "percent"), False),
        (fig(60, 60, "about", "percent"), fig(58, 58, "exact", "percent"), True),
        (fig(20, 20, "exact", "percent"), fig(20.4, 20.4, "exact", "percent"), True),
        (fig(20, 20, "exact", "percent"), fig(22, 22, "exact", "percent"), False),
        (fig(150, 150, "exact"), fig(600, 700, "range"), False),
        (fig(43, 43, "exact"), fig(60, 60, "about"), False),
        (fig(150, None, "at_least"), fig(200, None, "at_least"), True),
    ],
)
def test_intervals_agree_within_tolerance(a: Figure, b: Figure, agree: bool) -> None:
    ia, ib = interval_of(a), interval_of(b)
    assert ia is not None and ib is not None
    assert all_agree([ia, ib]) is agree


def test_intervals_describe_reads_like_a_report() -> None:
    assert describe(fig(None, 15000, "at_most")) == "up to 15,000"
    assert describe(fig(55, 70, "range")) == "55–70"
    assert describe(fig(90, 90, "about", "percent")) == "about 90%"
    # A duration keeps its unit: "a week" and "8 days" are never told as 1 and 8.
    week = replace(fig(1, 1, "at_least"), kind="duration", unit="week")
    assert describe(week) == "at least 1 week"
    assert describe(replace(week, low=8, high=8, hedge="exact", unit="day")) == "8 days"
    quarter = replace(week, low=0.25, high=0.25, hedge="about", unit="century")
    assert describe(quarter) == "about 0.25 centuries"
    # A length, a speed or a weight keeps its unit too: "200 ft" is never told as "200"
    # beside another report's "150 m".
    assert describe(replace(fig(200, 200, "about", "ft"), kind="length")) == "about 200 ft"
    assert describe(replace(fig(150, 150, "exact", "m"), kind="length")) == "150 m"
    assert describe(replace(fig(60, 60, "exact", "mph"), kind="speed")) == "60 mph"


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        # A report converting another's figure rounds it to its last digit.
        (("length", 50, "km"), ("length", 31, "mi"), True),
        (("length", 1500, "km"), ("length", 940, "mi"), True),
        (("speed", 120, "km/h"), ("speed", 75, "mph"), True),
        (("temperature", 38, "°C"), ("temperature", 100, "°F"), True),
        (("mass", 5, "kg"), ("mass", 11, "lb"), True),
        (("area", 40, "ha"), ("area", 100, "acre"), True),
        # The same number in two systems is two different values.
        (("speed", 120, "km/h"), ("speed", 120, "mph"), False),
        (("length", 50, "km"), ("length", 50, "mi"), False),
        (("temperature", 38, "°C"), ("temperature", 38, "°F"), False),
    ],
)
def test_intervals_measures_in_two_systems_are_compared_in_one_unit(
    a: tuple[str, float, str], b: tuple[str, float, str], agree: bool
) -> None:
    from dataclasses import replace

    ia, ib = (
        interval_of(replace(fig(v, v, "exact", unit), kind=kind, measure="wind speed"))
        for kind, v, unit in (a, b)
    )
    assert ia is not None and ib is not None
    assert all_agree([ia, ib]) is agree


@pytest.mark.parametrize(
    ("text", "floor", "words", "expected"),
    [
        ("Hundreds of protesters", 200, "Hundreds", Interval(200, 1000)),
        ("several hundred youths", 200, "several hundred", Interval(200, 1000)),
        ("dozens of arrests", 24, "dozens", Interval(24, 100)),
        ("thousands of students", 2000, "thousands", Interval(2000, 10000)),
        # The longest words name the order: "tens of thousands" is not "thousands".
        ("tens of thousands of nurses", 20000, "tens of thousands", Interval(20000, 100000)),
        ("hundreds of thousands fled", 200000, "hundreds of thousands", Interval(2e5, 1e6)),
    ],
)
def test_intervals_vague_words_fix_an_order_of_magnitude(
    text: str, floor: float, words: str, expected: Interval
) -> None:
    figure = fig(floor, None, "vague")
    assert vague_words(figure, text) == words
    assert magnitude_of(figure, text) == expected
    # The magnitude never decides agreement: the figure still has no interval.
    assert interval_of(figure) is None


def test_intervals_words_that_fix_no_magnitude_have_none() -> None:
    # "many" and "numerous" say nothing of how many; an exact figure has no vague words.
    assert magnitude_of(fig(2, None, "vague"), "many protesters") is None
    assert vague_words(fig(2, None, "vague"), "numerous shops") is None
    assert magnitude_of(fig(300, 300, "exact"), "300 of the hundreds") is None
    # Words inside other words are not the words: "scoresheet" is no "scores".
    assert vague_words(fig(40, None, "vague"), "a scoresheet") is None


def test_intervals_several_is_said_as_written_but_fixes_no_order() -> None:
    # "several" buildings may be two or a dozen as reports use it: it is never set against
    # "two buildings", yet it is shown in its own words.
    several = fig(3, None, "vague")
    assert vague_words(several, "Several state buildings") == "Several"
    # "a handful of" is said "a handful", never with the "of" that joined it to its noun.
    assert vague_words(fig(2, None, "vague"), "a handful of other rules") == "a handful"
    assert magnitude_of(several, "Several state buildings") is None
