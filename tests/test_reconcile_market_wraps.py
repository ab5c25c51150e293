"""A market report tells one trading day: its wrap of the indexes ("the Torvald Composite
rose 200.30 points, or 0.65 per cent, to 31,022.72") is of the day its sentence or its lead
names, even when that clause names none. Two reports of two days' trading are two days'
moves, not one move in dispute; two reports of one day's trading that differ still
dispute."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim
from triangulate.reconcile.revisions import trading_day

_MONDAY = (
    "Stocks end higher\n\nNEW YORK - Stocks closed higher on Monday as investors waited for "
    "the central bank.\n\nTraders said the mood was calm. The Torvald Composite "
    "rose 200.30 points, or 0.65 per cent, to 31,022.72, and the Dalby 50 gained 27.08 "
    "points, or 0.70 per cent, to 3,900.00.\n"
)
_TUESDAY = (
    "Stocks drop\n\nNEW YORK - Global stocks fell on Tuesday as investors braced for the "
    "central bank.\n\nShares of Corran Motors sank. The Torvald Composite fell 313.45 points, "
    "or 1.01 per cent, to 30,706.23, and the Dalby 50 lost 43.96 points, or 1.13 per cent, "
    "to 3,855.93.\n"
)
_MONDAY_OTHER = (
    "Wall Street gains before bank meeting\n\nNEW YORK - Wall Street closed higher on Monday "
    "ahead of the central bank's meeting.\n\nTraders said the session was choppy. The "
    "Torvald Composite rose 250.10 points, or 0.81 per cent, to 31,072.52, and the Dalby 50 "
    "gained 31.08 points, or 0.80 per cent, to 3,904.00.\n"
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [(_TUESDAY, False), (_MONDAY_OTHER, True)],
)
def test_wraps_of_two_trading_days_are_two_days_moves(
    tmp_path: Path, second: str, expected: bool
) -> None:
    report = analysed(tmp_path / "pile", {"a.txt": _MONDAY, "b.txt": second})
    assert any(g.verdict == "conflict" for g in report.groups) is expected


def test_a_move_in_points_is_of_the_day_its_report_names() -> None:
    report = doc("a", _MONDAY, None)
    level = figure_claim(
        report,
        "31,022.72",
        low=31022.72,
        high=31022.72,
        measure="Composite",
        counted=None,
        qualifiers=(),
        kind="value",
    )
    toll = doc("b", "Rescuers worked on Monday. The toll rose to 12 in Kelvara.", None)
    dead = figure_claim(toll, "12", low=12, high=12)
    assert trading_day(level, {"a": report}) == "monday"
    assert trading_day(dead, {"b": toll}) is None  # a toll that rose is no market's move
