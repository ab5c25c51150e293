"""Hedges of news wording read as the bound they set: "as many as N" is the high end of an
estimate ("up to N"), so a lower count from another source can hold with it and a higher one
cannot."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.claims.quantities import find_quantities
from triangulate.model import Figure, Group
from triangulate.reconcile import reconcile
from triangulate.reconcile.intervals import Interval, interval_of


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("As many as 300 people died in Torvald.", "As many as 300"),
        ("Up to 300 people died in Torvald.", "Up to 300"),
    ],
)
def test_news_hedges_of_a_high_end_are_a_ceiling(text: str, said: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.low, q.hedge) == (said, None, "at_most")
    assert q.high == 300


KW = {"measure": "people killed in Torvald", "counted": "people", "qualifiers": ("killed",)}


def _group(first: str, second: str, value: float) -> Group:
    one = doc("c1", first, "North Wire")
    two = doc("c2", second, "South Wire")
    claims = [
        figure_claim(one, "as many as 300", low=None, high=300, hedge="at_most", **KW),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **KW),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    return group


HIGH = "Officials said as many as 300 people were killed in Torvald."


def test_news_hedges_as_many_as_holds_with_a_lower_count() -> None:
    group = _group(HIGH, "The ministry said 240 people were killed in Torvald.", 240)
    assert group.verdict == "agree", group.explanation
    assert "as many as 300" in group.explanation, group.explanation


def test_news_hedges_as_many_as_is_in_conflict_with_a_higher_count() -> None:
    group = _group(HIGH, "The ministry said 410 people were killed in Torvald.", 410)
    assert group.verdict == "conflict", group.explanation
    assert "as many as 300" in group.explanation, group.explanation


# "barely 100" and "just 100": no more than the number, its rounding kept below it.


def _capped(first: str, phrase: str, second: str, value: float) -> Group:
    one = doc("j1", first, "North Wire")
    two = doc("j2", second, "South Wire")
    kw = {"measure": "people marching in Torvald", "counted": "people", "qualifiers": ()}
    claims = [
        figure_claim(one, phrase, low=100, high=100, **kw),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    return group


BARELY = "Barely 100 people marched in Torvald on Monday."
JUST = "Organisers said just 100 people marched in Torvald on Monday."


@pytest.mark.parametrize("first", [BARELY, JUST])
@pytest.mark.parametrize("value", [100, 97])
def test_news_hedges_barely_and_just_hold_with_the_number_or_its_rounding_below(
    first: str, value: float
) -> None:
    second = f"Police said {value:g} people marched in Torvald on Monday."
    group = _capped(first, "100 people", second, value)
    assert group.verdict == "agree", group.explanation


@pytest.mark.parametrize("first", [BARELY, JUST])
def test_news_hedges_barely_and_just_are_in_conflict_with_more(first: str) -> None:
    second = "Police said 103 people marched in Torvald on Monday."
    group = _capped(first, "100 people", second, 103)
    assert group.verdict == "conflict", group.explanation
    word = "barely" if first == BARELY else "just"
    assert f"'{word}' as no more than the number" in group.explanation, group.explanation


def test_news_hedges_a_plain_round_number_still_allows_its_rounding_above() -> None:
    plain = "Organisers said 100 people marched in Torvald on Monday."
    second = "Police said 103 people marched in Torvald on Monday."
    group = _capped(plain, "100 people", second, 103)
    assert group.verdict == "agree", group.explanation


@pytest.mark.parametrize(
    ("said", "value", "expected"),
    [
        ("just 100 people", 100, Interval(95, 100)),
        ("barely 97 people", 97, Interval(97, 97)),
        ("just 3 million people", 3e6, Interval(2.5e6, 3e6)),
        ("100 people", 100, Interval(95, 105)),
    ],
)
def test_news_hedges_barely_and_just_cap_the_values_a_figure_allows(
    said: str, value: float, expected: Interval
) -> None:
    figure = Figure(
        measure="people marching in Torvald",
        counted="people",
        qualifiers=(),
        low=value,
        high=value,
        hedge="exact",
        unit=None,
    )
    assert interval_of(figure, said) == expected


# "as high as N": the figure reader reads the number alone; the verdict reads the words before
# it as the high end of an estimate.

HIGH_END = "The number of people killed in Torvald was as high as 300, officials said."


@pytest.mark.parametrize(("value", "verdict"), [(240, "agree"), (410, "conflict")])
def test_news_hedges_as_high_as_is_the_high_end_of_an_estimate(value: float, verdict: str) -> None:
    one = doc("k1", HIGH_END, "North Wire")
    two = doc("k2", f"The ministry said {value:g} people were killed in Torvald.", "South Wire")
    claims = [
        figure_claim(one, "300", low=300, high=300, **KW),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **KW),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == verdict, group.explanation
    assert "'as high as' as the high end of an estimate" in group.explanation, group.explanation
