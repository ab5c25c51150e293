"""A run told by its last ordinal: "their eighth straight win" is eight wins in a row."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from triangulate.claims.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Orvel Hawks won their eighth straight game on Sunday.", "eighth", 8),
        ("Varga led Dalby to a fifth consecutive victory.", "fifth", 5),
        ("Corran earned its seventh straight playoff berth.", "seventh", 7),
        ("Tallis Bank made its third successive rate cut.", "third", 3),
        ("Kelvara claimed a twelfth straight title.", "twelfth", 12),
    ],
)
def test_streak_ordinal_counts_the_run(text: str, phrase: str, value: int) -> None:
    assert [(q.text, q.kind, q.low) for q in find_quantities(text)] == [(phrase, "count", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Prices in Orvel rose for a third straight day.",  # when it happened, a run of days
        "Reyes topped the Dalby poll for the second consecutive year.",
        "Varga won for a second straight time.",
        "Brandt finished eighth in the Corran race.",  # a rank, no run
        "The fourth straight-sided jar broke.",  # no run
    ],
)
def test_streak_ordinal_of_time_or_rank_is_no_count(text: str) -> None:
    assert find_quantities(text) == ()


def test_streak_ordinal_meets_the_run_told_as_a_count(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "reports",
        {
            "a.txt": "The Orvel Hawks won their eighth straight game on Sunday against Dalby.\n",
            "b.txt": "The Orvel Hawks have won eight straight games after beating Dalby.\n",
        },
    )
    figures = {c.text: c for c in report.claims if c.figure is not None}
    first, second = figures["eighth straight game"], figures["eight straight games"]
    assert first.figure is not None and second.figure is not None
    assert first.figure.low == second.figure.low == 8
    assert first.figure.measure == second.figure.measure
