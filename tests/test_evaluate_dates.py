"""Scoring dates without gold days: events of one kind dated to one week are counted."""

from __future__ import annotations

from triangulate.evaluate.dates import date_scores
from triangulate.model import Published


def _day(day: str) -> Published:
    return Published(date=day, precision="day", basis="inferred")


EVENTS = {"a1": "quake-2005", "a2": "quake-2005", "b1": "quake-2008", "b2": "quake-2008"}
KINDS = {"quake-2005": "quake", "quake-2008": "quake"}


def test_two_events_of_one_kind_dated_to_one_week_are_merged() -> None:
    # The 2005 quake's reports took the 2008 quake's days: each event agrees with itself,
    # so nothing is astray, but the two events of one kind share a week.
    published = {key: _day("2008-02-10") for key in EVENTS}
    scores = date_scores(published, EVENTS, kinds=KINDS)
    assert scores.astray == 0
    assert scores.merged == 1


def test_events_of_one_kind_years_apart_are_not_merged() -> None:
    published = {
        "a1": _day("2005-11-27"),
        "a2": _day("2005-11-28"),
        "b1": _day("2008-02-10"),
        "b2": _day("2008-02-11"),
    }
    assert date_scores(published, EVENTS, kinds=KINDS).merged == 0


def test_events_of_different_kinds_may_share_a_week() -> None:
    published = {key: _day("2008-02-10") for key in EVENTS}
    kinds = {"quake-2005": "quake", "quake-2008": "election"}
    assert date_scores(published, EVENTS, kinds=kinds).merged == 0
    assert date_scores(published, EVENTS).merged == 0  # no kinds known: nothing to tell
