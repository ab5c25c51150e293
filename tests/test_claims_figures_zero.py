"""A toll of none: "no one was hurt", "no injuries were reported" are figures of 0.

A report that rules a harm out gives a count as surely as one that gives a number: the
toll is 0, and a later report may raise it. Only a harm that follows closely makes the
count ("no one knows", "no one else was hurt" count nothing, or count beside others).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from triangulate.claims import find_quantities
from triangulate.claims.quantities import passed_over
from triangulate.model import Report


def _zeros(text: str) -> list[str]:
    return [q.text for q in find_quantities(text) if q.low == 0 and q.high == 0]


@pytest.mark.parametrize(
    ("text", "zeros"),
    [
        ("No one was injured in the crash at Orvel.", ["No one"]),
        ("Nobody was seriously hurt, police said.", ["Nobody"]),
        ("Police said no one had been killed.", ["no one"]),
        ("No-one was hurt when the roof of the Dalby mill fell in.", ["No-one"]),
        ("No injuries were reported.", ["No"]),
        ("Chief Tallis says no injuries have been reported in the blaze.", ["no"]),
        ("There were no immediate reports of injuries.", ["no"]),
        ("The storm caused no deaths in Kelvara.", ["no"]),
        ("No casualties were reported after the quake.", ["No"]),
        ("Fire destroys old Corran mill\nNo injuries reported\n", ["No"]),
    ],
)
def test_claims_a_harm_ruled_out_is_a_count_of_zero(text: str, zeros: list[str]) -> None:
    assert _zeros(text) == zeros


@pytest.mark.parametrize(
    "text",
    [
        "No one knows why the bus left the road.",
        "No one else was hurt.",  # beside those a report names: no toll of its own
        "No one was at home.",
        "There is no doubt the injuries were serious.",
        "The ruling has no bearing on deaths in custody.",
        "The mayor said nobody would be blamed.",
    ],
)
def test_claims_no_one_without_a_harm_counts_nothing(text: str) -> None:
    assert _zeros(text) == []


def test_claims_the_pronoun_one_of_no_one_is_no_number_left_out() -> None:
    text = "No one was injured when the Orvel bridge gave way."
    assert [p.text for p in passed_over(text)] == []
    assert _zeros(text) == ["No one"]


def _analyze(tmp_path: Path, *texts: str) -> Report:
    return analysed(tmp_path / "reports", {f"r{n}.txt": text for n, text in enumerate(texts)})


def test_figures_a_toll_of_none_counts_people_harmed(tmp_path: Path) -> None:
    report = _analyze(
        tmp_path,
        "A bus hit a wall in Dalby on Monday. No one was injured, police said.\n",
        "A bus crashed into a wall in Dalby on Monday. No injuries were reported.\n",
    )
    figures = [c.figure for c in report.claims if c.figure is not None]
    assert [(f.low, f.measure) for f in figures] == [
        (0, "people wounded in Dalby"),
        (0, "people wounded in Dalby"),
    ]
    groups = [g for g in report.groups if g.kind == "figure"]
    assert [(g.label, g.verdict, len(g.claims)) for g in groups] == [
        ("people wounded in Dalby", "agree", 2)
    ]


def test_figures_a_count_of_injuries_is_of_people_wounded(tmp_path: Path) -> None:
    report = _analyze(tmp_path, "The blast in Corran caused 12 injuries, Chief Varga said.\n")
    figures = [c.figure for c in report.claims if c.figure is not None]
    assert [(f.low, f.measure) for f in figures] == [(12, "people wounded in Corran")]
