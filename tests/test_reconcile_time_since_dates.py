"""The time since a change in someone's life told with "ago" is counted back from its report's
own day: "married two weeks ago" in a report of 3 May and "married three weeks ago" in one of
10 May point at one wedding day, so they agree; told on one day, or in reports of no known
day, they are compared as told."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Document, Group
from triangulate.reconcile import reconcile

KW = {
    "measure": "time since marriage",
    "counted": "time since marriage",
    "qualifiers": (),
    "kind": "duration",
    "unit": "week",
}


def _group(
    first: tuple[str, str | None, str, float], second: tuple[str, str | None, str, float]
) -> Group:
    docs: list[Document] = []
    claims = []
    for i, (text, day, phrase, value) in enumerate((first, second)):
        report = doc(f"w{i}", text, ("North Wire", "South Wire")[i], day)
        docs.append(report)
        claims.append(figure_claim(report, phrase, low=value, high=value, **KW))  # type: ignore[arg-type]
    (group,) = reconcile(docs, [TORVALD], claims).groups
    return group


TWO = "Tomas Brandt of Torvald was married two weeks ago to Ada Varga."
THREE = "Brandt, of Torvald, had married Ada Varga three weeks ago, his family said."
SIX = "Brandt, of Torvald, had married Ada Varga six weeks ago, his family said."
BEFORE = "Brandt, of Torvald, had married Ada Varga three weeks before the shooting."


def test_times_ago_told_a_week_apart_point_at_one_day_and_agree() -> None:
    group = _group((TWO, "2031-05-03", "two weeks", 2), (THREE, "2031-05-10", "three weeks", 3))
    assert group.verdict == "agree", group.explanation
    assert "Counted back from each report's own day" in group.explanation, group.explanation
    assert "2 weeks ago on 2031-05-03" in group.explanation, group.explanation
    assert "3 weeks ago on 2031-05-10" in group.explanation, group.explanation
    # 3 May less two weeks and 10 May less three weeks: 19 April, give or take
    assert "between 2031-04-17 and 2031-04-21" in group.explanation, group.explanation


def test_times_ago_that_point_at_other_days_stay_a_conflict() -> None:
    group = _group((TWO, "2031-05-03", "two weeks", 2), (SIX, "2031-05-10", "six weeks", 6))
    assert group.verdict == "conflict", group.explanation
    assert (
        "nor point at one day counted back from each report's own day (reports of 2031-05-03 "
        "and 2031-05-10)" in group.explanation
    ), group.explanation


def test_times_ago_told_on_one_day_are_compared_as_told() -> None:
    group = _group((TWO, "2031-05-03", "two weeks", 2), (THREE, "2031-05-03", "three weeks", 3))
    assert group.verdict == "conflict", group.explanation


def test_times_ago_in_reports_of_no_known_day_are_compared_as_told() -> None:
    group = _group((TWO, None, "two weeks", 2), (THREE, None, "three weeks", 3))
    assert group.verdict == "conflict", group.explanation
    assert "counted back" not in group.explanation, group.explanation


def test_a_time_counted_back_from_another_event_does_not_grow_with_the_report() -> None:
    # "three weeks before the shooting" counts from the shooting, not from 10 May
    group = _group((TWO, "2031-05-03", "two weeks", 2), (BEFORE, "2031-05-10", "three weeks", 3))
    assert group.verdict == "conflict", group.explanation
