"""A duration written as a compound adjective, its hyphen left out or spaced by tokenizing."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from triangulate.claims.quantities import find_quantities


def _durations(tmp_path: Path, text: str) -> list[tuple[str, float | None]]:
    report = analysed(tmp_path / "reports", {"a.txt": text + "\n"})
    return [
        (c.text, c.figure.low)
        for c in report.claims
        if c.figure is not None and c.figure.kind == "duration"
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Varga agreed to a six year deal with the Orvel Hawks.", "six year deal", 6),
        ("Reyes signed a 10 day contract with Dalby United.", "10 day contract", 10),
    ],
)
def test_unit_in_the_singular_after_more_than_one_is_a_compound(
    tmp_path: Path, text: str, phrase: str, value: float
) -> None:
    assert (phrase, value) in _durations(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "Varga agreed to a deal with the Orvel Hawks for six years.",  # a scope, as before
        "Reyes signed with Dalby United in a deal of a year.",
    ],
)
def test_plural_or_single_unit_keeps_its_reading(tmp_path: Path, text: str) -> None:
    assert not [p for p, _ in _durations(tmp_path, text) if p.endswith(("year deal", "day"))]


def test_spaced_hyphen_after_one_is_a_compound_no_pronoun() -> None:
    found = find_quantities("In the one - day trial, Tallis won.")
    assert [(q.text, q.kind, q.low) for q in found] == [("one - day", "duration", 1)]
    # a dash set off by spaces after the pronoun stays the pronoun
    assert find_quantities("No one - not even Corran - came.") == ()


def test_spaced_hyphen_compound_is_the_reported_duration(tmp_path: Path) -> None:
    text = "In the one - day trial, Judge Kelvara found Brandt guilty."
    assert ("one - day trial", 1) in _durations(tmp_path, text)
