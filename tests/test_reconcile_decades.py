"""Lengths told in decades or centuries: one length with the same length told in years.

A report that says "two decades" rounds to the decade: it is one length with another
report's "23 years" (no dispute), while "three decades" and "19 years" disagree. The pile
is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from triangulate.model import Figure, Group, Report
from triangulate.model.claim import Hedge
from triangulate.reconcile.intervals import Interval, all_agree, interval_of

_YEAR = 31_557_600.0


def span(low: float, unit: str, hedge: Hedge = "exact") -> Figure:
    """A length of time as a report's figure reader gives it."""
    return Figure(
        measure="duration",
        counted=None,
        qualifiers=(),
        low=low,
        high=None if hedge == "at_least" else low,
        hedge=hedge,
        unit=unit,
        kind="duration",
    )


def years(figure: Figure) -> Interval:
    found = interval_of(figure)
    assert found is not None
    return Interval(found.low / _YEAR, found.high / _YEAR)


@pytest.mark.parametrize(
    ("figure", "low", "high"),
    [
        (span(2, "decade"), 17.0, 23.0),
        (span(0.25, "century"), 22.0, 28.0),
        # Said "about", the hedge alone: a tenth either side.
        (span(2, "decade", "about"), 18.0, 22.0),
        (span(3, "decade", "at_least"), 30.0, float("inf")),
        # A length in years keeps a fifth of a year either side.
        (span(23, "year"), 22.8, 23.2),
    ],
)
def test_decades_are_years_told_rounded(figure: Figure, low: float, high: float) -> None:
    got = years(figure)
    assert got.low == pytest.approx(low)
    assert got.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (span(2, "decade"), span(23, "year"), True),
        (span(2, "decade"), span(20, "year"), True),
        (span(3, "decade"), span(19, "year"), False),
        (span(1, "decade", "about"), span(7, "year"), False),
        (span(0.25, "century"), span(3, "decade"), True),
        (span(2, "decade", "at_least"), span(35, "year"), True),
        (span(4, "decade", "at_least"), span(35, "year"), False),
    ],
)
def test_decades_and_years_agree_when_the_rounding_allows(
    a: Figure, b: Figure, agree: bool
) -> None:
    assert all_agree([interval_of(a), interval_of(b)]) is agree  # type: ignore[list-item]


SERVED = {
    "north.txt": (
        "Council clerk retires\n\nMarch 3, 2031\n\n"
        "Orla Venn, who had served as the town clerk of Harwick for two decades, retired on "
        "Friday, the council said.\n"
    ),
    "south.txt": (
        "Harwick clerk steps down\n\nMarch 3, 2031\n\n"
        "Orla Venn, who had served as the town clerk of Harwick for 23 years, stepped down on "
        "Friday, the council said.\n"
    ),
}


def _holding(report: Report, words: str) -> list[Group]:
    texts = {c.id: c.text for c in report.claims}
    return [
        g for g in report.groups if g.kind == "figure" and any(words in texts[c] for c in g.claims)
    ]


def test_decades_two_decades_and_23_years_are_one_length(tmp_path: Path) -> None:
    report = analysed(tmp_path / "served", SERVED)
    decades = _holding(report, "two decades")
    assert decades, "the length in decades is read"
    together = [g for g in decades if any(g is h for h in _holding(report, "23 years"))]
    assert together, "two decades and 23 years share a group"
    assert all(g.verdict != "conflict" for g in together)
