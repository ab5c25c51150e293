"""A figure told close below its number ("nearly 100", "almost 100", "just under 100", "the
crowd neared 100") is read with the hedge the figure reader gives it, never as a ceiling:
"nearly 100" as about 100, so another report's 97 or 108 agrees with it and 120 does not;
"just under 100" as up to 100. The explanation names the report's own word."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Figure, Group
from triangulate.model.claim import Hedge
from triangulate.reconcile import reconcile
from triangulate.reconcile.intervals import Interval, close_below, describe_said, interval_of

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
        ("Nearly 100 people", fig(100, 100, "about"), Interval(90, 110)),
        ("almost 100 people", fig(100, 100, "about"), Interval(90, 110)),
        ("just under 100 people", fig(None, 100, "at_most"), Interval(0, 100)),
        ("just shy of 100 people", fig(None, 100, "at_most"), Interval(0, 100)),
        ("nearly 50 percent", fig(50, 50, "about", "percent"), Interval(47.5, 52.5)),
        ("about 100 people", fig(100, 100, "about"), Interval(90, 110)),
        ("up to 100 people", fig(None, 100, "at_most"), Interval(0, 100)),
    ],
)
def test_close_below_is_read_with_the_figure_readers_hedge(
    said: str, figure: Figure, expected: Interval
) -> None:
    assert interval_of(figure, said) == expected


def test_close_below_words_are_kept_to_show_the_figure_as_told() -> None:
    assert close_below(fig(100, 100, "about"), "Nearly 100 people") == "nearly"
    assert close_below(fig(100, 100, "about"), "around 100 people") is None
    assert describe_said(fig(100, 100, "about"), "Nearly 100 people") == "nearly 100"
    # a verb of coming close to a mark is shown as "close to", never as "about"
    assert describe_said(fig(100, 100, "about"), "neared 100 people") == "close to 100"


def _group(first: str, phrase: str, value: float) -> Group:
    one = doc("n1", first, "North Wire")
    two = doc("n2", f"Organisers said {value:g} people marched in Torvald on Monday.", "South Wire")
    claims = [
        figure_claim(one, phrase, low=100, high=100, hedge="about", **KW),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **KW),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    return group


NEARLY = "Nearly 100 people marched in Torvald on Monday."


@pytest.mark.parametrize(("value", "verdict"), [(97, "agree"), (108, "agree"), (120, "conflict")])
def test_nearly_is_read_as_about_in_a_verdict(value: float, verdict: str) -> None:
    group = _group(NEARLY, "Nearly 100 people", value)
    assert group.verdict == verdict, group.explanation
    assert "reading 'nearly' as plus or minus 10 percent" in group.explanation, group.explanation
    assert "below the number" not in group.explanation, group.explanation


def test_a_verb_of_coming_close_to_a_mark_is_read_as_about() -> None:
    # the figure reader reads "neared 100" as about 100, the verb outside the figure's words
    group = _group("The crowd in Torvald neared 100 people on Monday.", "100 people", 108)
    assert group.verdict == "agree", group.explanation
