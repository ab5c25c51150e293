"""A toll a source "puts at" a number ("put the number of dead at 30", "put the death toll
at 30", "the number of dead was put at 30") is a count of the dead, no one's age at death: a
source that puts it lower than the other reports of the same event is in conflict with them,
and one that puts it at the same number agrees. A count the sentence places at one of several
sites ("30 died at one hospital") is a part of the toll, no rival count; the place of the
ones who tell it ("officials at one hospital said") makes no part."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from triangulate.claims.quantities import find_quantities
from triangulate.model import Report

D = "June 3, 2031"


def _pile(third: str) -> dict[str, str]:
    """Three outlets' reports of one market bombing: two give 48 killed, the third ``third``."""
    reports = {
        "coast": (
            "Blast kills 48 in Torvald",
            "TORVALD (Reuters) - A bomb blast at a market in Torvald killed 48 people on "
            "Monday, police said.",
        ),
        "valley": (
            "Torvald market bombing",
            "A bomb exploded at a crowded market in Torvald on Monday, killing 48 people, the "
            "interior ministry said.",
        ),
        "hill": (
            "Bomb hits Torvald market",
            f"A bomb ripped through a market in Torvald on Monday. {third}",
        ),
    }
    return {f"{stem}.txt": f"{head}\n\n{D}\n\n{body}\n" for stem, (head, body) in reports.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Hospital officials put the number of dead at 30.",
        "Hospital officials put the number of the dead at 30.",
        "Hospital officials put the death toll at 30.",
        "The number of dead was put at 30 by hospital officials.",
    ],
)
def test_a_toll_put_at_a_number_is_a_count_not_an_age(text: str) -> None:
    (found,) = find_quantities(text)
    assert (found.text, found.kind, found.age_at_death, found.low) == ("30", "count", False, 30)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ada Brandt, dead at 95, was a novelist.", "95"),
        ("Tomas Varga was found dead at 95 in his home.", "95"),
        ("The death toll rose as Tomas Varga died at 77.", "77"),
    ],
)
def test_a_person_dead_at_a_number_is_still_an_age(text: str, age: str) -> None:
    assert [q.text for q in find_quantities(text) if q.age_at_death] == [age]


def _group_of(report: Report, doc: str, phrase: str) -> tuple[str, str, list[str]]:
    """The verdict, explanation and report files of the figure group that holds ``phrase``."""
    files = {d.id: Path(d.source).name for d in report.documents}
    claims = {c.id: c for c in report.claims}
    (mine,) = [
        c
        for c in report.claims
        if files[c.doc] == doc and c.figure is not None and c.text == phrase
    ]
    held = [
        g
        for g in report.groups
        if g.kind == "figure" and g.verdict != "scope_differs" and mine.id in g.claims
    ]
    group = max(held, key=lambda g: len(g.claims))
    return group.verdict, group.explanation, sorted({files[claims[i].doc] for i in group.claims})


@pytest.mark.parametrize(
    "third",
    [
        "Hospital officials put the number of dead at 30.",
        "Hospital officials put the death toll at 30.",
        "The number of dead was put at 30 by hospital officials.",
    ],
)
def test_a_lower_toll_put_by_one_source_is_a_conflict(tmp_path: Path, third: str) -> None:
    report = analysed(tmp_path / "pile", _pile(third))
    verdict, explanation, files = _group_of(report, "hill.txt", "30")
    assert verdict == "conflict", explanation
    assert files == ["coast.txt", "hill.txt", "valley.txt"]
    assert "give 30" in explanation or "gives 30" in explanation, explanation
    assert "48" in explanation
    assert "years" not in explanation


def test_the_same_toll_put_by_one_source_agrees(tmp_path: Path) -> None:
    report = analysed(tmp_path / "pile", _pile("Hospital officials put the number of dead at 48."))
    verdict, explanation, files = _group_of(report, "hill.txt", "48")
    assert verdict == "agree", explanation
    assert files == ["coast.txt", "hill.txt", "valley.txt"]
    assert "Hospital officials" in explanation


@pytest.mark.parametrize(
    ("third", "phrase"),
    [
        ("Thirty people died at one hospital, officials said.", "Thirty people"),
        ("At one hospital, 30 people died, officials said.", "30 people"),
        ("In one hospital's morgue alone, 30 people lay dead, officials said.", "30 people"),
    ],
)
def test_a_toll_at_one_site_is_a_part_no_conflict(tmp_path: Path, third: str, phrase: str) -> None:
    report = analysed(tmp_path / "pile", _pile(third))
    files = {d.id: Path(d.source).name for d in report.documents}
    (mine,) = [
        c
        for c in report.claims
        if files[c.doc] == "hill.txt" and c.figure is not None and c.text == phrase
    ]
    held = [g for g in report.groups if g.kind == "figure" and mine.id in g.claims]
    assert held and all(g.verdict != "conflict" for g in held), [g.explanation for g in held]
    assert any("one counts those at one site only, the other all" in g.explanation for g in held)


@pytest.mark.parametrize(
    "third",
    [
        "Officials at one hospital put the number of dead at 30.",
        "Thirty people were killed, doctors at one hospital said.",
    ],
)
def test_the_teller_at_one_site_makes_no_part(tmp_path: Path, third: str) -> None:
    report = analysed(tmp_path / "pile", _pile(third))
    phrase = "30" if "put" in third else "Thirty people"
    verdict, explanation, files = _group_of(report, "hill.txt", phrase)
    assert verdict == "conflict", explanation
    assert files == ["coast.txt", "hill.txt", "valley.txt"]
