"""A figure told close below its number ("nearly 100", "almost 100", "just under 100", "just
shy of 100") allows values up to that number and no higher: another report's 97 or 100
agrees with it, its 108 or 120 does not."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Figure, Group
from triangulate.model.claim import Hedge
from triangulate.reconcile import reconcile
from triangulate.reconcile.intervals import Interval, close_below, interval_of

KW = {"measure": "people marching in Torvald", "counted": "people", "qualifiers": ()}


def fig(low: float | None, high: float | None, hedge: Hedge, unit: str | None = None) -> Figure:
    return Figure(
        measure="people marching in Torvald",
        counted="people",
        qualifiers=(),
        low=low,
        high=high,
        hedge=hedge,
        unit=unit,
        kind="percent" if unit == "percent" else "count",
    )


@pytest.mark.parametrize(
    ("said", "figure", "expected"),
    [
        ("Nearly 100 people", fig(100, 100, "about"), Interval(90, 100)),
        ("almost 100 people", fig(100, 100, "about"), Interval(90, 100)),
        ("just under 100 people", fig(None, 100, "at_most"), Interval(90, 100)),
        ("just shy of 100 people", fig(None, 100, "at_most"), Interval(90, 100)),
        ("just short of 100 people", fig(None, 100, "at_most"), Interval(90, 100)),
        ("nearly 50 percent", fig(50, 50, "about", "percent"), Interval(47.5, 50)),
        ("nearly three million people", fig(3e6, 3e6, "about"), Interval(2.5e6, 3e6)),
        # other hedges keep their reading
        ("about 100 people", fig(100, 100, "about"), Interval(90, 110)),
        ("up to 100 people", fig(None, 100, "at_most"), Interval(0, 100)),
        ("well under 100 people", fig(None, 100, "at_most"), Interval(0, 100)),
    ],
)
def test_close_below_reaches_the_number_and_no_higher(
    said: str, figure: Figure, expected: Interval
) -> None:
    assert interval_of(figure, said) == expected


def test_close_below_is_read_from_the_reports_own_words() -> None:
    assert close_below(fig(100, 100, "about"), "Nearly 100 people") == "nearly"
    assert close_below(fig(100, 100, "about"), "around 100 people") is None
    # without its words the figure is read as "about"
    assert interval_of(fig(100, 100, "about")) == Interval(90, 110)


def _group(first: str, phrase: str, hedge: Hedge, second: str, value: float) -> Group:
    one = doc("n1", first, "North Wire")
    two = doc("n2", second, "South Wire")
    low = None if hedge == "at_most" else 100
    claims = [
        figure_claim(one, phrase, low=low, high=100, hedge=hedge, **KW),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **KW),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    return group


NEARLY = "Nearly 100 people marched in Torvald on Monday."
UNDER = "Just under 100 people marched in Torvald on Monday."


@pytest.mark.parametrize(
    ("first", "phrase", "hedge", "value"),
    [
        (NEARLY, "Nearly 100 people", "about", 100),
        (NEARLY, "Nearly 100 people", "about", 97),
        (UNDER, "Just under 100 people", "at_most", 96),
    ],
)
def test_close_below_agrees_with_a_value_at_or_just_below_its_number(
    first: str, phrase: str, hedge: Hedge, value: float
) -> None:
    second = f"Organisers said {value:g} people marched in Torvald on Monday."
    group = _group(first, phrase, hedge, second, value)
    assert group.verdict == "agree", group.explanation
    assert "within 10 percent below the number" in group.explanation, group.explanation


@pytest.mark.parametrize(
    ("first", "phrase", "hedge", "value"),
    [
        (NEARLY, "Nearly 100 people", "about", 108),
        (NEARLY, "Nearly 100 people", "about", 120),
        # "just under 100" is no crowd of 50, as "up to 100" would allow
        (UNDER, "Just under 100 people", "at_most", 50),
    ],
)
def test_close_below_is_in_conflict_with_a_value_above_or_far_below_it(
    first: str, phrase: str, hedge: Hedge, value: float
) -> None:
    second = f"Organisers said {value:g} people marched in Torvald on Monday."
    group = _group(first, phrase, hedge, second, value)
    assert group.verdict == "conflict", group.explanation
    said = phrase.split(" 100")[0].lower()
    assert f"reading '{said}' as within 10 percent below the number" in group.explanation, (
        group.explanation
    )
    assert "plus or minus" not in group.explanation, group.explanation


@pytest.mark.parametrize(
    ("first", "phrase", "value", "verdict", "verb"),
    [
        ("The crowd in Torvald neared 100 people on Monday.", "100 people", 97, "agree", "neared"),
        (
            "The crowd in Torvald neared 100 people on Monday.",
            "100 people",
            108,
            "conflict",
            "neared",
        ),
        (
            "The crowd in Torvald was approaching the 100 mark on Monday.",
            "100",
            104,
            "conflict",
            "approaching",
        ),
    ],
)
def test_close_below_a_verb_of_coming_close_to_a_mark(
    first: str, phrase: str, value: float, verdict: str, verb: str
) -> None:
    # the figure reader reads "neared 100" as about 100, the verb outside the figure's words
    second = f"Organisers said {value:g} people marched in Torvald on Monday."
    one = doc("v1", first, "North Wire")
    two = doc("v2", second, "South Wire")
    claims = [
        figure_claim(one, phrase, low=100, high=100, hedge="about", **KW),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **KW),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == verdict, group.explanation
    assert f"reading '{verb}' as within 10 percent below the number" in group.explanation, (
        group.explanation
    )
